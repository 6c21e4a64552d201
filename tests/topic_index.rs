//! The A–Z page of answers (`/<l>/onderwerpen`): every answer a pre-rendered page shows is
//! listed once, each entry leads to a page that shows that answer, and the page carries
//! nothing of the app (no wasm, no script of its own).

use crate::support::{assets, attr, languages, page, tree_pages};
use hulpwijzer::prerender::{entries, topic_index_page};
use hulpwijzer::today::build_date;
use hulpwijzer::Site;
use std::collections::BTreeSet;

/// (tree, outcome) of the page at `path`, when it shows an outcome.
fn answer_on(i18n: hulpwijzer::I18n, path: &str) -> Option<(String, String)> {
    let shown = page(i18n, path, build_date());
    let outcome = shown.html.contains("data-outcome=\"true\"");
    let tree = attr(&shown.html, "data-tree").into_iter().next()?;
    outcome.then_some((tree, shown.node))
}

#[test]
fn every_answer_is_listed_once_and_each_entry_leads_to_it() {
    for i18n in languages() {
        let locale = i18n.locale();
        let shown: BTreeSet<_> = tree_pages(locale)
            .iter()
            .filter_map(|p| answer_on(i18n, p))
            .collect();
        let listed = entries(&i18n, build_date());
        let reached: Vec<_> = listed
            .iter()
            .map(|e| {
                answer_on(i18n, &e.href)
                    .unwrap_or_else(|| panic!("{locale}: {} shows no answer", e.href))
            })
            .collect();
        let distinct: BTreeSet<_> = reached.iter().cloned().collect();
        assert_eq!(
            distinct.len(),
            reached.len(),
            "{locale}: an answer is listed twice"
        );
        assert_eq!(
            distinct, shown,
            "{locale}: the A–Z page and the answers differ"
        );
        assert!(listed.iter().all(|e| !e.label.trim().is_empty()));
    }
}

#[test]
fn the_page_is_plain_html_with_a_link_per_answer() {
    let all = languages();
    for i18n in &all {
        let html = topic_index_page(i18n, &all, &Site::default(), &assets(), build_date());
        let answers = entries(i18n, build_date()).len();
        assert!(!html.contains(".wasm") && !html.contains("type=\"module\""));
        assert_eq!(html.matches("<h1>").count(), 1);
        let listed = entries(i18n, build_date());
        assert_eq!(html.matches("<span class=\"hint\">").count(), answers);
        for e in &listed {
            assert!(
                html.contains(&format!("<a href=\"{}\">", e.href)),
                "{}",
                e.href
            );
        }
        let alternates = html.matches("rel=\"alternate\" hreflang=").count();
        assert_eq!(alternates, 4);
    }
}
