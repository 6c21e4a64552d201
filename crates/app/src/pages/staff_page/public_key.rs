//! The public key just made, for the operator: shown so that it wraps on a phone, with a
//! button that copies it (the 62 characters are easy to get wrong by hand).

use crate::i18n::use_i18n;
use crate::key;
use crate::platform;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The public key with its copy button.
#[component]
pub fn PublicKey(
    /// The key (`age1…`).
    key: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let copied = RwSignal::new(false);
    let text = key.clone();
    let copy = move |_| {
        let text = text.clone();
        spawn_local(async move { copied.set(platform::copy_text(&text).await) });
    };
    view! {
        <p>{i18n.tr(key!("staff-key-public"))}</p>
        <p>
            <code class="staff-public-key" data-public-key>
                {key}
            </code>
        </p>
        <p>
            <button
                class="utrecht-button utrecht-button--secondary-action"
                type="button"
                on:click=copy
            >
                {i18n.tr(key!("staff-copy-public-key"))}
            </button>
            <span role="status">
                {move || copied.get().then(|| i18n.tr(key!("staff-public-key-copied")))}
            </span>
        </p>
    }
}
