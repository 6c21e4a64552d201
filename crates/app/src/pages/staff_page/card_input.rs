//! One field of the card form: its label, its problem (when it has one) and its input.

use super::card_editor::CardState;
use crate::i18n::use_i18n;
use crate::key;
use crate::staff::card::{input_id, input_type};
use hulpwijzer_core::card::{field_key, problem_key, CardField};
use leptos::prelude::*;

/// The input of `field`.
#[component]
pub fn CardInput(
    /// The field.
    field: CardField,
    /// The form's values and problems.
    state: CardState,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = input_id(field);
    let error_id = format!("{id}-error");
    let problem = move || state.errors.with(|e| e.fields.get(&field).copied());
    let message = {
        let error_id = error_id.clone();
        move || {
            problem().map(|p| {
                view! {
                    <span class="error-message" id=error_id.clone()>
                        <span class="visually-hidden">
                            {i18n.tr(key!("staff-card-error-prefix"))}
                        </span>
                        {i18n.tr_derived(&problem_key(p))}
                    </span>
                }
            })
        }
    };
    view! {
        <p class=move || if problem().is_some() { "field field-invalid" } else { "field" }>
            <label for=id.clone()>{i18n.tr_derived(&field_key(field))}</label>
            {message}
            <input
                id=id
                name=field.name()
                type=input_type(field)
                autocomplete="off"
                aria-invalid=move || problem().map(|_| "true")
                aria-describedby=move || problem().map(|_| error_id.clone())
                prop:value=move || {
                    state.values.with(|v| v.get(field).unwrap_or_default().to_owned())
                }
                on:input=move |ev| {
                    state.edited.set(true);
                    state.values.update(|v| v.set(field, &event_target_value(&ev)));
                }
            />
        </p>
    }
}
