//! Legal events as data (`content/events.toml`): the project's content names the end of
//! temporary protection instead of writing its date, so moving the event in one line moves
//! everything; a literal event date elsewhere is rejected; an event near and unconfirmed
//! fails the build. Each test works on a copy of the project's content in a temp folder.
#![cfg(feature = "load")]

use crate::copy;

use hulpwijzer_core::date::Date;
use hulpwijzer_core::dated::{fact_on, outcome_node_on};
use hulpwijzer_core::event::EVENTS_TOML;
use hulpwijzer_core::load::{check_project, Project};
use hulpwijzer_core::model::{FactValue, Node};
use hulpwijzer_core::validate::{Problem, Severity};
use std::fs;
use std::path::{Path, PathBuf};

fn day(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn copy_of_project(name: &str) -> PathBuf {
    copy::copy_of_project(&project_root(), &format!("events-{name}"))
}

/// Replaces `from` by `to` in one file of the copy; `from` must occur exactly once.
fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = fs::read_to_string(&path).expect("read");
    assert_eq!(text.matches(from).count(), 1, "{file}: {from:?}");
    fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

fn errors(problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(ToString::to_string)
        .collect()
}

fn checked(root: &Path, on: &str) -> Project {
    check_project(root, day(on)).unwrap_or_else(|p| panic!("does not load: {p:#?}"))
}

/// Adopts the proposal by changing the event's one `holds` line: the new date, confirmed
/// shortly before it (a real change would also cite the decision as source).
fn adopt(root: &Path) {
    let path = root.join(EVENTS_TOML);
    let text = fs::read_to_string(&path).expect("read");
    let line = text
        .lines()
        .find(|l| l.starts_with("holds = ") && l.contains("\"2027-03-04\""))
        .expect("the holds line of tp-end");
    let new = line
        .replace("date = \"2027-03-04\"", "date = \"2028-03-04\"")
        .replace("confirmed = \"2026-12-06\"", "confirmed = \"2028-02-20\"");
    edit(root, EVENTS_TOML, line, &new);
}

#[test]
fn the_end_of_protection_is_named_not_written_and_the_status_work_money_and_registration_pages_depend_on_it(
) {
    let project = checked(&project_root(), "2026-12-06");
    let event = project.catalog.event("tp-end").expect("event tp-end");
    assert_eq!(event.date, day("2027-03-04"));
    let pending = event.pending().expect("the 2028 proposal is pending");
    assert_eq!(pending.date, day("2028-03-04"));
    assert_eq!(pending.on, day("2026-06-26"));
    for (file, owner) in [
        ("content/trees/status.toml", "node protection-now"),
        ("content/trees/status.toml", "node since-protection-ended"),
        ("content/trees/work.toml", "node employee"),
        ("content/trees/money.toml", "node own-contribution"),
        ("content/trees/registration.toml", "step ind-appointment"),
        ("content/registry/registration.toml", "fact tp-end"),
        (
            "content/registry/refugee-facts.toml",
            "fact reception-right",
        ),
    ] {
        assert!(
            event.has_dependent(file, owner),
            "{file}: {owner} does not name the event"
        );
    }
    let tp_end = project.catalog.fact("tp-end").expect("fact");
    assert_eq!(tp_end.value, FactValue::Date(day("2027-03-04")));
    assert_eq!(tp_end.validity.until, Some(day("2027-03-04")));
}

#[test]
fn a_literal_event_date_anywhere_in_content_is_an_error_naming_file_and_node() {
    let root = copy_of_project("literal");
    edit(
        &root,
        "content/trees/work.toml",
        "valid_until = \"event:tp-end\"",
        "valid_until = \"2027-03-04\"",
    );
    edit(
        &root,
        "content/local/GM0014.toml",
        "note = \"\"\"",
        "note = \"\"\"Stops on 2027-03-05. ",
    );
    let found = errors(&checked(&root, "2026-12-06").problems);
    assert!(
        found
            .iter()
            .any(|p| p.contains("content/trees/work.toml: node employee")
                && p.contains("2027-03-04, the date of event tp-end")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.contains("content/local/GM0014.toml") && p.contains("after:tp-end")),
        "{found:#?}"
    );
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn an_unknown_event_name_is_an_error_naming_file_and_node() {
    let root = copy_of_project("unknown");
    edit(
        &root,
        "content/trees/money.toml",
        "valid_until = \"event:tp-end\"",
        "valid_until = \"event:tp-stop\"",
    );
    let problems = check_project(&root, day("2026-12-06"))
        .err()
        .unwrap_or_default();
    assert!(
        problems.iter().any(|p| p.file == "content/trees/money.toml"
            && p.node.as_deref() == Some("node own-contribution")
            && p.message.contains("names no event")),
        "{problems:#?}"
    );
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn an_event_within_60_days_not_confirmed_in_30_fails_the_build() {
    let project = checked(&project_root(), "2027-02-01");
    let found = errors(&project.problems);
    assert!(
        found.iter().any(
            |p| p.starts_with(&format!("error: {EVENTS_TOML}: event tp-end"))
                && p.contains("last confirmed on 2026-12-06")
        ),
        "{found:#?}"
    );
    assert!(errors(&checked(&project_root(), "2026-12-06").problems).is_empty());
}

#[test]
fn adopting_the_extension_is_one_line_and_moves_every_date_with_it() {
    let root = copy_of_project("moved");
    adopt(&root);
    for on in ["2026-12-06", "2027-03-05", "2028-03-04", "2028-03-05"] {
        let found = errors(&checked(&root, on).problems);
        assert!(found.is_empty(), "moved event, on {on}: {found:#?}");
    }
    let catalog = checked(&root, "2026-12-06").catalog;
    let event = catalog.event("tp-end").expect("event");
    assert!(
        event.pending().is_none(),
        "an adopted proposal is not pending"
    );
    // Every fact, step and outcome that named the event moved with it.
    for f in &catalog.facts {
        for d in [f.validity.until, f.validity.from].into_iter().flatten() {
            assert!(d.year != 2027 || d.month != 3, "fact {} still on {d}", f.id);
        }
    }
    let tp = |on: &str| fact_on(&catalog, "tp-end", day(on)).map(|f| f.id.as_str().to_owned());
    assert_eq!(tp("2027-03-05").as_deref(), Some("tp-end"));
    assert_eq!(tp("2028-03-04").as_deref(), Some("tp-end"));
    assert_eq!(tp("2028-03-05").as_deref(), Some("tp-ended"));
    // What a reader reaches (outcomes that are nobody's successor) shows, on the last day,
    // something that holds then and no post-end content; the day after, something that holds.
    for tree in &catalog.trees {
        for n in &tree.nodes {
            let Node::Outcome(o) = n else { continue };
            if o.validity.from.is_some() {
                continue;
            }
            let last = outcome_node_on(tree, o, day("2028-03-04"));
            assert!(
                last.validity.holds_on(day("2028-03-04")) && last.validity.from.is_none(),
                "{}: {} shows {} on 2028-03-04",
                tree.id,
                o.id,
                last.id
            );
            let after = outcome_node_on(tree, o, day("2028-03-05"));
            assert!(
                after.validity.holds_on(day("2028-03-05")),
                "{}: {} shows {} on 2028-03-05",
                tree.id,
                o.id,
                after.id
            );
        }
    }
    let status = catalog.tree("status").expect("status tree");
    let Some(Node::Outcome(now)) = status.node("protection-now") else {
        panic!("protection-now")
    };
    assert_eq!(
        outcome_node_on(status, now, day("2028-03-04")).id.as_str(),
        "protection-now"
    );
    assert_eq!(
        outcome_node_on(status, now, day("2028-03-05")).id.as_str(),
        "since-protection-ended"
    );
    let _ = fs::remove_dir_all(&root);
}
