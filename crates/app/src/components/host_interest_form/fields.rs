//! The form's inputs: each with a label, an optional hint and its inline errors, wired
//! to one field of the draft. Ids are `hi-<field>`, so the error summary can link them.
//!
//! Each input reads and writes its field of the draft through the typed
//! [`TextField`]/[`FlagField`] of the table, so no input can name a field the draft lacks.

use super::table::{Input, Item, Spec};
use crate::components::language_label;
use crate::form::{Draft, FlagField, TextField};
use crate::i18n::{use_i18n, I18n};
use crate::{key, Key};
use hulpwijzer_core::form::{message_key, Code, Field, FieldErrors, Language};
use leptos::prelude::*;

/// The draft and the errors, shared by every input.
#[derive(Clone, Copy)]
pub struct FormState {
    pub draft: RwSignal<Draft>,
    pub errors: RwSignal<FieldErrors>,
}

impl FormState {
    /// The text of a field of the draft (reactive).
    pub fn text(self, field: TextField) -> impl Fn() -> String + 'static {
        move || self.draft.with(|d| field.get(d).clone())
    }

    /// Stores what an `input` or `change` event carries into a text field of the draft.
    pub fn set_text(self, field: TextField) -> impl FnMut(web_sys::Event) + 'static {
        move |ev| {
            self.draft
                .update(|d| *field.get_mut(d) = event_target_value(&ev))
        }
    }
}

/// The id of the input for `field`.
pub fn input_id(field: Field) -> String {
    format!("hi-{}", field.name())
}

/// What a field shows of its errors. A field is drawn again when its errors change
/// (only on Send), so everything here is plain values, not reactive attributes: much
/// less view code in the wasm than a render effect per attribute and kind of input.
struct Errors {
    /// The inline message (codes already translated), when there are errors.
    message: Option<String>,
    /// `aria-invalid`.
    invalid: Option<&'static str>,
    /// `aria-describedby`: the hint and, when invalid, the error.
    described_by: Option<String>,
    /// The wrapper's class, with `field-invalid` when invalid.
    class: String,
}

impl Errors {
    fn new(i18n: I18n, field: Field, codes: &[Code], hint: bool, class: &str) -> Self {
        let invalid = !codes.is_empty();
        let message = invalid.then(|| {
            codes
                .iter()
                .map(|c| i18n.tr_derived(&message_key(field, *c)))
                .collect::<Vec<_>>()
                .join(" ")
        });
        let mut ids = Vec::new();
        if hint {
            ids.push(format!("{}-hint", input_id(field)));
        }
        if invalid {
            ids.push(format!("{}-error", input_id(field)));
        }
        Errors {
            message,
            invalid: invalid.then_some("true"),
            described_by: (!ids.is_empty()).then(|| ids.join(" ")),
            class: if invalid {
                format!("{class} field-invalid")
            } else {
                class.to_owned()
            },
        }
    }

    /// The inline error messages, when there are any.
    fn view(&mut self, i18n: I18n, field: Field) -> AnyView {
        self.message
            .take()
            .map(|messages| {
                view! {
                    <p class="error-message" id=format!("{}-error", input_id(field))>
                        <span class="visually-hidden">{i18n.tr(key!("form-error-prefix"))}</span>
                        {messages}
                    </p>
                }
            })
            .into_any()
    }
}

/// The hint under a label (or nothing).
fn hint_view(i18n: I18n, field: Field, hint: Option<Key>) -> AnyView {
    hint.map(|h| {
        view! {
            <p class="hint" id=format!("{}-hint", input_id(field))>
                {i18n.tr(h)}
            </p>
        }
    })
    .into_any()
}

/// The control of a text, select or text-area field.
fn control(i18n: I18n, state: FormState, f: &'static Spec, e: &Errors) -> AnyView {
    let field = f.field();
    match f.input {
        Input::TextArea(text) => view! {
            <textarea
                id=input_id(field)
                name=field.name()
                rows="4"
                aria-invalid=e.invalid
                aria-describedby=e.described_by.clone()
                prop:value=state.text(text)
                on:input=state.set_text(text)
            ></textarea>
        }
        .into_any(),
        Input::Select(member, options) => {
            // The stored draft arrives after the first render (it is read in an effect), so
            // the selection follows the draft.
            let options = options(&i18n)
                .into_iter()
                .map(|(value, text)| {
                    let wanted = value.to_string();
                    let selected = move || state.draft.with(|d| *member.get(d) == wanted);
                    view! {
                        <option value=value selected=selected>
                            {text}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <select
                    id=input_id(field)
                    name=field.name()
                    aria-invalid=e.invalid
                    aria-describedby=e.described_by.clone()
                    prop:value=state.text(member)
                    on:change=state.set_text(member)
                >
                    <option value="">{i18n.tr(key!("form-choose"))}</option>
                    {options}
                </select>
            }
            .into_any()
        }
        Input::Text(text, kind, autocomplete) => view! {
            <input
                id=input_id(field)
                name=field.name()
                type=kind
                autocomplete=autocomplete
                aria-invalid=e.invalid
                aria-describedby=e.described_by.clone()
                prop:value=state.text(text)
                on:input=state.set_text(text)
            />
        }
        .into_any(),
        Input::Check(_) | Input::Languages => ().into_any(),
    }
}

/// One checkbox for a yes/no field of the draft.
fn check_view(
    i18n: I18n,
    state: FormState,
    f: &'static Spec,
    flag: FlagField,
    mut e: Errors,
) -> AnyView {
    let field = f.field();
    view! {
        <div class=e
            .class
            .clone()>
            {e.view(i18n, field)}
            <input
                id=input_id(field)
                name=field.name()
                type="checkbox"
                aria-invalid=e.invalid
                aria-describedby=e.described_by
                prop:checked=move || state.draft.with(|d| flag.get(d))
                on:change=move |ev| {
                    state.draft.update(|d| *flag.get_mut(d) = event_target_checked(&ev))
                }
            /> <label for=input_id(field)>{f.label().map(|label| i18n.tr(label))}</label>
            {hint_view(i18n, field, f.hint)}
        </div>
    }
    .into_any()
}

/// The languages spoken at home: at least one.
fn languages_view(i18n: I18n, state: FormState, f: &'static Spec, mut e: Errors) -> AnyView {
    let field = f.field();
    let boxes = Language::ALL
        .into_iter()
        .enumerate()
        .map(|(i, language)| {
            let code = language.code();
            // The first box carries the field's id, so the error summary can focus it.
            let id = if i == 0 {
                input_id(field)
            } else {
                format!("hi-languages-{code}")
            };
            let checked = move || state.draft.with(|d| d.languages.contains(&language));
            let toggle = move |ev| {
                let on = event_target_checked(&ev);
                state.draft.update(|d| {
                    d.languages.retain(|l| *l != language);
                    if on {
                        d.languages.push(language);
                    }
                });
            };
            view! {
                <div class="checkbox">
                    <input
                        id=id.clone()
                        type="checkbox"
                        name="languages"
                        value=code
                        aria-invalid=e.invalid
                        prop:checked=checked
                        on:change=toggle
                    />
                    <label for=id>{i18n.tr(language_label(language))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class=e.class.clone() aria-describedby=e.described_by.clone()>
            <legend>{f.label().map(|label| i18n.tr(label))}</legend>
            {hint_view(i18n, field, f.hint)}
            {e.view(i18n, field)}
            {boxes}
        </fieldset>
    }
    .into_any()
}

/// Any field: a checkbox, the languages group, or a label, hint, errors and control;
/// drawn again when its errors change.
fn field_view(i18n: I18n, state: FormState, f: &'static Spec) -> AnyView {
    let field = f.field();
    (move || {
        let codes = state.errors.with(|e: &FieldErrors| e.get(field).to_vec());
        untrack(|| {
            let class = match f.input {
                Input::Check(_) => "checkbox",
                _ => "field",
            };
            let mut e = Errors::new(i18n, field, &codes, f.hint.is_some(), class);
            match f.input {
                Input::Check(flag) => check_view(i18n, state, f, flag, e),
                Input::Languages => languages_view(i18n, state, f, e),
                _ => view! {
                    <div class=e.class.clone()>
                        <label for=input_id(field)>{f.label().map(|label| i18n.tr(label))}</label>
                        {hint_view(i18n, field, f.hint)}
                        {e.view(i18n, field)}
                        {control(i18n, state, f, &e)}
                    </div>
                }
                .into_any(),
            }
        })
    })
    .into_any()
}

/// The views of `items`, in order.
pub fn items_view(state: FormState, items: &'static [Item]) -> Vec<AnyView> {
    let i18n = use_i18n();
    items
        .iter()
        .map(|item| match item {
            Item::Field(f) => field_view(i18n, state, f),
            Item::Group {
                legend,
                hint,
                fields,
            } => {
                let boxes = fields
                    .iter()
                    .map(|f| field_view(i18n, state, f))
                    .collect::<Vec<_>>();
                view! {
                    <fieldset class="field">
                        <legend>{i18n.tr(*legend)}</legend>
                        {hint.map(|h| view! { <p class="hint">{i18n.tr(h)}</p> })}
                        {boxes}
                    </fieldset>
                }
                .into_any()
            }
        })
        .collect()
}

/// A field only bots fill in: hidden from sight and from assistive technology, out of
/// the tab order and never autofilled.
pub fn honeypot(state: FormState) -> AnyView {
    let i18n = use_i18n();
    view! {
        <div class="hp" aria-hidden="true">
            <label for="hi-website">{i18n.tr(key!("form-website-label"))}</label>
            <input
                id="hi-website"
                name="website"
                type="text"
                tabindex="-1"
                autocomplete="off"
                prop:value=state.text(TextField::Website)
                on:input=state.set_text(TextField::Website)
            />
        </div>
    }
    .into_any()
}
