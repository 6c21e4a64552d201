//! Opening the offers: the municipality, its export token, the key file and its
//! passphrase; then the export is fetched and every offer opened in the browser.

use super::error_note::ErrorNote;
use super::Session;
use crate::catalog::use_directory_status;
use crate::config::use_config;
use crate::hydration::use_hydrated;
use crate::i18n::use_i18n;
use crate::key;
use crate::municipality::name_of;
use crate::platform::{age, files, session};
use crate::staff::opening::{self, Progress};
use crate::staff::{StaffError, MUNICIPALITY_KEY, TOKEN_KEY};
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::staff::Offer;
use leptos::prelude::*;
use leptos::task::spawn_local;

const KEY_FILE_ID: &str = "staff-key-file";

/// The identity from the key file (unlocked while the export's newest page downloads),
/// then the offers opened page by page into `offers`, newest first, as each batch opens;
/// how many did not open.
async fn open_all(
    (endpoint, municipality, token): (&str, &str, &str),
    passphrase: &str,
    offers: RwSignal<Option<Vec<Offer>>>,
    step: RwSignal<Option<Progress>>,
) -> Result<usize, StaffError> {
    if token.is_empty() {
        return Err(StaffError::NoToken);
    }
    let file = files::chosen_file(KEY_FILE_ID)
        .await
        .ok_or(StaffError::NoKeyFile)?;
    // The key is unlocked while the export downloads (both take a while).
    let unlocking = age::start_unlock(&file, passphrase).await?;
    offers.set(Some(Vec::new()));
    let mut failed = 0;
    opening::open_newest_first(
        (endpoint, municipality, token),
        unlocking,
        |progress| step.set(Some(progress)),
        |batch, not_opened| {
            failed += not_opened;
            offers.update(|o| o.get_or_insert_with(Vec::new).extend(batch));
        },
    )
    .await?;
    Ok(failed)
}

/// The form that opens the offers.
#[component]
pub fn Opener(
    /// The opened offers (set here).
    offers: RwSignal<Option<Vec<Offer>>>,
    /// Where they came from (set here).
    session: RwSignal<Option<Session>>,
    /// The chosen municipality (shared with the card section).
    municipality: RwSignal<String>,
    /// The export code (shared with the card section).
    token: RwSignal<String>,
    /// Whether offers are being opened (set here; the list waits for it to mark all).
    busy: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
    let hydrated = use_hydrated();
    let directory = use_directory_status();
    let passphrase = RwSignal::new(String::new());
    let step = RwSignal::new(None::<Progress>);
    let error = RwSignal::new(None::<StaffError>);
    let opened = RwSignal::new(None::<usize>);
    Effect::new(move |_| {
        if hydrated.get() {
            config.request();
            directory.want();
            token.set(session::get(TOKEN_KEY).unwrap_or_default());
            if let Some(m) = session::get(MUNICIPALITY_KEY) {
                municipality.set(m);
            }
        }
    });
    // The first municipality that takes offers, until one is chosen.
    Effect::new(move |_| {
        if let Some(first) = config.taking().and_then(|t| t.first().cloned()) {
            if municipality.get_untracked().is_empty() {
                municipality.set(first);
            }
        }
    });
    let options = move || {
        directory.get();
        config
            .taking()
            .unwrap_or_default()
            .into_iter()
            .map(|code| {
                let label = name_of(Some(&code))
                    .map(|n| format!("{n} ({code})"))
                    .unwrap_or_else(|| code.clone());
                let selected = municipality.get() == code;
                view! {
                    <option value=code.clone() selected=selected>
                        {label}
                    </option>
                }
            })
            .collect_view()
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        opened.set(None);
        let (m, t, p) = (
            municipality.get_untracked(),
            token.get_untracked().trim().to_owned(),
            passphrase.get_untracked(),
        );
        // No endpoint, or it could not say which municipalities take offers.
        let Some(endpoint) = config.endpoint().filter(|_| !m.is_empty()) else {
            error.set(Some(StaffError::Unreachable));
            return;
        };
        session::set(TOKEN_KEY, &t);
        session::set(MUNICIPALITY_KEY, &m);
        busy.set(true);
        step.set(None);
        // Set first: the cards of the first batch can be marked handled while the rest open.
        session.set(Some(Session {
            endpoint: endpoint.clone(),
            municipality: m.clone(),
            token: t.clone(),
        }));
        spawn_local(async move {
            match open_all((&endpoint, &m, &t), &p, offers, step).await {
                Ok(failed) => {
                    opened.set(offers.with_untracked(|o| o.as_ref().map(Vec::len)));
                    if failed > 0 {
                        error.set(Some(StaffError::WrongKey));
                    }
                }
                Err(e) => {
                    offers.set(None);
                    error.set(Some(e));
                }
            }
            passphrase.set(String::new());
            busy.set(false);
        });
    };
    let status = move || {
        if busy.get() {
            return i18n.tr(key!("staff-opening"));
        }
        opened
            .get()
            .map(|n| {
                let mut args = FluentArgs::new();
                args.set("count", FluentValue::from(n));
                i18n.tr_with(key!("staff-opened"), &args)
            })
            .unwrap_or_default()
    };
    let progress = move || {
        let mut args = FluentArgs::new();
        let key = match step.get().filter(|_| busy.get())? {
            Progress::Fetching => return None,
            Progress::Opening { opened, fetched } => {
                args.set("opened", FluentValue::from(opened));
                args.set("total", FluentValue::from(fetched));
                key!("staff-opening-progress")
            }
        };
        Some(i18n.tr_with(key, &args))
    };
    view! {
        <form class="staff-opener" on:submit=submit>
            <p class="field">
                <label for="staff-municipality">{i18n.tr(key!("staff-municipality"))}</label>
                <select
                    id="staff-municipality"
                    on:change=move |ev| municipality.set(event_target_value(&ev))
                >
                    {options}
                </select>
            </p>
            <p class="field">
                <label for="staff-token">{i18n.tr(key!("staff-token"))}</label>
                <span class="hint" id="staff-token-hint">
                    {i18n.tr(key!("staff-token-hint"))}
                </span>
                <input
                    id="staff-token"
                    type="password"
                    autocomplete="off"
                    aria-describedby="staff-token-hint"
                    prop:value=move || token.get()
                    on:input=move |ev| token.set(event_target_value(&ev))
                />
            </p>
            <p class="field">
                <label for=KEY_FILE_ID>{i18n.tr(key!("staff-key-file"))}</label>
                <input id=KEY_FILE_ID type="file" />
            </p>
            <p class="field">
                <label for="staff-passphrase">{i18n.tr(key!("staff-passphrase"))}</label>
                <input
                    id="staff-passphrase"
                    type="password"
                    autocomplete="off"
                    prop:value=move || passphrase.get()
                    on:input=move |ev| passphrase.set(event_target_value(&ev))
                />
            </p>
            <p>
                <button
                    class="utrecht-button utrecht-button--primary-action"
                    type="submit"
                    disabled=move || busy.get() || !hydrated.get()
                >
                    {i18n.tr(key!("staff-open"))}
                </button>
            </p>
            <p role="status">{status}</p>
            <p class="hint">{progress}</p>
            <ErrorNote error />
        </form>
    }
}
