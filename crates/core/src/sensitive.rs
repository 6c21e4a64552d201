//! The rule that keeps "leave this page" where it is needed: an outcome that lists a
//! sensitive contact (a line for people in danger, such as Veilig Thuis or 113, marked
//! `sensitive = true` in the registry) must carry a marking ([`Mark`]), so its page and its
//! desk card offer the quick exit ([decision 7](../../docs/decisions/0007-leave-this-page-quickly.md)).

use crate::model::{Catalog, Mark};
use crate::validate::Problem;

/// One error per unmarked outcome that lists a sensitive contact, naming file and node.
pub fn check_sensitive_pages(catalog: &Catalog) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (tree, outcome) in catalog.outcomes() {
        if !outcome.marks.is_empty() {
            continue;
        }
        let named: Vec<&str> = outcome
            .contacts
            .iter()
            .filter(|id| catalog.contact(id.as_str()).is_some_and(|c| c.sensitive))
            .map(|id| id.as_str())
            .collect();
        if named.is_empty() {
            continue;
        }
        let words: Vec<&str> = Mark::ALL.iter().map(|m| m.as_str()).collect();
        problems.push(
                Problem::error(
                    &tree.file,
                    format!(
                        "lists {} (a line for people in danger) but is not marked: add marks = [\"…\"] ({}) so the page offers \"leave this page\"",
                        named.join(", "),
                        words.join(", ")
                    ),
                )
                .at(format!("node {}", outcome.id)),
            );
    }
    problems
}
