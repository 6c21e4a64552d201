//! What shows for the moment before another page takes over.

use crate::i18n::use_i18n;
use crate::key;
use leptos::prelude::*;

/// A quiet placeholder while the browser moves on to another page.
#[component]
pub fn Waiting() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="status" role="status">
            {i18n.tr(key!("loading"))}
        </p>
    }
}
