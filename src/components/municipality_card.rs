//! The user's municipality as a contact: website, numbers and local details, or a
//! picker when none (or an unknown one) is chosen.

use super::contact_card::{host_of, tel_href};
use super::MunicipalityPicker;
use crate::i18n::use_i18n;
use crate::municipality::lookup;
use crate::text::check_text;
use hulpwijzer_core::municipality::{reception_key, Municipality};
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

/// What the portal knows about one municipality.
#[component]
fn KnownMunicipality(municipality: &'static Municipality) -> impl IntoView {
    let i18n = use_i18n();
    let local = municipality.local.as_ref();
    let general = municipality.general_phone().map(|p| {
        channel(
            tel_href(p),
            format!("{} {p}", i18n.tr("municipality-general-phone")),
            "phone",
        )
    });
    let desk_phone = local.and_then(|l| l.ukraine_phone.clone()).map(|p| {
        channel(
            tel_href(&p),
            format!("{} {p}", i18n.tr("municipality-ukraine-desk")),
            "phone",
        )
    });
    let desk_email = local
        .and_then(|l| l.ukraine_email.clone())
        .map(|e| channel(format!("mailto:{e}"), e, "email"));
    let appointment = local
        .and_then(|l| l.brp_appointment_url.clone())
        .map(|u| channel(u, i18n.tr("municipality-brp-appointment"), "web"));
    let reception = local
        .filter(|l| l.reception_note)
        .map(|_| i18n.tr(&reception_key(&municipality.code)));
    let checked = local.map(|l| (l.source.clone(), check_text(&i18n, &l.checked)));
    view! {
        <p class="eyebrow">{i18n.tr("municipality-yours")}</p>
        <h3>{municipality.name.clone()}</h3>
        <ul class="channels">
            {general} {desk_phone} {desk_email} {appointment}
            {channel(municipality.website.clone(), host_of(&municipality.website), "web")}
        </ul>
        {reception.map(|r| view! { <p>{r}</p> })}
        {checked
            .map(|(source, text)| {
                view! {
                    <p class="checked">
                        <a href=source.clone() rel="noopener">
                            {host_of(&source)}
                        </a>
                        " · "
                        {text}
                    </p>
                }
            })}
    }
}

/// The municipality card on outcomes marked `local`.
#[component]
pub fn MunicipalityCard(
    /// The decoded URL (its `m` parameter names the municipality).
    route: Route,
) -> impl IntoView {
    let i18n = use_i18n();
    if !crate::catalog::directory_loaded() {
        return view! {
            <article class="contact municipality">
                <p role="alert">{i18n.tr("municipality-unavailable")}</p>
            </article>
        }
        .into_any();
    }
    let chosen = lookup(route.municipality.as_deref());
    let unknown = route.municipality.is_some() && chosen.is_none();
    let (picking, set_picking) = signal(chosen.is_none());
    view! {
        <article class="contact municipality">
            {chosen.map(|municipality| view! { <KnownMunicipality municipality /> })}
            {unknown.then(|| view! { <p role="alert">{i18n.tr("municipality-unknown-code")}</p> })}
            {chosen.is_none().then(|| view! { <p>{i18n.tr("municipality-choose-prompt")}</p> })}
            <Show
                when=move || picking.get()
                fallback=move || {
                    view! {
                        <button
                            class="button secondary"
                            type="button"
                            on:click=move |_| set_picking.set(true)
                        >
                            {i18n.tr("municipality-change")}
                        </button>
                    }
                }
            >
                <MunicipalityPicker route=route.clone() />
            </Show>
        </article>
    }
    .into_any()
}
