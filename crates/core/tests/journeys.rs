//! Journey tables (`content/journeys/<tree>.toml`): each row's answers must lead to
//! its expected outcome (or into its expected tree), and together the rows must reach
//! every outcome and every tree jump of every tree. A row with `on = "YYYY-MM-DD"` (or an
//! event's day, `"event:tp-end"`, or the day after it, `"after:tp-end"`) expects the outcome
//! shown on that day (a dated outcome's successor).
#![cfg(feature = "load")]

use hulpwijzer_core::dated::outcome_node_on;
use hulpwijzer_core::engine::{replay, Position};
use hulpwijzer_core::event::resolve_day;
use hulpwijzer_core::ids::OptionId;
use hulpwijzer_core::load::load_catalog;
use hulpwijzer_core::model::{Next, Node};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    journey: Vec<Journey>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Journey {
    answers: Vec<String>,
    outcome: Option<String>,
    tree: Option<String>,
    /// The day the journey is made (`2027-03-05`): the outcome shown is the one that holds then.
    on: Option<String>,
}

#[test]
fn every_journey_reaches_its_outcome_and_every_outcome_is_covered() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let catalog = load_catalog(&root).unwrap_or_else(|p| panic!("content does not load: {p:?}"));
    let mut failures = Vec::new();
    for tree in &catalog.trees {
        let file = root
            .join("content/journeys")
            .join(format!("{}.toml", tree.id));
        let Ok(text) = std::fs::read_to_string(&file) else {
            failures.push(format!(
                "{}: no journey table for tree {}",
                file.display(),
                tree.id
            ));
            continue;
        };
        let table: Table =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let mut reached = BTreeSet::new();
        for (i, j) in table.journey.iter().enumerate() {
            let answers: Vec<OptionId> = j.answers.iter().map(|a| OptionId(a.clone())).collect();
            let got = match replay(tree, &answers) {
                Ok(walk) => match walk.position {
                    Position::Outcome(o) => match &j.on {
                        Some(day) => {
                            let day = resolve_day(&catalog.events, day)
                                .unwrap_or_else(|| panic!("{}: no day {day:?}", file.display()));
                            format!("outcome {}", outcome_node_on(tree, o, day).id)
                        }
                        None => format!("outcome {}", o.id),
                    },
                    Position::Leave(t) => format!("tree {t}"),
                    Position::Question(q) => format!("question {}", q.id),
                },
                Err(e) => format!("error: {e}"),
            };
            let want = match (&j.outcome, &j.tree) {
                (Some(o), None) => format!("outcome {o}"),
                (None, Some(t)) => format!("tree {t}"),
                _ => format!("row {i} must name exactly one of outcome or tree"),
            };
            if got != want {
                failures.push(format!(
                    "{} row {i} {:?}: expected {want}, got {got}",
                    file.display(),
                    j.answers
                ));
            }
            reached.insert(got);
        }
        for n in &tree.nodes {
            let targets: Vec<String> = match n {
                Node::Outcome(o) => vec![format!("outcome {}", o.id)],
                Node::Question(q) => q
                    .options
                    .iter()
                    .filter_map(|c| match &c.next {
                        Next::Tree(t) => Some(format!("tree {t}")),
                        Next::Node(_) => None,
                    })
                    .collect(),
            };
            for t in targets.into_iter().filter(|t| !reached.contains(t)) {
                failures.push(format!("{}: no journey reaches {t}", file.display()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "journey problems:\n{}",
        failures.join("\n")
    );
}
