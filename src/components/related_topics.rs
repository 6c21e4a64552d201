//! "Also useful": other topics worth reading next.

use crate::i18n::use_i18n;
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
) -> impl IntoView {
    let i18n = use_i18n();
    (!related.is_empty()).then(|| {
        let list = related
            .iter()
            .map(|t| {
                view! {
                    <li>
                        <a href=route
                            .tree_start(t)
                            .to_url()>{i18n.tr(&keys::tree_title(t.as_str()))}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="also-useful">
                <h2 id="also-useful">{i18n.tr("also-useful")}</h2>
                <ul class="links">{list}</ul>
            </section>
        }
    })
}
