//! The catalog the wasms embed (`Catalog::for_browser`) leaves out only what the validator
//! alone reads: every outcome shows the same pending proposals with it as with the whole
//! catalog, and the trees keep the files that comparison needs.

use hulpwijzer::catalog;
use hulpwijzer_core::event::pending_for;

#[test]
fn the_browsers_catalog_shows_the_same_pending_proposals() {
    let whole = catalog();
    let browser = whole.for_browser();
    assert!(browser.contacts.iter().all(|c| c.file.is_empty()));
    assert!(browser.events.iter().all(|e| e.rule_phrases.is_empty()));
    let mut compared = 0;
    for ((tree, outcome), (b_tree, b_outcome)) in whole.outcomes().zip(browser.outcomes()) {
        assert_eq!(tree.file, b_tree.file);
        let ids = |events: Vec<&hulpwijzer_core::event::Event>| {
            events.into_iter().map(|e| e.id.clone()).collect::<Vec<_>>()
        };
        assert_eq!(
            ids(pending_for(whole, tree, outcome)),
            ids(pending_for(&browser, b_tree, b_outcome)),
            "{} {}",
            tree.id,
            outcome.id
        );
        compared += usize::from(!pending_for(whole, tree, outcome).is_empty());
    }
    assert!(compared > 0, "no outcome depends on a pending proposal");
}
