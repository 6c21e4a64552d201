//! Dates are data: on a fixture (tests/fixtures/dated), which outcome, steps and facts hold
//! on each side of 5 March 2027, and the validator's time rules (successor; ended without a
//! successor; the 60-day warning window, an error in the content report).
#![cfg(feature = "load")]

use hulpwijzer_core::date::Date;
use hulpwijzer_core::dated::outcome_on;
use hulpwijzer_core::keys;
use hulpwijzer_core::load::load_catalog;
use hulpwijzer_core::model::{Catalog, Node};
use hulpwijzer_core::time_rules::{changes, check_dates, first_change_between, Strictness};
use hulpwijzer_core::validate::Severity;
use std::path::Path;

fn catalog() -> Catalog {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dated");
    load_catalog(&root).unwrap_or_else(|p| panic!("fixture does not load: {p:?}"))
}

fn day(s: &str) -> Date {
    Date::parse(s).expect("date")
}

/// (severity, owner, first words of the message) of every time problem on `today`.
fn problems(c: &Catalog, today: &str, strictness: Strictness) -> Vec<(Severity, String, String)> {
    check_dates(c, day(today), strictness)
        .into_iter()
        .map(|p| {
            let words: Vec<&str> = p.message.split(' ').take(2).collect();
            (p.severity, p.node.unwrap_or_default(), words.join(" "))
        })
        .collect()
}

/// Heading key, step keys, (variable, fact that fills it), source keys.
type Page = (String, Vec<String>, Vec<(String, String)>, Vec<String>);

fn page(c: &Catalog, today: &str) -> Page {
    let tree = c.tree("start").expect("tree");
    let Some(Node::Outcome(o)) = tree.node("protection") else {
        panic!("no outcome");
    };
    let on = outcome_on(c, tree, o, day(today));
    let vars = on
        .fact_vars
        .iter()
        .map(|(var, f)| (var.0.clone(), f.id.0.clone()))
        .collect();
    let sources = on
        .sources
        .iter()
        .map(|f| keys::fact(f.id.as_str()))
        .collect();
    (on.heading_key, on.step_keys, vars, sources)
}

#[test]
fn the_page_shows_the_variant_that_holds_on_the_day() {
    let c = catalog();
    let (heading, steps, vars, sources) = page(&c, "2027-03-04");
    assert_eq!(heading, "start-protection");
    assert_eq!(steps, ["start-step-decided", "start-step-keep-papers"]);
    assert_eq!(vars, [("tp-end".into(), "tp-end".into())]);
    assert_eq!(sources, ["fact-tp-end"]);

    let (heading, steps, vars, sources) = page(&c, "2027-03-05");
    assert_eq!(heading, "start-protection-ended");
    // `permit-steps` starts only on 1 June 2027.
    assert_eq!(steps, ["start-step-ended", "start-step-check-ind"]);
    // The variable keeps the listed id; its value comes from the successor.
    assert_eq!(
        vars,
        [
            ("tp-end".into(), "tp-ended".into()),
            ("plan".into(), "plan".into())
        ]
    );
    assert_eq!(sources, ["fact-tp-ended", "fact-plan"]);

    let (_, steps, _, _) = page(&c, "2027-06-01");
    assert_eq!(
        steps,
        [
            "start-step-ended",
            "start-step-check-ind",
            "start-step-permit-steps"
        ]
    );
}

#[test]
fn successors_get_message_keys_with_the_same_variables() {
    let derived = keys::derive_all(&catalog());
    let ended = derived
        .iter()
        .find(|d| d.key == "start-step-ended")
        .expect("successor step key");
    assert!(ended.allowed_vars.contains(&"tp-end".to_owned()));
    assert!(derived
        .iter()
        .any(|d| d.key == "start-protection-ended-intro"));
    assert!(derived.iter().any(|d| d.key == "fact-tp-ended"));
}

#[test]
fn far_from_the_end_only_a_late_successor_is_an_error() {
    let c = catalog();
    let wrong_start = (
        Severity::Error,
        "fact gap".to_owned(),
        "successor gap-next".to_owned(),
    );
    assert_eq!(
        problems(&c, "2026-11-29", Strictness::Build),
        std::slice::from_ref(&wrong_start)
    );
    assert_eq!(
        problems(&c, "2026-11-29", Strictness::Report),
        [wrong_start]
    );
}

#[test]
fn ending_within_60_days_without_a_successor_warns_and_fails_the_report() {
    let c = catalog();
    let soon = |s| (s, "fact allowance-rule".to_owned(), "ends on".to_owned());
    let build = problems(&c, "2027-01-10", Strictness::Build);
    assert!(build.contains(&soon(Severity::Warning)), "{build:?}");
    assert!(!build.contains(&soon(Severity::Error)), "{build:?}");
    let report = problems(&c, "2027-01-10", Strictness::Report);
    assert!(report.contains(&soon(Severity::Error)), "{report:?}");
    // 61 days before: nothing yet.
    let early = problems(&c, "2027-01-02", Strictness::Report);
    assert!(
        !early.iter().any(|p| p.1 == "fact allowance-rule"),
        "{early:?}"
    );
}

#[test]
fn ended_without_a_successor_is_an_error_and_with_one_is_fine() {
    let c = catalog();
    let after = problems(&c, "2027-03-05", Strictness::Build);
    assert!(after.contains(&(
        Severity::Error,
        "fact allowance-rule".to_owned(),
        "ended on".to_owned()
    )));
    for owner in ["fact tp-end", "step decided", "node protection"] {
        assert!(!after.iter().any(|p| p.1 == owner), "{owner}: {after:?}");
    }
}

#[test]
fn the_report_lists_every_day_content_changes() {
    let days: Vec<String> = changes(&catalog())
        .iter()
        .map(|c| format!("{} {}", c.day, c.what))
        .collect();
    assert!(days.contains(&"2027-03-05 fact tp-end ends; tp-ended takes over".to_owned()));
    assert!(days.contains(&"2027-03-05 fact allowance-rule ends (no successor)".to_owned()));
    assert!(days.contains(&"2027-06-01 step permit-steps starts".to_owned()));
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "sorted");
}

#[test]
fn a_page_shown_after_a_change_day_knows_the_first_change_it_missed() {
    let c = catalog();
    let between = |shown: &str, today: &str| first_change_between(&c, day(shown), day(today));
    // The fixture changes on 2027-03-05 and on 2027-06-01 (the report above).
    assert_eq!(between("2027-03-04", "2027-03-05"), Some(day("2027-03-05")));
    assert_eq!(between("2027-03-01", "2027-07-01"), Some(day("2027-03-05")));
    assert_eq!(between("2027-03-05", "2027-07-01"), Some(day("2027-06-01")));
    // Nothing changes after the day shown: the page is current.
    assert_eq!(between("2027-03-05", "2027-05-31"), None);
    assert_eq!(between("2027-03-04", "2027-03-04"), None);
    // A device behind the page's day sees nothing changed.
    assert_eq!(between("2027-03-05", "2027-03-04"), None);
    // Every day the report lists is found from the day before it.
    for ch in changes(&c) {
        let before = Date::from_days_since_epoch(ch.day.days_since_epoch() - 1);
        assert_eq!(
            first_change_between(&c, before, ch.day),
            Some(ch.day),
            "{}",
            ch.what
        );
    }
}

#[test]
fn an_outcome_differs_between_two_days_only_when_what_it_shows_changed() {
    let c = catalog();
    let tree = c.tree("start").expect("tree");
    let Some(Node::Outcome(o)) = tree.node("protection") else {
        panic!("no outcome");
    };
    let on = |d: &str| outcome_on(&c, tree, o, day(d));
    // The fixture's switch: another variant, other facts.
    assert!(on("2027-03-04").differs_from(&on("2027-03-05")));
    assert!(on("2027-03-05").differs_from(&on("2027-03-04")));
    // A step that starts on 2027-06-01.
    assert!(on("2027-05-31").differs_from(&on("2027-06-01")));
    // Nothing changes in between, nor on the same day.
    assert!(!on("2027-03-05").differs_from(&on("2027-05-31")));
    assert!(!on("2026-12-01").differs_from(&on("2027-03-04")));
}
