//! The GOV.UK error summary: a heading and one link per problem that moves focus to
//! the field. Focused when it appears, so screen readers announce it.

use super::fields::{input_id, FormState};
use super::table::has_input;
use crate::i18n::use_i18n;
use crate::key;
use hulpwijzer_core::form::{message_key, Field};
use leptos::prelude::*;

/// Focuses the element `id` and scrolls it to the top of the view.
pub fn focus(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
            el.scroll_into_view_with_bool(true);
        }
    }
}

/// One line of an error summary: a link that moves focus to the element `target`.
pub fn summary_item(target: String, text: String) -> impl IntoView {
    let href = format!("#{target}");
    view! {
        <li>
            <a
                href=href
                on:click=move |ev| {
                    ev.prevent_default();
                    focus(&target);
                }
            >
                {text}
            </a>
        </li>
    }
}

/// Focuses the summary once it is in the page.
pub fn focus_summary() {
    request_animation_frame(|| focus("hi-error-summary"));
}

/// The summary, shown while there are errors.
#[component]
pub fn ErrorSummary(state: FormState) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let errors = state.errors.get();
        (!errors.is_empty()).then(|| {
            let items = Field::ALL
                .into_iter()
                .flat_map(|field| errors.get(field).iter().map(move |code| (field, *code)))
                .map(|(field, code)| {
                    // Fields without an input of their own point at the Send button.
                    let target = if has_input(field) {
                        input_id(field)
                    } else {
                        "hi-submit".to_owned()
                    };
                    summary_item(target, i18n.tr_derived(&message_key(field, code)))
                })
                .collect_view();
            view! {
                <div
                    class="error-summary"
                    id="hi-error-summary"
                    role="alert"
                    tabindex="-1"
                    aria-labelledby="hi-error-summary-title"
                >
                    <h2 id="hi-error-summary-title">{i18n.tr(key!("form-error-summary-title"))}</h2>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}
