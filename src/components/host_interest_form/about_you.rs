//! Who the host is and where the space is: name, contact, municipality, place.

use super::fields::{FormState, SelectField, TextField};
use crate::catalog::directory;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The 342 municipalities by name, as select options. Sorted by inserting each in
/// place: fast enough for 342 and smaller in the wasm than another `sort_by`.
fn municipality_options() -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = Vec::new();
    for m in directory().municipalities() {
        let at = all.partition_point(|(_, name)| *name <= m.name);
        all.insert(at, (m.code.clone(), m.name.clone()));
    }
    all
}

/// Name, e-mail, phone, municipality and place.
#[component]
pub fn AboutYou(state: FormState) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <TextField
            state
            field="name"
            label=i18n.tr("form-name-label")
            hint=i18n.tr("form-name-hint")
            autocomplete="name"
            get=|d| &d.name
            set=|d, v| d.name = v
        />
        <TextField
            state
            field="email"
            kind="email"
            label=i18n.tr("form-email-label")
            hint=i18n.tr("form-email-hint")
            autocomplete="email"
            get=|d| &d.email
            set=|d, v| d.email = v
        />
        <TextField
            state
            field="phone"
            kind="tel"
            label=i18n.tr("form-phone-label")
            hint=i18n.tr("form-phone-hint")
            autocomplete="tel"
            get=|d| &d.phone
            set=|d, v| d.phone = v
        />
        <SelectField
            state
            field="municipality"
            label=i18n.tr("form-municipality-label")
            hint=i18n.tr("form-municipality-hint")
            options=municipality_options()
            get=|d| &d.municipality
            set=|d, v| d.municipality = v
        />
        <TextField
            state
            field="place"
            label=i18n.tr("form-place-label")
            hint=i18n.tr("form-place-hint")
            autocomplete="address-level2"
            get=|d| &d.place
            set=|d, v| d.place = v
        />
    }
}
