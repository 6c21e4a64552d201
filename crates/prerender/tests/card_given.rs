//! A card the municipality gave itself (`checked = { method = "municipality" }` in
//! `content/local/`, as `hulpwijzer-endpoint cards accept` writes it) is shown on its page in
//! every language, dated as given by the municipality, and as possibly out of date once it
//! is more than a year old. The test binary installs a copy of the project's content with
//! such a card for Almere, which has none of its own. Every card also gives what the
//! municipality keeps in the government's register (`content/municipalities/register.csv`).

#[path = "../../core/tests/support/copy.rs"]
mod copy;
mod support;

use hulpwijzer_core::load::check_project;
use hulpwijzer_core::route::{Route, MUNICIPALITY_INDEX};
use hulpwijzer_core::validate::{has_errors, Severity};
use std::fs;
use std::sync::OnceLock;
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

/// The days the copy was checked on: the validator's problems then and a year later.
struct Checked {
    now: Vec<hulpwijzer_core::validate::Problem>,
    a_year_on: Vec<hulpwijzer_core::validate::Problem>,
    stale_days: Vec<(hulpwijzer_core::date::Date, String)>,
}

/// Checks the copy with Almere's card and installs its municipality table, once for the
/// binary (the table can be installed only once).
fn installed() -> &'static Checked {
    static CHECKED: OnceLock<Checked> = OnceLock::new();
    CHECKED.get_or_init(|| {
        let dir = copy::copy_of_project(&root(), "card-given");
        fs::write(dir.join(format!("content/local/{ALMERE}.toml")), card()).expect("write");
        let project = check_project(&dir, day("2026-12-07")).unwrap_or_else(|p| panic!("{p:#?}"));
        let a_year_on = check_project(&dir, day("2027-12-07")).unwrap_or_else(|p| panic!("{p:#?}"));
        let stale_days = hulpwijzer_core::card::stale_days(&project.directory);
        assert!(
            hulpwijzer::set_directory(project.directory),
            "directory in use"
        );
        let _ = fs::remove_dir_all(&dir);
        Checked {
            now: project.problems,
            a_year_on: a_year_on.problems,
            stale_days,
        }
    })
}

/// The page of the municipality `code` in the language of `i18n` on `on`.
fn municipality_page(i18n: hulpwijzer::I18n, code: &str, on: &str) -> String {
    let home = Route::home(i18n.locale()).to_url();
    let path = format!("{home}{MUNICIPALITY_INDEX}/{}", code.to_ascii_lowercase());
    page(i18n, &path, day(on)).html
}

#[test]
fn a_card_given_by_the_municipality_is_shown_dated_in_every_language_and_ages_after_a_year() {
    let checked = installed();
    assert!(!has_errors(&checked.now), "{:#?}", checked.now);
    let warned = checked.a_year_on.iter().any(|p| {
        p.severity == Severity::Warning && p.to_string().contains(&format!("{ALMERE}.toml"))
    });
    assert!(warned, "a card older than a year is a warning for editors");
    // The day it turns a year old is a day the site is rebuilt (`cargo xtask stale`).
    assert_eq!(checked.stale_days, [(day("2027-12-02"), ALMERE.to_owned())]);

    for i18n in languages() {
        let locale = i18n.locale().to_owned();
        let fresh = municipality_page(i18n, ALMERE, "2026-12-07");
        // The card names how it was given (the leefgeld and place lines repeat it), then
        // the register's line.
        assert_eq!(
            attr(&fresh, "data-check"),
            ["given-by-municipality-on", "verified-in-register-on"],
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
        let old = municipality_page(i18n, ALMERE, "2027-12-02");
        assert_eq!(
            attr(&old, "data-check"),
            ["given-by-municipality-stale", "verified-in-register-on"],
            "{locale}"
        );
    }
}

/// Eindhoven has no card of its own: its page gives the register's general number,
/// visiting address and appointment page, dated by the register, in every language.
#[test]
fn a_municipality_without_a_card_is_reachable_through_the_register_in_every_language() {
    installed();
    const EINDHOVEN: &str = "GM0772";
    let appointment = "https://www.eindhoven.nl/bestuur-en-beleid/contact/contact-met-de-gemeente/hoe-maak-of-annuleer-ik-een-afspraak";
    for i18n in languages() {
        let locale = i18n.locale().to_owned();
        let html = municipality_page(i18n, EINDHOVEN, "2026-12-07");
        assert_eq!(
            attr(&html, "data-check"),
            ["verified-in-register-on"],
            "{locale}"
        );
        let links = attr(&html, "href");
        for href in [
            "tel:14040",
            appointment,
            "https://eindhoven.nl",
            hulpwijzer_core::municipality::REGISTER_SOURCE,
        ] {
            assert!(links.iter().any(|l| l == href), "{locale}: {href}");
        }
        assert!(
            html.contains("Stadhuisplein 1, 5611 EM Eindhoven"),
            "{locale}: the visiting address"
        );
        // The register's date, written in the reader's language.
        let dated = hulpwijzer::written_date(&i18n, day("2026-04-12"));
        assert!(html.contains(&dated), "{locale}: {dated}");
    }
}
