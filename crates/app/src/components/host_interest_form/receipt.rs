//! What the host sees after pressing Send: on its way, saved on the phone, or received.
//! The heading of a receipt is focusable ([`RECEIPT_HEADING`]), so the form can move
//! focus and the view to it once the form has gone.

use crate::form::SendStatus;
use crate::i18n::use_i18n;
use crate::key;
use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;

/// The id of a receipt's heading.
pub const RECEIPT_HEADING: &str = "hi-receipt";

/// The status panel for a submission that left the form; `again` starts a new one.
#[component]
pub fn Receipt(status: SendStatus, again: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    match status {
        SendStatus::Received(reference) => {
            let mut args = FluentArgs::new();
            args.set("reference", FluentValue::from(reference));
            view! {
                <div class="receipt received">
                    <h3 id=RECEIPT_HEADING tabindex="-1">
                        {i18n.tr(key!("form-status-received-heading"))}
                    </h3>
                    <p class="reference">{i18n.tr_with(key!("form-status-reference"), &args)}</p>
                    <p>{i18n.tr(key!("form-status-received-next"))}</p>
                    <button
                        class="utrecht-button utrecht-button--secondary-action"
                        type="button"
                        on:click=move |_| again.run(())
                    >
                        {i18n.tr(key!("form-send-another"))}
                    </button>
                </div>
            }
            .into_any()
        }
        SendStatus::Queued { kept: true } => view! {
            <div class="receipt queued">
                <h3 id=RECEIPT_HEADING tabindex="-1">
                    {i18n.tr(key!("form-status-queued-heading"))}
                </h3>
                <p>{i18n.tr(key!("form-status-queued"))}</p>
            </div>
        }
        .into_any(),
        SendStatus::Queued { kept: false } => view! {
            <div class="receipt queued">
                <h3 id=RECEIPT_HEADING tabindex="-1">
                    {i18n.tr(key!("form-status-waiting-heading"))}
                </h3>
                <p>{i18n.tr(key!("form-status-waiting"))}</p>
            </div>
        }
        .into_any(),
        _ => view! { <p class="receipt">{i18n.tr(key!("form-status-sending"))}</p> }.into_any(),
    }
}
