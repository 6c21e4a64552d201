//! Checkboxes: single yes/no fields (features, consents) and the languages group.

use super::fields::{hint_view, input_id, FieldError, FormState};
use crate::form::{Draft, LANGUAGES};
use crate::i18n::use_i18n;
use crate::text::ui_key;
use leptos::prelude::*;

/// One checkbox for a yes/no field of the draft.
#[component]
pub fn CheckField(
    state: FormState,
    field: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    get: fn(&Draft) -> bool,
    set: fn(&mut Draft, bool),
) -> impl IntoView {
    let has_hint = hint.is_some();
    view! {
        <div class="checkbox" class:field-invalid=state.invalid_fn(field)>
            <FieldError state field />
            <input
                id=input_id(field)
                name=field
                type="checkbox"
                aria-invalid=state.aria_invalid(field)
                aria-describedby=state.aria_described_by(field, has_hint)
                prop:checked=move || state.draft.with(get)
                on:change=move |ev| state.draft.update(|d| set(d, event_target_checked(&ev)))
            />
            <label for=input_id(field)>{label}</label>
            {hint_view(field, hint)}
        </div>
    }
}

/// The languages spoken at home: at least one.
#[component]
pub fn LanguagesField(state: FormState) -> impl IntoView {
    let i18n = use_i18n();
    let field = "languages";
    let names = [
        ui_key("form-language-uk"),
        ui_key("form-language-ru"),
        ui_key("form-language-en"),
        ui_key("form-language-nl"),
        ui_key("form-language-de"),
        ui_key("form-language-pl"),
        ui_key("form-language-other"),
    ];
    let boxes = LANGUAGES
        .iter()
        .zip(names)
        .enumerate()
        .map(|(i, (code, name))| {
            // The first box carries the field's id, so the error summary can focus it.
            let id = if i == 0 {
                input_id(field)
            } else {
                format!("hi-languages-{code}")
            };
            let checked = move || state.draft.with(|d| d.languages.iter().any(|l| l == code));
            let toggle = move |ev| {
                let on = event_target_checked(&ev);
                state.draft.update(|d| {
                    d.languages.retain(|l| l != code);
                    if on {
                        d.languages.push((*code).to_owned());
                    }
                });
            };
            view! {
                <div class="checkbox">
                    <input
                        id=id.clone()
                        type="checkbox"
                        name="languages"
                        value=*code
                        aria-invalid=state.aria_invalid(field)
                        prop:checked=checked
                        on:change=toggle
                    />
                    <label for=id>{i18n.tr(name)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset
            class="field"
            class:field-invalid=state.invalid_fn(field)
            aria-describedby=state.aria_described_by(field, true)
        >
            <legend>{i18n.tr("form-languages-legend")}</legend>
            {hint_view(field, Some(i18n.tr("form-languages-hint")))}
            <FieldError state field />
            {boxes}
        </fieldset>
    }
}
