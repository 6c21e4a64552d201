//! "A form filled in on this phone has not been sent yet", with a link to its page: the
//! portal's wasm has no sender (decision 14), so on its pages an offer waiting in the
//! outbox is pointed to instead of sent. The wasm of the form's pages sends it itself
//! and shows nothing here.

use crate::hydration::use_hydrated;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The notice, once the page is live and only when an offer is waiting.
#[component]
pub fn PendingOffer() -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = use_hydrated();
    // Read once the page is live: storage is the device's, never the page generator's.
    let waiting = RwSignal::new(None::<Option<String>>);
    Effect::new(move |_| {
        if hydrated.get() && !cfg!(host_form) && crate::form::has_pending() {
            waiting.set(Some(crate::form::pending_page()));
        }
    });
    move || {
        waiting.get().map(|page| {
            view! {
                <p class="notice" role="status" data-pending-offer="true">
                    {i18n.tr("form-pending-elsewhere")}
                    {page
                        .map(|href| {
                            view! {
                                " "
                                <a href=href>{i18n.tr("form-pending-open")}</a>
                            }
                        })}
                </p>
            }
        })
    }
}
