//! No page shows a reader an empty message or `{$name}`: every page of every language,
//! rendered by the page generator with the language's whole text, formats every message
//! it names; rendered again with only the text parts its browser loads before hydrating
//! (the portal's, the page's own, its wasm's: [`texts_of_page`]), it formats every one too
//! and is the same page, so hydration finds the same text.
//!
//! The compiler checks the literal keys (`key!`) and the validator the keys derived from
//! content; this test catches what both miss: a derived key the validator does not know,
//! a message in a part the page does not load, a variable not given.

use crate::support;

use hulpwijzer::prerender::{paths, render_body, render_page, shown_whole, texts_of_page};
use hulpwijzer::{catalog, I18n, Site};
use hulpwijzer_core::route::{desk_partner, Page, Route};
use hulpwijzer_core::texts::{shipped, TextPart};
use std::collections::BTreeMap;
use support::{assets, day, languages, root};

/// A bundle of exactly `parts` of `locale`'s texts, as the browser joins them.
fn bundle_of(locale: &'static str, parts: &[TextPart]) -> I18n {
    let text: String = parts
        .iter()
        .map(|part| shipped(&root(), locale, *part, catalog()).unwrap_or_else(|e| panic!("{e}")))
        .collect();
    I18n::new(locale, &text)
}

#[test]
fn every_page_formats_every_message_with_the_texts_its_browser_loads() {
    let whole = languages();
    let mut bundles: BTreeMap<(&str, Vec<String>), I18n> = BTreeMap::new();
    let mut bundle = |locale: &'static str, parts: &[TextPart]| {
        let names = parts.iter().map(|p| format!("{p:?}")).collect();
        *bundles
            .entry((locale, names))
            .or_insert_with(|| bundle_of(locale, parts))
    };
    let mut failures = Vec::new();
    let mut pages = 0;
    // Both sides of the end of temporary protection (decision 8): other facts, other texts.
    for on in [day("2026-12-01"), day("2027-03-05")] {
        for &i18n in &whole {
            let locale = i18n.locale();
            let partner_whole = whole
                .iter()
                .copied()
                .find(|b| b.locale() == desk_partner(locale));
            for path in paths(locale) {
                pages += 1;
                let mut problems = Vec::new();
                // The page generator's render, with the whole text.
                let (html, _) =
                    render_page(i18n, partner_whole, &Site::default(), &assets(), &path, on);
                problems.extend(shown_whole("the generator's page", &whole).err());
                // The browser's, with the parts it loads; on a desk card, the second
                // language's portal part and the page's own part too (`boot::start`).
                let parts = texts_of_page(&path);
                let own = bundle(locale, &parts);
                let route = Route::parse(&path, "");
                let desk = route
                    .as_ref()
                    .is_ok_and(|r| matches!(r.page, Page::Desk { .. }));
                let partner = desk.then(|| {
                    let other = partner_whole
                        .unwrap_or_else(|| panic!("{locale}: no desk partner"))
                        .locale();
                    let page_part = route
                        .as_ref()
                        .ok()
                        .and_then(|r| TextPart::of_page(&r.page, catalog()));
                    let parts: Vec<TextPart> =
                        std::iter::once(TextPart::Portal).chain(page_part).collect();
                    bundle(other, &parts)
                });
                let body = render_body(own, partner, &Site::default(), &path, on);
                let loaded: Vec<I18n> = std::iter::once(own).chain(partner).collect();
                match shown_whole(&format!("with only {parts:?} it"), &loaded) {
                    Err(e) => problems.push(e),
                    Ok(()) if !html.contains(&body) => problems.push(format!(
                        "with only {parts:?} it differs from the generator's page"
                    )),
                    Ok(()) => {}
                }
                if !problems.is_empty() {
                    failures.push(format!("{path} on {on}: {}", problems.join("; ")));
                }
            }
        }
    }
    assert!(pages > 2000, "only {pages} pages");
    assert!(
        failures.is_empty(),
        "{} of {pages} pages:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_missing_message_is_reported_not_shown_as_nothing() {
    let [i18n, ..] = languages()[..] else {
        panic!("no languages")
    };
    assert_eq!(i18n.tr_derived("no-such-message"), "");
    let problem = shown_whole("/uk/test", &[i18n]).expect_err("a missing message is an error");
    assert!(
        problem.contains("/uk/test") && problem.contains("no-such-message"),
        "{problem}"
    );
    // Taken: the next page starts clean.
    assert_eq!(shown_whole("/uk/next", &[i18n]), Ok(()));
}
