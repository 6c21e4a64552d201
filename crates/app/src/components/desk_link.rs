//! The way from an outcome to its desk card.

use crate::i18n::use_i18n;
use crate::key;
use hulpwijzer_core::route::Route;
use leptos::prelude::*;

/// A link to the outcome's desk card (with the chosen municipality once the page is
/// live). The card loads as its own page (`rel="external"`), which brings the texts of
/// its second language.
#[component]
pub fn DeskLink(
    /// The outcome's decoded URL.
    route: Route,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="desk-link" aria-labelledby="desk-link">
            <p>
                <a
                    id="desk-link"
                    class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
                    href=route.at_desk().to_url()
                    rel="external"
                >
                    {i18n.tr(key!("desk-link"))}
                </a>
            </p>
            <p class="hint">{i18n.tr(key!("desk-link-hint"))}</p>
        </section>
    }
}
