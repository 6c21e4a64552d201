//! A refugee who is not safe has a route: the home page's refugee door leads to the safety
//! topic in two taps, every page of it is marked for "leave this page", and a page that
//! lists a line for people in danger (Veilig Thuis, 113) without a marking is an error
//! naming its file and node.
#![cfg(feature = "load")]

use crate::copy;

use hulpwijzer_core::date::Date;
use hulpwijzer_core::engine::{replay, Position};
use hulpwijzer_core::ids::OptionId;
use hulpwijzer_core::load::{check_project, load_catalog};
use hulpwijzer_core::model::{Catalog, Node};
use hulpwijzer_core::validate::Severity;
use std::fs;
use std::path::{Path, PathBuf};

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn catalog() -> Catalog {
    load_catalog(&project_root()).expect("content loads")
}

/// The tree the home page's answers lead to, one jump at a time.
fn jump(catalog: &Catalog, tree: &str, answers: &[&str]) -> String {
    let tree = catalog.tree(tree).expect("tree");
    let answers: Vec<OptionId> = answers.iter().map(|a| OptionId::from(*a)).collect();
    match replay(tree, &answers).expect("answers fit").position {
        Position::Leave(t) => t.to_string(),
        _ => panic!("{answers:?} does not leave {}", tree.id),
    }
}

#[test]
fn the_engine_reaches_the_safety_topic_in_two_taps_from_the_home_page() {
    let c = catalog();
    let refugee = jump(&c, Catalog::START, &["refugee"]);
    assert_eq!(refugee, "refugee");
    assert_eq!(jump(&c, &refugee, &["safety"]), "safety");
    let safety = c.tree("safety").expect("the safety tree");
    // The page reached by the second tap is itself marked.
    let start = safety.node(safety.start.as_str()).expect("start node");
    assert!(
        !start.marks().is_empty(),
        "the safety topic's first page is marked"
    );
}

#[test]
fn every_page_of_the_safety_topic_is_marked_and_names_its_lines() {
    let c = catalog();
    let safety = c.tree("safety").expect("the safety tree");
    for node in &safety.nodes {
        assert!(
            !node.marks().is_empty(),
            "safety/{} is not marked",
            node.id()
        );
    }
    let contacts: Vec<&str> = safety
        .nodes
        .iter()
        .filter_map(|n| match n {
            Node::Outcome(o) => Some(o.contacts.iter().map(|c| c.as_str())),
            Node::Question(_) => None,
        })
        .flatten()
        .collect();
    for line in [
        "emergency-112",
        "veilig-thuis",
        "comensha",
        "police-non-emergency",
    ] {
        assert!(contacts.contains(&line), "the safety topic lists {line}");
    }
}

#[test]
fn veilig_thuis_and_113_are_sensitive_lines_in_the_registry() {
    let c = catalog();
    for id in ["veilig-thuis", "zelfmoordpreventie", "comensha"] {
        assert!(
            c.contact(id).expect(id).sensitive,
            "{id} is marked sensitive"
        );
    }
    assert!(!c.contact("emergency-112").expect("112").sensitive);
}

#[test]
fn an_unmarked_page_that_lists_veilig_thuis_or_113_is_an_error_naming_file_and_node() {
    let root = copy::copy_of_project(&project_root(), "safety-unmarked");
    for (file, from) in [
        (
            "content/trees/hosting-now.toml",
            "id = \"worrying-signs\"\nmarks = [\"abuse\", \"violence\"]\n",
        ),
        (
            "content/trees/health.toml",
            "id = \"crisis\"\nmarks = [\"crisis\"]\n",
        ),
    ] {
        let to = from.lines().next().expect("id line").to_owned() + "\n";
        copy::replace_once(&root, file, from, &to);
    }
    let today = Date::parse("2026-12-06").expect("date");
    let problems = check_project(&root, today)
        .unwrap_or_else(|p| panic!("does not load: {p:#?}"))
        .problems;
    let _ = fs::remove_dir_all(&root);
    let unmarked: Vec<String> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error && p.message.contains("is not marked"))
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        unmarked,
        vec![
            "error: content/trees/health.toml: node crisis: lists zelfmoordpreventie (a line for people in danger) but is not marked: add marks = [\"…\"] (violence, abuse, exploitation, crisis) so the page offers \"leave this page\"".to_owned(),
            "error: content/trees/hosting-now.toml: node worrying-signs: lists veilig-thuis (a line for people in danger) but is not marked: add marks = [\"…\"] (violence, abuse, exploitation, crisis) so the page offers \"leave this page\"".to_owned(),
        ],
        "{problems:#?}"
    );
}
