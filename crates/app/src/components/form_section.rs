//! Where an outcome that invites hosts shows the host-interest form.
//!
//! Only the host wasm has the form (decision 14). The page generator renders, and the
//! host wasm hydrates, the same first view: the note that the form needs the page to be
//! live. The portal's wasm never renders these pages (`pages::Page` loads them with the
//! host wasm), so it has neither the note nor its text, which is with the form's texts.

use hulpwijzer_core::route::Route;
use leptos::prelude::*;

/// The form (host wasm), or the note that the form needs the page to be live.
#[component]
pub fn FormSection(
    /// The decoded URL (its `m` parameter preselects the municipality).
    route: Route,
) -> impl IntoView {
    #[cfg(feature = "host-form")]
    {
        live_form(route)
    }
    #[cfg(not(feature = "host-form"))]
    let _ = route;
}

/// The form only for a municipality that takes offers through this deployment (or when
/// the endpoint could not say which do); for any other, an honest note (the municipality
/// card says how to reach it); without an endpoint, the same; before the page is live
/// (or without JavaScript), a note saying so.
#[cfg(feature = "host-form")]
fn live_form(route: Route) -> impl Fn() -> AnyView + Send + Sync + 'static {
    use super::{HostInterestForm, SentOffers};
    use crate::config::use_config;
    use crate::hydration::use_hydrated;
    use crate::i18n::use_i18n;
    use crate::key;
    let i18n = use_i18n();
    let config = use_config();
    let hydrated = use_hydrated();
    // The deployment's endpoint is read only where a form is shown, once the page is live.
    Effect::new(move |_| {
        if hydrated.get() {
            config.request();
        }
    });
    let chosen = route.municipality.clone();
    move || {
        let taking = match chosen.as_deref() {
            Some(code) => config.takes_offers(code),
            None => config.any_takes_offers(),
        };
        match (hydrated.get(), config.loaded(), config.endpoint(), taking) {
            (false, _, _, _) => {
                view! { <p class="form-elsewhere">{i18n.tr(key!("form-needs-script"))}</p> }
                    .into_any()
            }
            (true, false, _, _) => {
                view! { <p role="status">{i18n.tr(key!("loading"))}</p> }.into_any()
            }
            (true, true, Some(_), Some(false)) => view! {
                <p class="form-elsewhere" data-form="not-taking">
                    {i18n.tr(key!("form-not-taking-offers"))}
                </p>
                <SentOffers />
            }
            .into_any(),
            (true, true, Some(_), _) => view! {
                <HostInterestForm route=route.clone() />
                <SentOffers />
            }
            .into_any(),
            (true, true, None, _) => {
                view! { <p class="form-elsewhere">{i18n.tr(key!("form-no-endpoint"))}</p> }
                    .into_any()
            }
        }
    }
}
