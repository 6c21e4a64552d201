//! Texts true on both sides of an event: on a page whose facts end with an event (the
//! reception right, the RMO, leefgeld end with temporary protection), a message that states
//! such a rule must say when it holds, or be replaced with the facts.

use super::Event;
use crate::keys;
use crate::model::{Catalog, Node, Outcome, Tree};
use crate::validate::{LocaleMessages, Problem};

/// The locale whose texts are matched against an event's `rule_phrases`: the Dutch texts use
/// the terms people meet at the desk, and every locale has the same variables.
pub const RULE_LOCALE: &str = "nl";

/// Whether the outcome shows, before the event, a fact that ends on the event.
fn lists_ending_fact(catalog: &Catalog, event: &Event, outcome: &Outcome) -> bool {
    outcome.facts.iter().any(|f| {
        event.has_dependent("", &format!("fact {f}"))
            && catalog
                .fact(f.as_str())
                .is_some_and(|x| x.validity.until == Some(event.date))
    })
}

/// The message keys of an undated outcome that are not dated themselves.
fn undated_keys(event: &Event, tree: &Tree, outcome: &Outcome) -> Vec<String> {
    let t = tree.id.as_str();
    let o = outcome.id.as_str();
    let mut out = vec![keys::node(t, o), keys::outcome_intro(t, o)];
    for s in &outcome.steps {
        if !event.has_dependent(&tree.file, &format!("step {s}")) {
            out.push(keys::step(t, s.as_str()));
        }
    }
    out
}

/// Every message that states a rule ending with an event without saying when it holds: on an
/// outcome that is not dated itself but lists a fact ending on the event, a Dutch text that
/// contains one of the event's `rule_phrases` and uses no variable whose fact takes its date
/// from the event (`{ $tp-end }`). Fix: give it the period (list the fact `tp-end` and say
/// "until and including { $tp-end }"), or make it a dated `[[step]]` with a successor.
pub fn check_rule_texts(catalog: &Catalog, locales: &[LocaleMessages]) -> Vec<Problem> {
    let Some(nl) = locales.iter().find(|l| l.locale == RULE_LOCALE) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for event in catalog.events.iter().filter(|e| !e.rule_phrases.is_empty()) {
        let dated_vars: Vec<&str> = catalog
            .facts
            .iter()
            .filter(|f| event.has_dependent("", &format!("fact {}", f.id)))
            .map(|f| f.id.as_str())
            .collect();
        for tree in &catalog.trees {
            for node in &tree.nodes {
                let Node::Outcome(o) = node else { continue };
                let owner = format!("node {}", o.id);
                if event.has_dependent(&tree.file, &owner) || !lists_ending_fact(catalog, event, o)
                {
                    continue;
                }
                for key in undated_keys(event, tree, o) {
                    let Some(info) = nl.messages.get(&key) else {
                        continue;
                    };
                    let text = info.text.to_lowercase();
                    let Some(phrase) = event
                        .rule_phrases
                        .iter()
                        .find(|p| text.contains(&p.to_lowercase()))
                    else {
                        continue;
                    };
                    if info.vars.iter().any(|v| dated_vars.contains(&v.as_str())) {
                        continue;
                    }
                    out.push(
                        Problem::error(
                            &tree.file,
                            format!(
                                "message {key} states a rule that ends with event {} ({phrase:?}) \
                                 but does not say when it holds: list fact {} and write \
                                 \"until and including {{ ${} }}\", or make it a dated [[step]]",
                                event.id, event.id, event.id
                            ),
                        )
                        .at(owner.clone())
                        .in_locale(RULE_LOCALE),
                    );
                }
            }
        }
    }
    out
}
