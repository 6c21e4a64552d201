//! The footer: what happens to the user's answers.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The page footer with the privacy promise.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{move || i18n.tr("footer-privacy")}</p>
            <p>{move || i18n.tr("footer-status")}</p>
        </footer>
    }
}
