//! Previous and next page of the offer list, with where the reader is.

use crate::i18n::use_i18n;
use crate::key;
use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;

/// The page controls; hidden while everything fits on one page.
#[component]
pub fn Pager(
    /// The page shown, from 0 (set here).
    page: RwSignal<usize>,
    /// How many pages there are (at least 1).
    pages: Memo<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let position = move || {
        let mut args = FluentArgs::new();
        args.set("page", FluentValue::from(page.get() + 1));
        args.set("pages", FluentValue::from(pages.get()));
        i18n.tr_with(key!("staff-page-position"), &args)
    };
    let first = move || page.get() == 0;
    let last = move || page.get() + 1 >= pages.get();
    view! {
        <nav
            class="staff-pager"
            aria-label=i18n.tr(key!("staff-pages"))
            hidden=move || pages.get() < 2
        >
            <button
                class="utrecht-button utrecht-button--secondary-action"
                type="button"
                disabled=first
                on:click=move |_| page.update(|p| *p = p.saturating_sub(1))
            >
                {i18n.tr(key!("staff-page-previous"))}
            </button>
            <span aria-live="polite">{position}</span>
            <button
                class="utrecht-button utrecht-button--secondary-action"
                type="button"
                disabled=last
                on:click=move |_| page.update(|p| *p += 1)
            >
                {i18n.tr(key!("staff-page-next"))}
            </button>
        </nav>
    }
}
