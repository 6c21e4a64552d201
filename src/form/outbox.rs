//! Submissions waiting on the device until the endpoint acknowledges them, and how an
//! answer of the endpoint is understood.

use crate::storage;
use hulpwijzer_core::form::{FieldErrors, HostInterest, FORM};
use serde::{Deserialize, Serialize};

const OUTBOX: &str = "hulpwijzer.host-interest.outbox";
const SENT: &str = "hulpwijzer.host-interest.sent";

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
    pub fn new(form: &HostInterest) -> Option<Pending> {
        Some(Pending {
            key: form.idempotency_key.clone(),
            body: serde_json::to_string(form).ok()?,
        })
    }
}

/// An acknowledged submission, kept so the host can see (and later withdraw) it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    /// The endpoint's reference (`KTR-527`).
    pub reference: String,
    /// The idempotency key, the proof for withdrawing.
    pub key: String,
}

fn read<T: for<'de> Deserialize<'de>>(key: &str) -> Vec<T> {
    storage::get(key)
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

fn write<T: Serialize>(key: &str, items: &[T]) {
    if let Ok(text) = serde_json::to_string(items) {
        storage::set(key, &text);
    }
}

/// The submissions waiting to be sent (an unreadable outbox reads as empty).
pub fn pending() -> Vec<Pending> {
    read(OUTBOX)
}

/// Adds `item` unless one with its key is already waiting.
pub fn push(item: Pending) {
    let mut all = pending();
    if !all.iter().any(|p| p.key == item.key) {
        all.push(item);
    }
    write(OUTBOX, &all);
}

/// Removes the submission with `key`.
pub fn remove(key: &str) {
    let mut all = pending();
    all.retain(|p| p.key != key);
    write(OUTBOX, &all);
}

/// Remembers an acknowledged submission.
pub fn remember_sent(sent: Sent) {
    let mut all: Vec<Sent> = read(SENT);
    if !all.iter().any(|s| s.key == sent.key) {
        all.push(sent);
    }
    write(SENT, &all);
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

#[derive(Deserialize)]
struct Receipt {
    reference: String,
}

#[derive(Deserialize)]
struct Refusal {
    errors: FieldErrors,
}

/// Classifies an HTTP answer.
pub fn classify(status: u16, body: &str, retry_after: Option<&str>) -> Outcome {
    match status {
        200 | 201 => match serde_json::from_str::<Receipt>(body) {
            Ok(r) if !r.reference.is_empty() => Outcome::Received(r.reference),
            _ => Outcome::Retry(None),
        },
        422 => Outcome::Rejected(
            serde_json::from_str::<Refusal>(body)
                .ok()
                .map(|r| r.errors)
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
