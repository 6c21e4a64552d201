//! The opened offers, newest first: the filters, how many are shown, the CSV download,
//! "mark all handled", and a page of cards at a time (25,000 cards at once would hold
//! the browser for many seconds).

use super::filters::Filters;
use super::mark_all::MarkAll;
use super::offer_card::OfferCard;
use super::pager::Pager;
use super::Session;
use crate::i18n::use_i18n;
use crate::key;
use crate::platform::files;
use crate::staff::labels::CsvLabels;
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::staff::{offers_csv, offers_csv_for_excel, Offer, OfferFilter};
use leptos::prelude::*;

/// Offers on one page of the list.
pub const PAGE_SIZE: usize = 50;

/// The list of opened offers.
#[component]
pub fn OfferList(
    /// The opened offers (an offer marked handled is removed; more arrive while opening).
    offers: RwSignal<Option<Vec<Offer>>>,
    /// Where they came from.
    session: RwSignal<Option<Session>>,
    /// Whether offers are still being opened.
    opening: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let filter = RwSignal::new(OfferFilter::default());
    let page = RwSignal::new(0_usize);
    let handled = RwSignal::new(None::<String>);
    // The positions of the offers that pass the filter, not copies: there may be 25,000.
    let passing = Memo::new(move |_| {
        let f = filter.get();
        offers.with(|o| {
            o.iter()
                .flatten()
                .enumerate()
                .filter(|(_, offer)| f.matches(offer))
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        })
    });
    let pages = Memo::new(move |_| passing.with(Vec::len).div_ceil(PAGE_SIZE).max(1));
    // A new filter starts at the first page; a page emptied by "handled" steps back.
    Effect::new(move |_| {
        filter.track();
        page.set(0);
    });
    Effect::new(move |_| {
        let last = pages.get() - 1;
        if page.get_untracked() > last {
            page.set(last);
        }
    });
    let picked = move |range: std::ops::Range<usize>| {
        passing.with(|positions| {
            offers.with(|o| {
                let list = o.as_deref().unwrap_or_default();
                positions
                    .get(range.start.min(positions.len())..range.end.min(positions.len()))
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|&i| list.get(i).cloned())
                    .collect::<Vec<_>>()
            })
        })
    };
    // Compared before it renders: more offers arriving beyond this page change nothing.
    let on_page = Memo::new(move |_| {
        let start = page.get() * PAGE_SIZE;
        picked(start..start + PAGE_SIZE)
    });
    let shown = move || picked(0..usize::MAX);
    let targets = Signal::derive(move || {
        passing.with(|positions| {
            offers.with(|o| {
                let list = o.as_deref().unwrap_or_default();
                positions
                    .iter()
                    .filter_map(|&i| list.get(i).map(|offer| offer.reference.clone()))
                    .collect::<Vec<_>>()
            })
        })
    });
    let count = move || {
        let mut args = FluentArgs::new();
        args.set("shown", FluentValue::from(passing.with(Vec::len)));
        args.set(
            "total",
            FluentValue::from(offers.with(|o| o.as_ref().map_or(0, Vec::len))),
        );
        i18n.tr_with(key!("staff-count"), &args)
    };
    let download = move |for_excel: bool| {
        let municipality = session
            .with_untracked(|s| s.as_ref().map(|s| s.municipality.clone()))
            .unwrap_or_default();
        let today = Date::from_days_since_epoch((crate::platform::now_ms() / 86_400_000.0) as i64);
        let (name, csv) = if for_excel {
            (
                format!("hulpwijzer-{municipality}-{today}-excel.csv"),
                offers_csv_for_excel(&untrack(shown), &CsvLabels(&i18n)),
            )
        } else {
            (
                format!("hulpwijzer-{municipality}-{today}.csv"),
                offers_csv(&untrack(shown)),
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
            i18n.tr_with(key!("staff-handled-done"), &args)
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
                {i18n.tr(key!("staff-download-excel"))}
            </button>
            <button
                class="utrecht-button utrecht-button--secondary-action"
                type="button"
                on:click=move |_| download(false)
            >
                {i18n.tr(key!("staff-download-csv"))}
            </button>
        </p>
        <p class="hint">{i18n.tr(key!("staff-download-hint"))}</p>
        <MarkAll offers targets session opening />
        <ul class="staff-offers">
            <For
                each=move || on_page.get()
                key=|offer| offer.reference.clone()
                children=move |offer| view! { <OfferCard offer session on_handled /> }
            />
        </ul>
        <Pager page pages />
    }
}
