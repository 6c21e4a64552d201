#![allow(clippy::unwrap_used)]
use super::*;
use crate::date::Date;

fn item(reference: &str, at: &str) -> SealedItem {
    SealedItem {
        reference: reference.to_owned(),
        received_at: at.to_owned(),
        sealed: String::new(),
    }
}

/// What the endpoint seals: the normalised form without website, fill_ms and the key.
const STORED: &str = r#"{"schema_version":1,"name":"Олена Коваленко","email":"olena@example.nl","phone":"+31612345678","municipality":"GM0363","place":"Amsterdam-Noord","capacity":2,"rooms":1,"separate_room_with_door":true,"pets_accepted":false,"stairs_or_bunk_beds_only":false,"remote_location_own_transport_needed":false,"available_from":"2026-12-15","duration":"six-to-twelve-months","languages":["uk","nl"],"note":"=HYPERLINK(\"x\")","consent_contact_now":true,"consent_keep_for_future":false}"#;

fn offer(reference: &str, at: &str) -> Offer {
    parse_offer(&item(reference, at), STORED).unwrap()
}

#[test]
fn exports_and_offers_are_read() {
    let body = r#"{"municipality":"GM0363","generated_at":"x","items":[{"reference":"KTR-1","received_at":"2026-11-29T10:00:00Z","sealed":"YWdl"}]}"#;
    let items = parse_export(body).unwrap();
    assert_eq!(
        items,
        vec![SealedItem {
            sealed: "YWdl".into(),
            ..item("KTR-1", "2026-11-29T10:00:00Z")
        }]
    );
    assert_eq!(parse_export("<html>"), None);
    let o = offer("KTR-1", "2026-11-29T10:00:00Z");
    assert_eq!(o.form.name, "Олена Коваленко");
    assert_eq!(o.value(Field::Languages), "uk nl");
    assert_eq!(o.value(Field::PetsAccepted), "no");
    assert_eq!(o.value(Field::AvailableFrom), "2026-12-15");
    assert_eq!(o.value(Field::Duration), "six-to-twelve-months");
    assert!(parse_offer(&item("KTR-2", ""), "not json").is_none());
    assert!(parse_offer(&item("KTR-2", ""), r#"{"evil":1}"#).is_none());
}

#[test]
fn newest_comes_first() {
    let mut offers = vec![
        offer("KTR-1", "2026-11-01T10:00:00Z"),
        offer("KTR-3", "2026-11-29T09:00:00Z"),
        offer("KTR-2", "2026-11-15T10:00:00Z"),
    ];
    newest_first(&mut offers);
    let refs: Vec<&str> = offers.iter().map(|o| o.reference.as_str()).collect();
    assert_eq!(refs, ["KTR-3", "KTR-2", "KTR-1"]);
}

#[test]
fn filters_hide_and_show() {
    let o = offer("KTR-1", "2026-11-01T10:00:00Z");
    let all = OfferFilter::default();
    assert!(all.matches(&o));
    let cap = |n| OfferFilter {
        min_capacity: Some(n),
        ..OfferFilter::default()
    };
    assert!(cap(2).matches(&o));
    assert!(!cap(3).matches(&o));
    let pets = |p| OfferFilter {
        pets: p,
        ..OfferFilter::default()
    };
    assert!(!pets(PetsFilter::Welcome).matches(&o));
    assert!(pets(PetsFilter::NotWelcome).matches(&o));
    let by = |d: &str| OfferFilter {
        available_by: Some(Date::parse(d).unwrap()),
        ..OfferFilter::default()
    };
    assert!(by("2026-12-15").matches(&o));
    assert!(!by("2026-12-14").matches(&o));
    let place = |p: &str| OfferFilter {
        place: p.to_owned(),
        ..OfferFilter::default()
    };
    assert!(place("  amsterdam ").matches(&o));
    assert!(!place("Utrecht").matches(&o));
    assert_eq!(PetsFilter::from_code("welcome"), PetsFilter::Welcome);
    assert_eq!(PetsFilter::from_code("banana"), PetsFilter::Any);
    let offers = [o.clone()];
    assert_eq!(place("noord").apply(&offers).len(), 1);
    assert!(cap(6).apply(&offers).is_empty());
}

#[test]
fn the_csv_has_every_stored_field_and_is_excel_safe() {
    let csv = offers_csv(&[offer("KTR-1", "2026-11-01T10:00:00Z")]);
    let mut lines = csv.split("\r\n");
    let header = lines.next().unwrap();
    assert!(header.starts_with("\u{feff}\"reference\",\"received_at\",\"schema_version\",\"name\""));
    for field in shown_fields() {
        assert!(
            header.contains(&format!("\"{}\"", field.name())),
            "{field:?}"
        );
    }
    assert!(!header.contains("website") && !header.contains("idempotency_key"));
    let row = lines.next().unwrap();
    assert!(row.starts_with("\"KTR-1\",\"2026-11-01T10:00:00Z\",\"1\",\"Олена Коваленко\""));
    assert!(row.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{row}");
    assert!(row.contains("\"'+31612345678\""), "{row}");
    assert_eq!(lines.next(), Some(""));
}

/// Dutch labels as the staff page gives them (the form's labels, `Ja`/`Nee`).
struct Dutch;

impl Labels for Dutch {
    fn reference(&self) -> String {
        "Referentie".into()
    }
    fn received(&self) -> String {
        "Ontvangen (UTC)".into()
    }
    fn label(&self, field: Field) -> String {
        match field {
            Field::Name => "Uw naam".into(),
            Field::Note => "Wilt u nog iets kwijt?".into(),
            other => format!("Label {}", other.name()),
        }
    }
    fn value(&self, offer: &Offer, field: Field) -> String {
        match offer.value(field).as_str() {
            "yes" => "Ja".into(),
            "no" => "Nee".into(),
            other => other.replace("Amsterdam-Noord", "Amsterdam; Noord"),
        }
    }
}

/// Reads a file as Excel with Dutch regional settings does: a UTF-8 byte-order mark
/// (else it is read as ANSI), `;` between cells, `"` around a cell with `""` for a
/// quote inside, CRLF between rows (a line end inside quotes stays in the cell).
fn read_as_dutch_excel(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(bytes.strip_prefix("\u{feff}".as_bytes()).unwrap()).unwrap();
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ';') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(
        row.is_empty() && cell.is_empty(),
        "the file ends with a line end"
    );
    rows
}

#[test]
fn the_csv_for_excel_opens_in_columns_in_dutch_excel() {
    let older = offer("KTR-1", "2026-11-01T10:00:00Z");
    let newer = offer("KTR-2", "2026-11-29T18:40:12Z");
    let csv = offers_csv_for_excel(&[newer, older], &Dutch);
    assert!(csv.starts_with("\u{feff}\"Referentie\";"), "{csv}");
    let rows = read_as_dutch_excel(csv.as_bytes());
    let columns = 2 + shown_fields().count();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r.len() == columns), "{rows:?}");
    let header = &rows[0];
    assert_eq!(
        header[..4],
        [
            "Referentie",
            "Ontvangen (UTC)",
            "Label schema_version",
            "Uw naam"
        ]
    );
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = &rows[1];
    assert_eq!(row[0], "KTR-2");
    assert_eq!(row[1], "2026-11-29 18:40");
    assert_eq!(row[at("Uw naam")], "Олена Коваленко");
    assert_eq!(
        row[at("Label place")],
        "Amsterdam; Noord",
        "a `;` stays in its cell"
    );
    assert_eq!(row[at("Label separate_room_with_door")], "Ja");
    assert_eq!(row[at("Label pets_accepted")], "Nee");
    // Formula characters are still defused, and the comma dialect is unchanged.
    assert_eq!(row[at("Wilt u nog iets kwijt?")], "'=HYPERLINK(\"x\")");
    assert_eq!(row[at("Label phone")], "'+31612345678");
    assert_eq!(rows[2][0], "KTR-1");
}
