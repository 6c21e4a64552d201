//! Field names, error codes and the per-field error map: the stable contract with the app.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The error codes, all kebab-case.
pub mod codes {
    /// A field the host must fill in is empty or missing.
    pub const REQUIRED: &str = "required";
    /// Text longer than allowed.
    pub const TOO_LONG: &str = "too-long";
    /// Malformed (characters, format, repeats, honeypot filled in). The endpoint also
    /// reports it on any field whose JSON value has the wrong type (`"capacity": "two"`).
    pub const INVALID: &str = "invalid";
    /// A number outside its range, or a date too far ahead.
    pub const OUT_OF_RANGE: &str = "out-of-range";
    /// A date before today.
    pub const IN_THE_PAST: &str = "in-the-past";
    /// Neither e-mail nor phone given (reported on both fields).
    pub const CONTACT_REQUIRED: &str = "contact-required";
    /// The consent to be contacted is missing.
    pub const CONSENT_REQUIRED: &str = "consent-required";
    /// The form was sent faster than a person can fill it in.
    pub const TOO_FAST: &str = "too-fast";
    /// A `schema_version` this build does not know.
    pub const UNSUPPORTED: &str = "unsupported";
    /// The body is not JSON or not an object of this schema (field [`super::FORM`]).
    pub const MALFORMED: &str = "malformed";
    /// Text holds an invisible or bidirectional control character (zero-width space,
    /// right-to-left override, …) that would hide or reorder what a municipality sees.
    pub const INVISIBLE_CHARACTER: &str = "invisible-character";
}

use codes::*;

/// Pseudo-field for errors about the whole body (code `malformed`), not one input.
pub const FORM: &str = "form";

/// Every field name that can carry errors, in form order ([`FORM`] last).
pub const FIELDS: &[&str] = &[
    "schema_version",
    "name",
    "email",
    "phone",
    "municipality",
    "place",
    "capacity",
    "rooms",
    "separate_room_with_door",
    "pets_accepted",
    "stairs_or_bunk_beds_only",
    "remote_location_own_transport_needed",
    "available_from",
    "duration",
    "languages",
    "note",
    "consent_contact_now",
    "consent_keep_for_future",
    "website",
    "fill_ms",
    "idempotency_key",
    FORM,
];

/// Codes of `name` and `place`.
pub const NAME_CODES: &[&str] = &[REQUIRED, TOO_LONG, INVALID, INVISIBLE_CHARACTER];
/// Codes of `email`.
pub const EMAIL_CODES: &[&str] = &[TOO_LONG, INVALID, CONTACT_REQUIRED, INVISIBLE_CHARACTER];
/// Codes of `phone`.
pub const PHONE_CODES: &[&str] = &[INVALID, CONTACT_REQUIRED, INVISIBLE_CHARACTER];
/// Codes of `municipality`, `idempotency_key` and `languages`.
pub const REQUIRED_INVALID_CODES: &[&str] = &[REQUIRED, INVALID];
/// Codes of `capacity` and `rooms`.
pub const COUNT_CODES: &[&str] = &[REQUIRED, OUT_OF_RANGE, INVALID];
/// Codes of `available_from`.
pub const DATE_CODES: &[&str] = &[REQUIRED, INVALID, IN_THE_PAST, OUT_OF_RANGE];
/// Codes of `note`.
pub const NOTE_CODES: &[&str] = &[TOO_LONG, INVALID, INVISIBLE_CHARACTER];
/// Codes of `consent_contact_now`.
pub const CONSENT_CODES: &[&str] = &[CONSENT_REQUIRED, INVALID];
/// Codes of the booleans (only the endpoint reports `invalid`, for a non-boolean).
pub const INVALID_CODES: &[&str] = &[INVALID];
/// Codes of `fill_ms`.
pub const FILL_CODES: &[&str] = &[TOO_FAST, INVALID];
/// Codes of `schema_version`.
pub const VERSION_CODES: &[&str] = &[UNSUPPORTED, INVALID];
/// Codes of [`FORM`].
pub const FORM_CODES: &[&str] = &[MALFORMED];

/// The codes `field` can carry; empty for an unknown field.
pub fn codes_for(field: &str) -> &'static [&'static str] {
    match field {
        "name" | "place" => NAME_CODES,
        "email" => EMAIL_CODES,
        "phone" => PHONE_CODES,
        "municipality" | "idempotency_key" | "languages" | "duration" => REQUIRED_INVALID_CODES,
        "capacity" | "rooms" => COUNT_CODES,
        "available_from" => DATE_CODES,
        "note" => NOTE_CODES,
        "consent_contact_now" => CONSENT_CODES,
        "separate_room_with_door"
        | "pets_accepted"
        | "stairs_or_bunk_beds_only"
        | "remote_location_own_transport_needed"
        | "consent_keep_for_future"
        | "website" => INVALID_CODES,
        "fill_ms" => FILL_CODES,
        "schema_version" => VERSION_CODES,
        FORM => FORM_CODES,
        _ => &[],
    }
}

/// The Fluent message key the app shows for `code` on `field`:
/// `form-error-{field}-{code}` with `_` in the field name turned into `-`.
pub fn message_key(field: &str, code: &str) -> String {
    format!("form-error-{}-{code}", field.replace('_', "-"))
}

/// Errors per field: field name → codes, in the order found. Serialises as a JSON object.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FieldErrors(pub BTreeMap<String, Vec<String>>);

impl FieldErrors {
    /// No errors yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// One error: `field` has `code`.
    pub fn single(field: &str, code: &str) -> Self {
        let mut e = Self::new();
        e.add(field, code);
        e
    }

    /// Records `code` on `field` (once).
    pub fn add(&mut self, field: &str, code: &str) {
        let list = self.0.entry(field.to_owned()).or_default();
        if !list.iter().any(|c| c == code) {
            list.push(code.to_owned());
        }
    }

    /// The codes on `field` (empty if none).
    pub fn get(&self, field: &str) -> &[String] {
        self.0.get(field).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether `field` has `code`.
    pub fn has(&self, field: &str, code: &str) -> bool {
        self.get(field).iter().any(|c| c == code)
    }

    /// Reads `{field: [code, …]}` (the `errors` of a 422 answer); `None` when it has
    /// another shape.
    pub fn from_json(value: &crate::json::Json) -> Option<FieldErrors> {
        let mut e = FieldErrors::new();
        for (field, codes) in value.members()? {
            let codes = codes
                .as_array()?
                .iter()
                .map(|c| c.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()?;
            e.0.insert(field.clone(), codes);
        }
        Some(e)
    }

    /// Whether there are no errors.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(())` when empty, else `Err(self)`.
    ///
    /// # Errors
    /// `self`, when any field has an error.
    pub fn into_result(self) -> Result<(), FieldErrors> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }
}

impl std::fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|(k, v)| format!("{k}: {}", v.join(", ")))
            .collect();
        f.write_str(&parts.join("; "))
    }
}

impl std::error::Error for FieldErrors {}
