//! A titled list of links to other pages of the portal: "Asked often" under a question,
//! "Choose a topic" and "Also useful" on an outcome. One view for all three keeps the wasm
//! small (the size gate's first visit).

use crate::i18n::use_i18n;
use crate::Key;
use leptos::prelude::*;

/// The links under the heading `heading` (a UI message key, also the section's class and the
/// heading's id); absent when there are none.
#[component]
pub fn TopicLinks(
    /// The heading's message key.
    heading: Key,
    /// (href, label) of each link, in order.
    links: Vec<(String, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    (!links.is_empty()).then(|| {
        let list = links
            .into_iter()
            .map(|(href, label)| {
                view! {
                    <li>
                        <a href=href>{label}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class=heading.as_str() aria-labelledby=heading.as_str()>
                <h2 id=heading.as_str()>{i18n.tr(heading)}</h2>
                <ul class="links">{list}</ul>
            </section>
        }
    })
}
