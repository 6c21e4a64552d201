//! Reading [`super::EVENTS_TOML`], putting event dates in place of `event:`/`after:` names
//! in content files, and finding literal event dates anywhere else in `content/`.

use super::{Body, Dependent, Event, EventStatus, Proposal, AFTER_PREFIX, EVENTS_TOML, ON_PREFIX};
use crate::date::Date;
use crate::ids::LinkId;
use crate::validate::Problem;
use serde::Deserialize;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventsFile {
    #[serde(default, rename = "event")]
    events: Vec<EventFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventFile {
    id: String,
    /// Date, status, source and confirmation on one line, so that adopting a change is one edit.
    holds: HoldsFile,
    proposal: Option<ProposalFile>,
    #[serde(default)]
    check_at: Vec<String>,
    #[serde(default)]
    rule_phrases: Vec<String>,
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
enum StatusWord {
    Decided,
    Proposed,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HoldsFile {
    date: Date,
    status: StatusWord,
    by: Option<Body>,
    proposed: Option<Date>,
    source: String,
    confirmed: Date,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProposalFile {
    date: Date,
    by: Body,
    proposed: Date,
    source: String,
}

/// Reads the events (none when the file does not exist).
///
/// # Errors
/// The file cannot be read or parsed, or a proposed status lacks `by` and `proposed`.
pub fn load_events(root: &Path) -> Result<Vec<Event>, Problem> {
    let path = root.join(EVENTS_TOML);
    if !path.exists() {
        return Ok(Vec::new());
    }
    let text = fs::read_to_string(&path)
        .map_err(|e| Problem::error(EVENTS_TOML, format!("cannot read: {e}")))?;
    let file: EventsFile = toml::from_str(&text)
        .map_err(|e| Problem::error(EVENTS_TOML, format!("invalid TOML: {}", e.message())))?;
    let mut out: Vec<Event> = Vec::new();
    for e in file.events {
        let h = e.holds;
        let status = match (h.status, h.by, h.proposed) {
            (StatusWord::Decided, None, None) => EventStatus::Decided,
            (StatusWord::Proposed, Some(by), Some(on)) => EventStatus::Proposed { by, on },
            _ => {
                return Err(Problem::error(
                    EVENTS_TOML,
                    "status \"proposed\" needs `by` and `proposed`; \"decided\" takes neither",
                )
                .at(format!("event {}", e.id)))
            }
        };
        if out.iter().any(|x| x.id == e.id) || !crate::ids::is_valid_id(&e.id) {
            return Err(Problem::error(EVENTS_TOML, "duplicate or invalid event id")
                .at(format!("event {}", e.id)));
        }
        out.push(Event {
            id: e.id,
            date: h.date,
            status,
            source: h.source,
            confirmed: h.confirmed,
            proposal: e.proposal.map(|p| Proposal {
                date: p.date,
                by: p.by,
                on: p.proposed,
                source: p.source,
            }),
            check_at: e.check_at.into_iter().map(LinkId).collect(),
            rule_phrases: e.rule_phrases,
            dependents: Vec::new(),
            file: EVENTS_TOML.to_owned(),
        });
    }
    Ok(out)
}

/// The day a content value names: `event:<id>` (the event's day), `after:<id>` (the day after),
/// or a literal `YYYY-MM-DD`. `None` for an unknown event or a malformed date.
pub fn resolve_day(events: &[Event], text: &str) -> Option<Date> {
    let find = |id: &str| events.iter().find(|e| e.id == id);
    if let Some(id) = text.strip_prefix(ON_PREFIX) {
        return find(id).map(|e| e.date);
    }
    if let Some(id) = text.strip_prefix(AFTER_PREFIX) {
        return find(id).map(Event::day_after);
    }
    Date::parse(text).ok()
}

/// Who a value belongs to: the innermost table of an array (`[[fact]]`) with an `id`.
fn owner_of(array: &str, table: &toml::Table, fallback: &str) -> String {
    let kind = match array {
        "outcome" | "question" => "node",
        other => other,
    };
    match table.get("id").and_then(|v| v.as_str()) {
        Some(id) => format!("{kind} {id}"),
        None => fallback.to_owned(),
    }
}

/// Replaces every `event:`/`after:` string in `value` by the date, recording who used it.
fn resolve(
    value: &mut toml::Value,
    owner: &str,
    file: &str,
    events: &mut [Event],
    problems: &mut Vec<Problem>,
) {
    match value {
        toml::Value::String(s) if s.starts_with(ON_PREFIX) || s.starts_with(AFTER_PREFIX) => {
            let id = s.split_once(':').map(|(_, id)| id).unwrap_or_default();
            match resolve_day(events, s) {
                Some(day) => {
                    if let Some(e) = events.iter_mut().find(|e| e.id == id) {
                        let d = Dependent {
                            file: file.to_owned(),
                            owner: owner.to_owned(),
                        };
                        if !e.dependents.contains(&d) {
                            e.dependents.push(d);
                        }
                    }
                    *s = day.to_string();
                }
                None => problems.push(
                    Problem::error(file, format!("{s:?} names no event in {EVENTS_TOML}"))
                        .at(owner.to_owned()),
                ),
            }
        }
        toml::Value::Array(items) => {
            for item in items {
                resolve(item, owner, file, events, problems);
            }
        }
        toml::Value::Table(t) => resolve_table(t, owner, file, events, problems),
        _ => {}
    }
}

fn resolve_table(
    table: &mut toml::Table,
    owner: &str,
    file: &str,
    events: &mut [Event],
    problems: &mut Vec<Problem>,
) {
    for (key, value) in table.iter_mut() {
        if let toml::Value::Array(items) = value {
            for item in items {
                let inner = match item {
                    toml::Value::Table(t) => owner_of(key, t, owner),
                    _ => owner.to_owned(),
                };
                resolve(item, &inner, file, events, problems);
            }
        } else {
            resolve(value, owner, file, events, problems);
        }
    }
}

/// Reads a content file with every event name replaced by its date; the events learn who
/// depends on them. An unknown event name is a problem naming file and node.
///
/// # Errors
/// The file cannot be read or parsed.
pub fn read_resolved<T: for<'de> Deserialize<'de>>(
    path: &Path,
    file: &str,
    events: &mut [Event],
    problems: &mut Vec<Problem>,
) -> Result<T, Problem> {
    let text =
        fs::read_to_string(path).map_err(|e| Problem::error(file, format!("cannot read: {e}")))?;
    let mut table: toml::Table = toml::from_str(&text)
        .map_err(|e| Problem::error(file, format!("invalid TOML: {}", e.message())))?;
    resolve_table(&mut table, "file", file, events, problems);
    table.try_into().map_err(|e: toml::de::Error| {
        Problem::error(file, format!("invalid TOML: {}", e.message()))
    })
}

fn toml_files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            toml_files_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}

fn literals(value: &toml::Value, owner: &str, out: &mut Vec<(String, String)>) {
    match value {
        toml::Value::String(s) => out.push((owner.to_owned(), s.clone())),
        toml::Value::Datetime(d) => out.push((owner.to_owned(), d.to_string())),
        toml::Value::Array(items) => items.iter().for_each(|i| literals(i, owner, out)),
        toml::Value::Table(t) => {
            for (key, v) in t {
                match v {
                    toml::Value::Array(items) => {
                        for item in items {
                            let inner = match item {
                                toml::Value::Table(t) => owner_of(key, t, owner),
                                _ => owner.to_owned(),
                            };
                            literals(item, &inner, out);
                        }
                    }
                    _ => literals(v, owner, out),
                }
            }
        }
        _ => {}
    }
}

/// Every value in `content/**/*.toml` outside [`EVENTS_TOML`] that writes an event's date
/// or the day after it (`2027-03-04`, `2027-03-05`) literally, notes included: such a date
/// would not move with the event. A problem names file and node.
pub fn check_literal_dates(root: &Path, events: &[Event]) -> Vec<Problem> {
    let mut files = Vec::new();
    toml_files_under(&root.join("content"), &mut files);
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let file = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string();
        if file == EVENTS_TOML {
            continue;
        }
        let Ok(value) = fs::read_to_string(&path)
            .map_err(|_| ())
            .and_then(|t| toml::from_str::<toml::Value>(&t).map_err(|_| ()))
        else {
            continue; // the loaders report unreadable files
        };
        let mut found = Vec::new();
        literals(&value, "file", &mut found);
        for (owner, text) in found {
            for e in events {
                for (day, name) in [(e.date, ON_PREFIX), (e.day_after(), AFTER_PREFIX)] {
                    if text.contains(&day.to_string()) {
                        out.push(
                            Problem::error(
                                &file,
                                format!(
                                    "writes {day}, the date of event {}, literally: write \"{name}{}\"",
                                    e.id, e.id
                                ),
                            )
                            .at(owner.clone()),
                        );
                    }
                }
            }
        }
    }
    out
}
