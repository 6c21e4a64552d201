//! Where the user is in a topic: "Question 2 of at most 4".

use crate::i18n::use_i18n;
use crate::key;
use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;

/// The progress line and bar; hidden for single-question menus.
#[component]
pub fn Progress(
    /// Questions answered so far.
    answered: usize,
    /// The most questions any path may still ask, this one included.
    remaining: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let total = answered + remaining;
    (total > 1).then(|| {
        let mut args = FluentArgs::new();
        args.set("current", FluentValue::from(answered + 1));
        args.set("total", FluentValue::from(total));
        view! {
            <div class="progress">
                <p>{i18n.tr_with(key!("progress"), &args)}</p>
                <progress max=total value=answered + 1 aria-hidden="true"></progress>
            </div>
        }
    })
}
