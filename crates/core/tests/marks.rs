//! Markings of sensitive pages (`marks = [...]` in a tree file): known ones load as
//! [`Mark`]s; an unknown or repeated one is rejected with its file and node.
#![cfg(feature = "load")]

use hulpwijzer_core::load::load_catalog;
use hulpwijzer_core::model::{Catalog, Mark};
use std::path::Path;

fn fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/marks")
}

#[test]
fn an_unknown_marking_is_rejected_with_file_and_node() {
    let problems = load_catalog(&fixture()).expect_err("an unknown marking must not load");
    let got: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(got.len(), 2, "{got:#?}");
    let unknown = problems
        .iter()
        .find(|p| p.message.contains("\"scary\""))
        .expect("the unknown marking is reported");
    assert_eq!(unknown.file, "content/trees/start.toml");
    assert_eq!(unknown.node.as_deref(), Some("node call-now"));
    assert!(unknown
        .message
        .contains("violence, abuse, exploitation, crisis"));
    let twice = problems
        .iter()
        .find(|p| p.message.contains("twice"))
        .expect("the repeated marking is reported");
    assert_eq!(twice.node.as_deref(), Some("node talk"));
}

#[test]
fn the_real_content_marks_its_sensitive_pages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let catalog: Catalog = load_catalog(&root).expect("content loads");
    let marked: Vec<(String, String, Vec<Mark>)> = catalog
        .trees
        .iter()
        .flat_map(|t| {
            t.nodes
                .iter()
                .filter(|n| !n.marks().is_empty())
                .map(|n| (t.id.to_string(), n.id().to_string(), n.marks().to_vec()))
        })
        .collect();
    for (tree, node, mark) in [
        ("health", "crisis", Mark::Crisis),
        ("hosting-now", "worrying-signs", Mark::Abuse),
        ("work", "report-abuse", Mark::Exploitation),
    ] {
        assert!(
            marked
                .iter()
                .any(|(t, n, m)| t == tree && n == node && m.contains(&mark)),
            "{tree}/{node} should be marked {mark:?}: {marked:?}"
        );
    }
    // Ordinary pages stay unmarked.
    assert!(!marked.iter().any(|(t, _, _)| t == "registration"));
}
