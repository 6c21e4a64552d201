//! A question asked before a step that cannot be undone (clearing the form, replacing
//! the key pair, deleting an offer): the question labels a group with "yes" and "no".

use crate::i18n::use_i18n;
use crate::Key;
use leptos::prelude::*;

/// The question with its two answers.
#[component]
pub fn ConfirmStep(
    /// The id of the question's paragraph, which labels the group.
    id: String,
    /// The question's message key.
    question: Key,
    /// The message key of "yes, do it".
    confirm: Key,
    /// The message key of "no".
    cancel: Key,
    /// Runs on "yes".
    on_confirm: Callback<()>,
    /// Runs on "no".
    on_cancel: Callback<()>,
    /// While true, "yes" cannot be pressed (the step is under way).
    #[prop(optional, into)]
    busy: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let labelled_by = id.clone();
    view! {
        <div class="confirm-step" role="group" aria-labelledby=labelled_by>
            <p id=id>{i18n.tr(question)}</p>
            <button
                class="utrecht-button utrecht-button--primary-action"
                type="button"
                disabled=move || busy.get()
                on:click=move |_| on_confirm.run(())
            >
                {i18n.tr(confirm)}
            </button>
            <button
                class="utrecht-button utrecht-button--secondary-action"
                type="button"
                on:click=move |_| on_cancel.run(())
            >
                {i18n.tr(cancel)}
            </button>
        </div>
    }
}
