//! `related_first`: an outcome whose answer is the choice of a topic lists its related trees
//! right under its first paragraph; the marking without related trees is an error naming
//! file and node.
#![cfg(feature = "load")]

use crate::copy;

use hulpwijzer_core::load::load_catalog;
use hulpwijzer_core::model::Node;
use std::path::{Path, PathBuf};

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[test]
fn start_here_lists_its_topics_first_and_other_outcomes_do_not() {
    let c = load_catalog(&project_root()).expect("content loads");
    let first: Vec<String> = c
        .outcomes()
        .filter(|(_, o)| o.related_first)
        .map(|(t, o)| format!("{}/{}", t.id, o.id))
        .collect();
    assert_eq!(first, ["start-here/next-topics"]);
    let Some(Node::Outcome(o)) = c.tree("start-here").and_then(|t| t.node("next-topics")) else {
        panic!("no outcome start-here/next-topics");
    };
    assert_eq!(o.related.len(), 4);
}

#[test]
fn related_first_without_related_trees_is_an_error_naming_file_and_node() {
    let problems = copy::errors_after_edits(
        &project_root(),
        "related-first",
        &[(
            "content/trees/start-here.toml",
            "related = [\"work\", \"school\", \"dutch\", \"status\"]\n",
            "",
        )],
    );
    let wrong: Vec<(String, Option<String>)> = problems
        .iter()
        .filter(|p| p.message.contains("related_first"))
        .map(|p| (p.file.clone(), p.node.clone()))
        .collect();
    assert_eq!(
        wrong,
        [(
            "content/trees/start-here.toml".to_owned(),
            Some("node next-topics".to_owned())
        )],
        "{problems:#?}"
    );
}
