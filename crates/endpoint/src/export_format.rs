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

/// RFC 4180 CSV with a UTF-8 byte-order mark, CRLF line ends, every cell quoted, and
/// cells starting with `=`, `+`, `-` or `@` prefixed with `'` so a spreadsheet never
/// runs them as formulas (the same rules the staff page's CSV follows).
pub fn csv(rows: &[StoredSubmission]) -> String {
    let mut out = String::from("\u{feff}");
    push_line(&mut out, COLUMNS.iter().map(|c| (*c).to_owned()));
    for row in rows {
        let cells = [
            row.reference.clone(),
            rfc3339(row.received_at_ms),
            sealed(row),
        ];
        push_line(&mut out, cells.into_iter());
    }
    out
}

fn push_line(out: &mut String, cells: impl Iterator<Item = String>) {
    let quoted: Vec<String> = cells
        .map(|c| {
            let c = if c.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{c}")
            } else {
                c
            };
            format!("\"{}\"", c.replace('"', "\"\""))
        })
        .collect();
    out.push_str(&quoted.join(","));
    out.push_str("\r\n");
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
        let mut formula = String::new();
        push_line(&mut formula, ["=1+1".to_owned()].into_iter());
        assert_eq!(formula, "\"'=1+1\"\r\n");
    }
}
