//! The card proposal's patterns in the OpenAPI document against the core's rules
//! (`CardProposal::checked`): a value matches its field's pattern exactly when the core
//! takes it, so schemathesis's positive cases are accepted and its negative ones refused.
//! The one rule the document cannot state is the municipality's own website (it depends
//! on the path), so the addresses below are on the website they are checked against.

use crate::openapi::pattern_of;

use hulpwijzer_core::card::{CardField, CardProblem, CardProposal, CARD_FIELDS};
use regex::Regex;

const SPEC: &str = include_str!("../openapi.yaml");
const WEBSITE: &str = "https://almere.nl";

/// The problem the core finds in `value` of `field`, with another contact given and a
/// place's name and address completed, so only the field's own rule counts (not the
/// rules between fields, nor the own website, which the document cannot state).
fn core_problem(field: CardField, value: &str) -> Option<CardProblem> {
    let mut card = CardProposal {
        ukraine_email: Some("oekraine@almere.nl".to_owned()),
        ..CardProposal::default()
    };
    card.set(field, value);
    if matches!(
        field,
        CardField::PlaceName | CardField::PlaceAddress | CardField::PlaceHours
    ) {
        card.place_name.get_or_insert_with(|| "Het Huis".to_owned());
        card.place_address
            .get_or_insert_with(|| "Markt 1".to_owned());
    }
    card.checked(WEBSITE)
        .err()
        .and_then(|e| e.fields.get(&field).copied())
        .filter(|p| !matches!(p, CardProblem::PlaceIncomplete | CardProblem::NotOwnWebsite))
}

/// The field's pattern with its `maxLength`: what the document takes.
fn document_takes(field: CardField, pattern: &Regex, value: &str) -> bool {
    let line = SPEC
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{}: {{", field.name())))
        .expect("the field is listed");
    let max: usize = line
        .split("maxLength: ")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .and_then(|n| n.parse().ok())
        .expect("the field has a maxLength");
    value.chars().count() <= max && pattern.is_match(value)
}

/// Values of one field in many shapes, and each with characters of the Basic
/// Multilingual Plane put in the middle, in front and behind: every one of the blocks
/// that hold white space, control and invisible characters (and of Latin, Greek and
/// Cyrillic), and every 61st of the rest. (The invisible tag characters, U+E0000 to U+E0FFF, are
/// refused in words only: a pattern of the document's dialect, ECMA 262 without the
/// `u` flag, cannot name them.)
fn corpus(field: CardField) -> Vec<String> {
    let (examples, templates): (&[&str], &[&str]) = match field {
        CardField::UkraineEmail | CardField::LeefgeldEmail => (
            &[
                "oekraine@almere.nl",
                "  oekraine@almere.nl\u{3000}",
                "олена@приклад.укр",
                "a@nl",
                "a@.nl",
                "a@-x.nl",
                "a@b@c.nl",
                "a b@c.nl",
                "a@b.c(d).nl",
                "no-at-sign.nl",
                "",
                " \t ",
            ],
            &["a{}b@almere.nl", "ab@alm{}ere.nl", "{}ab@almere.nl{}"],
        ),
        CardField::UkrainePhone | CardField::LeefgeldPhone => (
            &[
                "036 123 4567",
                "06-12345678",
                "+31 6 12345678",
                "+31 (0)6 1234567",
                "(036) 123 45 67",
                "0800 1234",
                "0900-1234567",
                "14 036",
                "140 20",
                "0031612345678",
                "+380 67 123 4567",
                "06 1234 567",
                "1234",
                "",
            ],
            &["036{}1234567", "{}036 123 4567{}", "14{}036"],
        ),
        CardField::GeneralPhone => (
            &[
                "14 036",
                "14036",
                "140 20",
                "(14) 0 36",
                "14 0",
                "+14036",
                "036 123 4567",
                "",
            ],
            &["14{}036", "{}14 036{}"],
        ),
        CardField::BrpAppointmentUrl | CardField::LeefgeldUrl | CardField::Source => (
            &[
                "https://almere.nl",
                "https://www.almere.nl/afspraak?x=1#a",
                "  https://almere.nl/a  ",
                "http://almere.nl",
                "https://almere",
                "https:// almere.nl",
                "HTTPS://almere.nl",
                "almere.nl",
                "",
            ],
            &["https://almere.nl/a{}b", "{}https://almere.nl/{}"],
        ),
        CardField::PlaceName | CardField::PlaceAddress | CardField::PlaceHours => (
            &[
                "Het Huis",
                "  Markt 1, Almere  ",
                "ma–vr 9:00–17:00\nza 10:00",
                "",
            ],
            &["A{}b", "{}Ab{}"],
        ),
    };
    let mut values: Vec<String> = examples.iter().map(|e| (*e).to_owned()).collect();
    let characters = (0..=0xFFFF_u32)
        .filter(|c| {
            matches!(c, 0..=0x7FF | 0x1100..=0x1200 | 0x1680..=0x1820 | 0x2000..=0x2100)
                || matches!(c, 0x2800..=0x2810 | 0x3000..=0x3200 | 0xFE00..)
                || c % 61 == 0
        })
        .filter_map(char::from_u32);
    for c in characters {
        for template in templates {
            values.push(template.replace("{}", &c.to_string()));
        }
    }
    let long = match field {
        CardField::BrpAppointmentUrl | CardField::LeefgeldUrl | CardField::Source => {
            format!("https://almere.nl/{}", "a".repeat(500))
        }
        _ => "a".repeat(201),
    };
    values.push(long);
    values
}

#[test]
fn the_card_patterns_take_exactly_the_values_the_core_takes() {
    // Fields of one kind share their pattern: each pattern is checked once.
    let mut checked = Vec::new();
    for field in CARD_FIELDS {
        let source = pattern_of(field.name());
        if checked.contains(&source) {
            continue;
        }
        let pattern = Regex::new(&source).expect("the pattern compiles");
        checked.push(source);
        for value in corpus(field) {
            let core = core_problem(field, &value).is_none();
            assert_eq!(
                document_takes(field, &pattern, &value),
                core,
                "{} = {value:?}",
                field.name()
            );
        }
    }
}

/// The two rules between fields, as the document's `allOf` states them: one contact
/// (not `source` or `place_hours`), and a place with its name and its address.
#[test]
fn the_card_rules_between_fields_are_the_core_s() {
    let schema = SPEC
        .split("    CardProposal:")
        .nth(1)
        .and_then(|rest| rest.split("    CardErrors:").next())
        .expect("CardProposal is described");
    let contacts: Vec<&str> = schema
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- { required: ["))
        .filter_map(|rest| rest.split(']').next())
        .filter(|names| !names.contains(','))
        .collect();
    for field in CARD_FIELDS {
        let mut card = CardProposal::default();
        let value = match field {
            CardField::UkraineEmail | CardField::LeefgeldEmail => "a@almere.nl",
            CardField::UkrainePhone | CardField::LeefgeldPhone | CardField::GeneralPhone => {
                "14 036"
            }
            CardField::BrpAppointmentUrl | CardField::LeefgeldUrl | CardField::Source => WEBSITE,
            _ => "Het Huis",
        };
        card.set(field, value);
        let alone = card.checked(WEBSITE).err();
        let is_contact = alone.as_ref().is_none_or(|e| !e.nothing_given);
        assert_eq!(
            contacts.contains(&field.name()),
            is_contact,
            "{}",
            field.name()
        );
    }
    assert!(
        schema.contains("- { required: [place_name, place_address], properties: { place_name: ")
    );
    assert!(schema.contains("- { properties: { place_name: "));
    // The place: both name and address, or none of the three (blank counts as none).
    for name in [None, Some(" "), Some("Het Huis")] {
        for address in [None, Some(""), Some("Markt 1")] {
            for hours in [None, Some("\t"), Some("9–17")] {
                let card = CardProposal {
                    ukraine_email: Some("a@almere.nl".to_owned()),
                    place_name: name.map(str::to_owned),
                    place_address: address.map(str::to_owned),
                    place_hours: hours.map(str::to_owned),
                    ..CardProposal::default()
                };
                let given = |v: Option<&str>| v.is_some_and(|v| !v.trim().is_empty());
                let document = (given(name) && given(address))
                    || !(given(name) || given(address) || given(hours));
                assert_eq!(
                    card.checked(WEBSITE).is_ok(),
                    document,
                    "{name:?} {address:?} {hours:?}"
                );
            }
        }
    }
}
