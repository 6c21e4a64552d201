//! One link from the registry: its label in the reader's language and the site it is on.

use super::contact_card::host_of;
use crate::i18n::use_i18n;
use hulpwijzer_core::keys;
use hulpwijzer_core::model::Link;
use leptos::prelude::*;

/// A list item with the link's label and, in brackets, its host.
#[component]
pub fn LinkItem(
    /// The link.
    link: &'static Link,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li>
            <a href=link.url.clone() rel="noopener">
                {i18n.tr_derived(&keys::link(link.id.as_str()))}
            </a>
            " "
            <span class="host">"(" {host_of(&link.url)} ")"</span>
        </li>
    }
}
