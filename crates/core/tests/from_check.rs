//! The form starts from the hosting check's answers: every answer the form asks again
//! names a real question and option of the check, and every path to the form settles
//! those fields as the host answered them.
#![cfg(feature = "load")]
#![allow(clippy::unwrap_used)]

use hulpwijzer_core::engine::{reachable_answers, replay, Position};
use hulpwijzer_core::form::{settled_by, Field, CHECK_ANSWERS, HOSTING_CHECK};
use hulpwijzer_core::load::load_catalog;
use hulpwijzer_core::model::Node;
use std::path::Path;

#[test]
fn every_path_to_the_form_carries_the_checks_answers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let catalog = load_catalog(&root).unwrap_or_else(|p| panic!("{} problems", p.len()));
    let tree = catalog.tree(HOSTING_CHECK).unwrap();
    for a in CHECK_ANSWERS {
        let asked = tree.nodes.iter().any(|n| match n {
            Node::Question(q) => {
                q.id.as_str() == a.question && q.options.iter().any(|o| o.id.as_str() == a.option)
            }
            Node::Outcome(_) => false,
        });
        assert!(asked, "{a:?} is no answer of {HOSTING_CHECK}");
    }
    let mut forms = 0;
    for answers in reachable_answers(tree) {
        let walk = replay(tree, &answers).unwrap();
        let settled = settled_by(&walk);
        match walk.position {
            Position::Outcome(o) if o.form.is_some() => {
                forms += 1;
                assert_eq!(
                    settled,
                    [(Field::SeparateRoomWithDoor, true)],
                    "{answers:?}"
                );
            }
            Position::Outcome(_) | Position::Question(_) | Position::Leave(_) => {}
        }
    }
    assert!(forms > 0, "the check leads to the form");
    // Another tree's answers settle nothing.
    let other = catalog.tree("registration").unwrap();
    let walk = replay(other, &reachable_answers(other)[1]).unwrap();
    assert!(settled_by(&walk).is_empty());
}
