//! A button for a step that deletes (marking offers handled): pressed, it asks first,
//! with "yes, delete" and "cancel".

use crate::components::ConfirmStep;
use crate::{key, Key};
use leptos::prelude::*;

/// The button, or its question while `asking`.
#[component]
pub fn AskFirst(
    /// The id of the question's paragraph.
    id: String,
    /// The question's message key.
    question: Key,
    /// The button's text.
    #[prop(into)]
    label: Signal<String>,
    /// Whether the question is shown (the caller closes it when the step starts).
    asking: RwSignal<bool>,
    /// Runs on "yes, delete".
    on_confirm: Callback<()>,
    /// While true, "yes" cannot be pressed.
    #[prop(into)]
    busy: Signal<bool>,
    /// While true, the button cannot be pressed.
    #[prop(optional, into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    move || {
        if asking.get() {
            view! {
                <ConfirmStep
                    id=id.clone()
                    question
                    confirm=key!("staff-handled-confirm")
                    cancel=key!("staff-handled-cancel")
                    on_confirm
                    on_cancel=Callback::new(move |()| asking.set(false))
                    busy
                />
            }
            .into_any()
        } else {
            view! {
                <button
                    class="utrecht-button utrecht-button--secondary-action"
                    type="button"
                    disabled=move || disabled.get()
                    on:click=move |_| asking.set(true)
                >
                    {move || label.get()}
                </button>
            }
            .into_any()
        }
    }
}
