//! Accept/reject tables for every field of the host-interest form.
#![allow(clippy::unwrap_used)]

use hulpwijzer_core::date::Date;
use hulpwijzer_core::form::{
    message_key, message_keys, normalise_phone, validate, validate_received, Code, Field,
    FieldErrors, HostInterest, Language, PhoneError, StayDuration, SCHEMA_VERSION,
};

fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

fn valid() -> HostInterest {
    HostInterest {
        schema_version: SCHEMA_VERSION,
        name: "Anna de Vries".into(),
        email: Some("anna@example.nl".into()),
        phone: None,
        municipality: "GM0034".into(),
        place: "Almere".into(),
        capacity: Some(2),
        rooms: Some(1),
        separate_room_with_door: true,
        pets_accepted: false,
        stairs_or_bunk_beds_only: false,
        remote_location_own_transport_needed: false,
        available_from: Some(Date::parse("2026-12-01").unwrap()),
        duration: Some(StayDuration::SixToTwelveMonths),
        languages: vec![Language::Nl, Language::En],
        note: None,
        consent_contact_now: true,
        consent_keep_for_future: false,
        website: String::new(),
        fill_ms: 45_000,
        idempotency_key: "k-0123456789abcdef".into(),
    }
}

/// Validates `form` and returns the wire codes on the field named `field` (empty = accepted).
fn codes(form: &HostInterest, field: &str) -> Vec<String> {
    let field = Field::from_name(field).unwrap();
    match validate(form, today()) {
        Ok(()) => Vec::new(),
        Err(e) => e.get(field).iter().map(|c| c.code().to_owned()).collect(),
    }
}

fn check<T: Clone + std::fmt::Debug>(
    field: &str,
    cases: &[(T, &[&str])],
    set: impl Fn(&mut HostInterest, T),
) {
    for (value, expected) in cases {
        let mut form = valid();
        set(&mut form, value.clone());
        assert_eq!(codes(&form, field), *expected, "{field} = {value:?}");
    }
}

#[test]
fn the_valid_form_passes() {
    assert_eq!(validate(&valid(), today()), Ok(()));
}

#[test]
fn names() {
    let long = "А".repeat(101);
    let max = "Б".repeat(100);
    let cases: &[(&str, &[&str])] = &[
        ("Олена Коваленко", &[]),
        ("Мар'яна", &[]),
        ("Мар’яна Шевчук-Бондар", &[]),
        ("Марʼяна", &[]),
        ("Jan-Willem van 't Hof", &[]),
        ("J. de Vries", &[]),
        ("Zoë Ünal", &[]),
        ("Óscar", &[]),
        ("  Ірина  ", &[]),
        ("Ѐ\u{301}ва", &[]),
        (&max, &[]),
        ("", &["required"]),
        ("   ", &["required"]),
        (&long, &["too-long"]),
        ("Олена 😀", &["invalid"]),
        ("Anna\u{0}", &["invisible-character"]),
        ("Anna\nBot", &["invalid"]),
        ("R2D2", &["invalid"]),
        ("---", &["invalid"]),
        ("' .", &["invalid"]),
        ("<script>", &["invalid"]),
    ];
    check("name", cases, |f, v| f.name = v.to_owned());
}

#[test]
fn places() {
    let cases: &[(&str, &[&str])] = &[
        ("'s-Hertogenbosch", &[]),
        ("Bergen (NH)", &[]),
        ("Alphen aan den Rijn", &[]),
        ("Київ", &[]),
        ("", &["required"]),
        (&"x".repeat(101), &["too-long"]),
        ("1234", &["invalid"]),
        ("Almere 🏠", &["invalid"]),
    ];
    check("place", cases, |f, v| f.place = v.to_owned());
}

#[test]
fn emails() {
    let long = format!("{}@example.nl", "a".repeat(250));
    let cases: &[(Option<&str>, &[&str])] = &[
        (Some("anna@example.nl"), &[]),
        (Some(" olena.k+host@mail.example.com.ua "), &[]),
        (Some("олена@приклад.укр"), &[]),
        (Some(""), &["contact-required"]),
        (None, &["contact-required"]),
        (Some("anna"), &["invalid"]),
        (Some("anna@localhost"), &["invalid"]),
        (Some("an na@example.nl"), &["invalid"]),
        (Some("a@b@example.nl"), &["invalid"]),
        (Some("@example.nl"), &["invalid"]),
        (Some("anna@example..nl"), &["invalid"]),
        (Some("anna@.nl"), &["invalid"]),
        (Some(&long), &["too-long"]),
    ];
    check("email", cases, |f, v| f.email = v.map(str::to_owned));
}

#[test]
fn phones_are_an_alternative_to_email() {
    let cases: &[(Option<&str>, &[&str])] = &[
        (Some("06-12345678"), &[]),
        (Some("+380 67 123 4567"), &[]),
        (None, &["contact-required"]),
        (Some("  "), &["contact-required"]),
        (Some("12345"), &["invalid"]),
        (Some("call me"), &["invalid"]),
    ];
    check("phone", cases, |f, v| {
        f.email = None;
        f.phone = v.map(str::to_owned);
    });
    let mut both_missing = valid();
    both_missing.email = None;
    let e = validate(&both_missing, today()).unwrap_err();
    assert!(
        e.has(Field::Email, Code::ContactRequired) && e.has(Field::Phone, Code::ContactRequired)
    );
}

#[test]
fn phone_normalisation() {
    let ok = [
        ("06-12345678", "+31612345678"),
        ("0612345678", "+31612345678"),
        ("06 1234 5678", "+31612345678"),
        ("020 123 4567", "+31201234567"),
        ("020-1234567", "+31201234567"),
        ("+31 6 12345678", "+31612345678"),
        ("+31 (0)6 12345678", "+31612345678"),
        ("+31 06 12345678", "+31612345678"),
        ("0031 6 12345678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("+380 67 123 4567", "+380671234567"),
        ("+380671234567", "+380671234567"),
        ("00380 (67) 123-45-67", "+380671234567"),
        ("+48 612 345 678", "+48612345678"),
        ("+49 30 1234567", "+49301234567"),
        ("+1 (202) 555-0143", "+12025550143"),
    ];
    for (input, e164) in ok {
        assert_eq!(normalise_phone(input).as_deref(), Ok(e164), "{input}");
    }
    let bad = [
        ("", PhoneError::Empty),
        (" - ", PhoneError::Empty),
        ("612345678", PhoneError::MissingPrefix),
        ("+0612345678", PhoneError::MissingPrefix),
        ("06-1234567", PhoneError::WrongLength),
        ("06-123456789", PhoneError::WrongLength),
        ("+380 67 123 456", PhoneError::WrongLength),
        ("+380 67 123 45678", PhoneError::WrongLength),
        ("+12345", PhoneError::WrongLength),
        ("+1234567890123456", PhoneError::WrongLength),
        ("06-1234567a", PhoneError::InvalidCharacter),
        ("06+12345678", PhoneError::InvalidCharacter),
        ("٠٦١٢٣٤٥٦٧٨", PhoneError::InvalidCharacter),
    ];
    for (input, err) in bad {
        assert_eq!(normalise_phone(input), Err(err), "{input}");
    }
}

#[test]
fn municipality_codes() {
    let cases: &[(&str, &[&str])] = &[
        ("GM0034", &[]),
        ("GM0363", &[]),
        ("", &["required"]),
        ("gm0034", &["invalid"]),
        ("GM034", &["invalid"]),
        ("Almere", &["invalid"]),
        ("GM00345", &["invalid"]),
    ];
    check("municipality", cases, |f, v| f.municipality = v.to_owned());
}

#[test]
fn capacity_and_rooms() {
    let cases: &[(Option<u32>, &[&str])] = &[
        (Some(1), &[]),
        (Some(6), &[]),
        (None, &["required"]),
        (Some(0), &["out-of-range"]),
        (Some(7), &["out-of-range"]),
        (Some(u32::MAX), &["out-of-range"]),
    ];
    check("capacity", cases, |f, v| f.capacity = v);
    check("rooms", cases, |f, v| f.rooms = v);
}

#[test]
fn available_from() {
    let d = |s: &str| Some(Date::parse(s).unwrap());
    let cases: &[(Option<Date>, &[&str])] = &[
        (d("2026-11-22"), &[]),
        (d("2026-11-23"), &[]),
        (d("2028-11-22"), &[]),
        (None, &["required"]),
        (d("2026-11-21"), &["in-the-past"]),
        (d("2022-03-01"), &["in-the-past"]),
        (d("2030-01-01"), &["out-of-range"]),
    ];
    check("available_from", cases, |f, v| f.available_from = v);
}

#[test]
fn a_received_offer_whose_start_date_has_passed_is_available_today() {
    let d = |s: &str| Some(Date::parse(s).unwrap());
    let cases = [
        (d("2022-03-01"), d("2026-11-22")),
        (d("2026-11-21"), d("2026-11-22")),
        (d("2026-11-22"), d("2026-11-22")),
        (d("2026-12-01"), d("2026-12-01")),
        (d("2030-01-01"), d("2030-01-01")),
    ];
    for (sent, received) in cases {
        let form = HostInterest {
            available_from: sent,
            ..valid()
        };
        let form = form.as_received_on(today());
        assert_eq!(form.available_from, received, "sent {sent:?}");
        // The endpoint takes any start date; the app's range applies while typing.
        let received = validate_received(&form).err().unwrap_or_default();
        assert!(
            received.get(Field::AvailableFrom).is_empty(),
            "sent {sent:?}"
        );
        let typed = validate(&form, today()).err().unwrap_or_default();
        assert_eq!(
            typed.has(Field::AvailableFrom, Code::OutOfRange),
            sent > d("2028-11-22"),
            "sent {sent:?}"
        );
    }
    let undated = validate_received(&HostInterest {
        available_from: None,
        ..valid()
    });
    assert!(undated
        .unwrap_err()
        .has(Field::AvailableFrom, Code::Required));
}

#[test]
fn duration_and_languages() {
    check(
        "duration",
        &[(None, &["required"][..]), (Some(StayDuration::Unsure), &[])],
        |f, v| f.duration = v,
    );
    use Language::*;
    let cases: &[(Vec<Language>, &[&str])] = &[
        (vec![Uk], &[]),
        (vec![Uk, Ru, En, Nl, De, Pl, Other], &[]),
        (vec![], &["required"]),
        (vec![Nl, Nl], &["invalid"]),
    ];
    check("languages", cases, |f, v| f.languages = v);
}

#[test]
fn notes() {
    let cases: &[(Option<String>, &[&str])] = &[
        (None, &[]),
        (Some(String::new()), &[]),
        (
            Some("Welkom! 🌻🇺🇦 Ласкаво просимо.\nTwee katten.".into()),
            &[],
        ),
        (Some("ї".repeat(1000)), &[]),
        (Some("😀".repeat(1000)), &[]),
        (Some("ї".repeat(1001)), &["too-long"]),
        (Some("x".repeat(10 * 1024)), &["too-long"]),
        (Some("bell\u{7}".into()), &["invisible-character"]),
        (Some("pay \u{202E}gnp.exe".into()), &["invisible-character"]),
        (Some("family 👨\u{200D}👩\u{200D}👧 ❤\u{FE0F}".into()), &[]),
    ];
    check("note", cases, |f, v| f.note = v);
}

#[test]
fn invisible_and_bidirectional_characters_have_their_own_code() {
    let code: &[&str] = &["invisible-character"];
    let texts = [
        "Anna\u{200B}",
        "\u{202E}Anna",
        "An\u{2066}na\u{2069}",
        "Anna\u{FEFF}",
        "An\u{00AD}na",
        "Anna\u{E0041}",
    ];
    for text in texts {
        check("name", &[(text.to_owned(), code)], |f, v| f.name = v);
        check("place", &[(text.to_owned(), code)], |f, v| f.place = v);
    }
    let emails = [
        "anna\u{200B}@example.nl",
        "anna@exam\u{202E}ple.nl",
        "\u{2067}anna@example.nl",
    ];
    check(
        "email",
        &emails.map(|e| (Some(e.to_owned()), code)),
        |f, v| f.email = v,
    );
    check(
        "phone",
        &[(Some("+31 6 1234\u{200B}5678".to_owned()), code)],
        |f, v| f.phone = v,
    );
}

#[test]
fn consent_honeypot_timing_key_and_version() {
    check(
        "consent_contact_now",
        &[(false, &["consent-required"][..]), (true, &[])],
        |f, v| f.consent_contact_now = v,
    );
    check(
        "consent_keep_for_future",
        &[(true, &[][..]), (false, &[])],
        |f, v| f.consent_keep_for_future = v,
    );
    check(
        "website",
        &[("", &[][..]), ("http://spam.example", &["invalid"])],
        |f, v| f.website = v.into(),
    );
    check(
        "fill_ms",
        &[(3000, &[][..]), (2999, &["too-fast"]), (0, &["too-fast"])],
        |f, v| f.fill_ms = v,
    );
    let cases: &[(&str, &[&str])] = &[
        ("0123456789abcdef", &[]),
        ("550e8400-e29b-41d4-a716-446655440000", &[]),
        (&"A".repeat(64), &[]),
        ("", &["required"]),
        ("short", &["invalid"]),
        (&"A".repeat(65), &["invalid"]),
        ("0123456789abcdef_", &["invalid"]),
        ("0123456789abcdéf", &["invalid"]),
    ];
    check("idempotency_key", cases, |f, v| {
        f.idempotency_key = v.into()
    });
    check(
        "schema_version",
        &[(1, &[][..]), (2, &["unsupported"]), (0, &["unsupported"])],
        |f, v| f.schema_version = v,
    );
}

#[test]
fn all_errors_are_reported_at_once() {
    let empty = HostInterest {
        schema_version: SCHEMA_VERSION,
        ..blank()
    };
    let e = validate(&empty, today()).unwrap_err();
    for field in [
        "name",
        "email",
        "phone",
        "municipality",
        "place",
        "capacity",
        "rooms",
    ] {
        assert!(
            !e.get(Field::from_name(field).unwrap()).is_empty(),
            "{field}"
        );
    }
    for field in [
        "available_from",
        "duration",
        "languages",
        "consent_contact_now",
        "fill_ms",
    ] {
        assert!(
            !e.get(Field::from_name(field).unwrap()).is_empty(),
            "{field}"
        );
    }
    assert!(e.has(Field::IdempotencyKey, Code::Required));
}

fn blank() -> HostInterest {
    HostInterest {
        schema_version: 0,
        name: String::new(),
        email: None,
        phone: None,
        municipality: String::new(),
        place: String::new(),
        capacity: None,
        rooms: None,
        separate_room_with_door: false,
        pets_accepted: false,
        stairs_or_bunk_beds_only: false,
        remote_location_own_transport_needed: false,
        available_from: None,
        duration: None,
        languages: Vec::new(),
        note: None,
        consent_contact_now: false,
        consent_keep_for_future: false,
        website: String::new(),
        fill_ms: 0,
        idempotency_key: String::new(),
    }
}

#[test]
fn every_reported_code_is_in_the_contract() {
    let mut samples = vec![blank(), valid()];
    let mut f = valid();
    f.name = "😀".into();
    f.email = Some("x".repeat(300));
    f.phone = Some("abc".into());
    f.capacity = Some(9);
    f.available_from = Some(Date::parse("2020-01-01").unwrap());
    f.languages = vec![Language::Uk, Language::Uk];
    f.note = Some("x".repeat(2000));
    f.website = "x".into();
    f.idempotency_key = "!".into();
    samples.push(f);
    for form in samples {
        let Err(FieldErrors(map)) = validate(&form, today()) else {
            continue;
        };
        for (field, list) in map {
            for code in list {
                assert!(field.codes().contains(&code), "{field:?}/{code:?}");
            }
        }
    }
    for field in Field::ALL {
        assert!(!field.codes().is_empty(), "{field:?} has no codes");
        assert_eq!(Field::from_name(field.name()), Some(field));
    }
    for code in Code::ALL {
        assert_eq!(Code::from_code(code.code()), Some(code));
    }
    for key in message_keys() {
        assert!(
            key.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{key}"
        );
    }
    assert_eq!(
        message_key(Field::ConsentContactNow, Code::ConsentRequired),
        "form-error-consent-contact-now-consent-required"
    );
}

/// The JSON body's members are exactly the schema's fields (the pseudo-field `form` aside),
/// and the wire names of fields and codes are serde's.
#[test]
fn the_body_members_are_the_fields() {
    let body = serde_json::to_value(valid()).unwrap();
    let members: Vec<&str> = body
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut fields: Vec<&str> = Field::ALL
        .iter()
        .filter(|f| **f != Field::Form)
        .map(|f| f.name())
        .collect();
    let mut members_sorted = members.clone();
    members_sorted.sort_unstable();
    fields.sort_unstable();
    assert_eq!(members_sorted, fields);
    for field in Field::ALL {
        assert_eq!(serde_json::to_value(field).unwrap(), field.name());
    }
    for code in Code::ALL {
        assert_eq!(serde_json::to_value(code).unwrap(), code.code());
    }
}

#[test]
fn normalised_trims_and_formats() {
    let mut f = valid();
    f.name = "  Олена  ".into();
    f.email = Some(" Olena@Example.NL ".into());
    f.phone = Some("06-12345678".into());
    f.note = Some("   ".into());
    f.languages = vec![Language::Pl, Language::Uk, Language::Pl];
    let n = f.normalised();
    assert_eq!(n.name, "Олена");
    assert_eq!(n.email.as_deref(), Some("Olena@example.nl"));
    assert_eq!(n.phone.as_deref(), Some("+31612345678"));
    assert_eq!(n.note, None);
    assert_eq!(n.languages, vec![Language::Uk, Language::Pl]);
}

#[test]
fn field_errors_are_the_422_body() {
    let body = r#"{"name":["invalid"],"email":["contact-required","too-long"]}"#;
    let errors: FieldErrors = serde_json::from_str(body).unwrap();
    assert!(errors.has(Field::Name, Code::Invalid));
    assert_eq!(
        errors.get(Field::Email),
        [Code::ContactRequired, Code::TooLong]
    );
    assert_eq!(
        serde_json::to_value(&errors).unwrap(),
        serde_json::from_str::<serde_json::Value>(body).unwrap()
    );
    for bad in [
        r#"{"name":"invalid"}"#,
        r#"{"name":[1]}"#,
        r#"{"shoe_size":["invalid"]}"#,
        r#"{"name":["sparkly"]}"#,
        "[]",
    ] {
        assert!(serde_json::from_str::<FieldErrors>(bad).is_err(), "{bad}");
    }
}
