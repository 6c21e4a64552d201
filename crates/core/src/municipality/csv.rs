//! A small CSV reader for the municipality files: a fixed header, quoted fields.

use crate::validate::Problem;
use std::fs;
use std::path::Path;

/// Splits one CSV line into fields; `"…"` may hold commas and `""` is a quote.
fn csv_fields(line: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    if quoted {
        return Err("unterminated quote".into());
    }
    fields.push(field);
    Ok(fields)
}

/// The data rows of a CSV file whose header must be `header`, with their line numbers.
pub(crate) fn read_csv(
    root: &Path,
    file: &str,
    header: &str,
    columns: usize,
) -> Result<Vec<(usize, Vec<String>)>, Vec<Problem>> {
    let text = fs::read_to_string(root.join(file))
        .map_err(|e| vec![Problem::error(file, format!("cannot read: {e}"))])?;
    let mut lines = text.lines().enumerate();
    if lines.next().map(|(_, l)| l.trim_end_matches('\r')) != Some(header) {
        return Err(vec![Problem::error(
            file,
            format!("the first line must be {header:?}"),
        )]);
    }
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in lines {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            continue;
        }
        match csv_fields(line) {
            Ok(fields) if fields.len() == columns => rows.push((i + 1, fields)),
            Ok(fields) => problems.push(Problem::error(
                file,
                format!(
                    "line {}: {} fields, expected {columns}",
                    i + 1,
                    fields.len()
                ),
            )),
            Err(e) => problems.push(Problem::error(file, format!("line {}: {e}", i + 1))),
        }
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::csv_fields;

    #[test]
    fn splits_quoted_csv_fields() {
        assert_eq!(
            csv_fields(r#"GM0820,"Nuenen, Gerwen en Nederwetten",Noord-Brabant,nuenen.nl"#).ok(),
            Some(vec![
                "GM0820".into(),
                "Nuenen, Gerwen en Nederwetten".into(),
                "Noord-Brabant".into(),
                "nuenen.nl".into()
            ])
        );
        assert_eq!(
            csv_fields(r#"a,"say ""hi""""#).ok(),
            Some(vec!["a".into(), r#"say "hi""#.into()])
        );
        assert!(csv_fields(r#"a,"open"#).is_err());
    }
}
