//! Hulpwijzer: a Leptos app that guides people who fled Ukraine, and people who host
//! or help them, to concrete local next steps in four languages.
//!
//! Every page is rendered to HTML at build time by these same components (feature
//! `ssr`, see [`prerender`]); in the browser the wasm (feature `hydrate`, see [`boot`])
//! hydrates it after the first paint and from then on navigates client-side. The pure
//! logic (trees, engine, URL codec, validator) lives in `hulpwijzer-core`.
//!
//! This library ships only through the crates that build it, each with the features of
//! what it contains (decision 33): `crates/portal` (`hydrate`), `crates/host` (with
//! `host-form`: the host-interest form and the page for web editors), `crates/staff` (with
//! `staff-page`) and the page generator, `crates/prerender` (`ssr` with every page).

#![recursion_limit = "256"]

// Leptos renders differently for the two; a build with both ships nowhere and would only
// hide mistakes. Cargo unifies features across the packages of one build, so a command over
// the whole workspace gets here: build one crate that ships (`-p hulpwijzer-portal`, …).
#[cfg(all(feature = "ssr", feature = "hydrate"))]
compile_error!(
    "the app is built either for the page generator (ssr) or for a browser (hydrate), never both: \
     build one of hulpwijzer-portal, -host, -staff or -prerender with -p, not the whole workspace"
);

#[cfg(feature = "hydrate")]
pub mod boot;
mod catalog;
mod components;
#[cfg(any(feature = "host-form", feature = "staff-page"))]
mod config;
mod current_route;
mod embed;
mod fetch;
mod form;
mod hydration;
mod i18n;
mod municipality;
mod pages;
mod platform;
#[cfg(feature = "ssr")]
pub mod prerender;
mod site;
#[cfg(feature = "staff-page")]
mod staff;
mod storage;
mod text;
// Only the page for web editors offers themes (decision 31).
#[cfg(feature = "host-form")]
mod theme;
pub mod today;

use leptos::prelude::*;
use leptos_router::components::Router;

#[cfg(feature = "ssr")]
pub use catalog::{catalog, set_catalog, set_directory};
pub use i18n::{I18n, Key};
pub use site::Site;
/// A date as the pages write it in a language (for the generator's tests).
#[cfg(feature = "ssr")]
pub use text::date as written_date;

/// The app with its language (and, on a desk card, the second language) and site: what
/// the generator renders and the browser hydrates, identically.
pub fn root(
    i18n: I18n,
    partner: Option<I18n>,
    site: Site,
    rendered_on: hulpwijzer_core::date::Date,
) -> impl IntoView {
    i18n::provide_i18n(i18n);
    provide_context(i18n::Partner(partner));
    site::provide_site(site);
    provide_context(today::RenderedOn(rendered_on));
    view! { <App /> }
}

/// The whole app: header, the page the URL points to, footer.
#[component]
pub fn App() -> impl IntoView {
    hydration::provide_hydrated();
    let rendered_on = use_context::<today::RenderedOn>().map_or_else(today::build_date, |r| r.0);
    today::provide_today(rendered_on);
    catalog::provide_directory_status();
    #[cfg(feature = "host-form")]
    {
        let sender = form::provide_sender();
        let config = config::provide_config(move |endpoint| sender.set_endpoint(endpoint));
        // An offer still waiting on this device is sent by this wasm, on any page it shows;
        // the portal's wasm points to the form's page instead (`components::PendingOffer`).
        Effect::new(move |_| {
            if form::has_pending() {
                config.request();
            }
            form::keep_references();
        });
    }
    // The staff page reads which municipalities take offers, as the form does; it sends
    // nothing.
    #[cfg(all(feature = "staff-page", not(feature = "host-form")))]
    config::provide_config(|_| {});
    view! {
        <Router>
            <Shell />
        </Router>
    }
}

/// Everything inside the router, which the current route needs.
#[component]
fn Shell() -> impl IntoView {
    current_route::provide_current_route();
    embed::provide_embedded();
    view! {
        <components::SiteHeader />
        <components::QuickExit />
        <main id="main" tabindex="-1">
            <components::ReadAloud />
            <components::PendingOffer />
            <pages::Page />
        </main>
        <components::SiteFooter />
    }
}
