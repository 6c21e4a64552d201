//! What shows while the texts load, or when they cannot be fetched.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// A quiet placeholder while the language's texts arrive.
#[component]
pub fn LoadingTexts() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="status" role="status">
            {move || i18n.tr("loading")}
        </p>
    }
}

/// The texts could not be fetched: say so in the user's language (embedded) and offer a retry.
#[component]
pub fn TextsFailed() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="notice" role="alert">
            <h1 tabindex="-1">{move || i18n.tr("texts-failed")}</h1>
            <p>{move || i18n.tr("texts-failed-hint")}</p>
            <button class="button" type="button" on:click=move |_| i18n.retry()>
                {move || i18n.tr("retry")}
            </button>
        </div>
    }
}
