//! Dates are data: facts, contacts, steps and outcomes can hold from a day, until a day,
//! and name a successor that takes over the day after. This module answers, for a given
//! date, which variant holds and so which Fluent keys a page shows.
//!
//! The pre-rendered pages use the build date; the browser switches to the device's date
//! once the app runs. Both call [`outcome_on`] with their date.

use crate::date::Date;
use crate::ids::{FactId, StepId};
use crate::keys;
use crate::model::{Catalog, Contact, Fact, Link, Node, Outcome, Tree};
use serde::{Deserialize, Serialize};

/// When something holds, and what takes over after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validity<I> {
    /// The first day it holds, if it starts later than the content.
    pub from: Option<Date>,
    /// The last day it holds, if it ends.
    pub until: Option<Date>,
    /// What holds from the day after `until` (it must start on that day).
    pub successor: Option<I>,
}

impl<I> Default for Validity<I> {
    fn default() -> Self {
        Validity {
            from: None,
            until: None,
            successor: None,
        }
    }
}

impl<I> Validity<I> {
    /// Whether it holds on `day`.
    pub fn holds_on(&self, day: Date) -> bool {
        self.from.is_none_or(|f| f <= day) && self.until.is_none_or(|u| day <= u)
    }

    /// Whether `day` is after its last day.
    pub fn ended_before(&self, day: Date) -> bool {
        self.until.is_some_and(|u| u < day)
    }
}

/// A step whose validity is declared in its tree file (`[[step]]`); undeclared steps always hold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DatedStep {
    /// The step id.
    pub id: StepId,
    /// When it holds and what follows it.
    pub validity: Validity<StepId>,
}

/// Follows successors from `start` while the current one has ended before `day`.
/// Stops at a missing successor or a cycle (the validator reports both).
pub fn follow<'a, T, I: PartialEq + 'a>(
    start: &'a T,
    day: Date,
    validity: impl Fn(&'a T) -> &'a Validity<I>,
    find: impl Fn(&I) -> Option<&'a T>,
) -> &'a T {
    let mut current = start;
    for _ in 0..16 {
        let v = validity(current);
        match (&v.successor, v.ended_before(day)) {
            (Some(next), true) => match find(next) {
                Some(n) => current = n,
                None => break,
            },
            _ => break,
        }
    }
    current
}

/// The fact that holds on `day` in place of fact `id` (itself, or a successor).
pub fn fact_on<'a>(catalog: &'a Catalog, id: &str, day: Date) -> Option<&'a Fact> {
    let start = catalog.fact(id)?;
    Some(follow(
        start,
        day,
        |f| &f.validity,
        |s| catalog.fact(s.as_str()),
    ))
}

/// The contact that holds on `day` in place of contact `id`.
pub fn contact_on<'a>(catalog: &'a Catalog, id: &str, day: Date) -> Option<&'a Contact> {
    let start = catalog.contact(id)?;
    Some(follow(
        start,
        day,
        |c| &c.validity,
        |s| catalog.contact(s.as_str()),
    ))
}

/// The step shown on `day` in place of step `id` of `tree`, or `None` when it does not hold.
pub fn step_on<'a>(tree: &'a Tree, id: &'a StepId, day: Date) -> Option<&'a StepId> {
    let Some(start) = tree.steps.iter().find(|s| s.id == *id) else {
        return Some(id);
    };
    let step = follow(
        start,
        day,
        |s| &s.validity,
        |n| tree.steps.iter().find(|s| s.id == *n),
    );
    step.validity.holds_on(day).then_some(&step.id)
}

/// The outcome shown on `day` where `outcome` is reached (itself, or a successor).
pub fn outcome_node_on<'a>(tree: &'a Tree, outcome: &'a Outcome, day: Date) -> &'a Outcome {
    let find = |id: &crate::ids::NodeId| match tree.node(id.as_str()) {
        Some(Node::Outcome(o)) => Some(o),
        _ => None,
    };
    follow(outcome, day, |o| &o.validity, find)
}

/// What an outcome page shows on one day: its message keys, contacts, links and facts.
#[derive(Clone, Debug, PartialEq)]
pub struct OutcomeOn<'a> {
    /// The outcome that holds (its id derives the heading and intro keys).
    pub outcome: &'a Outcome,
    /// The heading's message key.
    pub heading_key: String,
    /// The intro's message key (optional in the locales).
    pub intro_key: String,
    /// The checklist's message keys, in order; steps not holding that day are left out.
    pub step_keys: Vec<String>,
    /// What to bring to the desk: message keys, in order.
    pub bring_keys: Vec<String>,
    /// The contacts that hold that day.
    pub contacts: Vec<&'a Contact>,
    /// The links.
    pub links: Vec<&'a Link>,
    /// Each message variable (the fact id the outcome lists) with the fact that holds that
    /// day: its value fills the variable.
    pub fact_vars: Vec<(&'a FactId, &'a Fact)>,
    /// The facts shown under "Sources": those that hold that day.
    pub sources: Vec<&'a Fact>,
}

impl OutcomeOn<'_> {
    /// Whether `other` (the same outcome on another day) shows something else: another
    /// outcome, other steps, contacts, links or facts. A page rendered for one day and read on
    /// another says so only then.
    pub fn differs_from(&self, other: &OutcomeOn<'_>) -> bool {
        !std::ptr::eq(self.outcome, other.outcome)
            || self.step_keys != other.step_keys
            || self.bring_keys != other.bring_keys
            || !same_refs(&self.contacts, &other.contacts)
            || !same_refs(&self.links, &other.links)
            || !same_refs(&self.sources, &other.sources)
            || self.fact_vars.len() != other.fact_vars.len()
            || self
                .fact_vars
                .iter()
                .zip(&other.fact_vars)
                .any(|(a, b)| !std::ptr::eq(a.1, b.1))
    }
}

/// Whether both lists hold the same items of the catalog, in the same order.
fn same_refs<T>(a: &[&T], b: &[&T]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| std::ptr::eq(*x, *y))
}

/// Everything an outcome page shows on `day`, with the keys from [`crate::keys`].
pub fn outcome_on<'a>(
    catalog: &'a Catalog,
    tree: &'a Tree,
    outcome: &'a Outcome,
    day: Date,
) -> OutcomeOn<'a> {
    let o = outcome_node_on(tree, outcome, day);
    let t = tree.id.as_str();
    let fact_vars: Vec<(&FactId, &Fact)> = o
        .facts
        .iter()
        .filter_map(|id| fact_on(catalog, id.as_str(), day).map(|f| (id, f)))
        .collect();
    let mut sources: Vec<&Fact> = Vec::new();
    for (_, f) in &fact_vars {
        if f.validity.holds_on(day) && !sources.iter().any(|s| s.id == f.id) {
            sources.push(f);
        }
    }
    OutcomeOn {
        outcome: o,
        heading_key: keys::node(t, o.id.as_str()),
        intro_key: keys::outcome_intro(t, o.id.as_str()),
        step_keys: o
            .steps
            .iter()
            .filter_map(|s| step_on(tree, s, day))
            .map(|s| keys::step(t, s.as_str()))
            .collect(),
        bring_keys: o.bring.iter().map(|i| keys::bring(t, i.as_str())).collect(),
        contacts: o
            .contacts
            .iter()
            .filter_map(|c| contact_on(catalog, c.as_str(), day))
            .filter(|c| c.validity.holds_on(day))
            .collect(),
        links: o
            .links
            .iter()
            .filter_map(|l| catalog.link(l.as_str()))
            .collect(),
        fact_vars,
        sources,
    }
}
