//! Submissions waiting on the device until the endpoint acknowledges them, and how an
//! answer of the endpoint is understood.
//!
//! The outbox lives in [`storage`], which keeps every value in memory as well as on the
//! device: when the phone refuses storage, a pending offer is still in memory and is
//! sent all the same; the write's error only tells the host that no copy stays behind.

use super::{references_of, OUTBOX, SENT, SENT_REFERENCES};
use crate::storage::{self, StorageError};
use hulpwijzer_core::form::{Code, Field, FieldErrors, HostInterest};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Longest wait between two attempts.
pub const MAX_BACKOFF_MS: u32 = 60_000;

/// One submission on its way: the JSON body, sent unchanged on every attempt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
            // A struct of strings, numbers and unit enums always serialises.
            body: serde_json::to_string(form).unwrap_or_default(),
        }
    }
}

/// An acknowledged submission, kept so the host can see (and withdraw) it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    /// The endpoint's reference (`KTR-527`).
    pub reference: String,
    /// The idempotency key, the proof for withdrawing.
    pub key: String,
    /// The municipality it was sent to (empty in lists kept before it was recorded).
    #[serde(default)]
    pub municipality: String,
    /// When the endpoint acknowledged it (ms since the epoch; 0 when not recorded).
    #[serde(default)]
    pub sent_ms: u64,
}

/// The municipality inside a pending body.
#[derive(Deserialize)]
struct BodyMunicipality {
    #[serde(default)]
    municipality: String,
}

impl Pending {
    /// The municipality this submission is for (empty when the body does not say).
    pub fn municipality(&self) -> String {
        serde_json::from_str::<BodyMunicipality>(&self.body)
            .map(|b| b.municipality)
            .unwrap_or_default()
    }
}

/// A list on the device that could not be read (it has been removed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unreadable;

/// The list under `key` (empty when none is stored); an unreadable one is removed.
fn read<T: DeserializeOwned>(key: &str) -> Result<Vec<T>, Unreadable> {
    let Some(text) = storage::get(key) else {
        return Ok(Vec::new());
    };
    serde_json::from_str(&text).map_err(|_| {
        // Kept for this visit either way; a failed removal changes nothing for the host.
        let _ = storage::remove(key);
        Unreadable
    })
}

fn write<T: Serialize>(key: &str, items: &[T]) -> Result<(), StorageError> {
    // Lists of structs of strings always serialise.
    storage::set(key, &serde_json::to_string(items).unwrap_or_default())
}

/// What happened to a change of the outbox or the sent list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// The list on the device could not be read and was replaced.
    pub unreadable: bool,
    /// The device refused the write (the change is kept in memory for this visit).
    pub refused: Option<StorageError>,
}

/// The submissions waiting to be sent.
///
/// # Errors
/// [`Unreadable`] when the stored outbox is corrupt (it has been removed).
pub fn pending() -> Result<Vec<Pending>, Unreadable> {
    read(OUTBOX)
}

fn write_pending(all: &[Pending]) -> Result<(), StorageError> {
    write(OUTBOX, all)
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

/// Writes the references of `all` for the portal's wasm (best effort: without them, its
/// pages do not tell of the offers sent).
fn write_references(all: &[Sent]) {
    let _ = match references_of(all) {
        Some(references) => storage::set(SENT_REFERENCES, &references),
        None => storage::remove(SENT_REFERENCES),
    };
}

/// Writes the list of the acknowledged submissions, their references first (another
/// tab reads those once it hears of the list).
fn write_sent(all: &[Sent]) -> Result<(), StorageError> {
    write_references(all);
    write(SENT, all)
}

/// Writes the references of the acknowledged submissions again, for a list kept before
/// they were written with it.
pub fn keep_references() {
    if let Ok(all) = sent() {
        write_references(&all);
    }
}

/// Remembers an acknowledged submission.
pub fn remember_sent(sent: Sent) -> Written {
    let (mut all, unreadable) = match read::<Sent>(SENT) {
        Ok(all) => (all, false),
        Err(Unreadable) => (Vec::new(), true),
    };
    if !all.iter().any(|s| s.key == sent.key) {
        all.push(sent);
    }
    Written {
        unreadable,
        refused: write_sent(&all).err(),
    }
}

/// The submissions acknowledged on this phone, oldest first.
///
/// # Errors
/// [`Unreadable`] when the stored list is corrupt (it has been removed).
pub fn sent() -> Result<Vec<Sent>, Unreadable> {
    read(SENT)
}

/// Forgets the acknowledged submission with `key` (after it was withdrawn).
pub fn forget_sent(key: &str) -> Written {
    let (mut all, unreadable) = match read::<Sent>(SENT) {
        Ok(all) => (all, false),
        Err(Unreadable) => (Vec::new(), true),
    };
    all.retain(|s| s.key != key);
    Written {
        unreadable,
        refused: write_sent(&all).err(),
    }
}

/// What an answer of the endpoint to a withdrawal means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Withdrawal {
    /// Deleted (204), or already gone (404: withdrawn, handled or purged before).
    Gone,
    /// Not now (network, rate limit, server error): the offer stays listed.
    Failed,
}

/// Classifies the answer to `DELETE /v1/host-interest/{reference}`.
pub fn classify_withdrawal(status: u16) -> Withdrawal {
    match status {
        204 | 404 => Withdrawal::Gone,
        _ => Withdrawal::Failed,
    }
}

/// What an answer of the endpoint means for a submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Stored (201) or stored before (200): its reference.
    Received(String),
    /// Refused for good (422 with the errors, 410 for a withdrawn or handled offer; 400,
    /// 413 and 415 as `form: malformed`).
    Rejected(FieldErrors),
    /// Try again later: network error, 429 (with `Retry-After`, ms), 5xx, 408.
    Retry(Option<u32>),
}

/// The body of a `201`/`200` answer.
#[derive(Deserialize)]
struct Receipt {
    reference: String,
}

/// The body of a `422` answer: read as names, so codes a newer endpoint adds are shown
/// (see [`FieldErrors::from_wire`]).
#[derive(Deserialize)]
struct Refusal {
    errors: BTreeMap<String, Vec<String>>,
}

/// Classifies an HTTP answer.
pub fn classify(status: u16, body: &str, retry_after: Option<&str>) -> Outcome {
    let malformed = || FieldErrors::single(Field::Form, Code::Malformed);
    match status {
        200 | 201 => match serde_json::from_str::<Receipt>(body) {
            Ok(r) if !r.reference.is_empty() => Outcome::Received(r.reference),
            _ => Outcome::Retry(None),
        },
        // 410: an offer withdrawn or handled before (`form: withdrawn`).
        410 | 422 => Outcome::Rejected(
            serde_json::from_str::<Refusal>(body)
                .map(|r| FieldErrors::from_wire(r.errors))
                .ok()
                .filter(|e| !e.is_empty())
                .unwrap_or_else(malformed),
        ),
        400 | 413 | 415 => Outcome::Rejected(malformed()),
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
    fn lists_keep_the_stored_format() {
        let old = r#"[{"key":"k1","body":"{\"a\":1}"},{"key":"k2","body":"x"}]"#;
        let items: Vec<Pending> = serde_json::from_str(old).unwrap_or_default();
        assert_eq!(
            items,
            [
                Pending {
                    key: "k1".into(),
                    body: "{\"a\":1}".into()
                },
                Pending {
                    key: "k2".into(),
                    body: "x".into()
                }
            ]
        );
        assert_eq!(serde_json::to_string(&items).unwrap_or_default(), old);
        // As kept before the municipality and time were recorded.
        let sent = r#"[{"reference":"KTR-527","key":"k1"}]"#;
        let list: Vec<Sent> = serde_json::from_str(sent).unwrap_or_default();
        assert_eq!(list[0].reference, "KTR-527");
        assert_eq!((list[0].municipality.as_str(), list[0].sent_ms), ("", 0));
        let body = Pending {
            key: "k".into(),
            body: r#"{"municipality":"GM0363","name":"x"}"#.into(),
        };
        assert_eq!(body.municipality(), "GM0363");
        assert_eq!(classify_withdrawal(204), Withdrawal::Gone);
        assert_eq!(classify_withdrawal(404), Withdrawal::Gone);
        assert_eq!(classify_withdrawal(429), Withdrawal::Failed);
        assert_eq!(classify_withdrawal(0), Withdrawal::Failed);
        assert!(serde_json::from_str::<Vec<Pending>>(r#"[{"key":"k"}]"#).is_err());
        assert!(serde_json::from_str::<Vec<Pending>>("garbage").is_err());
    }

    #[test]
    fn the_references_are_kept_for_the_portal() {
        let sent = |reference: &str, key: &str| Sent {
            reference: reference.into(),
            key: key.into(),
            municipality: String::new(),
            sent_ms: 0,
        };
        let kept = || storage::get(SENT_REFERENCES);
        let _ = remember_sent(sent("KTR-527", "k1"));
        let _ = remember_sent(sent("BDF-384", "k2"));
        assert_eq!(kept().as_deref(), Some("KTR-527, BDF-384"));
        let _ = forget_sent("k1");
        assert_eq!(kept().as_deref(), Some("BDF-384"));
        let _ = forget_sent("k2");
        assert_eq!(kept(), None);
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
        assert!(e.has(Field::Name, Code::Invalid) && e.has(Field::Email, Code::ContactRequired));
        let malformed = Outcome::Rejected(FieldErrors::single(Field::Form, Code::Malformed));
        assert_eq!(classify(422, "nonsense", None), malformed);
        assert_eq!(classify(413, "", None), malformed);
        let withdrawn = classify(410, r#"{"errors":{"form":["withdrawn"]}}"#, None);
        let gone = Outcome::Rejected(FieldErrors::single(Field::Form, Code::Withdrawn));
        assert_eq!(withdrawn, gone);
        // From a newer endpoint: an unknown code shows as `invalid`, an unknown field as
        // a problem with the form.
        let newer = classify(
            422,
            r#"{"errors":{"name":["sparkly"],"shoe_size":["required"]}}"#,
            None,
        );
        let mut expected = FieldErrors::single(Field::Name, Code::Invalid);
        expected.add(Field::Form, Code::Malformed);
        assert_eq!(newer, Outcome::Rejected(expected));
        assert_eq!(classify(429, "", Some("7")), Outcome::Retry(Some(7000)));
        assert_eq!(classify(429, "", Some("3600")), Outcome::Retry(Some(60000)));
        assert_eq!(classify(503, "", None), Outcome::Retry(None));
        assert_eq!(classify(0, "", None), Outcome::Retry(None));
    }
}
