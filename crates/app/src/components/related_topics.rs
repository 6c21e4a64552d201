//! "Also useful": other topics worth reading next; or, on an outcome whose answer is the
//! choice of a topic (`related_first`), "Choose a topic" right under its first paragraph.

use super::TopicLinks;
use crate::i18n::use_i18n;
use crate::key;
use hulpwijzer_core::ids::TreeId;
use hulpwijzer_core::keys;
use hulpwijzer_core::route::Route;
use leptos::prelude::*;

/// Links to related trees; absent when there are none.
#[component]
pub fn RelatedTopics(
    /// The decoded URL (keeps language and municipality).
    route: Route,
    /// Related tree ids.
    related: Vec<TreeId>,
    /// Whether they are the answer, listed first ("Choose a topic").
    #[prop(optional)]
    first: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = if first {
        key!("choose-a-topic")
    } else {
        key!("also-useful")
    };
    let links = related
        .iter()
        .map(|t| {
            let href = route.tree_start(t).to_url();
            (href, i18n.tr_derived(&keys::tree_title(t.as_str())))
        })
        .collect();
    view! { <TopicLinks heading links /> }
}
