//! Which outcomes offer the desk card. An outcome is marked `desk = true` when what it
//! tells the reader to do is done in person at the municipality's desk (registering,
//! applying for leefgeld, asking for a reception place); "call 112", a helpline or a list
//! of hubs has no desk. The content guide (`docs/content-guide.md`) explains the rule.

use crate::model::{Catalog, Outcome};
use crate::validate::Problem;

/// One error per outcome whose desk marking contradicts the rest of the outcome, naming
/// file and node: a desk outcome must show the municipality (`local = true`, its desk's
/// address) and list no hubs; an outcome that says what to bring to the desk is a desk
/// outcome.
pub fn check_desks(catalog: &Catalog) -> Vec<Problem> {
    catalog
        .outcomes()
        .filter_map(|(tree, outcome)| {
            desk_problem(outcome)
                .map(|m| Problem::error(&tree.file, m).at(format!("node {}", outcome.id)))
        })
        .collect()
}

/// What is wrong with the outcome's desk marking, if anything.
fn desk_problem(outcome: &Outcome) -> Option<&'static str> {
    match (outcome.desk, outcome.local, outcome.hubs, outcome.bring.is_empty()) {
        (true, false, _, _) => Some(
            "desk = true but not local = true: the desk card is for the municipality's desk, so the page must show the municipality",
        ),
        (true, true, true, _) => {
            Some("desk = true on an outcome that lists hubs: a list of places has no desk; remove desk = true")
        }
        (false, _, _, false) => Some(
            "says what to bring to the desk (bring = [...]) but is not marked desk = true",
        ),
        _ => None,
    }
}
