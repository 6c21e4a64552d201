//! The card form: one input per field in groups, checked with the endpoint's own rules
//! before sending; problems at the fields and in a summary; nothing typed is lost when
//! the endpoint refuses.

use super::card_editor::CardState;
use super::card_input::CardInput;
use super::card_status::focus_status;
use super::card_summary::{focus_summary, CardSummary};
use super::error_note::ErrorNote;
use crate::config::use_config;
use crate::hydration::use_hydrated;
use crate::i18n::use_i18n;
use crate::key;
use crate::municipality::lookup;
use crate::platform::session;
use crate::staff::api::{self, CardSendError, EarlierProposal, Received};
use crate::staff::card::CardGroup;
use crate::staff::{StaffError, MUNICIPALITY_KEY, TOKEN_KEY};
use hulpwijzer_core::card::{CardErrors, CardProposal};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Where a checked proposal goes.
struct Target {
    endpoint: String,
    municipality: String,
    token: String,
}

/// The proposal checked for `municipality`'s website, and where to send it.
fn prepare(
    endpoint: Option<String>,
    municipality: String,
    token: String,
    values: &CardProposal,
) -> Result<(Target, CardProposal), Result<CardErrors, StaffError>> {
    // Without the table the website is unknown, so nothing can be checked.
    let website = lookup(Some(&municipality))
        .map(|m| m.website.clone())
        .ok_or(Err(StaffError::Unreachable))?;
    let card = values.checked(&website).map_err(Ok)?;
    if token.is_empty() {
        return Err(Err(StaffError::NoToken));
    }
    let endpoint = endpoint.ok_or(Err(StaffError::Unreachable))?;
    Ok((
        Target {
            endpoint,
            municipality,
            token,
        },
        card,
    ))
}

/// The form.
#[component]
pub fn CardForm(
    /// The values and problems.
    state: CardState,
    /// The chosen municipality.
    municipality: RwSignal<String>,
    /// The export code.
    token: RwSignal<String>,
    /// The receipt of the last proposal (set here).
    receipt: RwSignal<Option<Received>>,
    /// The municipality's proposals (set here after sending).
    earlier: RwSignal<Option<Vec<EarlierProposal>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
    let hydrated = use_hydrated();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<StaffError>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        error.set(None);
        let prepared = state.values.with_untracked(|values| {
            prepare(
                config.endpoint(),
                municipality.get_untracked(),
                token.get_untracked().trim().to_owned(),
                values,
            )
        });
        let (target, card) = match prepared {
            Ok(ready) => ready,
            Err(Ok(errors)) => {
                state.errors.set(errors);
                focus_summary();
                return;
            }
            Err(Err(e)) => {
                error.set(Some(e));
                return;
            }
        };
        state.errors.set(CardErrors::default());
        session::set(TOKEN_KEY, &target.token);
        session::set(MUNICIPALITY_KEY, &target.municipality);
        busy.set(true);
        spawn_local(async move {
            let Target {
                endpoint,
                municipality,
                token,
            } = target;
            match api::propose_card(&endpoint, &municipality, &token, &card).await {
                Ok(received) => {
                    receipt.set(Some(received));
                    earlier.set(
                        api::card_proposals(&endpoint, &municipality, &token)
                            .await
                            .ok(),
                    );
                    focus_status();
                }
                Err(CardSendError::Invalid(errors)) => {
                    state.errors.set(errors);
                    focus_summary();
                }
                Err(CardSendError::Refused(e)) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    let groups = CardGroup::ALL
        .into_iter()
        .map(|group| {
            let inputs = group
                .fields()
                .map(|field| view! { <CardInput field state /> })
                .collect_view();
            view! {
                <fieldset class="card-group">
                    <legend>{i18n.tr(group.legend_key())}</legend>
                    {inputs}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <form class="staff-card-form" novalidate on:submit=submit>
            <CardSummary state />
            {groups}
            <p>
                <button
                    class="utrecht-button utrecht-button--primary-action"
                    type="submit"
                    disabled=move || busy.get() || !hydrated.get()
                >
                    {i18n.tr(key!("staff-card-send"))}
                </button>
            </p>
            <ErrorNote error />
        </form>
    }
}
