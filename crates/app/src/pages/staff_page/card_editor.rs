//! "Your card in the portal": the municipality's card exactly as readers see it, and a
//! form to propose corrections and additions. It uses the municipality and export code
//! of the opener above, but not the key file: proposals are public information.

use super::card_form::CardForm;
use super::card_status::CardStatus;
use crate::catalog::{use_directory_status, DirectoryState};
use crate::components::KnownMunicipality;
use crate::i18n::use_i18n;
use crate::key;
use crate::municipality::lookup;
use crate::staff::api::{EarlierProposal, Received};
use hulpwijzer_core::card::{CardErrors, CardProposal};
use leptos::prelude::*;

/// What the form holds, shared by its inputs, its summary and its Send button.
#[derive(Clone, Copy)]
pub struct CardState {
    /// The fields as typed.
    pub values: RwSignal<CardProposal>,
    /// Their problems, from the last check or the endpoint's answer.
    pub errors: RwSignal<CardErrors>,
    /// Whether staff typed anything yet.
    pub edited: RwSignal<bool>,
}

/// The card section of the staff page.
#[component]
pub fn CardEditor(
    /// The chosen municipality's CBS code (the opener's).
    municipality: RwSignal<String>,
    /// The export code (the opener's).
    token: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let directory = use_directory_status();
    let state = CardState {
        values: RwSignal::new(CardProposal::default()),
        errors: RwSignal::new(CardErrors::default()),
        edited: RwSignal::new(false),
    };
    let receipt = RwSignal::new(None::<Received>);
    let earlier = RwSignal::new(None::<Vec<EarlierProposal>>);
    // The form starts from the portal's card of the chosen municipality until staff type
    // something; after that what they typed stays, whatever they choose or send.
    Effect::new(move |_| {
        let code = municipality.get();
        if directory.get() == DirectoryState::Ready && !state.edited.get_untracked() {
            let local = lookup(Some(&code)).and_then(|m| m.local.as_ref());
            state
                .values
                .set(local.map(CardProposal::from_override).unwrap_or_default());
        }
    });
    // The pre-rendered page has no municipality; the card appears with the table.
    let card = move || {
        let code = municipality.get();
        (directory.get() == DirectoryState::Ready)
            .then(|| lookup(Some(&code)))
            .flatten()
            .map(|municipality| {
                view! {
                    <article class="contact municipality">
                        <KnownMunicipality municipality heading=true />
                    </article>
                }
            })
    };
    view! {
        <section aria-labelledby="staff-card-heading">
            <h2 id="staff-card-heading">{i18n.tr(key!("staff-card-heading"))}</h2>
            <p>{i18n.tr(key!("staff-card-intro"))}</p>
            <p>{i18n.tr(key!("staff-card-shown"))}</p>
            {card}
            <CardForm state municipality token receipt earlier />
            <CardStatus receipt earlier />
        </section>
    }
}
