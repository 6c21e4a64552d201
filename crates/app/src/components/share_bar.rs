//! Sharing a result into the chats people actually use, copying its link, or printing it.

use crate::embed::use_embedded;
use crate::hydration::use_hydrated;
use crate::i18n::use_i18n;
use crate::platform;
use crate::site::use_site;
use crate::{key, Key};
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

/// The chat apps a result can be shared into, in the order shown.
#[derive(Clone, Copy)]
enum Chat {
    WhatsApp,
    Telegram,
    Viber,
}

impl Chat {
    /// The app's own address for sharing `url`.
    fn share_url(self, url: &str) -> String {
        let url = encode(url);
        match self {
            Chat::WhatsApp => format!("https://wa.me/?text={url}"),
            Chat::Telegram => format!("https://t.me/share/url?url={url}"),
            // Viber's share scheme: opens the app's "forward" screen with the link as text.
            Chat::Viber => format!("viber://forward?text={url}"),
        }
    }

    /// The message key of the link's label.
    fn label(self) -> Key {
        match self {
            Chat::WhatsApp => key!("share-whatsapp"),
            Chat::Telegram => key!("share-telegram"),
            Chat::Viber => key!("share-viber"),
        }
    }
}

/// Share, copy and print actions for a result page. The links share the page's full
/// address (with the chosen municipality once the page is live), on the full site when
/// the portal is embedded; copying and printing need JavaScript, so those buttons
/// appear only then.
#[component]
pub fn ShareBar(
    /// The decoded URL.
    route: Route,
) -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = use_hydrated();
    let site = use_site();
    let embedded = use_embedded();
    let copied = RwSignal::new(false);
    let canonical = site.absolute(&route.to_url());
    let url = Signal::derive(move || {
        if embedded.is_embedded() {
            // The frame's own address carries the embedding; the full site's does not.
            return canonical.clone();
        }
        hydrated
            .get()
            .then(platform::page_url)
            .flatten()
            .unwrap_or_else(|| canonical.clone())
    });
    let chat_link = move |chat: Chat| {
        view! {
            <li>
                <a
                    class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                    href=move || chat.share_url(&url.get())
                    rel="noopener"
                >
                    {i18n.tr(chat.label())}
                </a>
            </li>
        }
    };
    let copy = move |_| {
        let text = url.get_untracked();
        spawn_local(async move {
            if platform::copy_text(&text).await {
                copied.set(true);
            }
        });
    };
    let live_buttons = move || {
        hydrated.get().then(|| {
            view! {
                <li>
                    <button
                        class="utrecht-button utrecht-button--secondary-action"
                        type="button"
                        on:click=copy
                    >
                        {i18n.tr(key!("share-copy"))}
                    </button>
                </li>
                <li>
                    <button
                        class="utrecht-button utrecht-button--secondary-action"
                        type="button"
                        on:click=move |_| platform::print()
                    >
                        {i18n.tr(key!("share-print"))}
                    </button>
                </li>
            }
        })
    };
    view! {
        <section class="share" aria-labelledby="share">
            <h2 id="share">{i18n.tr(key!("share-title"))}</h2>
            <ul class="actions">
                {chat_link(Chat::WhatsApp)} {chat_link(Chat::Telegram)} {chat_link(Chat::Viber)}
                {live_buttons}
            </ul>
            <p class="status" role="status">
                {move || copied.get().then(|| i18n.tr(key!("share-copied")))}
            </p>
        </section>
    }
}
