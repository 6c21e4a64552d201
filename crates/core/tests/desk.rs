//! The desk card is offered only on outcomes marked `desk = true`; a marking that
//! contradicts the outcome is an error naming its file and node.
#![cfg(feature = "load")]

use crate::copy;

use hulpwijzer_core::date::Date;
use hulpwijzer_core::load::{check_project, load_catalog};
use hulpwijzer_core::model::{Catalog, Node};
use hulpwijzer_core::validate::Severity;
use std::fs;
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
    let root = copy::copy_of_project(&project_root(), "desk-marking");
    for (file, from, to) in [
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
    ] {
        copy::replace_once(&root, file, from, to);
    }
    let today = Date::parse("2026-12-06").expect("date");
    let problems = check_project(&root, today)
        .unwrap_or_else(|p| panic!("does not load: {p:#?}"))
        .problems;
    let _ = fs::remove_dir_all(&root);
    let wrong: Vec<(String, Option<String>)> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error && p.message.contains("desk = true"))
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
