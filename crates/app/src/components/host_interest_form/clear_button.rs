//! "Clear the form and remove it from this phone", apart from Send and asked first: one
//! tap on the wrong button must not wipe what the host typed.

use crate::components::ConfirmStep;
use crate::i18n::use_i18n;
use crate::key;
use leptos::prelude::*;

/// The clear button with its confirmation; `on_clear` runs only after "Yes, clear".
#[component]
pub fn ClearButton(on_clear: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let asking = RwSignal::new(false);
    let confirmed = Callback::new(move |()| {
        asking.set(false);
        on_clear.run(());
    });
    view! {
        <div class="form-clear">
            <Show
                when=move || asking.get()
                fallback=move || {
                    view! {
                        <button
                            id="hi-clear"
                            class="utrecht-button utrecht-button--secondary-action"
                            type="button"
                            on:click=move |_| asking.set(true)
                        >
                            {i18n.tr(key!("form-clear"))}
                        </button>
                    }
                }
            >
                <ConfirmStep
                    id="hi-clear-question".to_owned()
                    question=key!("form-clear-question")
                    confirm=key!("form-clear-confirm")
                    cancel=key!("form-clear-cancel")
                    on_confirm=confirmed
                    on_cancel=Callback::new(move |()| asking.set(false))
                />
            </Show>
        </div>
    }
}
