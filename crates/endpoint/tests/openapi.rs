//! The OpenAPI document against the typed schema: the body's properties are the core's
//! fields and the error codes are the core's codes, so the document cannot drift.

use hulpwijzer_core::form::{Code, Field};

const SPEC: &str = include_str!("../openapi.yaml");

/// The names of the members listed at `indent` spaces under `properties:` of the schema
/// `name` (one member per line, as the document is written).
fn properties(name: &str, indent: usize) -> Vec<String> {
    let mut lines = SPEC
        .lines()
        .skip_while(|l| l.trim_end() != format!("    {name}:"));
    assert!(lines.next().is_some(), "schema {name} not found");
    let mut lines = lines.skip_while(|l| l.trim() != "properties:");
    assert!(lines.next().is_some(), "schema {name} has no properties");
    lines
        .take_while(|l| l.trim().is_empty() || l.len() - l.trim_start().len() >= indent)
        .filter(|l| l.len() - l.trim_start().len() == indent)
        .filter_map(|l| l.trim().split(':').next().map(str::to_owned))
        .collect()
}

#[test]
fn the_body_properties_are_the_fields() {
    let mut listed = properties("HostInterest", 8);
    let mut fields: Vec<String> = Field::ALL
        .into_iter()
        .filter(|f| *f != Field::Form)
        .map(|f| f.name().to_owned())
        .collect();
    listed.sort();
    fields.sort();
    assert_eq!(listed, fields);
}

#[test]
fn the_error_codes_are_the_codes() {
    let block = SPEC
        .split("    FieldErrors:")
        .nth(1)
        .and_then(|rest| rest.split("enum: [").nth(1))
        .and_then(|rest| rest.split(']').next())
        .unwrap_or_default();
    let mut listed: Vec<&str> = block.split(',').map(str::trim).collect();
    let mut codes: Vec<&str> = Code::ALL.into_iter().map(Code::code).collect();
    listed.sort_unstable();
    codes.sort_unstable();
    assert_eq!(listed, codes);
}
