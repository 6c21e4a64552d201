//! Shortcuts under a question: the home page's lead to what happens after temporary protection
//! and to the topic for who is not safe, labelled by the answer they skip to; a shortcut that
//! leads nowhere is an error naming file and node.
#![cfg(feature = "load")]

use crate::copy;

use hulpwijzer_core::engine::{replay, Position};
use hulpwijzer_core::load::load_catalog;
use hulpwijzer_core::model::{Catalog, Node};
use hulpwijzer_core::shortcut::{label_key, path};
use std::path::{Path, PathBuf};

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// (path, where it leads, label key) of every shortcut of the home page's question.
fn home_shortcuts(c: &Catalog) -> Vec<(String, String, String)> {
    let home = c.tree(Catalog::START).expect("home");
    let Some(Node::Question(q)) = home.node(home.start.as_str()) else {
        panic!("the home page is a question");
    };
    q.shortcuts
        .iter()
        .map(|s| {
            let tree = c.tree(s.tree.as_str()).expect("tree");
            let at = match replay(tree, &s.answers).expect("replays").position {
                Position::Question(q) => format!("question {}", q.id),
                Position::Outcome(o) => format!("outcome {}", o.id),
                Position::Leave(t) => format!("leaves for {t}"),
            };
            (path(s), at, label_key(c, s).expect("label"))
        })
        .collect()
}

#[test]
fn the_home_page_leads_to_the_end_of_protection_and_to_safety_in_one_tap() {
    let c = load_catalog(&project_root()).expect("content loads");
    assert_eq!(
        home_shortcuts(&c),
        [
            (
                "status/ukrainian/after",
                "outcome after-protection",
                "status-question-after"
            ),
            ("safety", "question danger-now", "safety-title"),
        ]
        .map(|(p, at, key)| (p.to_owned(), at.to_owned(), key.to_owned()))
    );
}

#[test]
fn a_shortcut_that_leads_nowhere_is_an_error_naming_file_and_node() {
    let problems = copy::errors_after_edits(
        &project_root(),
        "shortcuts",
        &[(
            "content/trees/start.toml",
            "shortcuts = [\"status/ukrainian/after\", \"safety\"]",
            // Unknown tree, unknown answer, an answer that leaves the tree, and a hosts' page
            // whose label the home page does not load.
            "shortcuts = [\"nowhere\", \"status/ukrainian/later\", \"refugee/status\", \"hosting-now\"]",
        )],
    );
    let mut wrong: Vec<(String, Option<String>, String)> = problems
        .iter()
        .filter(|p| p.message.starts_with("shortcut "))
        .map(|p| {
            let path = p.message.split('"').nth(1).unwrap_or_default().to_owned();
            (p.file.clone(), p.node.clone(), path)
        })
        .collect();
    let mut expected: Vec<(String, Option<String>, String)> = [
        "nowhere",
        "status/ukrainian/later",
        "refugee/status",
        "hosting-now",
    ]
    .into_iter()
    .map(|path| {
        let file = "content/trees/start.toml".to_owned();
        (file, Some("node who".to_owned()), path.to_owned())
    })
    .collect();
    wrong.sort();
    expected.sort();
    assert_eq!(wrong, expected, "{problems:#?}");
}
