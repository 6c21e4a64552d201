//! The OpenAPI document against the typed schema: the body's properties are the core's
//! fields and the error codes are the core's codes, so the document cannot drift.

use crate::common;

use hulpwijzer_core::card::{CardField, CardProblem, CARD_FIELDS, CARD_PROBLEMS};
use hulpwijzer_core::contact::has_invisible;
use hulpwijzer_core::form::{normalise_phone, validate_received, Code, Field, HostInterest};
use hulpwijzer_endpoint::store::CardStatus;

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
fn the_card_properties_are_the_card_fields() {
    let mut listed = properties("CardProposal", 8);
    let mut fields: Vec<&str> = CARD_FIELDS.into_iter().map(CardField::name).collect();
    listed.sort();
    fields.sort_unstable();
    assert_eq!(listed, fields);
}

/// The items of the first `enum: [` after `after` in the document.
fn enum_after(after: &str) -> Vec<&'static str> {
    let block = SPEC
        .split(after)
        .nth(1)
        .and_then(|rest| rest.split("enum: [").nth(1))
        .and_then(|rest| rest.split(']').next())
        .unwrap_or_default();
    let mut items: Vec<&str> = block.split(',').map(str::trim).collect();
    items.sort_unstable();
    items
}

#[test]
fn the_card_problems_and_statuses_are_the_core_s() {
    let mut codes: Vec<&str> = CARD_PROBLEMS.into_iter().map(CardProblem::code).collect();
    codes.sort_unstable();
    assert_eq!(enum_after("        fields:"), codes);
    let statuses = [
        CardStatus::Accepted,
        CardStatus::Pending,
        CardStatus::Rejected,
    ];
    let statuses: Vec<&str> = statuses.into_iter().map(CardStatus::as_str).collect();
    assert_eq!(enum_after("              status:"), statuses);
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

/// The `pattern` of the body property `name`, unescaped from YAML's double quotes.
pub(crate) fn pattern_of(name: &str) -> String {
    let line = SPEC
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{name}: {{")))
        .unwrap_or_else(|| panic!("property {name} not found"));
    let quoted = line
        .split("pattern: \"")
        .nth(1)
        .and_then(|rest| rest.split("\", ").next())
        .unwrap_or_else(|| panic!("{name} has no pattern"));
    quoted.replace("\\\\", "\\")
}

/// Phone numbers in many shapes: every prefix, country start and length, with and
/// without separators, and some that are not numbers at all.
fn phone_corpus() -> Vec<String> {
    let mut corpus: Vec<String> = [
        "",
        "  ",
        "06-12345678",
        "+380 67 123 4567",
        "020 123 4567",
        "0",
        "abc",
        "06 1234 567a",
        "+31 6 1234 5678",
        "0031612345678",
        "++31612345678",
        "31612345678",
        "+0612345678",
        "\u{a0}06.12.34.56.78",
        "(06) 12345678",
        "06/12345678",
        "+-31612345678",
        "-0612345678",
        "06\t12345678",
        "+44 20 7946 0958",
        "+1 202 555 0143",
        "+380671234567 ",
        "0612345678+",
    ]
    .map(str::to_owned)
    .to_vec();
    for prefix in ["+", "00", "0", ""] {
        for start in [
            "31", "310", "3100", "380", "38", "381", "3", "30", "44", "1", "0", "9",
        ] {
            for rest in 0..=16 {
                let digits = format!("{start}{}", "7".repeat(rest));
                corpus.push(format!("{prefix}{digits}"));
                let spaced: Vec<String> = digits.chars().map(String::from).collect();
                corpus.push(format!("{prefix} {}", spaced.join("-")));
                // The trunk prefix `(0)` after the country code, and in front.
                let rest = "7".repeat(rest);
                corpus.push(format!("{prefix}{start} (0){rest}"));
                corpus.push(format!("{prefix}(0){start}{rest}"));
            }
        }
    }
    corpus
}

#[test]
fn the_phone_pattern_takes_exactly_the_numbers_the_core_takes() {
    let pattern = regex::Regex::new(&pattern_of("phone")).expect("the phone pattern compiles");
    for phone in phone_corpus() {
        let core = phone.trim().is_empty() || normalise_phone(&phone).is_ok();
        assert_eq!(pattern.is_match(&phone), core, "phone {phone:?}");
    }
}

/// Numbers written with the trunk prefix `(0)`, both ways: what the pattern takes, the
/// core takes (and stores as Dutch conventions read it), and what it refuses, the core
/// refuses (the probe's ST202: `(0)915110359` matched the pattern but got `422`).
#[test]
fn the_pattern_and_the_core_agree_on_the_trunk_prefix() {
    let pattern = regex::Regex::new(&pattern_of("phone")).expect("the phone pattern compiles");
    for (phone, e164) in [
        ("(0)915110359", Some("+31915110359")),
        ("(0)6 12345678", Some("+31612345678")),
        ("+31 (0)6 12345678", Some("+31612345678")),
        ("+31(0)612345678", Some("+31612345678")),
        ("+380 (0)67 123 4567", Some("+380671234567")),
        ("+44 (0)20 7946 0958", Some("+442079460958")),
        ("+31 (0)6 1234567", None),
        ("(0)6 1234567", None),
        ("(0)", None),
    ] {
        assert_eq!(
            normalise_phone(phone).ok().as_deref(),
            e164,
            "core: {phone}"
        );
        assert_eq!(pattern.is_match(phone), e164.is_some(), "pattern: {phone}");
    }
}

#[test]
fn the_municipality_enum_is_every_municipality() {
    let line = SPEC
        .lines()
        .find(|l| {
            l.trim_start()
                .starts_with("municipality: { type: string, enum: [")
        })
        .expect("municipality has an enum");
    let listed: Vec<&str> = line
        .split("enum: [")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .collect();
    let csv = include_str!("../../../content/municipalities/municipalities.csv");
    let codes: Vec<&str> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    assert_eq!(listed, codes);
}

/// A valid offer, parsed once for the character tables below.
fn valid_offer() -> HostInterest {
    serde_json::from_value(common::form("GM0034", "k-0123456789abcdef"))
        .expect("a well-formed offer")
}

/// Whether the core takes `value` in the text field `field` (name, place or note) of
/// `offer`, an otherwise valid offer.
fn core_takes(offer: &HostInterest, field: Field, value: &str) -> bool {
    let mut offer = offer.clone();
    match field {
        Field::Name => offer.name = value.to_owned(),
        Field::Place => offer.place = value.to_owned(),
        Field::Note => offer.note = Some(value.to_owned()),
        other => panic!("{} is not one of the text fields", other.name()),
    }
    validate_received(&offer)
        .err()
        .is_none_or(|e| e.get(field).is_empty())
}

#[test]
fn the_text_patterns_take_exactly_the_characters_the_core_takes() {
    let fields = [Field::Name, Field::Place, Field::Note];
    let offer = valid_offer();
    let patterns: Vec<regex::Regex> = fields
        .iter()
        .map(|f| regex::Regex::new(&pattern_of(f.name())).expect("the pattern compiles"))
        .collect();
    // Every character of the Basic Multilingual Plane, between two letters. Invisible
    // characters are the one rule the document states in words, not in its patterns;
    // characters that the regex crate's Unicode tables do not know yet (newer than the
    // standard library's) cannot be judged the same way by any pattern engine.
    let unassigned = regex::Regex::new(r"\p{Cn}").expect("compiles");
    let characters = (0..=0xFFFF_u32)
        .filter_map(char::from_u32)
        .filter(|c| !has_invisible(&c.to_string()) && !unassigned.is_match(&c.to_string()));
    for c in characters {
        let text = format!("A{c}b");
        for (field, pattern) in fields.iter().zip(&patterns) {
            assert_eq!(
                pattern.is_match(&text),
                core_takes(&offer, *field, &text),
                "{} with U+{:04X}",
                field.name(),
                u32::from(c)
            );
        }
    }
    for (field, text) in [
        (Field::Name, "   "),
        (Field::Place, "12"),
        (Field::Name, "-"),
    ] {
        let pattern = regex::Regex::new(&pattern_of(field.name())).expect("compiles");
        assert!(
            !pattern.is_match(text) && !core_takes(&offer, field, text),
            "{text:?}"
        );
    }
}

#[test]
fn the_patterns_and_the_core_cap_combining_marks_alike() {
    let offer = valid_offer();
    let acute = '\u{301}';
    let marks = |n: usize| acute.to_string().repeat(n);
    // Vietnamese, decomposed: two marks on one letter.
    let vietnamese = "Nguye\u{302}\u{303}n";
    let cases = [
        (vietnamese.to_owned(), true),
        (format!("A{}b", marks(3)), true),
        (format!("A{}b", marks(4)), false),
        (format!("A{}b{}", marks(3), marks(3)), true),
        (format!("{}Ab", marks(1)), false),
        (format!(" {}Ab", marks(1)), true),
        // The combining iota is a letter: it may carry marks of its own.
        (format!("A{}\u{345}{}b", marks(3), marks(3)), true),
        (format!("A{}b", marks(90)), false),
    ];
    for field in [Field::Name, Field::Place] {
        let pattern = regex::Regex::new(&pattern_of(field.name())).expect("compiles");
        for (text, takes) in &cases {
            assert_eq!(
                pattern.is_match(text),
                *takes,
                "{} pattern: {text:?}",
                field.name()
            );
            assert_eq!(
                core_takes(&offer, field, text),
                *takes,
                "{} core: {text:?}",
                field.name()
            );
        }
    }
}
