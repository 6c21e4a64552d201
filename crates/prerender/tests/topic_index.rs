//! The A–Z page of answers (`/<l>/onderwerpen`): every answer a pre-rendered page shows is
//! listed once, each entry leads to a page that shows that answer, and the page carries
//! nothing of the app (no wasm), only the search module; the search index holds every
//! answer of the page with the words people use for it.

use crate::support::{assets, attr, languages, page, tree_pages};
use hulpwijzer::prerender::search_index::search_index;
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
                let (tree, node) = answer_on(i18n, &e.href)
                    .unwrap_or_else(|| panic!("{locale}: {} shows no answer", e.href));
                // The id search results carry is the answer the page shows.
                assert_eq!(e.id, format!("{tree}/{node}"), "{locale}: {}", e.href);
                (tree, node)
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
        let index = "/search/index.json";
        let html = topic_index_page(i18n, &all, &Site::default(), &assets(), build_date(), index);
        let answers = entries(i18n, build_date()).len();
        assert!(!html.contains(".wasm"));
        // One module: the search module, given the language's index (beside the embedding
        // probe every page has in its head).
        assert_eq!(html.matches("<script type=\"module\"").count(), 1);
        assert!(html.contains(
            "<script type=\"module\" src=\"/search.js\" data-index=\"/search/index.json\">"
        ));
        // The field is hidden until the module runs: without it, the list is the page.
        assert!(html.contains("data-search hidden>"));
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

#[test]
fn the_search_index_has_every_answer_with_words_and_the_ignored_words() {
    for i18n in languages() {
        let locale = i18n.locale();
        let index = search_index(&i18n, build_date());
        assert_eq!(index.answers, entries(&i18n, build_date()), "{locale}");
        // Every answer has words people use for it, in every language.
        for e in &index.answers {
            let words: Vec<&str> = e.words.split(',').map(str::trim).collect();
            assert!(
                words.len() >= 3 && words.iter().all(|w| !w.is_empty()),
                "{locale}: {} has too few search words: {:?}",
                e.id,
                e.words
            );
        }
        assert!(index.ignore.len() >= 5, "{locale}: {:?}", index.ignore);
        assert!(index
            .ignore
            .iter()
            .all(|w| *w == w.to_lowercase() && !w.contains(' ')));
    }
}
