//! Hulpwijzer: a client-side Leptos app that guides people who fled Ukraine, and
//! people who host or help them, to concrete local next steps in four languages.
//!
//! The pure logic (trees, engine, URL codec, validator) lives in `hulpwijzer-core`;
//! this crate only renders it.

mod catalog;
mod components;
mod config;
mod fetch;
mod form;
mod i18n;
mod municipality;
mod pages;
mod storage;
mod text;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The whole app: one route that hands every path to [`pages::Page`], which decodes it.
#[component]
pub fn App() -> impl IntoView {
    i18n::provide_i18n(i18n::url_locale().unwrap_or_else(i18n::preferred_locale));
    let sender = form::provide_sender();
    config::provide_config(move |endpoint| sender.set_endpoint(endpoint));
    view! {
        <Router>
            <components::SiteHeader />
            <main id="main" tabindex="-1">
                <Routes fallback=pages::Page>
                    <Route path=path!("/") view=pages::Page />
                    <Route path=path!("/*any") view=pages::Page />
                </Routes>
            </main>
            <components::SiteFooter />
        </Router>
    }
}
