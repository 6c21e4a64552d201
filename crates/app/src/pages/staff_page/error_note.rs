//! A staff page error, read out when it appears.

use crate::i18n::use_i18n;
use crate::staff::StaffError;
use leptos::prelude::*;

/// The message of `error` (nothing while it is `None`).
#[component]
pub fn ErrorNote(
    /// The error to show.
    error: RwSignal<Option<StaffError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div role="alert">
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="error-message" data-error=e.key().as_str()>
                                {i18n.tr(e.key())}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
