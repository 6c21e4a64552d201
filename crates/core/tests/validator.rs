//! A deliberately broken fixture (tests/fixtures/broken) must yield exactly these problems,
//! each with its file, node and locale.
#![cfg(feature = "load")]

use hulpwijzer_core::date::Date;
use hulpwijzer_core::load::{load_catalog, load_locales};
use hulpwijzer_core::validate::{has_errors, validate, Input};
use std::path::Path;

#[test]
fn a_broken_fixture_yields_the_exact_problems() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    let catalog = load_catalog(&root).unwrap_or_else(|p| panic!("fixture does not load: {p:?}"));
    let (locales, parse_problems) = load_locales(&root);
    assert_eq!(parse_problems, vec![]);
    let today = Date::parse("2026-11-22").expect("date");
    let input = Input {
        catalog: &catalog,
        locales: &locales,
        ui_keys: &[],
        data_keys: &[],
        today,
    };
    let problems = validate(&input);
    let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let expected = include_str!("fixtures/broken/expected.txt")
        .lines()
        .map(str::to_owned)
        .collect::<Vec<_>>();
    assert!(has_errors(&problems));
    assert_eq!(got, expected, "\nactual problems:\n{}\n", got.join("\n"));
}

#[test]
fn a_missing_literal_key_is_left_to_the_compiler_a_derived_one_is_not() {
    use hulpwijzer_core::validate::UiKey;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    let catalog = load_catalog(&root).unwrap_or_else(|p| panic!("fixture does not load: {p:?}"));
    let (locales, _) = load_locales(&root);
    let key = |key: &str, compiled| UiKey {
        key: key.to_owned(),
        file: "src/a.rs".to_owned(),
        compiled,
    };
    let ui_keys = [
        key("written-in-a-key-macro", true),
        key("derived-by-the-core", false),
    ];
    let problems: Vec<String> = validate(&Input {
        catalog: &catalog,
        locales: &locales,
        ui_keys: &ui_keys,
        data_keys: &[],
        today: Date::parse("2026-11-22").expect("date"),
    })
    .iter()
    .map(ToString::to_string)
    .collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("message derived-by-the-core is missing")),
        "{problems:#?}"
    );
    assert!(
        !problems
            .iter()
            .any(|p| p.contains("written-in-a-key-macro")),
        "{problems:#?}"
    );
}
