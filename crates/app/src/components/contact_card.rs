//! A contact with tap-to-call, WhatsApp, e-mail and website links.

use crate::i18n::use_i18n;
use crate::key;
use crate::text::check_text;
use crate::today::use_today;
use hulpwijzer_core::keys;
use hulpwijzer_core::model::Contact;
use leptos::prelude::*;

/// A `tel:` URI: digits and a leading `+` only.
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

/// The host of a URL, for link text ("refugeehelp.nl").
pub fn host_of(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    rest.split(['/', '?', '#'])
        .next()
        .unwrap_or(rest)
        .trim_start_matches("www.")
        .to_owned()
}

/// One contact from the registry.
#[component]
pub fn ContactCard(
    /// The contact.
    contact: &'static Contact,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = contact.id.as_str();
    let about_key = keys::contact_about(id);
    let about = i18n
        .has_derived(&about_key)
        .then(|| i18n.tr_derived(&about_key));
    let hours = contact
        .hours
        .then(|| i18n.tr_derived(&keys::contact_hours(id)));
    let checked = check_text(
        &i18n,
        &contact.provenance.checked,
        use_today().rendered_on(),
    );
    view! {
        <article class="contact">
            <h3>{i18n.tr_derived(&keys::contact_name(id))}</h3>
            {about.map(|a| view! { <p>{a}</p> })}
            <ul class="channels">
                {contact
                    .phone
                    .clone()
                    .map(|p| {
                        let href = tel_href(&p);
                        view! {
                            <li>
                                <a class="channel phone" href=href>
                                    {i18n.tr(key!("contact-call"))}
                                    " "
                                    {p}
                                </a>
                            </li>
                        }
                    })}
                {contact
                    .whatsapp
                    .clone()
                    .map(|w| {
                        let href = format!("https://wa.me/{}", w.trim_start_matches('+'));
                        view! {
                            <li>
                                <a class="channel whatsapp" href=href rel="noopener">
                                    {i18n.tr(key!("contact-whatsapp"))}
                                    " "
                                    {w}
                                </a>
                            </li>
                        }
                    })}
                {contact
                    .email
                    .clone()
                    .map(|e| {
                        let href = format!("mailto:{e}");
                        view! {
                            <li>
                                <a class="channel email" href=href>
                                    {e}
                                </a>
                            </li>
                        }
                    })}
                {contact
                    .web
                    .clone()
                    .map(|w| {
                        let host = host_of(&w);
                        view! {
                            <li>
                                <a class="channel web" href=w rel="noopener">
                                    {host}
                                </a>
                            </li>
                        }
                    })}
            </ul>
            {hours.map(|h| view! { <p class="hours">{h}</p> })}
            <p class="checked">{checked}</p>
        </article>
    }
}
