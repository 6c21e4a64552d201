//! The host-interest form: what a Dutch host sends to offer a room, and the one
//! validation both the app (before sending) and the endpoint (before storing) run.
//!
//! # Contract
//! Fields ([`Field`]) and error codes ([`Code`], per field in [`Field::codes`]) are closed
//! sets and a stable contract: the app maps every pair to the Fluent key
//! `form-error-{field}-{code}` (see [`message_key`]) and the endpoint answers
//! `422 {"errors": {field: [code, …]}}`. Adding a field or code is a minor change that the
//! compiler walks through (every `match` on them is exhaustive); renaming one breaks the
//! app and needs a new [`SCHEMA_VERSION`]. The phone and e-mail rules are
//! [`crate::contact`]'s, shared with the content validator.
//!
//! Fields the host must fill in are `String` (empty means missing) or `Option`, so a
//! half-filled form still deserialises and the host sees every `required` at once.

mod check;
mod field_errors;
mod from_check;
mod schema;

pub use crate::contact::{normalise_phone, PhoneError, MAX_EMAIL_CHARS};
pub use check::{validate, validate_received};
pub use field_errors::FieldErrors;
pub use from_check::{settled_by, CheckAnswer, CHECK_ANSWERS, HOSTING_CHECK};
pub use schema::{message_key, message_keys, Code, Field};

use crate::date::Date;
use serde::{Deserialize, Serialize};

/// The version of this schema; sent by the client in `schema_version`.
pub const SCHEMA_VERSION: u32 = 1;

/// Fewest people and rooms a space can offer.
pub const MIN_PLACES: u32 = 1;
/// Most people and rooms a space can offer through this form.
pub const MAX_PLACES: u32 = 6;
/// Longest name or place, in Unicode scalar values.
pub const MAX_NAME_CHARS: usize = 100;
/// The most combining marks (U+0300–U+036F) on one letter of a name or place.
pub const MAX_MARKS_PER_LETTER: usize = 3;
/// Longest note, in Unicode scalar values.
pub const MAX_NOTE_CHARS: usize = 1000;
/// A form filled in faster than this (milliseconds) is taken for a bot.
pub const MIN_FILL_MS: u64 = 3000;
/// How far ahead `available_from` may lie, in days (about two years).
pub const MAX_DAYS_AHEAD: i64 = 731;
/// Shortest and longest idempotency key.
pub const IDEMPOTENCY_KEY_LEN: std::ops::RangeInclusive<usize> = 16..=64;

/// How long the host can offer the space.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StayDuration {
    /// `three-to-six-months`
    ThreeToSixMonths,
    /// `six-to-twelve-months`
    SixToTwelveMonths,
    /// `more-than-a-year`
    MoreThanAYear,
    /// `unsure`
    Unsure,
}

/// A language spoken in the host's household (closed list).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Ukrainian, `uk`.
    Uk,
    /// Russian, `ru`.
    Ru,
    /// English, `en`.
    En,
    /// Dutch, `nl`.
    Nl,
    /// German, `de`.
    De,
    /// Polish, `pl`.
    Pl,
    /// Any other language, `other`.
    Other,
}

/// A host's offer of a space, as sent by the app in JSON (`POST /v1/host-interest`).
///
/// Every member is a [`Field`] (a test holds them equal); the doc line of each names its
/// error codes.
/// Besides those, the endpoint reports `invalid` on any field whose JSON value has the
/// wrong type, and `form: [malformed]` when the body is not a JSON object of this schema.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostInterest {
    /// Must be [`SCHEMA_VERSION`]. Codes: `unsupported`, `invalid` (missing).
    pub schema_version: u32,
    /// The host's name; letters of any script, spaces, hyphens, apostrophes (`'` `ʼ` `’`)
    /// and full stops, 1–100 characters. Codes: `required`, `too-long`, `invalid`.
    #[serde(default)]
    pub name: String,
    /// Optional e-mail address. Codes: `too-long`, `invalid`, `contact-required`.
    #[serde(default)]
    pub email: Option<String>,
    /// Optional phone number (Dutch or international). Codes: `invalid`, `contact-required`.
    #[serde(default)]
    pub phone: Option<String>,
    /// CBS municipality code such as `GM0034`. Codes: `required`, `invalid`.
    #[serde(default)]
    pub municipality: String,
    /// Town or village. Codes: `required`, `too-long`, `invalid`.
    #[serde(default)]
    pub place: String,
    /// People the space fits, 1–6. Codes: `required`, `out-of-range`, `invalid`.
    #[serde(default)]
    pub capacity: Option<u32>,
    /// Rooms offered, 1–6. Codes: `required`, `out-of-range`, `invalid`.
    #[serde(default)]
    pub rooms: Option<u32>,
    /// A separate room with a door that closes.
    #[serde(default)]
    pub separate_room_with_door: bool,
    /// Pets are welcome.
    #[serde(default)]
    pub pets_accepted: bool,
    /// Only reachable by stairs, or only bunk beds (not for everyone).
    #[serde(default)]
    pub stairs_or_bunk_beds_only: bool,
    /// Remote: guests need their own transport.
    #[serde(default)]
    pub remote_location_own_transport_needed: bool,
    /// First day the space is free (`YYYY-MM-DD`). Codes: `required`, `in-the-past` and
    /// `out-of-range` (more than two years ahead) in the app only ([`validate_received`]),
    /// `invalid` (not a date; endpoint only).
    #[serde(default)]
    pub available_from: Option<Date>,
    /// How long the space is offered. Codes: `required`, `invalid` (endpoint only).
    #[serde(default)]
    pub duration: Option<StayDuration>,
    /// Languages spoken, at least one, no repeats. Codes: `required`, `invalid`.
    #[serde(default)]
    pub languages: Vec<Language>,
    /// Optional free text, at most 1000 characters; emoji welcome. Codes: `too-long`, `invalid`.
    #[serde(default)]
    pub note: Option<String>,
    /// Consent to be contacted about this offer now; must be `true`.
    /// Codes: `consent-required`.
    #[serde(default)]
    pub consent_contact_now: bool,
    /// Optional consent to keep the offer for future requests.
    #[serde(default)]
    pub consent_keep_for_future: bool,
    /// Honeypot: hidden from people, must stay empty. Codes: `invalid`.
    #[serde(default)]
    pub website: String,
    /// Milliseconds the form was open before sending. Codes: `too-fast`.
    #[serde(default)]
    pub fill_ms: u64,
    /// Client-generated key, 16–64 of `[A-Za-z0-9-]`, the same for retries of one
    /// submission and the proof for withdrawing it. Codes: `required`, `invalid`.
    #[serde(default)]
    pub idempotency_key: String,
}

impl StayDuration {
    /// Every duration, in form order.
    pub const ALL: [StayDuration; 4] = [
        StayDuration::ThreeToSixMonths,
        StayDuration::SixToTwelveMonths,
        StayDuration::MoreThanAYear,
        StayDuration::Unsure,
    ];

    /// The JSON code (`three-to-six-months`).
    pub fn code(self) -> &'static str {
        match self {
            StayDuration::ThreeToSixMonths => "three-to-six-months",
            StayDuration::SixToTwelveMonths => "six-to-twelve-months",
            StayDuration::MoreThanAYear => "more-than-a-year",
            StayDuration::Unsure => "unsure",
        }
    }
}

impl Language {
    /// Every language, in form order.
    pub const ALL: [Language; 7] = [
        Language::Uk,
        Language::Ru,
        Language::En,
        Language::Nl,
        Language::De,
        Language::Pl,
        Language::Other,
    ];

    /// The JSON code (`uk`).
    pub fn code(self) -> &'static str {
        match self {
            Language::Uk => "uk",
            Language::Ru => "ru",
            Language::En => "en",
            Language::Nl => "nl",
            Language::De => "de",
            Language::Pl => "pl",
            Language::Other => "other",
        }
    }
}

impl HostInterest {
    /// The form as the endpoint receives it on `today`: a start date that has already
    /// passed means "available now", so it becomes `today`. An offer written on the
    /// phone can reach the endpoint days later (it waits in the outbox while there is no
    /// connection), and refusing it then would lose it; the app still asks for today or
    /// later while the host types.
    #[must_use]
    pub fn as_received_on(&self, today: Date) -> HostInterest {
        HostInterest {
            available_from: self.available_from.map(|d| d.max(today)),
            ..self.clone()
        }
    }

    /// The form as it should be stored: text trimmed, empty optional text dropped, the
    /// phone in E.164 (`+31612345678`), the e-mail domain lower-cased, languages sorted.
    /// Call after [`validate`] succeeded; invalid values are kept trimmed but unchanged.
    #[must_use]
    pub fn normalised(&self) -> HostInterest {
        let opt = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
        };
        let email = opt(&self.email).map(|e| match e.rsplit_once('@') {
            Some((local, domain)) => format!("{local}@{}", domain.to_lowercase()),
            None => e,
        });
        let phone = opt(&self.phone).map(|p| normalise_phone(&p).unwrap_or(p));
        let mut languages = self.languages.clone();
        languages.sort();
        languages.dedup();
        HostInterest {
            name: self.name.trim().to_owned(),
            email,
            phone,
            municipality: self.municipality.trim().to_owned(),
            place: self.place.trim().to_owned(),
            languages,
            note: opt(&self.note),
            idempotency_key: self.idempotency_key.trim().to_owned(),
            ..self.clone()
        }
    }
}
