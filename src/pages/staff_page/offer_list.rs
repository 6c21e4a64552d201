//! The opened offers, newest first: the filters, how many are shown, the CSV download
//! and one card per offer.

use super::filters::Filters;
use super::offer_card::OfferCard;
use super::Session;
use crate::i18n::use_i18n;
use crate::platform::files;
use crate::staff::labels::CsvLabels;
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::staff::{offers_csv, offers_csv_for_excel, Offer, OfferFilter};
use leptos::prelude::*;

/// The list of opened offers.
#[component]
pub fn OfferList(
    /// The opened offers (an offer marked handled is removed).
    offers: RwSignal<Option<Vec<Offer>>>,
    /// Where they came from.
    session: RwSignal<Option<Session>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let filter = RwSignal::new(OfferFilter::default());
    let handled = RwSignal::new(None::<String>);
    let shown = Memo::new(move |_| {
        let f = filter.get();
        offers.with(|o| {
            o.iter()
                .flatten()
                .filter(|offer| f.matches(offer))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let count = move || {
        let mut args = FluentArgs::new();
        args.set("shown", FluentValue::from(shown.with(Vec::len)));
        args.set(
            "total",
            FluentValue::from(offers.with(|o| o.as_ref().map_or(0, Vec::len))),
        );
        i18n.tr_with("staff-count", &args)
    };
    let download = move |for_excel: bool| {
        let municipality = session
            .with_untracked(|s| s.as_ref().map(|s| s.municipality.clone()))
            .unwrap_or_default();
        let today = Date::from_days_since_epoch((crate::platform::now_ms() / 86_400_000.0) as i64);
        let (name, csv) = if for_excel {
            (
                format!("hulpwijzer-{municipality}-{today}-excel.csv"),
                shown.with_untracked(|list| offers_csv_for_excel(list, &CsvLabels(&i18n))),
            )
        } else {
            (
                format!("hulpwijzer-{municipality}-{today}.csv"),
                shown.with_untracked(|list| offers_csv(list)),
            )
        };
        files::download(&name, csv.as_bytes(), "text/csv;charset=utf-8");
    };
    let on_handled = Callback::new(move |reference: String| {
        offers.update(|o| {
            if let Some(list) = o {
                list.retain(|offer| offer.reference != reference);
            }
        });
        handled.set(Some(reference));
    });
    let note = move || {
        handled.get().map(|reference| {
            let mut args = FluentArgs::new();
            args.set("reference", FluentValue::from(reference));
            i18n.tr_with("staff-handled-done", &args)
        })
    };
    view! {
        <Filters filter />
        <p role="status" class="staff-count">
            {count}
        </p>
        <p role="status">{note}</p>
        <p class="staff-downloads">
            <button
                class="utrecht-button utrecht-button--primary-action"
                type="button"
                on:click=move |_| download(true)
            >
                {i18n.tr("staff-download-excel")}
            </button>
            <button
                class="utrecht-button utrecht-button--secondary-action"
                type="button"
                on:click=move |_| download(false)
            >
                {i18n.tr("staff-download-csv")}
            </button>
        </p>
        <p class="hint">{i18n.tr("staff-download-hint")}</p>
        <ul class="staff-offers">
            <For
                each=move || shown.get()
                key=|offer| offer.reference.clone()
                children=move |offer| view! { <OfferCard offer session on_handled /> }
            />
        </ul>
    }
}
