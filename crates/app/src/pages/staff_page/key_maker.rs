//! Making the municipality's key pair, once: the identity is made in this browser, its
//! public key and fingerprint are shown (for the operator, and to compare by phone), and
//! the identity is saved as an age file protected by a passphrase the user chooses. The
//! identity never leaves this page's memory except in that file. Making a second pair
//! asks first: offers already sealed to the first key open only with its file.

use super::error_note::ErrorNote;
use super::public_key::PublicKey;
use crate::components::ConfirmStep;
use crate::i18n::use_i18n;
use crate::key;
use crate::platform::{age, files};
use crate::staff::StaffError;
use hulpwijzer_core::fingerprint::fingerprint;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The file name the key is saved under.
pub const KEY_FILE_NAME: &str = "hulpwijzer-sleutel.age";

/// The key maker.
#[component]
pub fn KeyMaker() -> impl IntoView {
    let i18n = use_i18n();
    let identity = StoredValue::new(None::<String>);
    let public = RwSignal::new(None::<String>);
    let passphrase = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let saved = RwSignal::new(false);
    let error = RwSignal::new(None::<StaffError>);
    let replacing = RwSignal::new(false);
    let make = move || {
        replacing.set(false);
        busy.set(true);
        error.set(None);
        saved.set(false);
        spawn_local(async move {
            match age::generate().await {
                Ok((secret, recipient)) => {
                    identity.set_value(Some(secret));
                    public.set(Some(recipient));
                }
                Err(e) => error.set(Some(e.into())),
            }
            busy.set(false);
        });
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        let (p, r) = (passphrase.get_untracked(), repeat.get_untracked());
        if p.chars().count() < crate::staff::MIN_PASSPHRASE_CHARS {
            error.set(Some(StaffError::PassphraseTooShort));
            return;
        }
        if p != r {
            error.set(Some(StaffError::PassphraseMismatch));
            return;
        }
        let Some(secret) = identity.get_value() else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            match age::protect(&secret, &p).await {
                Ok(bytes) if files::download(KEY_FILE_NAME, &bytes, "application/octet-stream") => {
                    saved.set(true);
                }
                Ok(_) => error.set(Some(StaffError::NotSaved)),
                Err(e) => error.set(Some(e.into())),
            }
            busy.set(false);
        });
    };
    let made = move || {
        public.get().map(|key| {
            let print = fingerprint(&key);
            view! {
                <PublicKey key />
                <p>{i18n.tr(key!("staff-key-fingerprint"))}</p>
                <p>
                    <code class="staff-fingerprint" data-fingerprint>
                        {print}
                    </code>
                </p>
                <form on:submit=save>
                    <p class="field">
                        <label for="staff-new-passphrase">
                            {i18n.tr(key!("staff-new-passphrase"))}
                        </label>
                        <span class="hint" id="staff-new-passphrase-hint">
                            {i18n.tr(key!("staff-new-passphrase-hint"))}
                        </span>
                        <input
                            id="staff-new-passphrase"
                            type="password"
                            autocomplete="new-password"
                            aria-describedby="staff-new-passphrase-hint"
                            on:input=move |ev| passphrase.set(event_target_value(&ev))
                        />
                    </p>
                    <p class="field">
                        <label for="staff-repeat-passphrase">
                            {i18n.tr(key!("staff-repeat-passphrase"))}
                        </label>
                        <input
                            id="staff-repeat-passphrase"
                            type="password"
                            autocomplete="new-password"
                            on:input=move |ev| repeat.set(event_target_value(&ev))
                        />
                    </p>
                    <p>
                        <button
                            class="utrecht-button utrecht-button--primary-action"
                            type="submit"
                            disabled=move || busy.get()
                        >
                            {i18n.tr(key!("staff-save-key"))}
                        </button>
                    </p>
                </form>
            }
        })
    };
    view! {
        <section aria-labelledby="staff-key-heading" class="staff-key">
            <h2 id="staff-key-heading">{i18n.tr(key!("staff-key-heading"))}</h2>
            <p>{i18n.tr(key!("staff-key-intro"))}</p>
            <ul>
                <li>{i18n.tr(key!("staff-key-send-public"))}</li>
                <li>{i18n.tr(key!("staff-key-compare"))}</li>
                <li>{i18n.tr(key!("staff-key-loss"))}</li>
            </ul>
            <p>
                <button
                    class="utrecht-button utrecht-button--secondary-action"
                    type="button"
                    disabled=move || busy.get()
                    on:click=move |_| {
                        if public.with_untracked(Option::is_some) {
                            replacing.set(true);
                        } else {
                            make();
                        }
                    }
                >
                    {i18n.tr(key!("staff-make-key"))}
                </button>
            </p>
            {move || {
                replacing
                    .get()
                    .then(|| {
                        view! {
                            <ConfirmStep
                                id="staff-replace-key".to_owned()
                                question=key!("staff-replace-key-question")
                                confirm=key!("staff-replace-key-confirm")
                                cancel=key!("staff-replace-key-cancel")
                                on_confirm=Callback::new(move |()| make())
                                on_cancel=Callback::new(move |()| replacing.set(false))
                            />
                        }
                    })
            }}
            {made}
            <p role="status">{move || saved.get().then(|| i18n.tr(key!("staff-key-saved")))}</p>
            <ErrorNote error />
        </section>
    }
}
