//! A municipality's own card: the contacts its staff propose on the staff page, checked
//! with the same rules as `content/local/*.toml`, and turned into such a file once the
//! operator accepts them. Shared by the staff page, the endpoint and its command line.

use crate::check::{Check, CheckMethod};
use crate::contact::{check_email, has_invisible, is_dutch_phone, is_general_phone};
use crate::date::Date;
use crate::municipality::{ContactFor, LocalLeefgeld, LocalOverride, LocalPlace, PlaceKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod ageing;
mod keys;

pub use ageing::{stale_days, turns_stale, GIVEN_STALE_AFTER_DAYS};
pub use keys::{field_key, message_keys, problem_key, CARD_PROBLEMS};

/// Longest text in a field (a name, an address, opening hours).
pub const MAX_TEXT_CHARS: usize = 200;
/// Longest web address.
pub const MAX_URL_CHARS: usize = 500;

/// What a municipality proposes for its card; every field may be left empty, but not all.
///
/// The wire form (JSON) of `POST /v1/municipalities/{cbs}/card-proposals`; field names
/// are [`CardField::name`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CardProposal {
    /// The Ukraine desk's e-mail address.
    pub ukraine_email: Option<String>,
    /// The Ukraine desk's phone number (a Dutch number).
    pub ukraine_phone: Option<String>,
    /// The general municipal number, 14 + area code.
    pub general_phone: Option<String>,
    /// The page where one books a registration (BRP) appointment.
    pub brp_appointment_url: Option<String>,
    /// The page about living allowance (leefgeld).
    pub leefgeld_url: Option<String>,
    /// The e-mail address for leefgeld.
    pub leefgeld_email: Option<String>,
    /// The phone number for leefgeld.
    pub leefgeld_phone: Option<String>,
    /// A meeting place or information point for people from Ukraine: its name.
    pub place_name: Option<String>,
    /// Its address.
    pub place_address: Option<String>,
    /// Its opening hours, as the municipality writes them.
    pub place_hours: Option<String>,
    /// The municipality's page that states these contacts; its website when empty.
    pub source: Option<String>,
}

/// A field of [`CardProposal`]: a closed set, so the staff page, the endpoint and the
/// messages agree on every one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CardField {
    /// [`CardProposal::ukraine_email`].
    UkraineEmail,
    /// [`CardProposal::ukraine_phone`].
    UkrainePhone,
    /// [`CardProposal::general_phone`].
    GeneralPhone,
    /// [`CardProposal::brp_appointment_url`].
    BrpAppointmentUrl,
    /// [`CardProposal::leefgeld_url`].
    LeefgeldUrl,
    /// [`CardProposal::leefgeld_email`].
    LeefgeldEmail,
    /// [`CardProposal::leefgeld_phone`].
    LeefgeldPhone,
    /// [`CardProposal::place_name`].
    PlaceName,
    /// [`CardProposal::place_address`].
    PlaceAddress,
    /// [`CardProposal::place_hours`].
    PlaceHours,
    /// [`CardProposal::source`].
    Source,
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CardProblem {
    /// Not an e-mail address.
    NotAnAddress,
    /// Not a Dutch phone number.
    NotADutchNumber,
    /// Not 14 + area code.
    NotAGeneralNumber,
    /// Not an https address.
    NotHttps,
    /// A page outside the municipality's own website.
    NotOwnWebsite,
    /// Longer than [`MAX_TEXT_CHARS`] or [`MAX_URL_CHARS`].
    TooLong,
    /// Holds an invisible character.
    InvisibleCharacter,
    /// A place needs both a name and an address.
    PlaceIncomplete,
}

/// Every field, in the order the staff page shows them.
pub const CARD_FIELDS: [CardField; 11] = [
    CardField::UkraineEmail,
    CardField::UkrainePhone,
    CardField::GeneralPhone,
    CardField::BrpAppointmentUrl,
    CardField::LeefgeldUrl,
    CardField::LeefgeldEmail,
    CardField::LeefgeldPhone,
    CardField::PlaceName,
    CardField::PlaceAddress,
    CardField::PlaceHours,
    CardField::Source,
];

enum Kind {
    Email,
    Phone,
    GeneralPhone,
    Url,
    Text,
}

impl CardField {
    /// Its name on the wire and in the form (`ukraine_email`).
    pub fn name(self) -> &'static str {
        match self {
            CardField::UkraineEmail => "ukraine_email",
            CardField::UkrainePhone => "ukraine_phone",
            CardField::GeneralPhone => "general_phone",
            CardField::BrpAppointmentUrl => "brp_appointment_url",
            CardField::LeefgeldUrl => "leefgeld_url",
            CardField::LeefgeldEmail => "leefgeld_email",
            CardField::LeefgeldPhone => "leefgeld_phone",
            CardField::PlaceName => "place_name",
            CardField::PlaceAddress => "place_address",
            CardField::PlaceHours => "place_hours",
            CardField::Source => "source",
        }
    }

    fn kind(self) -> Kind {
        match self {
            CardField::UkraineEmail | CardField::LeefgeldEmail => Kind::Email,
            CardField::UkrainePhone | CardField::LeefgeldPhone => Kind::Phone,
            CardField::GeneralPhone => Kind::GeneralPhone,
            CardField::BrpAppointmentUrl | CardField::LeefgeldUrl | CardField::Source => Kind::Url,
            CardField::PlaceName | CardField::PlaceAddress | CardField::PlaceHours => Kind::Text,
        }
    }
}

impl CardProblem {
    /// Its code on the wire (`not-https`).
    pub fn code(self) -> &'static str {
        match self {
            CardProblem::NotAnAddress => "not-an-address",
            CardProblem::NotADutchNumber => "not-a-dutch-number",
            CardProblem::NotAGeneralNumber => "not-a-general-number",
            CardProblem::NotHttps => "not-https",
            CardProblem::NotOwnWebsite => "not-own-website",
            CardProblem::TooLong => "too-long",
            CardProblem::InvisibleCharacter => "invisible-character",
            CardProblem::PlaceIncomplete => "place-incomplete",
        }
    }
}

/// Why a proposal was refused: a problem per field, or nothing given at all.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardErrors {
    /// The first problem of each field that has one.
    pub fields: BTreeMap<CardField, CardProblem>,
    /// No contact at all was given.
    pub nothing_given: bool,
}

impl CardProposal {
    /// The value of a field.
    pub fn get(&self, field: CardField) -> Option<&str> {
        self.slot(field).as_deref()
    }

    /// Sets a field (empty text clears it).
    pub fn set(&mut self, field: CardField, value: &str) {
        *self.slot_mut(field) = Some(value.to_owned()).filter(|v| !v.trim().is_empty());
    }

    fn slot(&self, field: CardField) -> &Option<String> {
        match field {
            CardField::UkraineEmail => &self.ukraine_email,
            CardField::UkrainePhone => &self.ukraine_phone,
            CardField::GeneralPhone => &self.general_phone,
            CardField::BrpAppointmentUrl => &self.brp_appointment_url,
            CardField::LeefgeldUrl => &self.leefgeld_url,
            CardField::LeefgeldEmail => &self.leefgeld_email,
            CardField::LeefgeldPhone => &self.leefgeld_phone,
            CardField::PlaceName => &self.place_name,
            CardField::PlaceAddress => &self.place_address,
            CardField::PlaceHours => &self.place_hours,
            CardField::Source => &self.source,
        }
    }

    fn slot_mut(&mut self, field: CardField) -> &mut Option<String> {
        match field {
            CardField::UkraineEmail => &mut self.ukraine_email,
            CardField::UkrainePhone => &mut self.ukraine_phone,
            CardField::GeneralPhone => &mut self.general_phone,
            CardField::BrpAppointmentUrl => &mut self.brp_appointment_url,
            CardField::LeefgeldUrl => &mut self.leefgeld_url,
            CardField::LeefgeldEmail => &mut self.leefgeld_email,
            CardField::LeefgeldPhone => &mut self.leefgeld_phone,
            CardField::PlaceName => &mut self.place_name,
            CardField::PlaceAddress => &mut self.place_address,
            CardField::PlaceHours => &mut self.place_hours,
            CardField::Source => &mut self.source,
        }
    }

    /// The proposal as the card of today's file shows it, so staff start from what the
    /// portal shows.
    pub fn from_override(local: &LocalOverride) -> CardProposal {
        let leefgeld = local.leefgeld.as_ref();
        let place = local.meeting_place.as_ref();
        CardProposal {
            ukraine_email: local.ukraine_email.clone(),
            ukraine_phone: local.ukraine_phone.clone(),
            general_phone: local.general_phone.clone(),
            brp_appointment_url: local.brp_appointment_url.clone(),
            leefgeld_url: leefgeld.and_then(|g| g.url.clone()),
            leefgeld_email: leefgeld.and_then(|g| g.email.clone()),
            leefgeld_phone: leefgeld.and_then(|g| g.phone.clone()),
            place_name: place.map(|p| p.name.clone()),
            place_address: place.map(|p| p.address.clone()),
            place_hours: place.and_then(|p| p.hours.clone()),
            source: Some(local.source.clone()),
        }
    }

    /// Checks every field with the rules of `content/local/*.toml` (for `website`, the
    /// municipality's website) and returns the proposal trimmed, empty fields cleared.
    ///
    /// # Errors
    /// [`CardErrors`] naming each field's first problem.
    pub fn checked(&self, website: &str) -> Result<CardProposal, CardErrors> {
        let mut clean = CardProposal::default();
        let mut errors = CardErrors::default();
        for field in CARD_FIELDS {
            let Some(value) = self.get(field).map(str::trim).filter(|v| !v.is_empty()) else {
                continue;
            };
            if let Err(problem) = check_value(field, value, website) {
                errors.fields.insert(field, problem);
            }
            clean.set(field, value);
        }
        if clean.place_name.is_some() != clean.place_address.is_some()
            || (clean.place_hours.is_some() && clean.place_name.is_none())
        {
            let missing = if clean.place_name.is_none() {
                CardField::PlaceName
            } else {
                CardField::PlaceAddress
            };
            errors
                .fields
                .entry(missing)
                .or_insert(CardProblem::PlaceIncomplete);
        }
        errors.nothing_given = CARD_FIELDS
            .iter()
            .filter(|f| !matches!(f, CardField::Source | CardField::PlaceHours))
            .all(|f| clean.get(*f).is_none());
        if errors.fields.is_empty() && !errors.nothing_given {
            Ok(clean)
        } else {
            Err(errors)
        }
    }

    /// The `content/local/<code>.toml` contents once accepted on `given_on`: every part
    /// sourced to the municipality's page (its website when none was given) and checked
    /// as [`CheckMethod::Municipality`]. Call it on a [`CardProposal::checked`] proposal.
    pub fn to_override(&self, website: &str, given_on: Date) -> LocalOverride {
        let checked = Check {
            method: CheckMethod::Municipality,
            date: Some(given_on),
        };
        let source = self.source.clone().unwrap_or_else(|| website.to_owned());
        let leefgeld = (self.leefgeld_url.is_some()
            || self.leefgeld_email.is_some()
            || self.leefgeld_phone.is_some())
        .then(|| LocalLeefgeld {
            url: self.leefgeld_url.clone(),
            email: self.leefgeld_email.clone(),
            email_for: ContactFor::Ukraine,
            phone: self.leefgeld_phone.clone(),
            source: source.clone(),
            checked,
        });
        let meeting_place =
            self.place_name
                .clone()
                .zip(self.place_address.clone())
                .map(|(name, address)| LocalPlace {
                    kind: PlaceKind::Meeting,
                    name,
                    address,
                    hours: self.place_hours.clone(),
                    source: source.clone(),
                    checked,
                });
        LocalOverride {
            ukraine_email: self.ukraine_email.clone(),
            email_for: ContactFor::Ukraine,
            ukraine_phone: self.ukraine_phone.clone(),
            phone_for: ContactFor::Ukraine,
            general_phone: self.general_phone.clone(),
            brp_appointment_url: self.brp_appointment_url.clone(),
            reception_note: false,
            source,
            checked,
            leefgeld,
            meeting_place,
        }
    }
}

fn check_value(field: CardField, value: &str, website: &str) -> Result<(), CardProblem> {
    if has_invisible(value) {
        return Err(CardProblem::InvisibleCharacter);
    }
    let limit = match field.kind() {
        Kind::Url => MAX_URL_CHARS,
        _ => MAX_TEXT_CHARS,
    };
    if value.chars().count() > limit {
        return Err(CardProblem::TooLong);
    }
    match field.kind() {
        Kind::Email => check_email(value).map_err(|_| CardProblem::NotAnAddress),
        Kind::Phone if !is_dutch_phone(value) => Err(CardProblem::NotADutchNumber),
        Kind::GeneralPhone if !is_general_phone(value) => Err(CardProblem::NotAGeneralNumber),
        Kind::Url if !is_https(value) => Err(CardProblem::NotHttps),
        Kind::Url if site_domain(value) != site_domain(website) => Err(CardProblem::NotOwnWebsite),
        _ => Ok(()),
    }
}

/// An `https://` address with a dotted host and no white space (the content's rule).
pub fn is_https(url: &str) -> bool {
    let host = url
        .strip_prefix("https://")
        .unwrap_or("")
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("");
    host.contains('.') && !url.chars().any(char::is_whitespace)
}

/// The last two labels of a URL's host (`pki.utrecht.nl` → `utrecht.nl`): the domain a
/// municipality's own pages share.
pub fn site_domain(url: &str) -> String {
    let host = url
        .split("://")
        .nth(1)
        .unwrap_or(url)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let labels: Vec<&str> = host.rsplit('.').take(2).collect();
    labels.into_iter().rev().collect::<Vec<_>>().join(".")
}

#[cfg(test)]
mod tests;
