//! "Sources": each fact with where it comes from and when it was checked.

use super::contact_card::host_of;
use crate::catalog::catalog;
use crate::i18n::use_i18n;
use crate::text::{date, fact_arg};
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::ids::FactId;
use hulpwijzer_core::keys;
use leptos::prelude::*;

/// The outcome's facts with source and checked-on date; absent when there are none.
#[component]
pub fn SourceList(
    /// Fact ids from the outcome.
    facts: Vec<FactId>,
) -> impl IntoView {
    let i18n = use_i18n();
    let items: Vec<_> = facts
        .iter()
        .filter_map(|f| catalog().fact(f.as_str()))
        .collect();
    (!items.is_empty()).then(|| {
        let list = items
            .into_iter()
            .map(|f| {
                let mut value = FluentArgs::new();
                value.set("value", fact_arg(&i18n, &f.value));
                let mut checked = FluentArgs::new();
                checked.set("date", FluentValue::from(date(&i18n, f.provenance.checked)));
                let until = f.validity.until.map(|d| {
                    let mut a = FluentArgs::new();
                    a.set("date", FluentValue::from(date(&i18n, d)));
                    i18n.tr_with("valid-until", &a)
                });
                view! {
                    <li>
                        <p>{i18n.tr_with(&keys::fact(f.id.as_str()), &value)}</p>
                        <p class="meta">
                            <a href=f.provenance.source.clone() rel="noopener">
                                {host_of(&f.provenance.source)}
                            </a>
                            " · "
                            {i18n.tr_with("checked-on", &checked)}
                            {until.map(|u| format!(" · {u}"))}
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="sources">
                <h2 id="sources">{i18n.tr("sources")}</h2>
                <ul class="sources">{list}</ul>
            </section>
        }
    })
}
