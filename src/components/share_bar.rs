//! Sharing a result into the chats people actually use, copying its link, or printing it.

use crate::hydration::use_hydrated;
use crate::i18n::use_i18n;
use crate::platform;
use crate::site::use_site;
use hulpwijzer_core::route::Route;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Percent-encodes a URL for use inside another URL's query.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Share, copy and print actions for a result page. The links share the page's full
/// address (with the chosen municipality once the page is live); copying and printing
/// need JavaScript, so those buttons appear only then.
#[component]
pub fn ShareBar(
    /// The decoded URL.
    route: Route,
) -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = use_hydrated();
    let site = use_site();
    let copied = RwSignal::new(false);
    let canonical = site.absolute(&route.to_url());
    let url = move || {
        hydrated
            .get()
            .then(platform::page_url)
            .flatten()
            .unwrap_or_else(|| canonical.clone())
    };
    let whatsapp = {
        let url = url.clone();
        move || format!("https://wa.me/?text={}", encode(&url()))
    };
    let telegram = {
        let url = url.clone();
        move || format!("https://t.me/share/url?url={}", encode(&url()))
    };
    let copy = move |_| {
        spawn_local(async move {
            let text = platform::page_url().unwrap_or_default();
            if platform::copy_text(&text).await {
                copied.set(true);
            }
        });
    };
    let live_buttons = move || {
        hydrated.get().then(|| {
            view! {
                <li>
                    <button class="button secondary" type="button" on:click=copy>
                        {i18n.tr("share-copy")}
                    </button>
                </li>
                <li>
                    <button
                        class="button secondary"
                        type="button"
                        on:click=move |_| platform::print()
                    >
                        {i18n.tr("share-print")}
                    </button>
                </li>
            }
        })
    };
    view! {
        <section class="share" aria-labelledby="share">
            <h2 id="share">{i18n.tr("share-title")}</h2>
            <ul class="actions">
                <li>
                    <a class="button secondary" href=whatsapp rel="noopener">
                        {i18n.tr("share-whatsapp")}
                    </a>
                </li>
                <li>
                    <a class="button secondary" href=telegram rel="noopener">
                        {i18n.tr("share-telegram")}
                    </a>
                </li>
                {live_buttons}
            </ul>
            <p class="status" role="status">
                {move || copied.get().then(|| i18n.tr("share-copied"))}
            </p>
        </section>
    }
}
