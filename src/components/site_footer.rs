//! The footer: what happens to the user's answers, and saving the language for offline use.

use super::OfflineSaver;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The page footer with the privacy promise.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{i18n.tr("footer-privacy")}</p>
            <p>{i18n.tr("footer-status")}</p>
            <OfflineSaver />
        </footer>
    }
}
