//! Export rows as JSON items and as CSV for spreadsheets.

use crate::clock::rfc3339;
use crate::store::StoredSubmission;
use hulpwijzer_core::form::Field;
use serde_json::{Map, Value};

/// CSV columns, in order: the reference and time, then every stored form field in form
/// order ([`Field::is_stored`]).
pub fn columns() -> Vec<&'static str> {
    ["reference", "received_at"]
        .into_iter()
        .chain(
            Field::ALL
                .into_iter()
                .filter(|f| f.is_stored())
                .map(Field::name),
        )
        .collect()
}

/// Each row as a JSON object: `reference`, `received_at` and the stored form fields.
pub fn items(rows: &[StoredSubmission]) -> Vec<Value> {
    rows.iter().map(|r| Value::Object(item(r))).collect()
}

fn item(row: &StoredSubmission) -> Map<String, Value> {
    let mut map = match serde_json::from_str(&row.payload) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    };
    map.insert("reference".into(), row.reference.clone().into());
    map.insert("received_at".into(), rfc3339(row.received_at_ms).into());
    map
}

/// RFC 4180 CSV with a UTF-8 byte-order mark (so spreadsheet programs read Cyrillic),
/// CRLF line ends, every cell quoted, and cells starting with `=`, `+`, `-` or `@`
/// prefixed with `'` so a spreadsheet never runs them as formulas.
pub fn csv(rows: &[StoredSubmission]) -> String {
    let columns = columns();
    let mut out = String::from("\u{feff}");
    push_line(&mut out, columns.iter().map(|c| (*c).to_owned()));
    for row in rows {
        let map = item(row);
        push_line(&mut out, columns.iter().map(|c| cell(map.get(*c))));
    }
    out
}

fn cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(list)) => list
            .iter()
            .map(|v| cell(Some(v)))
            .collect::<Vec<_>>()
            .join(" "),
        Some(other) => other.to_string(),
    }
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
    fn csv_quotes_and_defuses_formulas() {
        let row = StoredSubmission {
            reference: "KTR-527".into(),
            received_at_ms: 0,
            payload: r#"{"name":"=HYPERLINK(\"x\")","phone":"+31612345678","languages":["uk","nl"],"capacity":2}"#.into(),
        };
        let text = csv(&[row]);
        assert!(text.starts_with("\u{feff}\"reference\",\"received_at\""));
        let line = text.lines().nth(1).unwrap_or_default();
        assert!(line.contains(r#""'=HYPERLINK(""x"")""#), "{line}");
        assert!(
            line.contains(r#""'+31612345678""#) && line.contains(r#""uk nl""#),
            "{line}"
        );
        assert!(
            line.starts_with(r#""KTR-527","1970-01-01T00:00:00Z""#),
            "{line}"
        );
    }

    #[test]
    fn the_columns_are_the_stored_fields() {
        let cols = columns();
        assert_eq!(cols[..3], ["reference", "received_at", "schema_version"]);
        for field in Field::ALL {
            assert_eq!(cols.contains(&field.name()), field.is_stored(), "{field:?}");
        }
    }
}
