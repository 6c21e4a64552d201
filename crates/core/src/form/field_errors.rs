//! Errors per field: what [`super::validate`] finds and what a `422` answer carries.

use super::{Code, Field};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Errors per field, in form order: field → codes, in the order found. Serialises as the
/// JSON object `{"name": ["invalid"], …}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FieldErrors(pub BTreeMap<Field, Vec<Code>>);

impl FieldErrors {
    /// No errors yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// One error: `field` has `code`.
    pub fn single(field: Field, code: Code) -> Self {
        let mut e = Self::new();
        e.add(field, code);
        e
    }

    /// Records `code` on `field` (once).
    pub fn add(&mut self, field: Field, code: Code) {
        let list = self.0.entry(field).or_default();
        if !list.contains(&code) {
            list.push(code);
        }
    }

    /// Replaces whatever `field` had with `code` alone.
    pub fn replace(&mut self, field: Field, code: Code) {
        self.0.insert(field, vec![code]);
    }

    /// The codes on `field` (empty if none).
    pub fn get(&self, field: Field) -> &[Code] {
        self.0.get(&field).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether `field` has `code`.
    pub fn has(&self, field: Field, code: Code) -> bool {
        self.get(field).contains(&code)
    }

    /// Reads the `errors` of a `422` answer leniently, for a client that may be older than
    /// the endpoint: a code this build does not know becomes `invalid` on its (known)
    /// field, and a field it does not know becomes `form: [malformed]`, so every error the
    /// endpoint reports is shown as something.
    pub fn from_wire(raw: BTreeMap<String, Vec<String>>) -> FieldErrors {
        let mut e = FieldErrors::new();
        for (name, codes) in raw {
            match Field::from_name(&name) {
                Some(field) => {
                    for code in codes {
                        e.add(field, Code::from_code(&code).unwrap_or(Code::Invalid));
                    }
                }
                None => e.add(Field::Form, Code::Malformed),
            }
        }
        e
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
            .map(|(field, codes)| {
                let codes: Vec<&str> = codes.iter().map(|c| c.code()).collect();
                format!("{}: {}", field.name(), codes.join(", "))
            })
            .collect();
        f.write_str(&parts.join("; "))
    }
}

impl std::error::Error for FieldErrors {}
