//! Export rows as JSON items and as CSV: the non-personal metadata and the sealed offer
//! (base64 of the age file), which only the municipality's identity opens.

use crate::clock::rfc3339;
use crate::store::StoredSubmission;
use base64::Engine;
use serde_json::{json, Value};

/// CSV columns, in order.
pub const COLUMNS: [&str; 3] = ["reference", "received_at", "sealed"];

fn sealed(row: &StoredSubmission) -> String {
    base64::engine::general_purpose::STANDARD.encode(&row.sealed)
}

/// Each row as `{"reference", "received_at", "sealed"}`.
pub fn items(rows: &[StoredSubmission]) -> Vec<Value> {
    rows.iter()
        .map(|r| {
            json!({
                "reference": r.reference,
                "received_at": rfc3339(r.received_at_ms),
                "sealed": sealed(r),
            })
        })
        .collect()
}

/// The export as CSV by the shared Excel-safe rules ([`hulpwijzer_core::csv`], which the
/// staff page's download follows too): mark, CRLF, every cell quoted, formulas defused.
pub fn csv(rows: &[StoredSubmission]) -> String {
    hulpwijzer_core::csv::document(
        COLUMNS,
        rows.iter().map(|row| {
            [
                row.reference.clone(),
                rfc3339(row.received_at_ms),
                sealed(row),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_carries_the_sealed_offer() {
        let row = StoredSubmission {
            reference: "KTR-527".into(),
            received_at_ms: 0,
            sealed: b"age\x00\xff".to_vec(),
        };
        let text = csv(&[row]);
        assert!(text.starts_with("\u{feff}\"reference\",\"received_at\",\"sealed\"\r\n"));
        let line = text.lines().nth(1).unwrap_or_default();
        assert_eq!(line, r#""KTR-527","1970-01-01T00:00:00Z","YWdlAP8=""#);
        let formula = StoredSubmission {
            reference: "=1+1".into(),
            received_at_ms: 0,
            sealed: Vec::new(),
        };
        assert!(csv(&[formula]).contains("\r\n\"'=1+1\","));
    }
}
