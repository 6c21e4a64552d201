//! Adopting the proposed extension of temporary protection is one line in
//! `content/events.toml`. This renders every page with that line changed (tp-end on
//! 2028-03-04) through the page generator's own code path, and checks that the pages move
//! with it: until and including 4 March 2028 no page shows what follows the end of
//! protection, from 5 March 2028 the status, work and money pages switch, and the old date
//! appears nowhere. The test binary installs the moved content in place of the embedded one.

#[path = "../../core/tests/support/copy.rs"]
mod copy;
mod support;

use hulpwijzer_core::date::Date;
use hulpwijzer_core::keys;
use hulpwijzer_core::load::check_project;
use hulpwijzer_core::model::{Catalog, Node};
use hulpwijzer_core::validate::has_errors;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use support::{day, languages, page, root, tree_pages};

/// The `holds` line of tp-end with the extension adopted: the new date, confirmed shortly
/// before it (the line keeps status and source; a real change would cite the decision).
fn adopted(line: &str) -> String {
    line.replace("date = \"2027-03-04\"", "date = \"2028-03-04\"")
        .replace("confirmed = \"2026-12-06\"", "confirmed = \"2028-02-20\"")
}

/// The project's content with the one line changed, validated on `on` (no errors).
fn moved_content(dir: &Path, on: Date) -> Catalog {
    let project = check_project(dir, on).unwrap_or_else(|p| panic!("{p:#?}"));
    let errors: Vec<String> = project.problems.iter().map(ToString::to_string).collect();
    assert!(!has_errors(&project.problems), "on {on}: {errors:#?}");
    project.catalog
}

/// The moved content, installed once for this test binary; the copy's folder.
fn moved() -> &'static (PathBuf, Catalog) {
    static MOVED: OnceLock<(PathBuf, Catalog)> = OnceLock::new();
    MOVED.get_or_init(|| {
        let dir = copy::copy_of_project(&root(), "event-moved");
        let events = dir.join("content/events.toml");
        let text = fs::read_to_string(&events).expect("events");
        let lines: Vec<String> = text
            .lines()
            .map(|l| {
                if l.starts_with("holds = ") {
                    adopted(l)
                } else {
                    l.to_owned()
                }
            })
            .collect();
        let changed = text.lines().zip(&lines).filter(|(a, b)| a != b).count();
        assert_eq!(changed, 1, "adopting the extension changes one line");
        fs::write(&events, lines.join("\n")).expect("write");
        let catalog = moved_content(&dir, day("2026-12-01"));
        assert!(hulpwijzer::set_catalog(catalog.clone()), "catalog in use");
        (dir, catalog)
    })
}

/// The outcomes and step keys that start the day after the end (successors): never shown
/// before it.
fn post_end(catalog: &Catalog) -> (Vec<String>, Vec<String>) {
    let (mut outcomes, mut steps) = (Vec::new(), Vec::new());
    for t in &catalog.trees {
        for n in &t.nodes {
            if let Node::Outcome(o) = n {
                if o.validity.from.is_some() {
                    outcomes.push(o.id.as_str().to_owned());
                }
            }
        }
        for s in t.steps.iter().filter(|s| s.validity.from.is_some()) {
            steps.push(keys::step(t.id.as_str(), s.id.as_str()));
        }
    }
    (outcomes, steps)
}

#[test]
fn with_the_extension_adopted_every_page_moves_to_2028() {
    let (dir, catalog) = moved();
    let (late, late_steps) = post_end(catalog);
    assert!(late.contains(&"since-protection-ended".to_owned()));
    assert!(late_steps.contains(&"registration-step-ind-after-tp".to_owned()));
    for (on, before) in [
        ("2027-03-05", true),
        ("2028-03-04", true),
        ("2028-03-05", false),
    ] {
        let on = day(on);
        moved_content(dir, on);
        let mut outcomes = 0;
        for i18n in languages() {
            for path in tree_pages(i18n.locale()) {
                let shown = page(i18n, &path, on);
                assert!(
                    shown.pending.is_empty(),
                    "{path}: an adopted proposal shown"
                );
                if before {
                    assert!(
                        !late.contains(&shown.node),
                        "{path} on {on}: {}",
                        shown.node
                    );
                }
                for f in &shown.facts {
                    let fact = catalog.fact(f).unwrap_or_else(|| panic!("{f}"));
                    assert!(fact.validity.holds_on(on), "{path} on {on}: fact {f}");
                }
                if i18n.locale() == "en" {
                    assert!(!shown.html.contains("4 March 2027"), "{path} on {on}");
                }
                outcomes += usize::from(!shown.steps.is_empty());
            }
        }
        assert!(outcomes > 100, "only {outcomes} outcome pages on {on}");
    }
}

#[test]
fn the_status_work_money_and_registration_pages_switch_on_5_march_2028() {
    moved();
    for i18n in languages() {
        let l = i18n.locale();
        for (path, last, first) in [
            (
                "status/ukrainian/now",
                "protection-now",
                "since-protection-ended",
            ),
            ("work/allowed/employee", "employee", "employee-after-tp"),
            (
                "money/own-contribution",
                "own-contribution",
                "own-contribution-after-tp",
            ),
        ] {
            let path = format!("/{l}/{path}");
            assert_eq!(page(i18n, &path, day("2028-03-04")).node, last, "{path}");
            assert_eq!(page(i18n, &path, day("2028-03-05")).node, first, "{path}");
        }
        let registration = format!("/{l}/registration/host/yes/ukrainian");
        for (on, step) in [
            ("2028-03-04", "registration-step-ind-appointment"),
            ("2028-03-05", "registration-step-ind-after-tp"),
        ] {
            let steps = page(i18n, &registration, day(on)).steps;
            assert!(steps.contains(&step.to_owned()), "{registration} on {on}");
        }
        let status = page(
            i18n,
            &format!("/{l}/status/ukrainian/now"),
            day("2028-03-05"),
        );
        assert!(status.facts.contains(&"tp-ended".to_owned()));
        if l == "en" {
            assert!(status.html.contains("4 March 2028"), "the end date moved");
        }
    }
}
