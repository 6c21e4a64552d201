//! The user's municipality as a contact.

use crate::i18n::use_i18n;
use hulpwijzer_core::route::Route;
use leptos::prelude::*;

/// The municipality card.
#[component]
pub fn MunicipalityCard(
    /// The decoded URL.
    route: Route,
) -> impl IntoView {
    let i18n = use_i18n();
    let _ = route;
    view! {
        <article class="contact municipality">
            <h3>{i18n.tr("municipality-yours")}</h3>
        </article>
    }
}
