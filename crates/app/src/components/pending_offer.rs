//! What the form's pages know of this phone's offers, told on every other page: "a form
//! filled in on this phone has not been sent yet", and the references of the offers sent
//! and not withdrawn, each with a link to the form's page, where the offers sent are
//! listed with their "withdraw" buttons.
//!
//! The portal's wasm has no sender (decision 14), so on its pages an offer waiting in the
//! outbox is pointed to instead of sent. The host wasm sends it itself and says nothing
//! of it; it tells of the offers sent only on pages without the form (which lists them).

use crate::hydration::use_hydrated;
use crate::i18n::use_i18n;
use crate::key;
use leptos::prelude::*;

/// The id the form's page gives its list of the offers sent (the link's fragment).
pub const SENT_LIST: &str = "hi-sent";

/// The notice, once the page is live and only while there is something to tell: an
/// offer waiting (told first, in the portal's wasm only), else the offers sent.
#[component]
pub fn PendingOffer() -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = use_hydrated();
    // The form's page when there is something to tell (`None` inside when it is not
    // known); read once the page is live: storage is the device's, never the generator's.
    let told = RwSignal::new(None::<Option<String>>);
    // The host wasm reads the list of the offers sent itself.
    #[cfg(feature = "host-form")]
    let sender = crate::form::use_sender();
    #[cfg(feature = "host-form")]
    let references = move || crate::form::references_of(&sender.sent());
    #[cfg(not(feature = "host-form"))]
    let references = crate::form::sent_references;
    let read = move || {
        let tell = waiting() || references().is_some();
        told.set(tell.then(crate::form::pending_page));
    };
    Effect::new(move |_| {
        if hydrated.get() {
            // In the host wasm, read again when this tab or another sends or withdraws one.
            read();
        }
    });
    // Another tab sent or withdrew an offer (in the host wasm the sender follows them).
    #[cfg(not(feature = "host-form"))]
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::storage, move |_| read());
        // The notice is part of the shell, which lives as long as the app.
        std::mem::forget(handle);
    });
    // The form's page lists the offers sent itself.
    #[cfg(feature = "host-form")]
    let route = crate::current_route::use_current_route().0;
    #[cfg(feature = "host-form")]
    let listed_here = move || route.with(|r| r.as_ref().is_ok_and(crate::form::shown_on));
    #[cfg(not(feature = "host-form"))]
    let listed_here = || false;
    move || {
        let page = told.get()?;
        let (kind, text, open, href) = match references() {
            Some(references) if !waiting() => {
                // `Offers sent from this phone: KTR-527, KTR-384.`
                let text = i18n.tr(key!("form-sent-elsewhere")) + " " + &references + ".";
                let href = page.map(|href| href + "#" + SENT_LIST);
                (SENT, text, key!("form-sent-open"), href)
            }
            _ => {
                let text = i18n.tr(key!("form-pending-elsewhere"));
                (WAITING, text, key!("form-pending-open"), page)
            }
        };
        (kind == WAITING || !listed_here()).then(|| {
            // A full load, so the host wasm comes with the form's page at once (and the
            // fragment is kept).
            let link = href.map(|href| {
                view! {
                    " "
                    <a href=href rel="external">
                        {i18n.tr(open)}
                    </a>
                }
            });
            view! {
                <p class="notice" role="status" data-offer-notice=kind>
                    {text}
                    {link}
                </p>
            }
        })
    }
}

/// `data-offer-notice` of the notice of an offer waiting.
const WAITING: &str = "waiting";
/// `data-offer-notice` of the notice of the offers sent.
const SENT: &str = "sent";

/// Whether an offer waits that this wasm cannot send (the host wasm sends it itself).
fn waiting() -> bool {
    !cfg!(feature = "host-form") && crate::form::has_pending()
}
