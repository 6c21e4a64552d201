//! Legal events as data (`content/events.toml`): a dated change in the law, such as the
//! last day of temporary protection (`tp-end`), with its status, source, the day it was
//! last confirmed, and a pending proposal that would move it.
//!
//! Content never writes such a date: it names the event (`"event:tp-end"` for the day
//! itself, `"after:tp-end"` for the day after), and the loader puts the event's date in
//! its place. Moving the event moves every fact, step, outcome and text with it.
//! [`check_events`] keeps the date from switching silently: an event within
//! [`CONFIRM_WITHIN_DAYS`] days that was not confirmed in the last [`CONFIRMED_FOR_DAYS`]
//! days is an error in every build.

use crate::date::Date;
use crate::ids::LinkId;
use crate::model::{Catalog, Node, Outcome, Tree};
use crate::validate::Problem;
use serde::{Deserialize, Serialize};

#[cfg(feature = "load")]
mod load;
mod rules;

pub use rules::check_rule_texts;

#[cfg(feature = "load")]
pub use load::{check_literal_dates, load_events, read_resolved, resolve_day};

/// The file that holds the events, relative to the project root.
pub const EVENTS_TOML: &str = "content/events.toml";

/// How a content value names the day of an event (`"event:tp-end"`).
pub const ON_PREFIX: &str = "event:";

/// How a content value names the day after an event (`"after:tp-end"`): the first day of
/// what holds once the event has passed.
pub const AFTER_PREFIX: &str = "after:";

/// An event closer than this many days must have been confirmed recently.
pub const CONFIRM_WITHIN_DAYS: i64 = 60;

/// A confirmation older than this many days does not count once the event is near.
pub const CONFIRMED_FOR_DAYS: i64 = 30;

/// Who proposes or decides a change in the law (a closed set).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Body {
    /// The European Commission.
    EuropeanCommission,
    /// The Council of the European Union.
    CouncilOfTheEu,
    /// The Dutch government.
    DutchGovernment,
}

impl Body {
    /// Every body, in declaration order.
    pub const ALL: [Body; 3] = [
        Body::EuropeanCommission,
        Body::CouncilOfTheEu,
        Body::DutchGovernment,
    ];

    /// The word used in the event file and in message keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Body::EuropeanCommission => "european-commission",
            Body::CouncilOfTheEu => "council-of-the-eu",
            Body::DutchGovernment => "dutch-government",
        }
    }
}

/// Whether the event's date is law.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventStatus {
    /// Decided: the date is in force.
    Decided,
    /// Only proposed, by `by` on `on`.
    Proposed {
        /// Who proposed it.
        by: Body,
        /// When.
        on: Date,
    },
}

/// A proposal that would move the event to another date and is not decided yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    /// The date the event would have.
    pub date: Date,
    /// Who proposed it.
    pub by: Body,
    /// The day it was proposed.
    pub on: Date,
    /// The page that reports it (https).
    pub source: String,
}

/// Something in the content whose date is the event's: `fact tp-end`, `node protection-now`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Dependent {
    /// The content file.
    pub file: String,
    /// What in it (`fact tp-end`, `node protection-now`, `step ind-appointment`).
    pub owner: String,
}

/// A dated legal event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// The event id (`tp-end`); content names it as `event:<id>`.
    pub id: String,
    /// The event's day (for an end: the last day, inclusive).
    pub date: Date,
    /// Decided or only proposed.
    pub status: EventStatus,
    /// The page that states the date and status (https).
    pub source: String,
    /// The last day someone confirmed date and status against the source.
    pub confirmed: Date,
    /// A pending proposal to move the event; one whose date is the event's date was adopted.
    pub proposal: Option<Proposal>,
    /// Links (registry ids) where readers check the current state.
    pub check_at: Vec<LinkId>,
    /// Dutch phrases that state a rule ending with the event ("recht op", "premie"): a text
    /// using one on a page whose facts end with the event must say when it holds
    /// ([`check_rule_texts`]).
    pub rule_phrases: Vec<String>,
    /// What in the content takes its date from the event (filled by the loader).
    pub dependents: Vec<Dependent>,
    /// The file it came from.
    pub file: String,
}

impl Event {
    /// The day after the event: the first day of what follows it.
    pub fn day_after(&self) -> Date {
        Date::from_days_since_epoch(self.date.days_since_epoch() + 1)
    }

    /// The proposal, while it is pending (one that moves the event to its own date was adopted).
    pub fn pending(&self) -> Option<&Proposal> {
        self.proposal.as_ref().filter(|p| p.date != self.date)
    }

    /// What the content report says about the event on `today`: date, status, confirmation,
    /// pending proposal and how much content names it, one line each.
    pub fn report(&self, today: Date) -> Vec<String> {
        let status = match self.status {
            EventStatus::Decided => "decided".to_owned(),
            EventStatus::Proposed { by, on } => format!("proposed by {} on {on}", by.as_str()),
        };
        let mut out = vec![
            format!(
                "event {}: {} (in {} days), {status}, source {}",
                self.id,
                self.date,
                today.days_until(self.date),
                self.source
            ),
            format!(
                "  confirmed on {} ({} days ago)",
                self.confirmed,
                self.confirmed.days_until(today)
            ),
        ];
        if let Some(p) = self.pending() {
            out.push(format!(
                "  pending: proposed by {} on {} to move it to {} ({})",
                p.by.as_str(),
                p.on,
                p.date,
                p.source
            ));
        }
        out.push(format!(
            "  named by {} item(s) of content",
            self.dependents.len()
        ));
        out
    }

    /// Whether `owner` (`fact x`, `node y`, `step z`) in `file` takes its date from this event.
    /// Facts and contacts have ids unique over the registry, so their file is not compared.
    pub fn has_dependent(&self, file: &str, owner: &str) -> bool {
        let global = owner.starts_with("fact ") || owner.starts_with("contact ");
        self.dependents
            .iter()
            .any(|d| d.owner == owner && (global || d.file == file))
    }
}

/// The events with a pending proposal that the outcome page depends on: the outcome itself,
/// one of its steps, or one of its facts takes its date from the event.
pub fn pending_for<'a>(catalog: &'a Catalog, tree: &Tree, outcome: &Outcome) -> Vec<&'a Event> {
    catalog
        .events
        .iter()
        .filter(|e| e.pending().is_some())
        .filter(|e| {
            let file = tree.file.as_str();
            e.has_dependent(file, &format!("node {}", outcome.id))
                || outcome
                    .steps
                    .iter()
                    .any(|s| e.has_dependent(file, &format!("step {s}")))
                || outcome
                    .facts
                    .iter()
                    .any(|f| e.has_dependent(file, &format!("fact {f}")))
                || tree.nodes.iter().any(|n| match n {
                    // A predecessor that ends on the event leads here.
                    Node::Outcome(o) => {
                        o.validity.successor.as_ref() == Some(&outcome.id)
                            && e.has_dependent(file, &format!("node {}", o.id))
                    }
                    Node::Question(_) => false,
                })
        })
        .collect()
}

/// Every problem with the events on `today`: an event near and not recently confirmed (an
/// error), a confirmation after `today` (a warning), an unknown link, an adopted proposal still listed, an event
/// nothing depends on.
pub fn check_events(catalog: &Catalog, today: Date) -> Vec<Problem> {
    let mut out = Vec::new();
    for e in &catalog.events {
        let owner = format!("event {}", e.id);
        let err = |m: String| Problem::error(&e.file, m).at(owner.clone());
        let left = today.days_until(e.date);
        let age = e.confirmed.days_until(today);
        if age < 0 {
            // A build previewed for an earlier day, or a typo: not a reason to stop a build.
            out.push(
                err(format!(
                    "confirmed on {}, which is after the day checked",
                    e.confirmed
                ))
                .warning(),
            );
        } else if (0..=CONFIRM_WITHIN_DAYS).contains(&left) && age > CONFIRMED_FOR_DAYS {
            out.push(err(format!(
                "is on {}, in {left} days, and was last confirmed on {} ({age} days ago): \
                 confirm its date and status against the source (and any pending proposal), \
                 then set `confirmed` to that day",
                e.date, e.confirmed
            )));
        }
        if let Some(p) = &e.proposal {
            if p.date == e.date {
                out.push(
                    err(format!(
                        "the proposal to move it to {} was adopted: remove the proposal",
                        p.date
                    ))
                    .warning(),
                );
            }
            if p.on > today {
                out.push(err(format!("proposal dated {}, in the future", p.on)));
            }
        }
        if let EventStatus::Proposed { on, .. } = e.status {
            if on > today {
                out.push(err(format!("proposed on {on}, in the future")));
            }
        }
        for l in e
            .check_at
            .iter()
            .filter(|l| catalog.link(l.as_str()).is_none())
        {
            out.push(err(format!("check_at names unknown link {l}")));
        }
        if e.pending().is_some() && e.check_at.is_empty() {
            out.push(err(
                "has a pending proposal: name in check_at where readers can check it".into(),
            ));
        }
        if e.dependents.is_empty() {
            out.push(err("nothing in the content names it: remove it".into()).warning());
        }
        for (what, url) in std::iter::once(("source", &e.source))
            .chain(e.proposal.as_ref().map(|p| ("proposal source", &p.source)))
        {
            if !url.starts_with("https://") {
                out.push(err(format!("{what} must be an https address")));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
