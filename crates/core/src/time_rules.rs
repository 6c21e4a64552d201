//! The validator's rules for time. Content that ends has a successor that starts the day
//! after; then the calendar alone never fails a build:
//! - ended with a successor: fine;
//! - in use, ended without a successor: an error;
//! - in use, ending within [`EXPIRY_WARNING_DAYS`] without a successor: a warning in every
//!   build, an error in `cargo xtask content-report` ([`Strictness::Report`]).

use crate::date::Date;
use crate::dated::Validity;
use crate::model::{Catalog, FactValue, Node, Outcome};
use crate::validate::Problem;

/// Days before its end that content without a successor is reported.
pub const EXPIRY_WARNING_DAYS: i64 = 60;

/// How strictly the end of content is judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strictness {
    /// Builds and tests: content ending soon without a successor is a warning.
    Build,
    /// The content report: it is an error.
    Report,
}

/// One dated thing to judge: where it is, whether it is used, its validity, and the
/// validity of its successor (`None` inside when the successor does not exist).
struct Item<'a> {
    file: &'a str,
    owner: String,
    in_use: bool,
    from: Option<Date>,
    until: Option<Date>,
    successor: Option<(&'a str, Option<Option<Date>>)>,
}

fn judge(item: &Item<'_>, today: Date, strictness: Strictness, out: &mut Vec<Problem>) {
    let err = |m: String| Problem::error(item.file, m).at(item.owner.clone());
    if let (Some(f), Some(u)) = (item.from, item.until) {
        if f > u {
            out.push(err(format!("valid_from {f} is after valid_until {u}")));
        }
    }
    match (item.successor, item.until) {
        (Some((s, _)), None) => out.push(err(format!(
            "has successor {s} but no valid_until: say when it ends"
        ))),
        (Some((s, None)), Some(_)) => out.push(err(format!("successor {s} does not exist"))),
        (Some((s, Some(from))), Some(u)) => {
            let next = Date::from_days_since_epoch(u.days_since_epoch() + 1);
            if from != Some(next) {
                out.push(err(format!(
                    "successor {s} must have valid_from = {next}, the day after valid_until"
                )));
            }
        }
        (None, Some(u)) => {
            let left = today.days_until(u);
            if left < 0 && item.in_use {
                out.push(err(format!(
                    "ended on {u} and has no successor: add one that starts the day after, or stop using it"
                )));
            } else if left < 0 {
                out.push(err(format!("ended on {u} and is not used: remove it")).warning());
            } else if left <= EXPIRY_WARNING_DAYS && item.in_use {
                let p = err(format!(
                    "ends on {u}, in {left} days, without a successor: write what holds from the day after"
                ));
                out.push(match strictness {
                    Strictness::Build => p.warning(),
                    Strictness::Report => p,
                });
            }
        }
        (None, None) => {}
    }
}

fn kind(v: &FactValue) -> u8 {
    match v {
        FactValue::Date(_) => 0,
        FactValue::EuroCents(_) => 1,
        FactValue::Phone(_) => 2,
        FactValue::Number(_) => 3,
        FactValue::Rule => 4,
    }
}

/// Whether `id` is shown after `until` (its last day): some outcome that still holds after
/// that day lists it, or lists a predecessor whose chain of successors reaches it.
fn shown_after<'a, I: AsRef<str> + 'a>(
    id: &str,
    until: Date,
    lists: &[(Option<Date>, Vec<&'a str>)],
    successor: impl Fn(&str) -> Option<&'a I>,
) -> bool {
    lists.iter().any(|(outcome_until, listed)| {
        outcome_until.is_none_or(|u| u > until)
            && listed.iter().any(|start| {
                let mut current = *start;
                for _ in 0..16 {
                    if current == id {
                        return true;
                    }
                    match successor(current) {
                        Some(next) => current = next.as_ref(),
                        None => break,
                    }
                }
                false
            })
    })
}

fn successor_of<I: AsRef<str>>(
    v: &Validity<I>,
    find: impl Fn(&str) -> Option<Option<Date>>,
) -> Option<(&str, Option<Option<Date>>)> {
    v.successor.as_ref().map(|s| (s.as_ref(), find(s.as_ref())))
}

/// Every problem with the dates of facts, contacts, steps and outcomes on `today`.
pub fn check_dates<'a>(c: &'a Catalog, today: Date, strictness: Strictness) -> Vec<Problem> {
    let mut out = Vec::new();
    let outcomes = || {
        c.trees
            .iter()
            .flat_map(|t| &t.nodes)
            .filter_map(|n| match n {
                Node::Outcome(o) => Some(o),
                Node::Question(_) => None,
            })
    };
    let lists = |pick: &dyn Fn(&'a Outcome) -> Vec<&'a str>| -> Vec<(Option<Date>, Vec<&'a str>)> {
        outcomes().map(|o| (o.validity.until, pick(o))).collect()
    };
    let fact_lists = lists(&|o| o.facts.iter().map(|f| f.as_str()).collect());
    let fact_next = |id: &str| c.fact(id).and_then(|f| f.validity.successor.as_ref());
    for f in &c.facts {
        let succ = successor_of(&f.validity, |s| c.fact(s).map(|x| x.validity.from));
        if let Some(next) = f
            .validity
            .successor
            .as_ref()
            .and_then(|s| c.fact(s.as_str()))
        {
            if kind(&next.value) != kind(&f.value) {
                out.push(
                    Problem::error(
                        &f.file,
                        format!("successor {} holds another kind of value", next.id),
                    )
                    .at(format!("fact {}", f.id)),
                );
            }
        }
        let item = Item {
            file: &f.file,
            owner: format!("fact {}", f.id),
            in_use: f
                .validity
                .until
                .is_some_and(|u| shown_after(f.id.as_str(), u, &fact_lists, fact_next)),
            from: f.validity.from,
            until: f.validity.until,
            successor: succ,
        };
        judge(&item, today, strictness, &mut out);
    }
    let contact_lists = lists(&|o| o.contacts.iter().map(|x| x.as_str()).collect());
    let contact_next = |id: &str| c.contact(id).and_then(|x| x.validity.successor.as_ref());
    for x in &c.contacts {
        let item = Item {
            file: &x.file,
            owner: format!("contact {}", x.id),
            in_use: x
                .validity
                .until
                .is_some_and(|u| shown_after(x.id.as_str(), u, &contact_lists, contact_next)),
            from: x.validity.from,
            until: x.validity.until,
            successor: successor_of(&x.validity, |s| c.contact(s).map(|y| y.validity.from)),
        };
        judge(&item, today, strictness, &mut out);
    }
    for t in &c.trees {
        let step = |id: &str| t.steps.iter().find(|s| s.id == *id);
        let step_lists: Vec<(Option<Date>, Vec<&str>)> = t
            .nodes
            .iter()
            .filter_map(|n| match n {
                Node::Outcome(o) => Some((
                    o.validity.until,
                    o.steps.iter().map(|s| s.as_str()).collect(),
                )),
                Node::Question(_) => None,
            })
            .collect();
        let step_next = |id: &str| step(id).and_then(|s| s.validity.successor.as_ref());
        let ever = Date {
            year: 0,
            month: 1,
            day: 1,
        };
        for s in &t.steps {
            let listed = shown_after(s.id.as_str(), ever, &step_lists, step_next);
            let item = Item {
                file: &t.file,
                owner: format!("step {}", s.id),
                in_use: s
                    .validity
                    .until
                    .is_some_and(|u| shown_after(s.id.as_str(), u, &step_lists, step_next)),
                from: s.validity.from,
                until: s.validity.until,
                successor: successor_of(&s.validity, |n| step(n).map(|x| x.validity.from)),
            };
            if !listed {
                out.push(
                    Problem::error(&t.file, "step is declared but no outcome uses it")
                        .at(item.owner.clone()),
                );
            }
            judge(&item, today, strictness, &mut out);
        }
        for n in &t.nodes {
            let Node::Outcome(o) = n else { continue };
            let find = |id: &str| match t.node(id) {
                Some(Node::Outcome(x)) => Some(x.validity.from),
                _ => None,
            };
            let item = Item {
                file: &t.file,
                owner: format!("node {}", o.id),
                in_use: true,
                from: o.validity.from,
                until: o.validity.until,
                successor: successor_of(&o.validity, find),
            };
            judge(&item, today, strictness, &mut out);
        }
    }
    out
}

/// A day on which what the portal shows changes.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// The first day of the new state.
    pub day: Date,
    /// The file the dated thing is in.
    pub file: String,
    /// What changes (`fact tp-end ends; fact tp-ended takes over`).
    pub what: String,
}

/// One thing shown with dates: a fact, contact, step or outcome.
struct Dated<'a> {
    file: &'a str,
    kind: &'static str,
    id: &'a str,
    from: Option<Date>,
    until: Option<Date>,
    successor: Option<&'a str>,
}

/// Calls `visit` with every fact, contact, step and outcome of the catalog and its dates.
/// One enumeration for the report ([`changes`]) and the check of a built bundle
/// ([`first_change_between`]).
fn each_dated<'a>(c: &'a Catalog, visit: &mut dyn FnMut(Dated<'a>)) {
    fn item<'a, I: AsRef<str>>(
        file: &'a str,
        kind: &'static str,
        id: &'a str,
        v: &'a Validity<I>,
    ) -> Dated<'a> {
        Dated {
            file,
            kind,
            id,
            from: v.from,
            until: v.until,
            successor: v.successor.as_ref().map(AsRef::as_ref),
        }
    }
    for f in &c.facts {
        visit(item(&f.file, "fact", f.id.as_str(), &f.validity));
    }
    for x in &c.contacts {
        visit(item(&x.file, "contact", x.id.as_str(), &x.validity));
    }
    for t in &c.trees {
        for s in &t.steps {
            visit(item(&t.file, "step", s.id.as_str(), &s.validity));
        }
        for n in &t.nodes {
            if let Node::Outcome(o) = n {
                visit(item(&t.file, "outcome", o.id.as_str(), &o.validity));
            }
        }
    }
}

/// The first day of what follows `until`.
fn day_after(until: Date) -> Date {
    Date::from_days_since_epoch(until.days_since_epoch() + 1)
}

/// Every day on which content starts or ends, sorted by day.
pub fn changes(c: &Catalog) -> Vec<Change> {
    let mut out = Vec::new();
    each_dated(c, &mut |d| {
        let owner = format!("{} {}", d.kind, d.id);
        if let Some(day) = d.from {
            out.push(Change {
                day,
                file: d.file.to_owned(),
                what: format!("{owner} starts"),
            });
        }
        if let Some(until) = d.until {
            let what = match d.successor {
                Some(n) => format!("{owner} ends; {n} takes over"),
                None => format!("{owner} ends (no successor)"),
            };
            out.push(Change {
                day: day_after(until),
                file: d.file.to_owned(),
                what,
            });
        }
    });
    out.sort();
    out
}

/// The first day after `shown` and up to `today` on which content changes: a bundle built
/// for `shown` and served on `today` shows what no longer holds (`cargo xtask stale`). `None`
/// when nothing changed.
pub fn first_change_between(c: &Catalog, shown: Date, today: Date) -> Option<Date> {
    let mut first: Option<Date> = None;
    each_dated(c, &mut |d| {
        for day in [d.from, d.until.map(day_after)].into_iter().flatten() {
            if day > shown && day <= today && first.is_none_or(|f| day < f) {
                first = Some(day);
            }
        }
    });
    first
}
