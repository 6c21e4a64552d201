//! The desk card is offered only on outcomes marked `desk = true`; a marking that
//! contradicts the outcome is an error naming its file and node.
#![cfg(feature = "load")]

use crate::copy;

use hulpwijzer_core::load::load_catalog;
use hulpwijzer_core::model::{Catalog, Node};
use std::path::{Path, PathBuf};

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn desk(catalog: &Catalog, tree: &str, node: &str) -> bool {
    match catalog.tree(tree).and_then(|t| t.node(node)) {
        Some(Node::Outcome(o)) => o.desk,
        other => panic!("{tree}/{node} is not an outcome: {other:?}"),
    }
}

#[test]
fn registration_has_a_desk_and_emergencies_and_hub_lists_do_not() {
    let c = load_catalog(&project_root()).expect("content loads");
    for (tree, node) in [
        ("registration", "register-at-host"),
        ("registration", "register-at-home"),
        ("money", "apply-leefgeld"),
    ] {
        assert!(desk(&c, tree, node), "{tree}/{node} has a desk");
    }
    for (tree, node) in [
        ("health", "emergency"),
        ("safety", "emergency"),
        ("start-here", "next-topics"),
        ("community", "meet-people"),
    ] {
        assert!(!desk(&c, tree, node), "{tree}/{node} has no desk");
    }
}

#[test]
fn a_wrong_desk_marking_is_an_error_naming_file_and_node() {
    let problems = copy::errors_after_edits(
        &project_root(),
        "desk-marking",
        &[
            // A desk without the municipality.
            (
                "content/trees/health.toml",
                "id = \"emergency\"\n",
                "id = \"emergency\"\ndesk = true\n",
            ),
            // A desk on a hub list.
            (
                "content/trees/start-here.toml",
                "id = \"next-topics\"\n",
                "id = \"next-topics\"\ndesk = true\n",
            ),
            // Things to bring, but no desk.
            (
                "content/trees/registration.toml",
                "id = \"register-at-host\"\ndesk = true\n",
                "id = \"register-at-host\"\n",
            ),
        ],
    );
    let wrong: Vec<(String, Option<String>)> = problems
        .iter()
        .filter(|p| p.message.contains("desk = true"))
        .map(|p| (p.file.clone(), p.node.clone()))
        .collect();
    let expected: Vec<(String, Option<String>)> = [
        ("content/trees/health.toml", "node emergency"),
        ("content/trees/registration.toml", "node register-at-host"),
        ("content/trees/start-here.toml", "node next-topics"),
    ]
    .into_iter()
    .map(|(f, n)| (f.to_owned(), Some(n.to_owned())))
    .collect();
    assert_eq!(wrong, expected, "{problems:#?}");
}
