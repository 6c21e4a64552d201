//! The Dutch words a desk card's texts use, from the glossary (`content/glossary.toml`):
//! the reader's word beside the word the clerk knows.

use crate::i18n::{use_i18n, use_partner};
use crate::key;
use crate::pages::pair_key;
use hulpwijzer_core::glossary::Term;
use leptos::prelude::*;

/// The list of terms; nothing when the card uses none.
#[component]
pub fn DeskTerms(
    /// The glossary's terms the card's Dutch texts use, in glossary order.
    terms: Vec<Term>,
) -> impl IntoView {
    let own = use_i18n();
    let other = use_partner().unwrap_or(own);
    if terms.is_empty() {
        return None;
    }
    let rows = terms
        .into_iter()
        .map(|t| {
            view! {
                <div class="term">
                    <dt lang=own.locale()>{t.word(own.locale()).to_owned()}</dt>
                    <dd lang=other.locale()>{t.word(other.locale()).to_owned()}</dd>
                </div>
            }
        })
        .collect_view();
    Some(view! {
        <section class="desk-section" aria-labelledby="desk-terms">
            <h2 id="desk-terms" class="pair">
                {pair_key(&own, &other, key!("desk-terms"))}
            </h2>
            <dl class="desk-terms">{rows}</dl>
        </section>
    })
}
