//! The real content must validate: every tree sound, every key in all four locales,
//! every fact sourced and fresh. Problems are printed with file, node and locale.
#![cfg(feature = "load")]

use hulpwijzer_core::load::{check_project, today};
use hulpwijzer_core::validate::{has_errors, Severity};
use std::path::Path;

#[test]
fn the_projects_content_is_sound() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let today = today().unwrap_or_else(|e| panic!("{e}"));
    eprintln!("content checked as of {today}");
    let project = match check_project(&root, today.date) {
        Ok(project) => project,
        Err(problems) => {
            problems.iter().for_each(|p| eprintln!("{p}"));
            panic!("content does not load: {} problems", problems.len());
        }
    };
    let (catalog, problems) = (project.catalog, project.problems);
    for p in &problems {
        eprintln!("{p}");
    }
    assert!(catalog.trees.len() >= 2, "content has trees");
    assert!(
        !has_errors(&problems),
        "{} content errors (see above)",
        problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    );
}
