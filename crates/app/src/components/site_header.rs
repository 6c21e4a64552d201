//! The header: skip link, the portal's name (home) and the language switcher; when
//! embedded, also a link that opens the same page on the full site.

use super::LanguageSwitcher;
use crate::current_route::use_current_route;
use crate::embed::use_embedded;
use crate::i18n::use_i18n;
use crate::key;
use crate::site::use_site;
use hulpwijzer_core::route::Route;
use leptos::prelude::*;

/// The page header, present on every page.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let embedded = use_embedded();
    let route = use_current_route().0;
    let site = use_site();
    let full_site = move || {
        embedded.is_embedded().then(|| {
            let path = route
                .get()
                .map_or_else(|_| Route::home(i18n.locale()).to_url(), |r| r.to_url());
            view! {
                <a class="full-site" href=site.absolute(&path) target="_blank" rel="noopener">
                    {i18n.tr(key!("embed-open-full-site"))}
                </a>
            }
        })
    };
    view! {
        <a class="skip-link" href="#main">
            {i18n.tr(key!("skip-to-content"))}
        </a>
        <header class="site-header">
            <a class="brand" href=Route::home(i18n.locale()).to_url()>
                {i18n.tr(key!("app-name"))}
            </a>
            {full_site}
            <LanguageSwitcher />
        </header>
    }
}
