//! `cargo xtask content-report`: the content's dates as of "today" (`HULPWIJZER_TODAY`, else
//! the system date). Lists every problem (content ending within 60 days without a successor
//! is an error here, a warning in builds; a legal event within 60 days that was not confirmed
//! in the last 30 is an error everywhere), the legal events, every day on which content changes, and every
//! source by the age of its check or page, with how it was checked (live, copy, document). Fails when there is an error.

use crate::cmd::root;
use hulpwijzer_core::check::{Check, CheckMethod};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::load::{check_project, today, Project};
use hulpwijzer_core::time_rules::{changes, check_dates, Strictness};
use hulpwijzer_core::validate::{has_errors, Severity};

/// One source with what relies on it.
pub(crate) struct Source {
    pub(crate) date: Option<Date>,
    pub(crate) how: CheckMethod,
    url: String,
    pub(crate) owner: String,
}

pub(crate) fn sources(p: &Project) -> Vec<Source> {
    let mut out = Vec::new();
    let c = &p.catalog;
    let mut add = |check: Check, url: &str, owner: String| {
        out.push(Source {
            date: check.date,
            how: check.method,
            url: url.to_owned(),
            owner,
        });
    };
    for f in &c.facts {
        add(
            f.provenance.checked,
            &f.provenance.source,
            format!("fact {}", f.id),
        );
    }
    for x in &c.contacts {
        add(
            x.provenance.checked,
            &x.provenance.source,
            format!("contact {}", x.id),
        );
    }
    for l in &c.links {
        add(l.checked, &l.url, format!("link {}", l.id));
    }
    for h in &p.hubs.all {
        add(h.checked, &h.source, format!("hub {}", h.id));
    }
    for m in p.directory.municipalities() {
        if let Some(l) = &m.local {
            add(l.checked, &l.source, format!("municipality {}", m.code));
            if let Some(g) = &l.leefgeld {
                add(
                    g.checked,
                    &g.source,
                    format!("municipality {} leefgeld", m.code),
                );
            }
            if let Some(place) = &l.meeting_place {
                add(
                    place.checked,
                    &place.source,
                    format!("municipality {} place", m.code),
                );
            }
        }
    }
    // Undated copies and documents first (their age is unknown), then oldest first.
    out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.url.cmp(&b.url)));
    out
}

/// Prints the report; an error when any content problem is an error.
pub fn run(_args: &[String]) -> Result<(), String> {
    let today = today()?;
    println!("content report as of {today}\n");
    let project = check_project(&root(), today.date).map_err(|p| {
        p.iter().for_each(|p| eprintln!("{p}"));
        format!("content does not load: {} problems", p.len())
    })?;
    let mut problems = project.problems.clone();
    let strict = check_dates(&project.catalog, today.date, Strictness::Report);
    problems.retain(|p| {
        !strict
            .iter()
            .any(|s| s.file == p.file && s.node == p.node && s.message == p.message)
    });
    problems.extend(strict);
    problems.sort();
    problems.dedup();
    println!("## Problems ({})", problems.len());
    for p in &problems {
        println!("{p}");
    }
    println!("\n## Legal events ({})", project.catalog.events.len());
    for e in &project.catalog.events {
        e.report(today.date)
            .iter()
            .for_each(|line| println!("{line}"));
    }
    println!("\n## Days on which content changes");
    for ch in changes(&project.catalog) {
        let when = today.date.days_until(ch.day);
        println!("{} (in {when} days)  {}  [{}]", ch.day, ch.what, ch.file);
    }
    println!("\n## Sources by age (oldest first)");
    for s in sources(&project) {
        let (age, date) = match s.date {
            Some(d) => (d.days_until(today.date).to_string(), d.to_string()),
            None => ("?".to_owned(), "date unknown".to_owned()),
        };
        println!(
            "{age:>5} days  {:?} {date}  {}  ({})",
            s.how, s.url, s.owner
        );
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    if has_errors(&problems) {
        Err(format!("{errors} content error(s); see above"))
    } else {
        Ok(())
    }
}
