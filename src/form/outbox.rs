//! Submissions waiting on the device until the endpoint acknowledges them, and how an
//! answer of the endpoint is understood.
//!
//! The outbox lives in [`storage`], which keeps every value in memory as well as on the
//! device: when the phone refuses storage, a pending offer is still in memory and is
//! sent all the same; the write's error only tells the host that no copy stays behind.

use crate::storage::{self, StorageError};
use hulpwijzer_core::form::{FieldErrors, HostInterest, FORM};
use hulpwijzer_core::json::{Json, ObjectWriter};

const OUTBOX: &str = "hulpwijzer.host-interest.outbox";
const SENT: &str = "hulpwijzer.host-interest.sent";

/// Longest wait between two attempts.
pub const MAX_BACKOFF_MS: u32 = 60_000;

/// One submission on its way: the JSON body, sent unchanged on every attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    /// Its idempotency key (also inside `body`).
    pub key: String,
    /// The `HostInterest` as JSON.
    pub body: String,
}

impl Pending {
    /// A submission of `form`.
    pub fn new(form: &HostInterest) -> Pending {
        Pending {
            key: form.idempotency_key.clone(),
            body: form.to_json(),
        }
    }
}

/// An acknowledged submission, kept so the host can see (and later withdraw) it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sent {
    /// The endpoint's reference (`KTR-527`).
    pub reference: String,
    /// The idempotency key, the proof for withdrawing.
    pub key: String,
}

/// A list on the device that could not be read (it has been removed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unreadable;

/// A list stored as `[{a: …, b: …}, …]` with string members `a` and `b`; `None` when
/// unreadable.
fn parse_pairs(text: &str, a: &str, b: &str) -> Option<Vec<(String, String)>> {
    let items = Json::parse(text).and_then(|list| {
        list.as_array()?
            .iter()
            .map(|item| {
                let member = |name| item.get(name)?.as_str().map(str::to_owned);
                Some((member(a)?, member(b)?))
            })
            .collect::<Option<Vec<_>>>()
    });
    items
}

/// `items` in the shape [`parse_pairs`] reads.
fn format_pairs<'s>(a: &str, b: &str, items: impl Iterator<Item = (&'s str, &'s str)>) -> String {
    let mut out = String::from("[");
    for (i, (va, vb)) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let mut o = ObjectWriter::new(&mut out);
        o.str(a, va);
        o.str(b, vb);
        o.end();
    }
    out.push(']');
    out
}

/// The list under `key` (empty when none is stored); an unreadable one is removed.
fn read(key: &str, a: &str, b: &str) -> Result<Vec<(String, String)>, Unreadable> {
    let Some(text) = storage::get(key) else {
        return Ok(Vec::new());
    };
    parse_pairs(&text, a, b).ok_or_else(|| {
        // Kept for this visit either way; a failed removal changes nothing for the host.
        let _ = storage::remove(key);
        Unreadable
    })
}

fn write<'s>(
    key: &str,
    a: &str,
    b: &str,
    items: impl Iterator<Item = (&'s str, &'s str)>,
) -> Result<(), StorageError> {
    storage::set(key, &format_pairs(a, b, items))
}

/// What happened to a change of the outbox or the sent list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// The list on the device could not be read and was replaced.
    pub unreadable: bool,
    /// The device refused the write (the change is kept in memory for this visit).
    pub refused: Option<StorageError>,
}

/// Whether anything is stored under the outbox's key, without reading or repairing it
/// (the sender reads it, and reports it when it is unreadable).
pub fn has_stored() -> bool {
    crate::storage::get(OUTBOX).is_some_and(|v| !v.trim().is_empty())
}

/// The submissions waiting to be sent.
///
/// # Errors
/// [`Unreadable`] when the stored outbox is corrupt (it has been removed).
pub fn pending() -> Result<Vec<Pending>, Unreadable> {
    Ok(read(OUTBOX, "key", "body")?
        .into_iter()
        .map(|(key, body)| Pending { key, body })
        .collect())
}

fn write_pending(all: &[Pending]) -> Result<(), StorageError> {
    let items = all.iter().map(|p| (p.key.as_str(), p.body.as_str()));
    write(OUTBOX, "key", "body", items)
}

/// Changes the outbox with `change`.
fn change_pending(change: impl FnOnce(&mut Vec<Pending>)) -> Written {
    let (mut all, unreadable) = match pending() {
        Ok(all) => (all, false),
        Err(Unreadable) => (Vec::new(), true),
    };
    change(&mut all);
    Written {
        unreadable,
        refused: write_pending(&all).err(),
    }
}

/// Adds `item` unless one with its key is already waiting.
pub fn push(item: Pending) -> Written {
    change_pending(|all| {
        if !all.iter().any(|p| p.key == item.key) {
            all.push(item);
        }
    })
}

/// Removes the submission with `key`.
pub fn remove(key: &str) -> Written {
    change_pending(|all| all.retain(|p| p.key != key))
}

/// Remembers an acknowledged submission.
pub fn remember_sent(sent: Sent) -> Written {
    let (mut all, unreadable) = match read(SENT, "reference", "key") {
        Ok(all) => (all, false),
        Err(Unreadable) => (Vec::new(), true),
    };
    if !all.iter().any(|(_, key)| *key == sent.key) {
        all.push((sent.reference, sent.key));
    }
    let items = all.iter().map(|(r, k)| (r.as_str(), k.as_str()));
    Written {
        unreadable,
        refused: write(SENT, "reference", "key", items).err(),
    }
}

/// What an answer of the endpoint means for a submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Stored (201) or stored before (200): its reference.
    Received(String),
    /// Refused for good (422 with the errors; 400, 413 and 415 as `form: malformed`).
    Rejected(FieldErrors),
    /// Try again later: network error, 429 (with `Retry-After`, ms), 5xx, 408.
    Retry(Option<u32>),
}

/// Classifies an HTTP answer.
pub fn classify(status: u16, body: &str, retry_after: Option<&str>) -> Outcome {
    match status {
        200 | 201 => match Json::parse(body)
            .as_ref()
            .and_then(|r| r.get("reference")?.as_str())
        {
            Some(r) if !r.is_empty() => Outcome::Received(r.to_owned()),
            _ => Outcome::Retry(None),
        },
        422 => Outcome::Rejected(
            Json::parse(body)
                .as_ref()
                .and_then(|r| FieldErrors::from_json(r.get("errors")?))
                .filter(|e| !e.is_empty())
                .unwrap_or_else(|| FieldErrors::single(FORM, "malformed")),
        ),
        400 | 413 | 415 => Outcome::Rejected(FieldErrors::single(FORM, "malformed")),
        429 => Outcome::Retry(
            retry_after
                .and_then(|s| s.trim().parse::<u32>().ok())
                .map(|s| s.saturating_mul(1000).min(MAX_BACKOFF_MS)),
        ),
        _ => Outcome::Retry(None),
    }
}

/// The wait before attempt `attempt + 1` after `attempt` failures: 2 s, 4 s, 8 s, … at most 60 s.
pub fn backoff_ms(attempt: u32) -> u32 {
    2000u32
        .checked_shl(attempt.min(16))
        .unwrap_or(MAX_BACKOFF_MS)
        .min(MAX_BACKOFF_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_a_minute() {
        let waits: Vec<u32> = (0..8).map(backoff_ms).collect();
        assert_eq!(waits, [2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
        assert_eq!(backoff_ms(40), 60000);
    }

    #[test]
    fn lists_round_trip_and_read_the_serde_format() {
        let old = r#"[{"key":"k1","body":"{\"a\":1}"},{"key":"k2","body":"x"}]"#;
        let items = parse_pairs(old, "key", "body").unwrap_or_default();
        assert_eq!(
            items,
            [
                ("k1".to_owned(), "{\"a\":1}".to_owned()),
                ("k2".to_owned(), "x".to_owned())
            ]
        );
        let text = format_pairs(
            "key",
            "body",
            items.iter().map(|(a, b)| (a.as_str(), b.as_str())),
        );
        assert_eq!(text, old);
        assert_eq!(format_pairs("key", "body", std::iter::empty()), "[]");
        assert_eq!(parse_pairs("[{\"key\":\"k\"}]", "key", "body"), None);
        assert_eq!(parse_pairs("garbage", "key", "body"), None);
        assert_eq!(parse_pairs("[]", "key", "body"), Some(Vec::new()));
    }

    #[test]
    fn answers_are_classified() {
        let ok = r#"{"reference":"KTR-527","created":true}"#;
        assert_eq!(classify(201, ok, None), Outcome::Received("KTR-527".into()));
        assert_eq!(classify(200, ok, None), Outcome::Received("KTR-527".into()));
        assert_eq!(classify(201, "{}", None), Outcome::Retry(None));
        let refused = classify(
            422,
            r#"{"errors":{"name":["invalid"],"email":["contact-required"]}}"#,
            None,
        );
        let Outcome::Rejected(e) = refused else {
            panic!("not rejected")
        };
        assert!(e.has("name", "invalid") && e.has("email", "contact-required"));
        assert_eq!(
            classify(422, "nonsense", None),
            Outcome::Rejected(FieldErrors::single("form", "malformed"))
        );
        assert_eq!(
            classify(413, "", None),
            Outcome::Rejected(FieldErrors::single("form", "malformed"))
        );
        assert_eq!(classify(429, "", Some("7")), Outcome::Retry(Some(7000)));
        assert_eq!(classify(429, "", Some("3600")), Outcome::Retry(Some(60000)));
        assert_eq!(classify(503, "", None), Outcome::Retry(None));
        assert_eq!(classify(0, "", None), Outcome::Retry(None));
    }
}
