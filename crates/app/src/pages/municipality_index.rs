//! All 342 municipalities from A to Z, each a link to its own page: how a reader
//! without JavaScript (or without the search) reaches their municipality's contacts.

use crate::catalog::directory;
use crate::i18n::use_i18n;
use crate::key;
use hulpwijzer_core::municipality::{fold, Municipality};
use hulpwijzer_core::route::{Page, Route};
use leptos::prelude::*;

/// The sort key: the folded name without the article of `'s-Gravenhage` and `'t Hoogeland`.
fn sort_key(name: &str) -> String {
    let folded = fold(name);
    for article in ["s ", "t "] {
        if let Some(rest) = folded.strip_prefix(article) {
            return rest.to_owned();
        }
    }
    folded
}

/// The path of one municipality's page in `locale`.
pub fn municipality_href(locale: &str, code: &str) -> String {
    Route::of(locale, Page::Municipality(code.to_ascii_lowercase())).to_url()
}

/// The path of the A–Z index in `locale`.
pub fn index_href(locale: &str) -> String {
    Route::of(locale, Page::MunicipalityIndex).to_url()
}

/// The municipalities grouped by initial, each group sorted.
fn by_initial() -> Vec<(char, Vec<&'static Municipality>)> {
    let mut all: Vec<(String, &'static Municipality)> = directory()
        .municipalities()
        .iter()
        .map(|m| (sort_key(&m.name), m))
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    let mut groups: Vec<(char, Vec<&'static Municipality>)> = Vec::new();
    for (key, m) in all {
        let initial = key.chars().next().unwrap_or('#').to_ascii_uppercase();
        match groups.last_mut() {
            Some((i, list)) if *i == initial => list.push(m),
            _ => groups.push((initial, vec![m])),
        }
    }
    groups
}

/// The A–Z index page.
#[component]
pub fn MunicipalityIndex() -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let groups = by_initial();
    let letters = groups
        .iter()
        .map(|(initial, _)| {
            let href = format!("#letter-{initial}");
            view! {
                <li>
                    <a href=href>{initial.to_string()}</a>
                </li>
            }
        })
        .collect_view();
    let sections = groups
        .into_iter()
        .map(|(initial, list)| {
            let id = format!("letter-{initial}");
            let labelled = id.clone();
            let items = list
                .into_iter()
                .map(|m| {
                    view! {
                        <li>
                            <a href=municipality_href(locale, &m.code)>{m.name.clone()}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section aria-labelledby=labelled>
                    <h2 id=id>{initial.to_string()}</h2>
                    <ul class="municipality-list">{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <a class="back-link" href=Route::home(locale).to_url()>
            {i18n.tr(key!("back"))}
        </a>
        <h1 tabindex="-1" data-page="municipality-index">
            {i18n.tr(key!("municipality-index-title"))}
        </h1>
        <p class="lead">{i18n.tr(key!("municipality-index-intro"))}</p>
        <nav aria-label=i18n.tr(key!("municipality-index-letters"))>
            <ul class="letters">{letters}</ul>
        </nav>
        {sections}
    }
}
