//! A card the municipality gave itself (`checked = { method = "municipality" }` in
//! `content/local/`, as `hulpwijzer-endpoint cards accept` writes it) is shown on its page in
//! every language, dated as given by the municipality, and as possibly out of date once it
//! is more than a year old. The test binary installs a copy of the project's content with
//! such a card for Almere, which has none of its own.

#[path = "../crates/core/tests/support/copy.rs"]
mod copy;
mod support;

use hulpwijzer_core::load::check_project;
use hulpwijzer_core::route::{Route, MUNICIPALITY_INDEX};
use hulpwijzer_core::validate::{has_errors, Severity};
use std::fs;
use support::{attr, day, languages, page, root};

const ALMERE: &str = "GM0034";
const GIVEN: &str = "2026-12-01";

/// What the command line writes for a proposal of a desk phone, a leefgeld address and a
/// meeting place with its hours (the endpoint's tests prove the command writes this form).
fn card() -> String {
    format!(
        r#"# Almere: given by the municipality itself.
ukraine_phone = "036 539 9999"
source = "https://www.almere.nl/oekraine"
checked = {{ method = "municipality", date = "{GIVEN}" }}
note = "Given by the municipality itself through its staff page (test)."

[leefgeld]
email = "leefgeld@almere.nl"
source = "https://www.almere.nl/oekraine"
checked = {{ method = "municipality", date = "{GIVEN}" }}

[meeting_place]
name = "Informatiepunt"
address = "Stadhuisplein 1"
hours = "ma–vr 9.00–12.00"
source = "https://www.almere.nl/oekraine"
checked = {{ method = "municipality", date = "{GIVEN}" }}
"#
    )
}

#[test]
fn a_card_given_by_the_municipality_is_shown_dated_in_every_language_and_ages_after_a_year() {
    let dir = copy::copy_of_project(&root(), "card-given");
    fs::write(dir.join(format!("content/local/{ALMERE}.toml")), card()).expect("write");
    let project = check_project(&dir, day("2026-12-07")).unwrap_or_else(|p| panic!("{p:#?}"));
    assert!(!has_errors(&project.problems), "{:#?}", project.problems);
    let a_year_on = check_project(&dir, day("2027-12-07")).unwrap_or_else(|p| panic!("{p:#?}"));
    let warned = a_year_on.problems.iter().any(|p| {
        p.severity == Severity::Warning && p.to_string().contains(&format!("{ALMERE}.toml"))
    });
    assert!(warned, "a card older than a year is a warning for editors");
    // The day it turns a year old is a day the site is rebuilt (`cargo xtask stale`).
    let ages = hulpwijzer_core::card::stale_days(&project.directory);
    assert_eq!(ages, [(day("2027-12-02"), ALMERE.to_owned())]);
    assert!(
        hulpwijzer::set_directory(project.directory),
        "directory in use"
    );
    let _ = fs::remove_dir_all(&dir);

    for i18n in languages() {
        let locale = i18n.locale().to_owned();
        let home = Route::home(&locale).to_url();
        let path = format!("{home}{MUNICIPALITY_INDEX}/{}", ALMERE.to_ascii_lowercase());
        let fresh = page(i18n, &path, day("2026-12-07")).html;
        // The card names how it was given (the leefgeld and place lines repeat it).
        assert_eq!(
            attr(&fresh, "data-check"),
            ["given-by-municipality-on"],
            "{locale}"
        );
        assert!(
            fresh.contains("href=\"tel:0365399999\""),
            "{locale}: the desk phone"
        );
        assert!(
            fresh.contains("mailto:leefgeld@almere.nl"),
            "{locale}: leefgeld"
        );
        assert!(
            fresh.contains("ma–vr 9.00–12.00"),
            "{locale}: opening hours"
        );
        let old = page(i18n, &path, day("2027-12-02")).html;
        assert_eq!(
            attr(&old, "data-check"),
            ["given-by-municipality-stale"],
            "{locale}"
        );
    }
}
