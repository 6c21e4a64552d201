//! A question: its options are links, so every answer is a URL and Back just works.

use crate::components::{BackLink, Progress, SearchField, Shortcuts};
use crate::i18n::use_i18n;
use crate::key;
use hulpwijzer_core::engine::{answer, change, Walk};
use hulpwijzer_core::ids::OptionId;
use hulpwijzer_core::keys;
use hulpwijzer_core::model::{Choice, Next, Question};
use hulpwijzer_core::route::Route;
use leptos::prelude::*;

/// Where choosing `choice` leads, as a URL.
fn option_href(route: &Route, walk: &Walk<'static>, choice: &Choice) -> String {
    if let Next::Tree(tree) = &choice.next {
        if route.edit().is_none() {
            return route.tree_start(tree).to_url();
        }
    }
    let given = route.position().map_or(&[][..], |(_, answers)| answers);
    let answers = match route.edit() {
        Some(index) => change(walk.tree, given, index, &choice.id),
        None => answer(walk.tree, given, &choice.id),
    };
    // Both succeed for options of the question on screen; fall back to the current page.
    route
        .with_answers(answers.unwrap_or_else(|_| given.to_vec()))
        .to_url()
}

/// A question page.
#[component]
pub fn QuestionPage(
    /// The decoded URL.
    route: Route,
    /// The journey so far.
    walk: Walk<'static>,
    /// The question to show (in edit mode, an earlier one).
    question: &'static Question,
    /// The answer given before, when changing an answer.
    current: Option<OptionId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let tree = walk.tree.id.as_str();
    let q = question.id.as_str();
    let hint_key = keys::question_hint(tree, q);
    let hint = i18n
        .has_derived(&hint_key)
        .then(|| i18n.tr_derived(&hint_key));
    let (answered, remaining) = match route.edit() {
        Some(index) => (index, 1),
        None => walk.progress(),
    };
    let heading = i18n.tr_derived(&keys::node(tree, q));
    // Not while changing an earlier answer: that page is about the answer.
    let shortcuts: &'static [_] = if route.edit().is_none() {
        &question.shortcuts
    } else {
        &[]
    };
    let options = question
        .options
        .iter()
        .map(|choice| {
            let href = option_href(&route, &walk, choice);
            let label = i18n.tr_derived(&keys::option(tree, q, choice.id.as_str()));
            let is_current = current.as_ref() == Some(&choice.id);
            view! {
                <li>
                    <a
                        class="option"
                        href=href
                        data-option=choice.id.as_str()
                        aria-current=is_current.then_some("true")
                    >
                        <span>{label}</span>
                        {is_current
                            .then(|| {
                                view! {
                                    <span class="badge">{i18n.tr(key!("current-answer"))}</span>
                                }
                            })}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <BackLink route=route.clone() walk=walk.clone() />
        <p class="eyebrow">{i18n.tr_derived(&keys::tree_title(tree))}</p>
        <Progress answered remaining />
        <h1 tabindex="-1" data-tree=tree data-node=q>
            {heading}
        </h1>
        {hint.map(|h| view! { <p class="hint">{h}</p> })}
        <ul class="options">{options}</ul>
        {question.search.then(|| view! { <SearchField /> })}
        <Shortcuts route shortcuts />
    }
}
