//! `/nl/staff` and `/en/staff` (`/staff/` leads to the Dutch one): where municipal
//! staff open their municipality's offers with the export token and their key file,
//! propose corrections to their municipality's card, and make the key pair once.
//! Nothing of it is cached by the service worker; the token lives only in this tab's
//! session storage and the key only in memory.

mod ask_first;
mod card_editor;
mod card_form;
mod card_input;
mod card_status;
mod card_summary;
mod error_note;
mod filters;
mod key_maker;
mod mark_all;
mod offer_card;
mod offer_list;
mod opener;
mod pager;
mod public_key;

use crate::i18n::use_i18n;
use crate::key;
use card_editor::CardEditor;
use hulpwijzer_core::staff::Offer;
use key_maker::KeyMaker;
use leptos::prelude::*;
use offer_list::OfferList;
use opener::Opener;

/// Where the opened offers came from, for marking one handled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// The endpoint's base URL.
    pub endpoint: String,
    /// The municipality's CBS code.
    pub municipality: String,
    /// The export token.
    pub token: String,
}

/// The staff page.
#[component]
pub fn StaffPage() -> impl IntoView {
    let i18n = use_i18n();
    let offers = RwSignal::new(None::<Vec<Offer>>);
    let session = RwSignal::new(None::<Session>);
    // Shared by the opener and the card: one municipality and one export code.
    let municipality = RwSignal::new(String::new());
    let token = RwSignal::new(String::new());
    let opening = RwSignal::new(false);
    // Only opening (or failing to open) replaces the list; marking one handled does not.
    let opened = Memo::new(move |_| offers.with(Option::is_some));
    let list = move || {
        opened
            .get()
            .then(|| view! { <OfferList offers session opening /> })
    };
    view! {
        <div class="staff">
            <h1>{i18n.tr(key!("staff-title"))}</h1>
            <p>{i18n.tr(key!("staff-intro"))}</p>
            <section aria-labelledby="staff-open-heading">
                <h2 id="staff-open-heading">{i18n.tr(key!("staff-open-heading"))}</h2>
                <Opener offers session municipality token busy=opening />
                {list}
            </section>
            <CardEditor municipality token />
            <KeyMaker />
        </div>
    }
}
