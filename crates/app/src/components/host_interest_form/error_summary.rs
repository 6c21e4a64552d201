//! The GOV.UK error summary: a heading and one link per problem that moves focus to
//! the field. Focused when it appears, so screen readers announce it.

use super::fields::{input_id, FormState};
use super::table::has_input;
use crate::components::summary_item;
use crate::i18n::use_i18n;
use crate::key;
use crate::platform::focus_element;
use hulpwijzer_core::form::{message_key, Field};
use leptos::prelude::*;

/// Focuses the summary once it is in the page.
pub fn focus_summary() {
    request_animation_frame(|| focus_element("hi-error-summary"));
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
