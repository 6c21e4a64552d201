//! How each field of an opened offer reads on the staff page: the host form's own label
//! (the same Fluent message, from the form's table) and the value in the reader's
//! language.

use crate::components::{duration_label, label_of, language_label};
use crate::i18n::I18n;
use crate::municipality::name_of;
use crate::{key, Key};
use hulpwijzer_core::form::Field;
use hulpwijzer_core::staff::{Labels, Offer};

/// The label of a shown field: the host form's label for it, or for the form's version
/// (which the host does not fill in) the staff page's own.
pub fn label_key(field: Field) -> Option<Key> {
    match field {
        Field::SchemaVersion => Some(key!("staff-schema-version")),
        other => label_of(other),
    }
}

/// The day of an RFC 3339 time (`2026-11-29T18:40:12Z`) as the reader writes dates
/// (the text itself when it is not one).
pub fn day_of(i18n: &I18n, at: &str) -> String {
    at.get(..10)
        .and_then(|d| hulpwijzer_core::date::Date::parse(d).ok())
        .map(|d| crate::text::date(i18n, d))
        .unwrap_or_else(|| at.to_owned())
}

fn yes_no(i18n: &I18n, b: bool) -> String {
    i18n.tr(if b {
        key!("staff-yes")
    } else {
        key!("staff-no")
    })
}

/// A field's value as the reader reads it ("—" when not given).
pub fn value(i18n: &I18n, offer: &Offer, field: Field) -> String {
    let text = text(i18n, offer, field);
    if text.is_empty() {
        "—".to_owned()
    } else {
        text
    }
}

/// A field's value as the reader reads it (empty when not given).
fn text(i18n: &I18n, offer: &Offer, field: Field) -> String {
    let f = &offer.form;
    match field {
        Field::Municipality => name_of(Some(&f.municipality))
            .map(|n| format!("{n} ({})", f.municipality))
            .unwrap_or_else(|| f.municipality.clone()),
        Field::SeparateRoomWithDoor => yes_no(i18n, f.separate_room_with_door),
        Field::PetsAccepted => yes_no(i18n, f.pets_accepted),
        Field::StairsOrBunkBedsOnly => yes_no(i18n, f.stairs_or_bunk_beds_only),
        Field::RemoteLocationOwnTransportNeeded => {
            yes_no(i18n, f.remote_location_own_transport_needed)
        }
        Field::ConsentContactNow => yes_no(i18n, f.consent_contact_now),
        Field::ConsentKeepForFuture => yes_no(i18n, f.consent_keep_for_future),
        Field::AvailableFrom => f
            .available_from
            .map(|d| crate::text::date(i18n, d))
            .unwrap_or_default(),
        Field::Duration => f
            .duration
            .map(|d| i18n.tr(duration_label(d)))
            .unwrap_or_default(),
        Field::Languages => f
            .languages
            .iter()
            .map(|l| i18n.tr(language_label(*l)))
            .collect::<Vec<_>>()
            .join(", "),
        Field::SchemaVersion
        | Field::Name
        | Field::Email
        | Field::Phone
        | Field::Place
        | Field::Capacity
        | Field::Rooms
        | Field::Note
        | Field::Website
        | Field::FillMs
        | Field::IdempotencyKey
        | Field::Form => offer.value(field),
    }
}

/// The CSV for Excel's headings and values: the staff page's, in the reader's language.
pub struct CsvLabels<'a>(pub &'a I18n);

impl Labels for CsvLabels<'_> {
    fn reference(&self) -> String {
        self.0.tr(key!("staff-csv-reference"))
    }
    fn received(&self) -> String {
        self.0.tr(key!("staff-csv-received"))
    }
    fn label(&self, field: Field) -> String {
        label_key(field)
            .map(|key| self.0.tr(key))
            .unwrap_or_else(|| field.name().to_owned())
    }
    fn value(&self, offer: &Offer, field: Field) -> String {
        text(self.0, offer, field)
    }
}
