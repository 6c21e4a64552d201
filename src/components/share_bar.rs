//! Sharing a result into the chats people actually use, copying its link, or printing it.

use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::task::spawn_local;

fn current_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

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

/// Share, copy and print actions for a result page.
#[component]
pub fn ShareBar() -> impl IntoView {
    let i18n = use_i18n();
    let copied = RwSignal::new(false);
    let url = current_url();
    let whatsapp = format!("https://wa.me/?text={}", encode(&url));
    let telegram = format!("https://t.me/share/url?url={}", encode(&url));
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let promise = window.navigator().clipboard().write_text(&current_url());
        spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                copied.set(true);
            }
        });
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
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
                <li>
                    <button class="button secondary" type="button" on:click=copy>
                        {i18n.tr("share-copy")}
                    </button>
                </li>
                <li>
                    <button class="button secondary" type="button" on:click=print>
                        {i18n.tr("share-print")}
                    </button>
                </li>
            </ul>
            <p class="status" role="status">
                {move || copied.get().then(|| i18n.tr("share-copied"))}
            </p>
        </section>
    }
}
