//! "Updated for today": the page was pre-rendered for an earlier day and content changed since
//! (a stale deployment, or a page kept offline). Once the app runs it shows today's content
//! (see [`crate::today`]) and says so, with both days, so the reader knows why the page
//! changed and what the copy without JavaScript still shows.

use crate::catalog::catalog;
use crate::i18n::use_i18n;
use crate::text::date;
use crate::today::use_today;
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::time_rules::first_change_between;
use leptos::prelude::*;

/// A notice when content changed after the day the HTML was rendered for and up to `day`;
/// absent otherwise (so always absent while hydrating).
#[component]
pub fn UpdatedForToday(
    /// The day whose content the page shows.
    day: Date,
) -> impl IntoView {
    let i18n = use_i18n();
    let shown = use_today().rendered_on();
    let changed = first_change_between(catalog(), shown, day)?;
    let mut args = FluentArgs::new();
    args.set("shown", FluentValue::from(date(&i18n, shown)));
    args.set("changed", FluentValue::from(date(&i18n, changed)));
    Some(view! {
        <p class="notice updated-for-today" role="status" data-changed-on=changed.to_string()>
            {i18n.tr_with("updated-for-today", &args)}
        </p>
    })
}
