//! One opened offer: its reference and when it arrived, every stored field with the
//! host form's label, and "Mark as handled" (confirmed; the endpoint then deletes it).

use super::ask_first::AskFirst;
use super::error_note::ErrorNote;
use super::Session;
use crate::i18n::{use_i18n, I18n};
use crate::key;
use crate::staff::{api, labels, StaffError};
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::staff::{shown_fields, Offer};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// "Received on 29 November 2026, 18:40 UTC" from RFC 3339 (`2026-11-29T18:40:12Z`).
fn received(i18n: &I18n, at: &str) -> String {
    let day = labels::day_of(i18n, at);
    let time = at.get(11..16).unwrap_or_default();
    let mut args = FluentArgs::new();
    args.set("date", FluentValue::from(day));
    args.set("time", FluentValue::from(time.to_owned()));
    i18n.tr_with(key!("staff-received"), &args)
}

/// One offer.
#[component]
pub fn OfferCard(
    /// The offer.
    offer: Offer,
    /// Where it came from (for marking it handled).
    session: RwSignal<Option<Session>>,
    /// Runs with the reference once the endpoint has deleted it.
    on_handled: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let confirming = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<StaffError>);
    let heading_id = format!("staff-offer-{}", offer.reference);
    let rows = shown_fields()
        .filter_map(|field| {
            let label = labels::label_key(field)?;
            let value = labels::value(&i18n, &offer, field);
            // Long unbroken text wraps, and stacked combining marks stay inside their own
            // value, not over the reference (style properties, which the CSP allows; the
            // portal's stylesheet, on every first visit, stays as it is).
            Some(view! {
                <dt>{i18n.tr(label)}</dt>
                <dd data-field=field.name() style:overflow-wrap="anywhere" style:overflow="hidden">
                    {value}
                </dd>
            })
        })
        .collect_view();
    let reference = offer.reference.clone();
    let reference_id = offer.reference.clone();
    let confirm = Callback::new(move |()| {
        let Some(s) = session.get_untracked() else {
            return;
        };
        let reference = reference.clone();
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match api::mark_handled(&s.endpoint, &s.municipality, &s.token, &reference).await {
                Ok(()) => on_handled.run(reference),
                Err(e) => {
                    error.set(Some(e));
                    busy.set(false);
                }
            }
        });
    });
    let labelled_by = heading_id.clone();
    view! {
        <li class="staff-offer" data-reference=offer.reference.clone()>
            <article aria-labelledby=labelled_by>
                <h3 id=heading_id>{offer.reference.clone()}</h3>
                <p>{received(&i18n, &offer.received_at)}</p>
                <dl>{rows}</dl>
                <AskFirst
                    id=format!("staff-handled-{reference_id}")
                    question=key!("staff-handled-question")
                    label=i18n.tr(key!("staff-handled"))
                    asking=confirming
                    on_confirm=confirm
                    busy
                />
                <ErrorNote error />
            </article>
        </li>
    }
}
