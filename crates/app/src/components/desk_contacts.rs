//! "Where to go" on a desk card: the chosen municipality (from `?m=`, once the page is
//! live and the table has arrived), else a link to the A–Z list of municipalities; and
//! the outcome's other contacts, their names in both languages.

use super::contact_card::{host_of, tel_href};
use super::KnownMunicipality;
use crate::catalog::{use_directory_status, DirectoryState};
use crate::i18n::{use_i18n, use_partner};
use crate::key;
use crate::municipality::lookup;
use crate::pages::{index_href, pair, pair_key};
use hulpwijzer_core::keys;
use hulpwijzer_core::model::{Contact, Outcome};
use hulpwijzer_core::route::Route;
use leptos::prelude::*;

/// The contacts section of a desk card.
#[component]
pub fn DeskContacts(
    /// The decoded URL (its `m` parameter names the municipality).
    route: Route,
    /// The outcome shown.
    outcome: &'static Outcome,
    /// Its contacts that hold on the day shown.
    contacts: Vec<&'static Contact>,
) -> impl IntoView {
    let own = use_i18n();
    let other = use_partner().unwrap_or(own);
    let directory = use_directory_status();
    if !outcome.local && contacts.is_empty() {
        return None;
    }
    let index = move || {
        view! {
            <p>
                <a href=index_href(own.locale())>{own.tr(key!("desk-find-municipality"))}</a>
            </p>
        }
    };
    let chosen = route.municipality.clone();
    let card = move || match (chosen.as_deref(), directory.get()) {
        (Some(code), DirectoryState::Ready) if lookup(Some(code)).is_some() => lookup(Some(code))
            .map(|municipality| {
                view! {
                    <article class="contact municipality">
                        <KnownMunicipality municipality heading=true />
                    </article>
                }
                .into_any()
            }),
        (Some(_), DirectoryState::Loading) => {
            Some(view! { <p role="status">{own.tr(key!("loading"))}</p> }.into_any())
        }
        _ => Some(index().into_any()),
    };
    let municipality = outcome.local.then_some(card);
    let has_list = !contacts.is_empty();
    let list = contacts
        .into_iter()
        .map(|c| {
            let name = keys::contact_name(c.id.as_str());
            let phone = c.phone.clone().map(|p| {
                view! {
                    " "
                    <a class="channel phone" href=tel_href(&p)>
                        {p.clone()}
                    </a>
                }
            });
            let web = c.web.clone().map(|w| {
                view! {
                    " "
                    <a class="channel web" href=w.clone()>
                        {host_of(&w)}
                    </a>
                }
            });
            view! {
                <li>
                    <span class="pair">
                        {pair(
                            (own.locale(), own.tr_derived(&name)),
                            (other.locale(), other.tr_derived(&name)),
                        )}
                    </span>
                    {phone}
                    {web}
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="desk-section" aria-labelledby="desk-where">
            <h2 id="desk-where" class="pair">
                {pair_key(&own, &other, key!("who-can-help"))}
            </h2>
            {municipality}
            {has_list.then(|| view! { <ul class="desk-contacts">{list}</ul> })}
        </section>
    })
}
