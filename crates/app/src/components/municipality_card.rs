//! The user's municipality as a contact: website, numbers and local details, or a
//! picker when none (or an unknown one) is chosen.

use super::contact_card::{host_of, tel_href};
use super::MunicipalityPicker;
use crate::catalog::{use_directory_status, DirectoryState};
use crate::embed::use_embedded;
use crate::hydration::use_hydrated;
use crate::i18n::{use_i18n, I18n};
use crate::key;
use crate::municipality::lookup;
use crate::pages::index_href;
use crate::text::check_text;
use crate::today::use_today;
use hulpwijzer_core::municipality::{reception_key, ContactFor, Municipality, PlaceKind};
use hulpwijzer_core::route::Route;
use leptos::prelude::*;

fn channel(href: String, label: String, class: &'static str) -> impl IntoView {
    view! {
        <li>
            <a class=format!("channel {class}") href=href>
                {label}
            </a>
        </li>
    }
}

/// The label of an address or number that its page gives for `who` (none for the Ukraine
/// desk's e-mail, which needs no label): never broader than the page says.
fn for_label(i18n: &I18n, who: ContactFor) -> Option<String> {
    match who {
        ContactFor::Ukraine => None,
        ContactFor::Hosts => Some(i18n.tr(key!("municipality-for-hosts"))),
        ContactFor::General => Some(i18n.tr(key!("municipality-for-everyone"))),
        ContactFor::RegionalReception => Some(i18n.tr(key!("municipality-regional-reception"))),
        ContactFor::HostsMoneyTrouble => {
            Some(i18n.tr(key!("municipality-for-hosts-money-trouble")))
        }
    }
}

/// What the portal knows about one municipality.
#[component]
pub fn KnownMunicipality(
    /// The municipality.
    municipality: &'static Municipality,
    /// Whether to show its name as a heading (not when the page's title is the name).
    heading: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let today = use_today();
    let local = municipality.local.as_ref();
    let general = municipality.general_phone().map(|p| {
        channel(
            tel_href(p),
            format!("{} {p}", i18n.tr(key!("municipality-general-phone"))),
            "phone",
        )
    });
    let desk_phone = local.and_then(|l| l.ukraine_phone.clone().map(|p| (p, l.phone_for)));
    let desk_phone = desk_phone.map(|(p, who)| {
        let label =
            for_label(&i18n, who).unwrap_or_else(|| i18n.tr(key!("municipality-ukraine-desk")));
        channel(tel_href(&p), format!("{label} {p}"), "phone")
    });
    let desk_email = local.and_then(|l| l.ukraine_email.clone().map(|e| (e, l.email_for)));
    let desk_email = desk_email.map(|(e, who)| {
        let label = for_label(&i18n, who).map_or_else(|| e.clone(), |l| format!("{l}: {e}"));
        channel(format!("mailto:{e}"), label, "email")
    });
    let appointment = local
        .and_then(|l| l.brp_appointment_url.clone())
        .map(|u| channel(u, i18n.tr(key!("municipality-brp-appointment")), "web"));
    let register_appointment = municipality.register_appointment().map(|u| {
        channel(
            u.to_owned(),
            i18n.tr(key!("municipality-appointment")),
            "web",
        )
    });
    let town_hall = municipality
        .register
        .as_ref()
        .and_then(|r| r.address.clone())
        .map(|a| view! { <p class="town-hall">{i18n.tr(key!("municipality-visiting-address"))} ": " {a}</p> });
    let reception = local
        .filter(|l| l.reception_note)
        .map(|_| i18n.tr_derived(&reception_key(&municipality.code)));
    // The day the HTML was made for, not the device's: a card the municipality gave itself
    // turns "possibly out of date" a year later, and the site is rebuilt on that day
    // (`cargo xtask stale`), so readers without JavaScript see it too.
    let day = today.rendered_on();
    let provenance = municipality
        .provenance()
        .into_iter()
        .map(|(source, check)| {
            view! {
                <p class="checked" data-check=check.message_key(day)>
                    <a href=source rel="noopener">
                        {host_of(source)}
                    </a>
                    " · "
                    {check_text(&i18n, &check, day)}
                </p>
            }
        })
        .collect_view();
    // Leefgeld and a meeting place each carry their own source (often another page).
    let source_line = move |source: &str, check: &hulpwijzer_core::check::Check| {
        let source = source.to_owned();
        view! {
            <span class="checked">
                " (" <a href=source.clone() rel="noopener">
                    {host_of(&source)}
                </a> " · " {check_text(&i18n, check, day)} ")"
            </span>
        }
    };
    let leefgeld = local.and_then(|l| l.leefgeld.as_ref()).map(|g| {
        let channels = [
            g.url
                .clone()
                .map(|u| view! { <a href=u.clone()>{host_of(&u)}</a> }.into_any()),
            g.email.clone().map(|e| {
                let label = for_label(&i18n, g.email_for).map(|l| format!("{l}: "));
                view! {
                    {label}
                    <a href=format!("mailto:{e}")>{e.clone()}</a>
                }
                .into_any()
            }),
            g.phone
                .clone()
                .map(|p| view! { <a href=tel_href(&p)>{p.clone()}</a> }.into_any()),
        ]
        .into_iter()
        .flatten()
        .map(|v| {
            view! {
                " "
                {v}
            }
        })
        .collect_view();
        view! {
            <p class="local-leefgeld">
                {i18n.tr(key!("municipality-leefgeld"))} ":" {channels}
                {source_line(&g.source, &g.checked)}
            </p>
        }
    });
    let place = local.and_then(|l| l.meeting_place.as_ref()).map(|p| {
        let label = match p.kind {
            PlaceKind::Meeting => i18n.tr(key!("municipality-meeting-place")),
            PlaceKind::WalkIn => i18n.tr(key!("municipality-walk-in")),
        };
        view! {
            <p class="local-place">
                {label} ": " {p.name.clone()} ", " {p.address.clone()}
                {p
                    .hours
                    .clone()
                    .map(|h| {
                        view! {
                            " ("
                            {h}
                            ")"
                        }
                    })} {source_line(&p.source, &p.checked)}
            </p>
        }
    });
    view! {
        {heading
            .then(|| {
                view! {
                    <p class="eyebrow">{i18n.tr(key!("municipality-yours"))}</p>
                    <h3>{municipality.name.clone()}</h3>
                }
            })}
        <ul class="channels">
            {general} {desk_phone} {desk_email} {appointment} {register_appointment}
            {channel(municipality.website.clone(), host_of(&municipality.website), "web")}
        </ul>
        {town_hall}
        {reception.map(|r| view! { <p>{r}</p> })}
        {leefgeld}
        {place}
        {provenance}
    }
}

/// The municipality card on outcomes marked `local`: the chosen municipality (from
/// `?m=`, once the page is live and the table has arrived), else a prompt with the
/// search (with JavaScript) and the A–Z list of every municipality's page (always).
/// Embedded with a municipality, the search and the list are left out unless the
/// snippet allows changing it.
#[component]
pub fn MunicipalityCard(
    /// The decoded URL (its `m` parameter names the municipality).
    route: Route,
) -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = use_hydrated();
    let embedded = use_embedded();
    let directory = use_directory_status();
    let known = route.municipality.is_some();
    let fixed = move || {
        known
            && embedded
                .get()
                .is_some_and(|frame| !frame.may_change_municipality)
    };
    let index = move || {
        (!fixed()).then(|| {
            view! {
                <p>
                    <a href=index_href(i18n.locale())>{i18n.tr(key!("municipality-index-link"))}</a>
                </p>
            }
        })
    };
    let chosen = route.municipality.clone();
    let state = move || match (&chosen, directory.get()) {
        (None, _) => view! { <p>{i18n.tr(key!("municipality-choose-prompt"))}</p> }.into_any(),
        (Some(_), DirectoryState::Idle | DirectoryState::Loading) => {
            view! { <p role="status">{i18n.tr(key!("loading"))}</p> }.into_any()
        }
        (Some(_), DirectoryState::Failed) => {
            view! { <p role="alert">{i18n.tr(key!("municipality-unavailable"))}</p> }.into_any()
        }
        (Some(code), DirectoryState::Ready) => match lookup(Some(code)) {
            Some(municipality) => {
                view! { <KnownMunicipality municipality heading=true /> }.into_any()
            }
            None => view! { <p role="alert">{i18n.tr(key!("municipality-unknown-code"))}</p> }
                .into_any(),
        },
    };
    let code = route.municipality.clone();
    let (picking, set_picking) = signal(false);
    // The search shows when nothing is chosen, when the chosen code is not one of ours,
    // or when the reader asks to choose another.
    let show_search = Signal::derive(move || {
        picking.get()
            || match &code {
                None => true,
                Some(c) => directory.get() == DirectoryState::Ready && lookup(Some(c)).is_none(),
            }
    });
    let picker = move || {
        let route = route.clone();
        (hydrated.get() && !fixed()).then(move || {
            view! {
                <Show
                    when=move || show_search.get()
                    fallback=move || {
                        view! {
                            <button
                                class="utrecht-button utrecht-button--secondary-action"
                                type="button"
                                on:click=move |_| set_picking.set(true)
                            >
                                {i18n.tr(key!("municipality-change"))}
                            </button>
                        }
                    }
                >
                    <MunicipalityPicker route=route.clone() />
                </Show>
            }
        })
    };
    view! { <article class="contact municipality">{state} {picker} {index}</article> }
}
