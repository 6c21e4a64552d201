//! "Read more": links from the registry.

use super::contact_card::host_of;
use crate::catalog::catalog;
use crate::i18n::use_i18n;
use hulpwijzer_core::ids::LinkId;
use hulpwijzer_core::keys;
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
            .map(|l| {
                view! {
                    <li>
                        <a href=l.url.clone() rel="noopener">
                            {i18n.tr(&keys::link(l.id.as_str()))}
                        </a>
                        " "
                        <span class="host">"(" {host_of(&l.url)} ")"</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="read-more">
                <h2 id="read-more">{i18n.tr("read-more")}</h2>
                <ul class="links">{list}</ul>
            </section>
        }
    })
}
