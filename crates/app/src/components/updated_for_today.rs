//! "Updated for today": the page was pre-rendered for an earlier day and what it shows has
//! changed since (a stale deployment, or a page kept offline). Once the app runs it shows
//! today's content (see [`crate::today`]) and says so, with the day the copy was made for, so
//! the reader knows why the page changed and what the copy without JavaScript still shows.

use crate::i18n::use_i18n;
use crate::key;
use crate::text::date;
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::date::Date;
use leptos::prelude::*;

/// A notice when the page differs from what it showed on `rendered_on`; absent otherwise
/// (so always absent while hydrating).
#[component]
pub fn UpdatedForToday(
    /// The day the HTML was rendered for, when what the page shows has changed since.
    rendered_on: Option<Date>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rendered_on = rendered_on?;
    let mut args = FluentArgs::new();
    args.set("shown", FluentValue::from(date(&i18n, rendered_on)));
    Some(view! {
        <p class="notice updated-for-today" role="status" data-rendered-on=rendered_on.to_string()>
            {i18n.tr_with(key!("updated-for-today"), &args)}
        </p>
    })
}
