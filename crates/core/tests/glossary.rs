//! The glossary check on a fixture (tests/fixtures/glossary): every message using a wrong
//! variant is reported with its file, key and locale, inside selectors and around variables.
#![cfg(feature = "load")]

use hulpwijzer_core::glossary::check_glossary;
use hulpwijzer_core::load::{load_glossary, load_locales};
use std::path::Path;

#[test]
fn wrong_variants_are_errors_with_file_key_and_locale() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/glossary");
    let glossary = load_glossary(&root).unwrap_or_else(|p| panic!("{p}"));
    assert_eq!(glossary.terms.len(), 2);
    let (locales, parse) = load_locales(&root);
    assert_eq!(parse, vec![]);
    let found: Vec<(String, String, bool)> = check_glossary(&glossary, &locales)
        .iter()
        .map(|p| {
            let key = p.message.split(' ').nth(1).unwrap_or_default().to_owned();
            (
                p.file.clone(),
                key,
                p.locale.as_deref() == Some(&p.file[8..10]),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("locales/nl/a.ftl".to_owned(), "bad-date".to_owned(), true),
            ("locales/uk/a.ftl".to_owned(), "bad".to_owned(), true),
            ("locales/uk/a.ftl".to_owned(), "counted".to_owned(), true),
        ]
    );
}

#[test]
fn the_projects_glossary_loads_and_names_every_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let glossary = load_glossary(&root).unwrap_or_else(|p| panic!("{p}"));
    assert!(glossary.terms.len() >= 10);
    for t in &glossary.terms {
        for l in hulpwijzer_core::LOCALES {
            assert!(t.chosen.contains_key(l), "term {} has no {l} word", t.id);
        }
    }
}
