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
