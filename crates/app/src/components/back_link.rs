//! "Back": one answer back, or from a topic's first question to its menu.

use crate::i18n::use_i18n;
use crate::key;
use hulpwijzer_core::engine::{back, Walk};
use hulpwijzer_core::ids::TreeId;
use hulpwijzer_core::model::{Audience, Catalog};
use hulpwijzer_core::route::Route;
use leptos::prelude::*;

/// The back link; absent on the home page.
#[component]
pub fn BackLink(
    /// The decoded URL.
    route: Route,
    /// The journey so far.
    walk: Walk<'static>,
) -> impl IntoView {
    let i18n = use_i18n();
    let tree = walk.tree;
    let answers = route.position().map_or(&[][..], |(_, answers)| answers);
    let href = if route.edit().is_some() {
        Some(route.with_answers(answers.to_vec()).to_url())
    } else if !answers.is_empty() {
        Some(route.with_answers(back(answers)).to_url())
    } else {
        let menu = match tree.audience {
            Audience::Refugee if tree.id != *"refugee" => Some(TreeId::from("refugee")),
            Audience::Host if tree.id != *"host" => Some(TreeId::from("host")),
            _ if tree.id != *Catalog::START => Some(TreeId::from(Catalog::START)),
            _ => None,
        };
        menu.map(|m| route.tree_start(&m).to_url())
    };
    href.map(|href| {
        view! {
            <a class="back-link" href=href>
                {i18n.tr(key!("back"))}
            </a>
        }
    })
}
