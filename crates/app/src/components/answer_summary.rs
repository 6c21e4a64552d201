//! "Your answers", each with a link to change it.

use crate::i18n::use_i18n;
use crate::key;
use hulpwijzer_core::engine::Walk;
use hulpwijzer_core::keys;
use hulpwijzer_core::route::Route;
use leptos::prelude::*;

/// The answers given in this topic; absent when there are none.
#[component]
pub fn AnswerSummary(
    /// The decoded URL.
    route: Route,
    /// The journey whose answers to list.
    walk: Walk<'static>,
) -> impl IntoView {
    let i18n = use_i18n();
    let tree = walk.tree.id.as_str();
    (!walk.trail.is_empty()).then(|| {
        let rows = walk
            .trail
            .iter()
            .enumerate()
            .map(|(index, a)| {
                let q = a.question.id.as_str();
                let href = route.changing(index).to_url();
                view! {
                    <div class="answer">
                        <dt>{i18n.tr_derived(&keys::node(tree, q))}</dt>
                        <dd>
                            {i18n.tr_derived(&keys::option(tree, q, a.choice.id.as_str()))} " "
                            <a
                                href=href
                                class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--subtle change"
                            >
                                {i18n.tr(key!("change-answer"))}
                            </a>
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="your-answers">
                <h2 id="your-answers">{i18n.tr(key!("your-answers"))}</h2>
                <dl class="answers">{rows}</dl>
            </section>
        }
    })
}
