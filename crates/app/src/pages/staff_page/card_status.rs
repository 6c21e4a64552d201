//! What became of the proposals: "received on <date>" after sending (focused, read
//! out), and the municipality's proposals with where each stands.

use crate::i18n::{use_i18n, I18n};
use crate::platform::focus_element;
use crate::staff::api::{EarlierProposal, ProposalStatus, Received};
use crate::staff::labels::day_of;
use crate::{key, Key};
use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;

const STATUS_ID: &str = "card-status";

/// Focuses the status once it is in the page.
pub fn focus_status() {
    request_animation_frame(|| focus_element(STATUS_ID));
}

fn dated(i18n: &I18n, key: Key, at: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("date", FluentValue::from(day_of(i18n, at)));
    i18n.tr_with(key, &args)
}

fn status_key(status: ProposalStatus) -> (&'static str, Key) {
    match status {
        ProposalStatus::Pending => ("pending", key!("staff-card-proposal-pending")),
        ProposalStatus::Accepted => ("accepted", key!("staff-card-proposal-accepted")),
        ProposalStatus::Rejected => ("rejected", key!("staff-card-proposal-rejected")),
    }
}

/// The receipt and the list of proposals.
#[component]
pub fn CardStatus(
    /// The endpoint's receipt of the last proposal sent.
    receipt: RwSignal<Option<Received>>,
    /// The municipality's proposals, newest first.
    earlier: RwSignal<Option<Vec<EarlierProposal>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let received = move || {
        receipt
            .get()
            .map(|r| dated(&i18n, key!("staff-card-received"), &r.received_at))
    };
    let list = move || {
        earlier.get().filter(|l| !l.is_empty()).map(|list| {
            let items = list
                .into_iter()
                .map(|p| {
                    let (name, key) = status_key(p.status);
                    view! { <li data-status=name>{dated(&i18n, key, &p.received_at)}</li> }
                })
                .collect_view();
            view! {
                <h3>{i18n.tr(key!("staff-card-earlier"))}</h3>
                <ul class="card-proposals">{items}</ul>
            }
        })
    };
    view! {
        <div id=STATUS_ID role="status" tabindex="-1">
            <p>{received}</p>
        </div>
        {list}
    }
}
