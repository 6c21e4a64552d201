//! The footer: what happens to the user's answers, every answer from A to Z, and saving the
//! language for offline use.

use super::OfflineSaver;
use crate::i18n::use_i18n;
use crate::key;
use hulpwijzer_core::route::topic_index_path;
use leptos::prelude::*;

/// The page footer with the privacy promise.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    // The A–Z page is plain HTML, not one of the app's pages: the browser loads it.
    view! {
        <footer class="site-footer">
            <p>{i18n.tr(key!("footer-privacy"))}</p>
            <p>{i18n.tr(key!("footer-status"))}</p>
            <p>
                <a href=topic_index_path(i18n.locale()) rel="external">
                    {i18n.tr(key!("topic-index-title"))}
                </a>
            </p>
            <OfflineSaver />
        </footer>
    }
}
