//! An outcome as a card to show at the municipal desk (`/uk/balie/…`): heading, steps,
//! what to bring, where to go and the Dutch words, each in the reader's language and
//! beside it in Dutch (for Dutch readers, in Ukrainian). One A4 page when printed.

use crate::catalog::{catalog, glossary};
use crate::components::{DeskContacts, DeskTerms};
use crate::hydration::use_hydrated;
use crate::i18n::{use_i18n, use_partner, I18n};
use crate::platform;
use crate::text::outcome_args_on;
use crate::{key, Key};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::dated::{outcome_on, OutcomeOn};
use hulpwijzer_core::engine::Walk;
use hulpwijzer_core::model::Outcome;
use hulpwijzer_core::route::Route;
use leptos::prelude::*;

/// The texts of one side of the card.
struct Side {
    locale: &'static str,
    heading: String,
    intro: Option<String>,
    steps: Vec<String>,
    bring: Vec<String>,
}

impl Side {
    fn new(i18n: &I18n, shown: &OutcomeOn<'_>, municipality: Option<&str>) -> Self {
        let args = outcome_args_on(i18n, &shown.fact_vars, municipality);
        Side {
            locale: i18n.locale(),
            heading: i18n.tr_derived_with(&shown.heading_key, &args),
            intro: i18n
                .has_derived(&shown.intro_key)
                .then(|| i18n.tr_derived_with(&shown.intro_key, &args)),
            steps: shown
                .step_keys
                .iter()
                .map(|k| i18n.tr_derived_with(k, &args))
                .collect(),
            bring: shown
                .bring_keys
                .iter()
                .map(|k| i18n.tr_derived(k))
                .collect(),
        }
    }

    /// Everything on this side as one text (to find the glossary's terms in it).
    fn all_text(&self) -> String {
        let mut parts = vec![self.heading.clone()];
        parts.extend(self.intro.clone());
        parts.extend(self.steps.iter().cloned());
        parts.extend(self.bring.iter().cloned());
        parts.join("\n")
    }
}

/// One text in both languages: the reader's first, the other beside (or below) it.
pub fn pair(own: (&'static str, String), other: (&'static str, String)) -> impl IntoView {
    view! {
        <span class="own" lang=own.0>
            {own.1}
        </span>
        " "
        <span class="other" lang=other.0>
            {other.1}
        </span>
    }
}

/// A message key in both languages.
pub fn pair_key(own: &I18n, other: &I18n, key: Key) -> impl IntoView {
    pair((own.locale(), own.tr(key)), (other.locale(), other.tr(key)))
}

/// The desk card of an outcome.
#[component]
pub fn DeskPage(
    /// The decoded URL (a desk route).
    route: Route,
    /// The journey that led to the outcome.
    walk: Walk<'static>,
    /// The outcome reached.
    outcome: &'static Outcome,
    /// The day whose content to show.
    day: Date,
) -> impl IntoView {
    let own = use_i18n();
    let other = use_partner().unwrap_or(own);
    let hydrated = use_hydrated();
    let tree = walk.tree.id.as_str();
    let shown = outcome_on(catalog(), walk.tree, outcome, day);
    let municipality = crate::municipality::name_of(route.municipality.as_deref());
    let a = Side::new(&own, &shown, municipality.as_deref());
    let b = Side::new(&other, &shown, municipality.as_deref());
    let dutch = if a.locale == "nl" { &a } else { &b };
    let terms = glossary().used_in_dutch(&dutch.all_text());
    let id = shown.outcome.id.as_str();
    let (l1, l2) = (a.locale, b.locale);
    let steps = a
        .steps
        .iter()
        .zip(&b.steps)
        .map(|(x, y)| view! { <li class="pair">{pair((l1, x.clone()), (l2, y.clone()))}</li> })
        .collect_view();
    let has_bring = !a.bring.is_empty();
    let bring = a
        .bring
        .iter()
        .zip(&b.bring)
        .map(|(x, y)| view! { <li class="pair">{pair((l1, x.clone()), (l2, y.clone()))}</li> })
        .collect_view();
    let intro = a
        .intro
        .clone()
        .zip(b.intro.clone())
        .map(|(x, y)| view! { <p class="pair lead">{pair((l1, x), (l2, y))}</p> });
    let print = move || {
        hydrated.get().then(|| {
            view! {
                <button
                    class="utrecht-button utrecht-button--secondary-action"
                    type="button"
                    on:click=move |_| platform::print()
                >
                    {own.tr(key!("share-print"))}
                </button>
            }
        })
    };
    let sections: Vec<AnyView> = vec![
        view! {
            <div class="desk-notes">
                <p lang=l1>{own.tr(key!("desk-own-note"))}</p>
                <p lang=l2>{other.tr(key!("desk-partner-note"))}</p>
            </div>
        }
        .into_any(),
        view! {
            <h1 class="pair" tabindex="-1" data-tree=tree data-node=id data-outcome="true" data-desk="true">
                {pair((l1, a.heading.clone()), (l2, b.heading.clone()))}
            </h1>
        }
        .into_any(),
        intro.into_any(),
        view! {
            <section class="desk-section" aria-labelledby="desk-steps">
                <h2 id="desk-steps" class="pair">{pair_key(&own, &other, key!("what-to-do"))}</h2>
                <ol class="desk-steps">{steps}</ol>
            </section>
        }
        .into_any(),
        has_bring
            .then(|| {
                view! {
                    <section class="desk-section" aria-labelledby="desk-bring">
                        <h2 id="desk-bring" class="pair">{pair_key(&own, &other, key!("desk-bring"))}</h2>
                        <ul class="desk-bring">{bring}</ul>
                    </section>
                }
            })
            .into_any(),
        view! { <DeskContacts route=route.clone() outcome=shown.outcome contacts=shown.contacts.clone() /> }
            .into_any(),
        view! { <DeskTerms terms=terms.into_iter().cloned().collect() /> }.into_any(),
        view! {
            <p class="desk-tools" data-no-read="">
                <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href=route.full_page().to_url()>
                    {own.tr(key!("desk-back"))}
                </a>
                " "
                {print}
            </p>
        }
        .into_any(),
    ];
    view! { <div class="desk">{sections}</div> }
}
