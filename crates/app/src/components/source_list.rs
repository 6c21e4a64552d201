//! "Sources": each fact with where it comes from and how and when it was checked.

use super::contact_card::host_of;
use crate::catalog::catalog;
use crate::i18n::use_i18n;
use crate::key;
use crate::text::{check_text, date, fact_arg};
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::dated;
use hulpwijzer_core::ids::FactId;
use hulpwijzer_core::keys;
use hulpwijzer_core::model::Fact;
use leptos::prelude::*;

/// The outcome's facts with source and checked-on date; absent when there are none.
#[component]
pub fn SourceList(
    /// Fact ids from the outcome.
    facts: Vec<FactId>,
    /// The day the page shows (see [`crate::today`]).
    on: Date,
) -> impl IntoView {
    let i18n = use_i18n();
    let day = on;
    let mut items: Vec<&Fact> = Vec::new();
    for f in &facts {
        if let Some(fact) = dated::fact_on(catalog(), f.as_str(), day) {
            if fact.validity.holds_on(day) && !items.iter().any(|i| i.id == fact.id) {
                items.push(fact);
            }
        }
    }
    (!items.is_empty()).then(|| {
        let list = items
            .into_iter()
            .map(|f| {
                let mut value = FluentArgs::new();
                value.set("value", fact_arg(&i18n, &f.value));
                let checked = check_text(&i18n, &f.provenance.checked, day);
                let until = f.validity.until.map(|d| {
                    let mut a = FluentArgs::new();
                    a.set("date", FluentValue::from(date(&i18n, d)));
                    i18n.tr_with(key!("valid-until"), &a)
                });
                view! {
                    <li data-fact=f.id.as_str().to_owned()>
                        <p>{i18n.tr_derived_with(&keys::fact(f.id.as_str()), &value)}</p>
                        <p class="meta">
                            <a href=f.provenance.source.clone() rel="noopener">
                                {host_of(&f.provenance.source)}
                            </a>
                            " · "
                            {checked}
                            {until.map(|u| format!(" · {u}"))}
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="sources">
                <h2 id="sources">{i18n.tr(key!("sources"))}</h2>
                <ul class="sources">{list}</ul>
            </section>
        }
    })
}
