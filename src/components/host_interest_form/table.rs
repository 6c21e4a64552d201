//! The form's fields as data, in page order: name, label and hint keys and the kind of
//! input. One generic view ([`super::fields::items_view`]) renders them all, so the
//! wasm holds the view code of each kind of input once instead of once per field.

use crate::catalog::directory;
use crate::i18n::I18n;
use crate::text::ui_key;

/// How a field is entered.
pub enum Input {
    /// `<input type=…>` (text, email, tel, date, number) with its `autocomplete` token.
    Text(&'static str, &'static str),
    /// A multi-line `<textarea>`.
    TextArea,
    /// A `<select>` whose options (value, text) come from the function; the first,
    /// empty option ("choose") is always there.
    Select(fn(&I18n) -> Vec<(String, String)>),
    /// One yes/no checkbox.
    Check,
    /// The group of language checkboxes; the label is the group's legend.
    Languages,
}

/// One field of the draft.
pub struct Field {
    /// The draft's (and the core's) field name; the input's id is `hi-<name>`.
    pub name: &'static str,
    /// The Fluent key of the label (a legend for [`Input::Languages`]).
    pub label: &'static str,
    /// The Fluent key of the hint under the label, if any.
    pub hint: Option<&'static str>,
    pub input: Input,
}

/// A field, or a `<fieldset>` of checkboxes under a legend (and an optional hint).
pub enum Item {
    Field(Field),
    Group {
        legend: &'static str,
        hint: Option<&'static str>,
        fields: &'static [Field],
    },
}

const fn field(name: &'static str, label: &'static str, input: Input) -> Field {
    Field {
        name,
        label,
        hint: None,
        input,
    }
}

const fn hinted(
    name: &'static str,
    label: &'static str,
    hint: &'static str,
    input: Input,
) -> Field {
    Field {
        name,
        label,
        hint: Some(hint),
        input,
    }
}

/// The 342 municipalities by name, as select options. Sorted by inserting each in
/// place: fast enough for 342 and smaller in the wasm than another `sort_by`.
fn municipalities(_: &I18n) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = Vec::new();
    for m in directory().municipalities() {
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
    [
        (
            "three-to-six-months",
            ui_key("form-duration-three-to-six-months"),
        ),
        (
            "six-to-twelve-months",
            ui_key("form-duration-six-to-twelve-months"),
        ),
        ("more-than-a-year", ui_key("form-duration-more-than-a-year")),
        ("unsure", ui_key("form-duration-unsure")),
    ]
    .into_iter()
    .map(|(value, key)| (value.to_owned(), i18n.tr(key)))
    .collect()
}

/// Who the host is and where the space is, then the space on offer: everything above
/// the privacy notice.
pub const ABOUT_AND_SPACE: &[Item] = &[
    Item::Field(hinted(
        "name",
        ui_key("form-name-label"),
        ui_key("form-name-hint"),
        Input::Text("text", "name"),
    )),
    Item::Field(hinted(
        "email",
        ui_key("form-email-label"),
        ui_key("form-email-hint"),
        Input::Text("email", "email"),
    )),
    Item::Field(hinted(
        "phone",
        ui_key("form-phone-label"),
        ui_key("form-phone-hint"),
        Input::Text("tel", "tel"),
    )),
    Item::Field(hinted(
        "municipality",
        ui_key("form-municipality-label"),
        ui_key("form-municipality-hint"),
        Input::Select(municipalities),
    )),
    Item::Field(hinted(
        "place",
        ui_key("form-place-label"),
        ui_key("form-place-hint"),
        Input::Text("text", "address-level2"),
    )),
    Item::Field(hinted(
        "capacity",
        ui_key("form-capacity-label"),
        ui_key("form-capacity-hint"),
        Input::Select(counts),
    )),
    Item::Field(field(
        "rooms",
        ui_key("form-rooms-label"),
        Input::Select(counts),
    )),
    Item::Group {
        legend: ui_key("form-features-legend"),
        hint: Some(ui_key("form-features-hint")),
        fields: &[
            field(
                "separate_room_with_door",
                ui_key("form-separate-room-with-door-label"),
                Input::Check,
            ),
            field(
                "pets_accepted",
                ui_key("form-pets-accepted-label"),
                Input::Check,
            ),
            field(
                "stairs_or_bunk_beds_only",
                ui_key("form-stairs-or-bunk-beds-only-label"),
                Input::Check,
            ),
            field(
                "remote_location_own_transport_needed",
                ui_key("form-remote-location-own-transport-needed-label"),
                Input::Check,
            ),
        ],
    },
    Item::Field(hinted(
        "available_from",
        ui_key("form-available-from-label"),
        ui_key("form-available-from-hint"),
        Input::Text("date", "off"),
    )),
    Item::Field(field(
        "duration",
        ui_key("form-duration-label"),
        Input::Select(durations),
    )),
    Item::Field(hinted(
        "languages",
        ui_key("form-languages-legend"),
        ui_key("form-languages-hint"),
        Input::Languages,
    )),
    Item::Field(hinted(
        "note",
        ui_key("form-note-label"),
        ui_key("form-note-hint"),
        Input::TextArea,
    )),
];

/// The consents, below the privacy notice: contact about this offer (required), keep
/// it for later (optional).
pub const CONSENT: &[Item] = &[Item::Group {
    legend: ui_key("form-consent-legend"),
    hint: None,
    fields: &[
        field(
            "consent_contact_now",
            ui_key("form-consent-contact-now-label"),
            Input::Check,
        ),
        hinted(
            "consent_keep_for_future",
            ui_key("form-consent-keep-for-future-label"),
            ui_key("form-consent-keep-for-future-hint"),
            Input::Check,
        ),
    ],
}];

/// The language checkboxes' label keys, in the order of [`crate::form::LANGUAGES`].
pub const LANGUAGE_NAMES: [&str; 7] = [
    ui_key("form-language-uk"),
    ui_key("form-language-ru"),
    ui_key("form-language-en"),
    ui_key("form-language-nl"),
    ui_key("form-language-de"),
    ui_key("form-language-pl"),
    ui_key("form-language-other"),
];
