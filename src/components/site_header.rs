//! The header: skip link, the portal's name (home) and the language switcher.

use super::LanguageSwitcher;
use crate::i18n::use_i18n;
use hulpwijzer_core::route::Route;
use leptos::prelude::*;

/// The page header, present on every page.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main">
            {i18n.tr("skip-to-content")}
        </a>
        <header class="site-header">
            <a class="brand" href=Route::home(i18n.locale()).to_url()>
                {i18n.tr("app-name")}
            </a>
            <LanguageSwitcher />
        </header>
    }
}
