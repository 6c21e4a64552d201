//! Ukrainian social hubs: the user's province first, the rest folded away.

use super::contact_card::host_of;
use crate::catalog::hubs;
use crate::i18n::use_i18n;
use crate::key;
use crate::municipality::lookup;
use hulpwijzer_core::hub::{offer_key, status_key, Hub, HubStatus};
use hulpwijzer_core::route::Route;
use leptos::prelude::*;

fn hub_item(hub: &'static Hub) -> impl IntoView {
    let i18n = use_i18n();
    let offers = hub
        .offers
        .iter()
        .map(|o| view! { <li>{i18n.tr_derived(&offer_key(*o))}</li> })
        .collect_view();
    let unclear =
        (hub.status == HubStatus::Unclear).then(|| i18n.tr_derived(&status_key(hub.status)));
    view! {
        <li class="hub">
            <h3>{hub.name.clone()}</h3>
            <p>{format!("{} ({})", hub.place, hub.province)}</p>
            <ul class="offers">{offers}</ul>
            {unclear.map(|u| view! { <p class="meta">{u}</p> })}
            <p class="meta">
                <a href=hub.source.clone() rel="noopener">
                    {host_of(&hub.source)}
                </a>
            </p>
        </li>
    }
}

/// The hub list on outcomes marked `hubs`.
#[component]
pub fn HubList(
    /// The decoded URL (its municipality orders the list).
    route: Route,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = lookup(route.municipality.as_deref());
    let ordered: Vec<&'static Hub> = match chosen {
        Some(m) => hubs().for_province(&m.province, Some(&m.code)),
        None => hubs().visible(),
    };
    let (near, rest): (Vec<_>, Vec<_>) = match chosen {
        Some(m) => ordered.into_iter().partition(|h| h.province == m.province),
        None => (Vec::new(), ordered),
    };
    let none_near = chosen.is_some() && near.is_empty();
    let near_list = near.into_iter().map(hub_item).collect_view();
    let rest_list = rest.into_iter().map(hub_item).collect_view();
    let folded = chosen.is_some();
    view! {
        <section aria-labelledby="hubs">
            <h2 id="hubs">{i18n.tr(key!("hubs-title"))}</h2>
            <p>{i18n.tr(key!("hubs-intro"))}</p>
            {none_near.then(|| view! { <p>{i18n.tr(key!("hubs-none-in-province"))}</p> })}
            <ul class="hubs">{near_list}</ul>
            {if folded {
                view! {
                    <details>
                        <summary>{i18n.tr(key!("hubs-other-provinces"))}</summary>
                        <ul class="hubs">{rest_list}</ul>
                    </details>
                }
                    .into_any()
            } else {
                view! { <ul class="hubs">{rest_list}</ul> }.into_any()
            }}
        </section>
    }
}
