//! The form's inputs: each with a label, an optional hint and its inline errors, wired
//! to one field of the draft. Ids are `hi-<field>`, so the error summary can link them.
//!
//! Size: every reactive attribute and event handler below comes from one of the
//! [`FormState`] helpers, so each is one closure type and the view code for it is
//! generated once for all fields instead of once per place it is written.

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

    /// `class:field-invalid` and the like for `field` (reactive).
    pub fn invalid_fn(self, field: &'static str) -> impl Fn() -> bool + Copy + 'static {
        move || self.invalid(field)
    }

    /// `aria-invalid` for `field` (reactive).
    pub fn aria_invalid(self, field: &'static str) -> impl Fn() -> Option<&'static str> + 'static {
        move || self.invalid(field).then_some("true")
    }

    /// `aria-describedby` for `field` (reactive).
    pub fn aria_described_by(
        self,
        field: &'static str,
        hint: bool,
    ) -> impl Fn() -> Option<String> + 'static {
        move || self.described_by(field, hint)
    }

    /// The text of a field of the draft (reactive).
    pub fn text(self, get: fn(&Draft) -> &String) -> impl Fn() -> String + 'static {
        move || self.draft.with(|d| get(d).clone())
    }

    /// Stores what an `input` or `change` event carries into a text field of the draft.
    pub fn set_text(self, set: fn(&mut Draft, String)) -> impl FnMut(web_sys::Event) + 'static {
        move |ev| self.draft.update(|d| set(d, event_target_value(&ev)))
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
    let control = if kind == "textarea" {
        view! {
            <textarea
                id=input_id(field)
                name=field
                rows="4"
                aria-invalid=state.aria_invalid(field)
                aria-describedby=state.aria_described_by(field, has_hint)
                prop:value=state.text(get)
                on:input=state.set_text(set)
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
                aria-invalid=state.aria_invalid(field)
                aria-describedby=state.aria_described_by(field, has_hint)
                prop:value=state.text(get)
                on:input=state.set_text(set)
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field-invalid=state.invalid_fn(field)>
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
        <div class="field" class:field-invalid=state.invalid_fn(field)>
            <label for=input_id(field)>{label}</label>
            {hint_view(field, hint)}
            <FieldError state field />
            <select
                id=input_id(field)
                name=field
                aria-invalid=state.aria_invalid(field)
                aria-describedby=state.aria_described_by(field, has_hint)
                on:change=state.set_text(set)
            >
                <option value="">{i18n.tr("form-choose")}</option>
                {options}
            </select>
        </div>
    }
}
