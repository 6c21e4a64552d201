//! The card form's error summary: one link per field with a problem, moving focus to
//! it. Focused when it appears, so screen readers announce it.

use super::card_editor::CardState;
use crate::components::summary_item;
use crate::i18n::use_i18n;
use crate::key;
use crate::platform::focus_element;
use crate::staff::card::input_id;
use hulpwijzer_core::card::{field_key, problem_key, CARD_FIELDS};
use leptos::prelude::*;

const SUMMARY_ID: &str = "card-error-summary";

/// Focuses the summary once it is in the page.
pub fn focus_summary() {
    request_animation_frame(|| focus_element(SUMMARY_ID));
}

/// The summary, shown while there are problems.
#[component]
pub fn CardSummary(
    /// The form's values and problems.
    state: CardState,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let errors = state.errors.get();
        (errors.nothing_given || !errors.fields.is_empty()).then(|| {
            let nothing = errors
                .nothing_given
                .then(|| view! { <li>{i18n.tr(key!("staff-card-nothing-given"))}</li> });
            let items = CARD_FIELDS
                .into_iter()
                .filter_map(|f| errors.fields.get(&f).map(|p| (f, *p)))
                .map(|(field, problem)| {
                    let text = format!(
                        "{}: {}",
                        i18n.tr_derived(&field_key(field)),
                        i18n.tr_derived(&problem_key(problem))
                    );
                    summary_item(input_id(field), text)
                })
                .collect_view();
            view! {
                <div
                    class="error-summary"
                    id=SUMMARY_ID
                    role="alert"
                    tabindex="-1"
                    aria-labelledby="card-error-summary-title"
                >
                    <h3 id="card-error-summary-title">
                        {i18n.tr(key!("staff-card-error-summary-title"))}
                    </h3>
                    <ul>{nothing} {items}</ul>
                </div>
            }
        })
    }
}
