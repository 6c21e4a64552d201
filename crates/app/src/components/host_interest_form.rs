//! The host-interest form: a draft kept on the phone, checked with the core's rules
//! before sending, errors inline and in a summary, and a receipt or "will be sent".

mod clear_button;
mod error_summary;
mod fields;
mod other_tabs;
mod privacy_notice;
mod receipt;
mod sent_offers;
mod start;
mod table;

use crate::form::{now_ms, today, use_sender, Draft, Notice, SendStatus};
use crate::i18n::use_i18n;
use crate::key;
use crate::platform::focus_element;
use clear_button::ClearButton;
use error_summary::{focus_summary, ErrorSummary};
use fields::{honeypot, items_view, FormState};
use hulpwijzer_core::form::{Code, Field, FieldErrors, MIN_FILL_MS};
use hulpwijzer_core::route::Route;
use leptos::prelude::*;
use privacy_notice::PrivacyNotice;
pub use sent_offers::SentOffers;
use start::{blank_draft, restore, Start};
use std::time::Duration;

/// The form, for the outcome that invites hosts to register their interest.
#[component]
pub fn HostInterestForm(
    /// The decoded URL (its `m` parameter preselects the municipality, its answers to
    /// the hosting check tick the fields they settle).
    route: Route,
) -> impl IntoView {
    let i18n = use_i18n();
    let sender = use_sender();
    let start = StoredValue::new(Start::of(&route));
    let page = StoredValue::new(route.to_url());
    let state = FormState {
        draft: RwSignal::new(start.with_value(|s| blank_draft(s, s.municipality.as_deref()))),
        errors: RwSignal::new(FieldErrors::new()),
    };
    let discarded = RwSignal::new(false);
    let restored = StoredValue::new(false);
    Effect::new(move |_| {
        let (draft, was_discarded) = start.with_value(restore);
        discarded.set(was_discarded);
        restored.set_value(true);
        state.draft.set(draft);
    });
    Effect::new(move |_| {
        state.draft.track();
        if !restored.get_value() {
            return;
        }
        let start_draft = start.with_value(|s| blank_draft(s, None));
        // The key is made with the draft, so every tab that has the draft sends one offer.
        let unkeyed = state
            .draft
            .with(|d| d.key.is_none() && !d.is_blank(&start_draft));
        if let Some(key) = unkeyed.then(crate::form::new_key).flatten() {
            state.draft.update(|d| d.key = Some(key));
            return;
        }
        if state
            .draft
            .with(|d| d.save(&start_draft, now_ms()))
            .is_err()
        {
            sender.notice(Notice::StorageRefused);
        }
    });
    let fresh = move || Draft {
        started_ms: now_ms(),
        ..start.with_value(|s| blank_draft(s, Some(&state.draft.get_untracked().municipality)))
    };
    other_tabs::follow_other_tabs(state, sender, fresh);
    let clear = Callback::new(move |()| {
        Draft::clear();
        state.errors.set(FieldErrors::new());
        state.draft.set(fresh());
    });
    // After Send, the receipt takes focus and the view once the form has gone.
    let pressed = StoredValue::new(false);
    Effect::new(move |_| {
        let done = matches!(
            sender.status(),
            SendStatus::Received(_) | SendStatus::Queued { .. }
        );
        if done && pressed.get_value() {
            pressed.set_value(false);
            request_animation_frame(|| focus_element(receipt::RECEIPT_HEADING));
        }
    });
    Effect::new(move |_| {
        if let SendStatus::Rejected(errors) = sender.status() {
            state.errors.set(errors);
            focus_summary();
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = state.draft.get_untracked();
        if let Err(errors) = draft.check(today()) {
            state.errors.set(errors);
            focus_summary();
            return;
        }
        let Some(key) = draft.key.clone().or_else(crate::form::new_key) else {
            state
                .errors
                .set(FieldErrors::single(Field::Form, Code::Malformed));
            focus_summary();
            return;
        };
        state.draft.update(|d| d.key = Some(key));
        state.errors.set(FieldErrors::new());
        page.with_value(|p| crate::form::remember_page(p));
        pressed.set_value(true);
        // Never send sooner than a person could: wait out the rest of the minimum fill time.
        let elapsed = now_ms().saturating_sub(draft.started_ms);
        let send = move || sender.submit(&state.draft.get_untracked().to_host_interest(now_ms()));
        match MIN_FILL_MS.checked_sub(elapsed) {
            Some(wait) if wait > 0 => set_timeout(send, Duration::from_millis(wait + 50)),
            _ => send(),
        }
    };
    let again = Callback::new(move |()| {
        sender.reset();
        state.draft.set(fresh());
    });
    let editing = move || matches!(sender.status(), SendStatus::Idle | SendStatus::Rejected(_));
    let municipality = Signal::derive(move || state.draft.with(|d| d.municipality.clone()));
    view! {
        <section class="host-form" aria-labelledby="hi-title">
            <h2 id="hi-title">{i18n.tr(key!("form-heading"))}</h2>
            {move || {
                discarded
                    .get()
                    .then(|| {
                        view! { <p class="notice">{i18n.tr(key!("form-draft-discarded"))}</p> }
                    })
            }}
            {move || {
                sender
                    .notices()
                    .into_iter()
                    .map(|n| view! { <p class=n.class()>{i18n.tr(n.key())}</p> })
                    .collect_view()
            }}
            <div role="status" class="form-status">
                {move || {
                    (!editing())
                        .then(|| view! { <receipt::Receipt status=sender.status() again /> })
                }}
            </div>
            <Show when=editing>
                <p>{i18n.tr(key!("form-intro"))}</p>
                <ErrorSummary state />
                <form novalidate on:submit=on_submit>
                    {items_view(state, table::ABOUT_AND_SPACE)}
                    <PrivacyNotice municipality />
                    {items_view(state, table::CONSENT)}
                    {honeypot(state)}
                    <button
                        id="hi-submit"
                        class="utrecht-button utrecht-button--primary-action"
                        type="submit"
                    >
                        {i18n.tr(key!("form-submit"))}
                    </button>
                </form>
                <ClearButton on_clear=clear />
            </Show>
        </section>
    }
}
