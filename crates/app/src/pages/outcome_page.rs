//! The end of a path: a checklist with who to contact, links, the answers given and sources.

use crate::catalog::catalog;
use crate::components::{
    AnswerSummary, BackLink, ContactCard, DeskLink, FormSection, LinkList, MunicipalityCard,
    PendingChange, RelatedTopics, ShareBar, SourceList, UpdatedForToday,
};
use crate::i18n::use_i18n;
use crate::key;
use crate::text::outcome_args_on;
use crate::today::use_today;
use hulpwijzer_core::date::Date;
use hulpwijzer_core::dated::outcome_on;
use hulpwijzer_core::engine::Walk;
use hulpwijzer_core::keys;
use hulpwijzer_core::model::{FormKind, Outcome};
use hulpwijzer_core::route::Route;
use leptos::prelude::*;

/// An outcome page.
#[component]
pub fn OutcomePage(
    /// The decoded URL.
    route: Route,
    /// The journey that led here.
    walk: Walk<'static>,
    /// The outcome reached.
    outcome: &'static Outcome,
    /// The day whose content to show (what holds then: before or after a change of law).
    day: Date,
) -> impl IntoView {
    let i18n = use_i18n();
    let tree = walk.tree.id.as_str();
    let shown = outcome_on(catalog(), walk.tree, outcome, day);
    // The pre-rendered copy showed another day: say so when the page differs from it.
    let rendered_on = use_today().rendered_on();
    let changed_since = (rendered_on != day
        && outcome_on(catalog(), walk.tree, outcome, rendered_on).differs_from(&shown))
    .then_some(rendered_on);
    let outcome = shown.outcome;
    let id = outcome.id.as_str();
    let municipality = crate::municipality::name_of(route.municipality.as_deref());
    let args = outcome_args_on(&i18n, &shown.fact_vars, municipality.as_deref());
    let heading = i18n.tr_derived_with(&shown.heading_key, &args);
    let intro = i18n
        .has_derived(&shown.intro_key)
        .then(|| i18n.tr_derived_with(&shown.intro_key, &args));
    let steps = shown
        .step_keys
        .iter()
        .map(|key| view! { <li data-step=key.clone()>{i18n.tr_derived_with(key, &args)}</li> })
        .collect_view();
    let contacts = shown
        .contacts
        .iter()
        .map(|contact| view! { <ContactCard contact /> })
        .collect_view();
    let sources: Vec<_> = shown.sources.iter().map(|f| f.id.clone()).collect();
    let has_contacts = outcome.local || !outcome.contacts.is_empty();
    let has_form = outcome.form == Some(FormKind::HostInterest);
    let form = has_form.then(|| view! { <FormSection route=route.clone() /> });
    // The topics are the answer when `related_first`: right under the first paragraph.
    let related = view! {
        <RelatedTopics
            route=route.clone()
            related=outcome.related.clone()
            first=outcome.related_first
        />
    }
    .into_any();
    let (related_early, related_late) = if outcome.related_first {
        (Some(related), None)
    } else {
        (None, Some(related))
    };
    // Sections as `AnyView`s: one small view type each instead of one 13-child tuple
    // whose build and rebuild code is generated as a whole (smaller wasm).
    let sections: Vec<AnyView> =
        vec![
        view! { <BackLink route=route.clone() walk=walk.clone() /> }.into_any(),
        view! { <p class="eyebrow">{i18n.tr_derived(&keys::tree_title(tree))}</p> }.into_any(),
        view! {
            <h1 tabindex="-1" data-tree=tree data-node=id data-outcome="true">
                {heading}
            </h1>
        }
        .into_any(),
        intro.map(|t| view! { <p class="lead">{t}</p> }).into_any(),
        view! { <UpdatedForToday rendered_on=changed_since /> }.into_any(),
        related_early.into_any(),
        view! { <PendingChange tree=walk.tree outcome /> }.into_any(),
        view! {
            <section aria-labelledby="what-to-do">
                <h2 id="what-to-do">{i18n.tr(key!("what-to-do"))}</h2>
                <ol class="checklist">{steps}</ol>
            </section>
        }
        .into_any(),
        outcome.desk.then(|| view! { <DeskLink route=route.clone() /> }).into_any(),
        form.into_any(),
        has_contacts
            .then(|| {
                view! {
                    <section aria-labelledby="who-can-help">
                        <h2 id="who-can-help">{i18n.tr(key!("who-can-help"))}</h2>
                        {outcome.local.then(|| view! { <MunicipalityCard route=route.clone() /> })}
                        {contacts}
                    </section>
                }
            })
            .into_any(),
        outcome
            .hubs
            .then(|| view! { <crate::components::HubList route=route.clone() /> })
            .into_any(),
        view! { <LinkList links=outcome.links.clone() /> }.into_any(),
        related_late.into_any(),
        view! { <AnswerSummary route=route.clone() walk=walk.clone() /> }.into_any(),
        view! { <SourceList facts=sources on=day /> }.into_any(),
        view! { <ShareBar route=route.clone() /> }.into_any(),
    ];
    sections
}
