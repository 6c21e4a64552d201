//! The offers sent from this phone, each with its reference, municipality and date, and
//! a way to withdraw it: "Withdraw", then "Yes, withdraw" (one confirmed tap).

use crate::components::SENT_LIST;
use crate::form::{use_sender, Sent, Withdrawal};
use crate::i18n::{use_i18n, I18n};
use crate::key;
use crate::municipality::name_of;
use crate::platform::focus_element;
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::date::Date;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The id of the list's heading.
const HEADING: &str = "hi-sent-title";

/// What one listed offer shows besides its line.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    /// Only the "Withdraw" button.
    Listed,
    /// The question and "Yes, withdraw" / "Cancel".
    Confirming,
    /// The request is on its way.
    Withdrawing,
    /// It failed; the offer stays (the button again, with the reason).
    Failed,
}

/// `KTR-527 · Amsterdam · 29 november 2026` (the code when the table is not loaded yet,
/// no date for offers kept before the date was recorded).
fn line(i18n: &I18n, sent: &Sent) -> String {
    let mut parts = vec![sent.reference.clone()];
    if !sent.municipality.is_empty() {
        parts.push(name_of(Some(&sent.municipality)).unwrap_or_else(|| sent.municipality.clone()));
    }
    if sent.sent_ms > 0 {
        let days = i64::try_from(sent.sent_ms / 86_400_000).unwrap_or_default();
        parts.push(crate::text::date(i18n, Date::from_days_since_epoch(days)));
    }
    parts.join(" · ")
}

/// One offer with its withdraw controls.
fn offer(i18n: I18n, sent: Sent, done: RwSignal<Option<String>>) -> impl IntoView {
    let sender = use_sender();
    let step = RwSignal::new(Step::Listed);
    let id = format!("hi-sent-{}", sent.reference);
    let text = line(&i18n, &sent);
    let reference = sent.reference.clone();
    let listed = sent.reference.clone();
    let confirm = move |_| {
        let (sent, reference) = (sent.clone(), reference.clone());
        step.set(Step::Withdrawing);
        spawn_local(async move {
            match sender.withdraw(sent).await {
                Withdrawal::Gone => done.set(Some(reference)),
                Withdrawal::Failed => step.set(Step::Failed),
            }
        });
    };
    let controls = {
        let id = id.clone();
        move || match step.get() {
            Step::Listed | Step::Failed => view! {
                {(step.get() == Step::Failed)
                    .then(|| {
                        view! {
                            <p class="error-message">{i18n.tr(key!("form-withdraw-failed"))}</p>
                        }
                    })}
                <button
                    class="utrecht-button utrecht-button--secondary-action"
                    type="button"
                    aria-describedby=id.clone()
                    on:click=move |_| step.set(Step::Confirming)
                >
                    {i18n.tr(key!("form-withdraw"))}
                </button>
            }
            .into_any(),
            Step::Confirming | Step::Withdrawing => view! {
                <p>{i18n.tr(key!("form-withdraw-question"))}</p>
                <button
                    class="utrecht-button utrecht-button--primary-action"
                    type="button"
                    aria-describedby=id.clone()
                    disabled=move || step.get() == Step::Withdrawing
                    on:click=confirm.clone()
                >
                    {i18n.tr(key!("form-withdraw-confirm"))}
                </button>
                <button
                    class="utrecht-button utrecht-button--secondary-action"
                    type="button"
                    on:click=move |_| step.set(Step::Listed)
                >
                    {i18n.tr(key!("form-withdraw-cancel"))}
                </button>
            }
            .into_any(),
        }
    };
    view! {
        <li data-reference=listed>
            <p id=id>{text}</p>
            {controls}
        </li>
    }
}

/// The list, shown while this phone has sent offers (and a note after a withdrawal).
/// Reached through the link of another page's notice (`#hi-sent`), it takes focus and
/// the view once it is shown.
#[component]
pub fn SentOffers() -> impl IntoView {
    let i18n = use_i18n();
    let sender = use_sender();
    let done = RwSignal::new(None::<String>);
    let hash = leptos_router::hooks::use_location().hash;
    let arrived = StoredValue::new(hash.get_untracked() == format!("#{SENT_LIST}"));
    Effect::new(move |_| {
        if arrived.get_value() && !sender.sent().is_empty() {
            arrived.set_value(false);
            request_animation_frame(|| focus_element(HEADING));
        }
    });
    let withdrawn = move || {
        done.get().map(|reference| {
            let mut args = FluentArgs::new();
            args.set("reference", FluentValue::from(reference));
            view! {
                <p role="status" class="notice">
                    {i18n.tr_with(key!("form-withdrawn"), &args)}
                </p>
            }
        })
    };
    move || {
        let sent = sender.sent();
        let note = withdrawn();
        (!sent.is_empty() || note.is_some()).then(|| {
            let items = (!sent.is_empty()).then(|| {
                let items = sent
                    .into_iter()
                    .map(|s| offer(i18n, s, done))
                    .collect_view();
                view! { <ul class="sent-offers">{items}</ul> }
            });
            view! {
                <section id=SENT_LIST class="sent" aria-labelledby=HEADING>
                    <h3 id=HEADING tabindex="-1">
                        {i18n.tr(key!("form-sent-heading"))}
                    </h3>
                    {note}
                    {items}
                </section>
            }
        })
    }
}
