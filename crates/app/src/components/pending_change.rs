//! "Proposed change": on a page whose content depends on a legal event (the end of temporary
//! protection), the pending proposal that would move it, when the event was last confirmed,
//! and where to check what applies now. Rendered from the event data (`content/events.toml`).

use super::link_item::LinkItem;
use crate::catalog::catalog;
use crate::i18n::use_i18n;
use crate::key;
use crate::text::date;
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::event::pending_for;
use hulpwijzer_core::keys;
use hulpwijzer_core::model::{Outcome, Tree};
use leptos::prelude::*;

/// One notice per event with a pending proposal that the outcome depends on; absent otherwise.
#[component]
pub fn PendingChange(
    /// The outcome's tree.
    tree: &'static Tree,
    /// The outcome shown.
    outcome: &'static Outcome,
) -> impl IntoView {
    let i18n = use_i18n();
    pending_for(catalog(), tree, outcome)
        .into_iter()
        .filter_map(|event| event.pending().map(|p| (event, p)))
        .map(|(event, proposal)| {
            let mut args = FluentArgs::new();
            args.set("to", FluentValue::from(date(&i18n, proposal.date)));
            args.set("proposed", FluentValue::from(date(&i18n, proposal.on)));
            args.set(
                "by",
                FluentValue::from(i18n.tr_derived(&keys::body(proposal.by))),
            );
            args.set("checked", FluentValue::from(date(&i18n, event.confirmed)));
            let links = event
                .check_at
                .iter()
                .filter_map(|l| catalog().link(l.as_str()))
                .map(|link| view! { <LinkItem link /> })
                .collect_view();
            let heading = format!("pending-{}", event.id);
            let labelled_by = heading.clone();
            view! {
                <section
                    class="notice pending-change"
                    aria-labelledby=labelled_by
                    data-event-pending=event.id.clone()
                >
                    <h2 id=heading>{i18n.tr(key!("pending-change-title"))}</h2>
                    <p>{i18n.tr_derived_with(&keys::event_pending(&event.id), &args)}</p>
                    <p>{i18n.tr(key!("pending-change-check-at"))}</p>
                    <ul class="links">{links}</ul>
                </section>
            }
        })
        .collect_view()
}
