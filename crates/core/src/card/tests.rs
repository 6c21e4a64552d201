use super::{CardErrors, CardField, CardProblem, CardProposal, CARD_FIELDS};
use crate::check::CheckMethod;
use crate::date::Date;

const SITE: &str = "https://www.almere.nl";

fn proposal(pairs: &[(CardField, &str)]) -> CardProposal {
    let mut p = CardProposal::default();
    for (field, value) in pairs {
        p.set(*field, value);
    }
    p
}

fn problems(p: &CardProposal) -> Vec<(CardField, CardProblem)> {
    match p.checked(SITE) {
        Ok(_) => Vec::new(),
        Err(e) => e.fields.into_iter().collect(),
    }
}

#[test]
fn every_field_is_checked_with_the_content_rules() {
    use CardField::*;
    use CardProblem::*;
    let cases = [
        (UkraineEmail, "oekraine@almere", NotAnAddress),
        (LeefgeldEmail, "leefgeld almere.nl", NotAnAddress),
        (UkrainePhone, "+380 67 123 4567", NotADutchNumber),
        (LeefgeldPhone, "12345", NotADutchNumber),
        (GeneralPhone, "036 539 9999", NotAGeneralNumber),
        (BrpAppointmentUrl, "http://www.almere.nl/afspraak", NotHttps),
        (
            LeefgeldUrl,
            "https://leefgeld-almere.example.org/",
            NotOwnWebsite,
        ),
        (Source, "almere.nl/oekraine", NotHttps),
        (PlaceName, &"x".repeat(201), TooLong),
        (
            UkraineEmail,
            "oekra\u{200b}ine@almere.nl",
            InvisibleCharacter,
        ),
    ];
    for (field, value, expected) in cases {
        // A valid card with this one field made wrong.
        let mut p = proposal(&[
            (UkraineEmail, "oekraine@almere.nl"),
            (PlaceName, "Informatiepunt"),
            (PlaceAddress, "Stadhuisplein 1"),
        ]);
        p.set(field, value);
        assert_eq!(problems(&p), [(field, expected)], "{field:?} = {value:?}");
    }
}

#[test]
fn a_good_proposal_comes_back_trimmed_with_empty_fields_cleared() {
    use CardField::*;
    let mut p = proposal(&[
        (UkraineEmail, "  oekraine@almere.nl "),
        (UkrainePhone, "036 539 9999"),
        (GeneralPhone, "14 036"),
        (BrpAppointmentUrl, "https://afspraken.almere.nl/brp"),
        (PlaceName, "Informatiepunt Oekraïne"),
        (PlaceAddress, "Stadhuisplein 1, Almere"),
        (PlaceHours, "ma–vr 9.00–12.00"),
    ]);
    p.leefgeld_url = Some("   ".into());
    let clean = p.checked(SITE).expect("valid");
    assert_eq!(clean.get(UkraineEmail), Some("oekraine@almere.nl"));
    assert_eq!(clean.get(LeefgeldUrl), None);
    assert_eq!(clean.get(PlaceHours), Some("ma–vr 9.00–12.00"));
}

#[test]
fn a_place_needs_a_name_and_an_address_and_a_card_needs_a_contact() {
    use CardField::*;
    assert_eq!(
        problems(&proposal(&[(PlaceName, "Informatiepunt")])),
        [(PlaceAddress, CardProblem::PlaceIncomplete)]
    );
    assert_eq!(
        problems(&proposal(&[
            (PlaceHours, "ma 9–12"),
            (UkraineEmail, "a@almere.nl")
        ])),
        [(PlaceName, CardProblem::PlaceIncomplete)]
    );
    let only_source = proposal(&[(Source, "https://www.almere.nl/oekraine")]);
    assert_eq!(
        only_source.checked(SITE),
        Err(CardErrors {
            fields: Default::default(),
            nothing_given: true
        })
    );
}

#[test]
fn an_accepted_card_is_sourced_to_the_municipality_and_dated() {
    use CardField::*;
    let given = Date::parse("2026-12-07").expect("date");
    let p = proposal(&[
        (UkrainePhone, "036 539 9999"),
        (LeefgeldEmail, "leefgeld@almere.nl"),
        (PlaceName, "Informatiepunt"),
        (PlaceAddress, "Stadhuisplein 1"),
    ]);
    let card = p.checked(SITE).expect("valid").to_override(SITE, given);
    assert_eq!(
        card.source, SITE,
        "without a page, the website is the source"
    );
    assert_eq!(card.checked.method, CheckMethod::Municipality);
    assert_eq!(card.checked.date, Some(given));
    let leefgeld = card.leefgeld.as_ref().expect("leefgeld");
    assert_eq!(leefgeld.email.as_deref(), Some("leefgeld@almere.nl"));
    assert_eq!(leefgeld.checked, card.checked);
    assert_eq!(
        card.meeting_place.as_ref().map(|m| m.checked),
        Some(card.checked)
    );
    // Round trip: the card shown today is the proposal staff start from.
    let again = CardProposal::from_override(&card);
    for field in CARD_FIELDS {
        let expected = match field {
            Source => Some(SITE),
            _ => p.get(field),
        };
        assert_eq!(again.get(field), expected, "{field:?}");
    }
}

#[test]
fn the_wire_form_names_fields_and_problems_as_the_messages_do() {
    for field in CARD_FIELDS {
        let json = serde_json::to_string(&field).expect("json");
        assert_eq!(json, format!("\"{}\"", field.name()));
    }
    let json = serde_json::to_string(&CardProblem::NotOwnWebsite).expect("json");
    assert_eq!(json, format!("\"{}\"", CardProblem::NotOwnWebsite.code()));
    let garbled: Result<CardProposal, _> = serde_json::from_str(r#"{"phone": "1"}"#);
    assert!(garbled.is_err(), "an unknown field is refused");
}

#[test]
fn only_a_card_given_by_the_municipality_turns_stale_a_year_and_a_day_on() {
    use crate::card::turns_stale;
    use crate::check::Check;
    let given = Date::parse("2026-12-07").ok();
    let check = |method| Check {
        method,
        date: given,
    };
    assert_eq!(
        turns_stale(check(CheckMethod::Municipality)),
        Date::parse("2027-12-08").ok()
    );
    assert_eq!(turns_stale(check(CheckMethod::Live)), None);
    assert_eq!(turns_stale(check(CheckMethod::Copy)), None);
}
