//! The one place where Fluent message keys are derived from ids.
//!
//! Trees, the validator and the app all call these functions, so a key is never
//! written twice. Keys are kebab-case and unique across the catalog (the validator
//! checks that no two derivations collide).

use crate::model::{Catalog, Node, Outcome};

/// A message key together with whether every locale must have it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct DerivedKey {
    /// The Fluent message id.
    pub key: String,
    /// Required keys must exist; optional ones must exist in all locales or in none.
    pub required: bool,
    /// Variables the message may use.
    pub allowed_vars: Vec<String>,
    /// The file the id came from.
    pub file: String,
    /// The node, contact, link or fact the key belongs to.
    pub owner: String,
}

/// The title of a tree (menus, page title).
pub fn tree_title(tree: &str) -> String {
    format!("{tree}-title")
}

/// The text of a question, or the title of an outcome.
pub fn node(tree: &str, node: &str) -> String {
    format!("{tree}-{node}")
}

/// A short hint under a question (optional).
pub fn question_hint(tree: &str, node: &str) -> String {
    format!("{tree}-{node}-hint")
}

/// The label of an option.
pub fn option(tree: &str, node: &str, option: &str) -> String {
    format!("{tree}-{node}-{option}")
}

/// The introduction of an outcome (optional).
pub fn outcome_intro(tree: &str, node: &str) -> String {
    format!("{tree}-{node}-intro")
}

/// The words people use for an outcome's subject, comma-separated (optional; in
/// [`crate::texts::SEARCH_FILE`]): search finds the outcome by them, no page shows them.
pub fn outcome_words(tree: &str, node: &str) -> String {
    format!("{tree}-{node}-words")
}

/// One step of an outcome's checklist; steps are shared within a tree.
pub fn step(tree: &str, step: &str) -> String {
    format!("{tree}-step-{step}")
}

/// One thing to bring to the desk (a short noun phrase); items are shared within a tree.
pub fn bring(tree: &str, item: &str) -> String {
    format!("{tree}-bring-{item}")
}

/// The name of a contact.
pub fn contact_name(contact: &str) -> String {
    format!("contact-{contact}")
}

/// What a contact is for (optional).
pub fn contact_about(contact: &str) -> String {
    format!("contact-{contact}-about")
}

/// The opening hours of a contact.
pub fn contact_hours(contact: &str) -> String {
    format!("contact-{contact}-hours")
}

/// The label of a link.
pub fn link(link: &str) -> String {
    format!("link-{link}")
}

/// The sentence stating a fact; it receives the fact as `$value`.
pub fn fact(fact: &str) -> String {
    format!("fact-{fact}")
}

/// The variable that carries the user's municipality name in outcome texts.
pub const MUNICIPALITY_VAR: &str = "municipality";

/// The variable that carries a fact's value in its own sentence.
pub const FACT_VALUE_VAR: &str = "value";

/// The variable that carries how many social hubs the portal lists (closed ones left out).
pub const HUBS_TOTAL_VAR: &str = "hubs-total";

/// The variable that carries how many listed social hubs offer `offer` (`$hubs-language-lessons`).
pub fn hub_offer_var(offer: crate::hub::HubOffer) -> String {
    format!("hubs-{}", offer.as_str())
}

/// The hub-count variables: [`HUBS_TOTAL_VAR`] and one per offer.
pub fn hub_count_vars() -> Vec<String> {
    std::iter::once(HUBS_TOTAL_VAR.to_owned())
        .chain(crate::hub::HubOffer::ALL.iter().map(|o| hub_offer_var(*o)))
        .collect()
}

/// The variables every message of an outcome receives: its facts and the municipality, and
/// on an outcome that lists the social hubs, the hub counts ([`hub_count_vars`]), so a text
/// about hubs says what the data says.
pub fn outcome_vars(outcome: &Outcome) -> Vec<String> {
    let mut vars: Vec<String> = outcome.facts.iter().map(|f| f.0.clone()).collect();
    vars.push(MUNICIPALITY_VAR.to_owned());
    if outcome.hubs {
        vars.extend(hub_count_vars());
    }
    vars
}

/// The notice on pages that depend on an event while a proposal would move it.
pub fn event_pending(event: &str) -> String {
    format!("event-{event}-pending")
}

/// The variables of [`event_pending`]: the proposed date, the day it was proposed, who
/// proposed it ([`body`]) and the day the event was last confirmed.
pub const EVENT_PENDING_VARS: [&str; 4] = ["to", "proposed", "by", "checked"];

/// The name of a body that proposes or decides a change in the law, as `$by` reads it.
pub fn body(body: crate::event::Body) -> String {
    format!("body-{}", body.as_str())
}

/// Every key the catalog derives, with the variables each may use.
pub fn derive_all(catalog: &Catalog) -> Vec<DerivedKey> {
    let mut out = Vec::new();
    let mut push = |key: String, required: bool, vars: &[String], file: &str, owner: String| {
        out.push(DerivedKey {
            key,
            required,
            allowed_vars: vars.to_vec(),
            file: file.to_owned(),
            owner,
        });
    };
    for tree in &catalog.trees {
        let t = tree.id.as_str();
        push(tree_title(t), true, &[], &tree.file, format!("tree {t}"));
        for n in &tree.nodes {
            let owner = format!("node {}", n.id());
            match n {
                Node::Question(q) => {
                    let id = q.id.as_str();
                    push(node(t, id), true, &[], &tree.file, owner.clone());
                    push(question_hint(t, id), false, &[], &tree.file, owner.clone());
                    for o in &q.options {
                        push(
                            option(t, id, o.id.as_str()),
                            true,
                            &[],
                            &tree.file,
                            owner.clone(),
                        );
                    }
                }
                Node::Outcome(o) => {
                    let vars = outcome_vars(o);
                    let id = o.id.as_str();
                    push(node(t, id), true, &vars, &tree.file, owner.clone());
                    push(
                        outcome_intro(t, id),
                        false,
                        &vars,
                        &tree.file,
                        owner.clone(),
                    );
                    push(outcome_words(t, id), false, &[], &tree.file, owner);
                }
            }
        }
        // A step may be shared by several outcomes of a tree: it is derived once and may
        // use only the variables that every outcome listing it provides.
        let mut steps: Vec<(String, Vec<String>, String)> = Vec::new();
        for o in tree.nodes.iter().filter_map(|n| match n {
            Node::Outcome(o) => Some(o),
            Node::Question(_) => None,
        }) {
            let vars = outcome_vars(o);
            for s in &o.steps {
                let key = step(t, s.as_str());
                match steps.iter_mut().find(|(k, _, _)| *k == key) {
                    Some((_, shared, _)) => shared.retain(|v| vars.contains(v)),
                    None => steps.push((key, vars.clone(), format!("node {}", o.id))),
                }
            }
        }
        // A dated step's successors take its place, so they get its variables.
        let mut i = 0;
        while i < steps.len() {
            let (vars, owner) = (steps[i].1.clone(), steps[i].2.clone());
            let next = tree
                .steps
                .iter()
                .find(|d| step(t, d.id.as_str()) == steps[i].0)
                .and_then(|d| d.validity.successor.as_ref());
            if let Some(n) = next {
                let key = step(t, n.as_str());
                match steps.iter_mut().find(|(k, _, _)| *k == key) {
                    Some((_, shared, _)) => shared.retain(|v| vars.contains(v)),
                    None => steps.push((key, vars, owner)),
                }
            }
            i += 1;
        }
        for (key, vars, owner) in steps {
            push(key, true, &vars, &tree.file, owner);
        }
        // Things to bring take no variables: they are read aloud across the desk.
        let mut items: Vec<String> = Vec::new();
        for o in tree.nodes.iter().filter_map(|n| match n {
            Node::Outcome(o) => Some(o),
            Node::Question(_) => None,
        }) {
            for i in &o.bring {
                let key = bring(t, i.as_str());
                if !items.contains(&key) {
                    items.push(key.clone());
                    push(key, true, &[], &tree.file, format!("node {}", o.id));
                }
            }
        }
    }
    for c in &catalog.contacts {
        let id = c.id.as_str();
        push(
            contact_name(id),
            true,
            &[],
            &c.file,
            format!("contact {id}"),
        );
        push(
            contact_about(id),
            false,
            &[],
            &c.file,
            format!("contact {id}"),
        );
        push(
            contact_hours(id),
            c.hours,
            &[],
            &c.file,
            format!("contact {id}"),
        );
    }
    for l in &catalog.links {
        push(
            link(l.id.as_str()),
            true,
            &[],
            &l.file,
            format!("link {}", l.id),
        );
    }
    let mut bodies = Vec::new();
    for e in &catalog.events {
        if let Some(p) = &e.proposal {
            let vars = EVENT_PENDING_VARS.map(str::to_owned);
            let owner = format!("event {}", e.id);
            push(event_pending(&e.id), true, &vars, &e.file, owner.clone());
            if !bodies.contains(&p.by) {
                bodies.push(p.by);
                push(body(p.by), true, &[], &e.file, owner);
            }
        }
    }
    for f in &catalog.facts {
        let vars = [FACT_VALUE_VAR.to_owned()];
        push(
            fact(f.id.as_str()),
            true,
            &vars,
            &f.file,
            format!("fact {}", f.id),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_join_ids_with_hyphens() {
        assert_eq!(node("registration", "has-id"), "registration-has-id");
        assert_eq!(
            option("registration", "has-id", "yes"),
            "registration-has-id-yes"
        );
        assert_eq!(
            step("registration", "bring-id"),
            "registration-step-bring-id"
        );
        assert_eq!(contact_hours("luisterlijn"), "contact-luisterlijn-hours");
        assert_eq!(
            bring("registration", "passport"),
            "registration-bring-passport"
        );
    }
}
