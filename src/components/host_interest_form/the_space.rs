//! The space on offer: how many people and rooms, what it is like, from when, for how
//! long, the languages spoken and a note.

use super::checkboxes::{CheckField, LanguagesField};
use super::fields::{FormState, SelectField, TextField};
use crate::i18n::use_i18n;
use crate::text::ui_key;
use leptos::prelude::*;

fn counts() -> Vec<(String, String)> {
    (1..=6).map(|n| (n.to_string(), n.to_string())).collect()
}

/// Capacity, rooms, features, start date, duration, languages and note.
#[component]
pub fn TheSpace(state: FormState) -> impl IntoView {
    let i18n = use_i18n();
    let durations = [
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
    .collect::<Vec<_>>();
    view! {
        <SelectField
            state
            field="capacity"
            label=i18n.tr("form-capacity-label")
            hint=i18n.tr("form-capacity-hint")
            options=counts()
            get=|d| &d.capacity
            set=|d, v| d.capacity = v
        />
        <SelectField
            state
            field="rooms"
            label=i18n.tr("form-rooms-label")
            options=counts()
            get=|d| &d.rooms
            set=|d, v| d.rooms = v
        />
        <fieldset class="field">
            <legend>{i18n.tr("form-features-legend")}</legend>
            <p class="hint">{i18n.tr("form-features-hint")}</p>
            <CheckField
                state
                field="separate_room_with_door"
                label=i18n.tr("form-separate-room-with-door-label")
                get=|d| d.separate_room_with_door
                set=|d, v| d.separate_room_with_door = v
            />
            <CheckField
                state
                field="pets_accepted"
                label=i18n.tr("form-pets-accepted-label")
                get=|d| d.pets_accepted
                set=|d, v| d.pets_accepted = v
            />
            <CheckField
                state
                field="stairs_or_bunk_beds_only"
                label=i18n.tr("form-stairs-or-bunk-beds-only-label")
                get=|d| d.stairs_or_bunk_beds_only
                set=|d, v| d.stairs_or_bunk_beds_only = v
            />
            <CheckField
                state
                field="remote_location_own_transport_needed"
                label=i18n.tr("form-remote-location-own-transport-needed-label")
                get=|d| d.remote_location_own_transport_needed
                set=|d, v| d.remote_location_own_transport_needed = v
            />
        </fieldset>
        <TextField
            state
            field="available_from"
            kind="date"
            label=i18n.tr("form-available-from-label")
            hint=i18n.tr("form-available-from-hint")
            get=|d| &d.available_from
            set=|d, v| d.available_from = v
        />
        <SelectField
            state
            field="duration"
            label=i18n.tr("form-duration-label")
            options=durations
            get=|d| &d.duration
            set=|d, v| d.duration = v
        />
        <LanguagesField state />
        <TextField
            state
            field="note"
            kind="textarea"
            label=i18n.tr("form-note-label")
            hint=i18n.tr("form-note-hint")
            get=|d| &d.note
            set=|d, v| d.note = v
        />
    }
}
