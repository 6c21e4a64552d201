//! The form's inputs: each with a label, an optional hint and its inline errors, wired
//! to one field of the draft. Ids are `hi-<field>`, so the error summary can link them.

use crate::form::{error_key, Draft};
use crate::i18n::use_i18n;
use hulpwijzer_core::form::FieldErrors;
use leptos::prelude::*;

/// The draft and the errors, shared by every input.
#[derive(Clone, Copy)]
pub struct FormState {
    pub draft: RwSignal<Draft>,
    pub errors: RwSignal<FieldErrors>,
}

impl FormState {
    /// Whether `field` has an error (reactive).
    pub fn invalid(&self, field: &'static str) -> bool {
        self.errors.with(|e| !e.get(field).is_empty())
    }

    /// `aria-describedby` for `field`: its hint and, when invalid, its error.
    pub fn described_by(&self, field: &'static str, hint: bool) -> Option<String> {
        let mut ids = Vec::new();
        if hint {
            ids.push(format!("hi-{field}-hint"));
        }
        if self.invalid(field) {
            ids.push(format!("hi-{field}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The id of the input for `field`.
pub fn input_id(field: &str) -> String {
    format!("hi-{field}")
}

/// The hint under a label (or nothing).
pub fn hint_view(field: &'static str, hint: Option<String>) -> impl IntoView {
    hint.map(|h| {
        view! {
            <p class="hint" id=format!("hi-{field}-hint")>
                {h}
            </p>
        }
    })
}

/// The inline error messages of `field`, when it has any.
#[component]
pub fn FieldError(state: FormState, field: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let codes = state.errors.with(|e| e.get(field).to_vec());
        (!codes.is_empty()).then(|| {
            let messages = codes
                .iter()
                .map(|c| i18n.tr(error_key(field, c)))
                .collect::<Vec<_>>()
                .join(" ");
            view! {
                <p class="error-message" id=format!("hi-{field}-error")>
                    <span class="visually-hidden">{i18n.tr("form-error-prefix")}</span>
                    {messages}
                </p>
            }
        })
    }
}

/// A text, e-mail, phone or date input, or a text area.
#[component]
pub fn TextField(
    state: FormState,
    field: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    get: fn(&Draft) -> &String,
    set: fn(&mut Draft, String),
) -> impl IntoView {
    let has_hint = hint.is_some();
    let value = move || state.draft.with(|d| get(d).clone());
    let on_input = move |ev| state.draft.update(|d| set(d, event_target_value(&ev)));
    let control = if kind == "textarea" {
        view! {
            <textarea
                id=input_id(field)
                name=field
                rows="4"
                aria-invalid=move || state.invalid(field).then_some("true")
                aria-describedby=move || state.described_by(field, has_hint)
                prop:value=value
                on:input=on_input
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=input_id(field)
                name=field
                type=kind
                autocomplete=autocomplete
                aria-invalid=move || state.invalid(field).then_some("true")
                aria-describedby=move || state.described_by(field, has_hint)
                prop:value=value
                on:input=on_input
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field-invalid=move || state.invalid(field)>
            <label for=input_id(field)>{label}</label>
            {hint_view(field, hint)}
            <FieldError state field />
            {control}
        </div>
    }
}

/// A drop-down list; the first option ("choose") is empty.
#[component]
pub fn SelectField(
    state: FormState,
    field: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    options: Vec<(String, String)>,
    get: fn(&Draft) -> &String,
    set: fn(&mut Draft, String),
) -> impl IntoView {
    let i18n = use_i18n();
    let has_hint = hint.is_some();
    let current = state.draft.with_untracked(|d| get(d).clone());
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let selected = value == current;
            view! {
                <option value=value selected=selected>
                    {text}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field-invalid=move || state.invalid(field)>
            <label for=input_id(field)>{label}</label>
            {hint_view(field, hint)}
            <FieldError state field />
            <select
                id=input_id(field)
                name=field
                aria-invalid=move || state.invalid(field).then_some("true")
                aria-describedby=move || state.described_by(field, has_hint)
                on:change=move |ev| state.draft.update(|d| set(d, event_target_value(&ev)))
            >
                <option value="">{i18n.tr("form-choose")}</option>
                {options}
            </select>
        </div>
    }
}
