//! "Read more": links from the registry.

use super::link_item::LinkItem;
use crate::catalog::catalog;
use crate::i18n::use_i18n;
use crate::key;
use hulpwijzer_core::ids::LinkId;
use leptos::prelude::*;

/// The outcome's links; absent when there are none.
#[component]
pub fn LinkList(
    /// Link ids from the outcome.
    links: Vec<LinkId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let items: Vec<_> = links
        .iter()
        .filter_map(|l| catalog().link(l.as_str()))
        .collect();
    (!items.is_empty()).then(|| {
        let list = items
            .into_iter()
            .map(|link| view! { <LinkItem link /> })
            .collect_view();
        view! {
            <section aria-labelledby="read-more">
                <h2 id="read-more">{i18n.tr(key!("read-more"))}</h2>
                <ul class="links">{list}</ul>
            </section>
        }
    })
}
