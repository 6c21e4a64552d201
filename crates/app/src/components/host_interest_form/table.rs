//! The form's fields as data, in page order: name, label and hint keys and the kind of
//! input. One generic view ([`super::fields::items_view`]) renders them all, so the
//! wasm holds the view code of each kind of input once instead of once per field.

use crate::catalog::directory;
use crate::components::{duration_label, label_of};
use crate::form::{FlagField, TextField};
use crate::i18n::I18n;
use crate::{key, Key};
use hulpwijzer_core::form::{Field, StayDuration};

/// How a field is entered, and which field of the draft it changes.
pub enum Input {
    /// `<input type=…>` (text, email, tel, date, number) with its `autocomplete` token.
    Text(TextField, &'static str, &'static str),
    /// A multi-line `<textarea>`.
    TextArea(TextField),
    /// A `<select>` whose options (value, text) come from the function; the first,
    /// empty option ("choose") is always there.
    Select(TextField, fn(&I18n) -> Vec<(String, String)>),
    /// One yes/no checkbox.
    Check(FlagField),
    /// The group of language checkboxes; the label is the group's legend.
    Languages,
}

/// One input of the form; its label is the field's (`label_of`), which the staff page
/// shows too.
pub struct Spec {
    /// The Fluent key of the hint under the label, if any.
    pub hint: Option<Key>,
    pub input: Input,
}

impl Spec {
    /// The core's field this input fills in (its name is the input's `name`; its id is
    /// `hi-<name>`).
    pub fn field(&self) -> Field {
        match self.input {
            Input::Text(t, _, _) | Input::TextArea(t) | Input::Select(t, _) => t.field(),
            Input::Check(f) => f.field(),
            Input::Languages => Field::Languages,
        }
    }

    /// The Fluent key of the label (a legend for [`Input::Languages`]); every field with
    /// an input has one (the table's test checks it).
    pub fn label(&self) -> Option<Key> {
        label_of(self.field())
    }
}

/// A field, or a `<fieldset>` of checkboxes under a legend (and an optional hint).
pub enum Item {
    Field(Spec),
    Group {
        legend: Key,
        hint: Option<Key>,
        fields: &'static [Spec],
    },
}

const fn field(input: Input) -> Spec {
    Spec { hint: None, input }
}

const fn hinted(hint: Key, input: Input) -> Spec {
    Spec {
        hint: Some(hint),
        input,
    }
}

/// The municipalities that take offers through this deployment (all 342 when the
/// endpoint could not say), by name, as select options. Sorted by inserting each in
/// place: fast enough for 342 and smaller in the wasm than another `sort_by`.
fn municipalities(_: &I18n) -> Vec<(String, String)> {
    let config = crate::config::use_config();
    let mut all: Vec<(String, String)> = Vec::new();
    for m in directory()
        .municipalities()
        .iter()
        .filter(|m| config.takes_offers(&m.code) != Some(false))
    {
        let at = all.partition_point(|(_, name)| *name <= m.name);
        all.insert(at, (m.code.clone(), m.name.clone()));
    }
    all
}

/// 1 to 6 (people, rooms).
fn counts(_: &I18n) -> Vec<(String, String)> {
    (1..=6).map(|n| (n.to_string(), n.to_string())).collect()
}

fn durations(i18n: &I18n) -> Vec<(String, String)> {
    StayDuration::ALL
        .into_iter()
        .map(|d| (d.code().to_owned(), i18n.tr(duration_label(d))))
        .collect()
}

/// Who the host is and where the space is, then the space on offer: everything above
/// the privacy notice.
pub const ABOUT_AND_SPACE: &[Item] = &[
    Item::Field(hinted(
        key!("form-name-hint"),
        Input::Text(TextField::Name, "text", "name"),
    )),
    Item::Field(hinted(
        key!("form-email-hint"),
        Input::Text(TextField::Email, "email", "email"),
    )),
    Item::Field(hinted(
        key!("form-phone-hint"),
        Input::Text(TextField::Phone, "tel", "tel"),
    )),
    Item::Field(hinted(
        key!("form-municipality-hint"),
        Input::Select(TextField::Municipality, municipalities),
    )),
    Item::Field(hinted(
        key!("form-place-hint"),
        Input::Text(TextField::Place, "text", "address-level2"),
    )),
    Item::Field(hinted(
        key!("form-capacity-hint"),
        Input::Select(TextField::Capacity, counts),
    )),
    Item::Field(field(Input::Select(TextField::Rooms, counts))),
    Item::Group {
        legend: key!("form-features-legend"),
        hint: Some(key!("form-features-hint")),
        fields: &[
            field(Input::Check(FlagField::SeparateRoomWithDoor)),
            field(Input::Check(FlagField::PetsAccepted)),
            field(Input::Check(FlagField::StairsOrBunkBedsOnly)),
            field(Input::Check(FlagField::RemoteLocationOwnTransportNeeded)),
        ],
    },
    Item::Field(hinted(
        key!("form-available-from-hint"),
        Input::Text(TextField::AvailableFrom, "date", "off"),
    )),
    Item::Field(field(Input::Select(TextField::Duration, durations))),
    Item::Field(hinted(key!("form-languages-hint"), Input::Languages)),
    Item::Field(hinted(
        key!("form-note-hint"),
        Input::TextArea(TextField::Note),
    )),
];

/// The consents, below the privacy notice: contact about this offer (required), keep
/// it for later (optional).
pub const CONSENT: &[Item] = &[Item::Group {
    legend: key!("form-consent-legend"),
    hint: None,
    fields: &[
        field(Input::Check(FlagField::ConsentContactNow)),
        hinted(
            key!("form-consent-keep-for-future-hint"),
            Input::Check(FlagField::ConsentKeepForFuture),
        ),
    ],
}];

/// Every input of the form, in page order.
fn specs() -> impl Iterator<Item = &'static Spec> {
    ABOUT_AND_SPACE
        .iter()
        .chain(CONSENT)
        .flat_map(|item| match item {
            Item::Field(spec) => std::slice::from_ref(spec).iter(),
            Item::Group { fields, .. } => fields.iter(),
        })
}

/// Whether `field` has an input the host can reach (else its errors point at Send).
pub fn has_input(field: Field) -> bool {
    specs().any(|s| s.field() == field)
}

#[cfg(test)]
mod tests {
    use super::specs;
    use hulpwijzer_core::form::Field;

    /// Every field the host fills in has exactly one input; the rest are sent by the
    /// sender (or are the honeypot, which has its own hidden input).
    #[test]
    fn every_host_field_has_one_input() {
        for field in Field::ALL {
            let inputs = specs().filter(|s| s.field() == field).count();
            let expected = match field {
                Field::SchemaVersion
                | Field::Website
                | Field::FillMs
                | Field::IdempotencyKey
                | Field::Form => 0,
                _ => 1,
            };
            assert_eq!(inputs, expected, "{field:?}");
        }
    }

    /// The fields with an input are exactly those with a label (which the staff page
    /// shows beside the field's value too).
    #[test]
    fn every_input_has_its_fields_label_and_no_other_field_has_one() {
        for field in Field::ALL {
            let has_input = specs().any(|s| s.field() == field);
            assert_eq!(
                crate::components::label_of(field).is_some(),
                has_input,
                "{field:?}"
            );
        }
        assert!(specs().all(|s| s.label().is_some()));
    }
}
