//! Tests against the project's own data (`cargo test -p hulpwijzer-core --features load`).
#![allow(clippy::unwrap_used)]

use super::*;
use crate::load::load_locales;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn directory() -> Directory {
    load_directory(&root()).unwrap_or_else(|p| panic!("{p:#?}"))
}

fn first(dir: &Directory, query: &str) -> Option<String> {
    match dir.search(query) {
        SearchResult::Names(names) => names.first().map(|m| m.code.clone()),
        other => panic!("{query:?} is not a name search: {other:?}"),
    }
}

fn names(dir: &Directory, query: &str) -> Vec<String> {
    match dir.search(query) {
        SearchResult::Names(names) => names.iter().map(|m| m.code.clone()).collect(),
        other => panic!("{query:?} is not a name search: {other:?}"),
    }
}

#[test]
fn everyday_names_find_the_cbs_name_first() {
    let dir = directory();
    for q in [
        "den haag",
        "Den Haag",
        "The Hague",
        "Гаага",
        "'s-Gravenhage",
        "s gravenhage",
        "sgravenhage",
        "gravenhage",
    ] {
        assert_eq!(first(&dir, q).as_deref(), Some("GM0518"), "{q}");
    }
    for q in [
        "den bosch",
        "Den Bosch",
        "'s-hertogenbosch",
        "’s-Hertogenbosch",
        "hertogenbosch",
        "s hertogenbosch",
    ] {
        assert_eq!(first(&dir, q).as_deref(), Some("GM0796"), "{q}");
    }
    for q in ["nuenen", "Nuenen", "nuenen gerwen", "Gerwen"] {
        assert_eq!(first(&dir, q).as_deref(), Some("GM0820"), "{q}");
    }
    for q in [
        "Sudwest Fryslan",
        "súdwest-fryslân",
        "sudwestfryslan",
        "SUDWEST",
    ] {
        assert_eq!(first(&dir, q).as_deref(), Some("GM1900"), "{q}");
    }
    assert_eq!(first(&dir, "Franeker").as_deref(), Some("GM1949"));
    assert_eq!(first(&dir, "hengelo").as_deref(), Some("GM0164"));
}

#[test]
fn bergen_finds_both_bergens_first() {
    let dir = directory();
    let mut top: Vec<String> = names(&dir, "bergen").into_iter().take(2).collect();
    top.sort();
    assert_eq!(top, ["GM0373", "GM0893"]);
    assert_eq!(first(&dir, "Bergen (NH.)").as_deref(), Some("GM0373"));
    assert_eq!(first(&dir, "bergen l").as_deref(), Some("GM0893"));
    assert!(
        names(&dir, "bergen").contains(&"GM0748".to_owned()),
        "Bergen op Zoom comes after them"
    );
}

#[test]
fn ranks_exact_before_prefix_before_word_before_substring() {
    let dir = directory();
    // "Groningen" is exact; "Midden-Groningen" a word prefix; nothing else starts with it.
    let found = names(&dir, "groningen");
    assert_eq!(found.first().map(String::as_str), Some("GM0014"));
    assert!(found.contains(&"GM1952".to_owned()));
    // "Utrecht" exact, then "Utrechtse Heuvelrug" (prefix).
    assert_eq!(names(&dir, "utrecht")[..2], ["GM0344", "GM1581"]);
}

#[test]
fn postcodes_find_their_municipality_with_its_override() {
    let dir = directory();
    for q in ["9531", "9531AB", "9531 ab", " 9531 AB "] {
        match dir.search(q) {
            SearchResult::Postcode {
                pc4: 9531,
                municipality,
            } => {
                assert_eq!(municipality.code, "GM1681", "{q}");
                let local = municipality.local.as_ref().unwrap();
                assert_eq!(
                    local.ukraine_email.as_deref(),
                    Some("vluchtelingenoekraine@borger-odoorn.nl")
                );
                assert_eq!(municipality.general_phone(), Some("14 0591"));
                assert!(local.reception_note);
            }
            other => panic!("{q}: {other:?}"),
        }
    }
    assert_eq!(
        dir.by_postcode(2511).map(|m| m.code.as_str()),
        Some("GM0518")
    );
    assert_eq!(
        dir.by_postcode(1381).map(|m| m.code.as_str()),
        Some("GM0363")
    );
}

#[test]
fn unknown_postcodes_are_reported_as_such() {
    let dir = directory();
    let csv = std::fs::read_to_string(root().join(load::PC4_CSV)).unwrap();
    for (q, pc4) in [("0000", 0_u16), ("1000", 1000), ("1000 AA", 1000)] {
        assert!(
            !csv.lines().any(|l| l.starts_with(&format!("{pc4:04},"))),
            "{pc4} is in the table"
        );
        assert_eq!(dir.search(q), SearchResult::UnknownPostcode { pc4 }, "{q}");
    }
}

#[test]
fn all_municipalities_load_and_each_is_found_first_by_its_own_name() {
    let dir = directory();
    assert_eq!(dir.municipalities().len(), 342);
    for m in dir.municipalities() {
        assert!(
            m.website.starts_with("https://") && !m.website.contains("www."),
            "{}",
            m.website
        );
        assert_eq!(dir.by_code(&m.code).map(|x| &x.name), Some(&m.name));
        assert_eq!(
            first(&dir, &m.name).as_deref(),
            Some(m.code.as_str()),
            "{}",
            m.name
        );
        assert_eq!(
            first(&dir, &m.name.to_uppercase()).as_deref(),
            Some(m.code.as_str()),
            "{}",
            m.name
        );
    }
    let provinces: std::collections::BTreeSet<&str> = dir
        .municipalities()
        .iter()
        .map(|m| m.province.as_str())
        .collect();
    assert_eq!(provinces.len(), 12);
}

#[test]
fn every_pc4_maps_to_a_known_municipality() {
    let dir = directory();
    let csv = std::fs::read_to_string(root().join(load::PC4_CSV)).unwrap();
    let mut rows = 0;
    for line in csv.lines().skip(1) {
        let (pc4, code) = line.split_once(',').unwrap();
        let m = dir
            .by_postcode(pc4.parse().unwrap())
            .unwrap_or_else(|| panic!("{pc4}"));
        assert_eq!(m.code, code, "{pc4}");
        rows += 1;
    }
    assert_eq!(rows, 4072);
    assert_eq!(dir.postcode_count(), 4072);
    // Every municipality holds at least one PC4.
    for m in dir.municipalities() {
        assert!(csv.contains(&format!(",{}", m.code)), "{}", m.code);
    }
}

#[test]
fn search_never_panics_and_stays_bounded() {
    let dir = directory();
    let long_latin = "a".repeat(10_000);
    let long_cyrillic = "ї".repeat(5_000);
    let long_digits = "9".repeat(10_000);
    let inputs = [
        "",
        " ",
        "\t\n",
        "🙂",
        "🇺🇦🇳🇱",
        "'",
        "''",
        "-",
        "(",
        "Київ",
        "Гаага",
        "\0",
        "9",
        "95",
        "953",
        "95310",
        "9531 ABC",
        "9531 🙂",
        "٩٥٣١",
        "１２３４",
        "e\u{301}",
        "\u{301}",
        long_latin.as_str(),
        long_cyrillic.as_str(),
        long_digits.as_str(),
    ];
    for q in inputs {
        match dir.search(q) {
            SearchResult::Names(found) => assert!(found.len() <= MAX_RESULTS, "{q}"),
            SearchResult::Postcode { .. } | SearchResult::UnknownPostcode { .. } => {}
        }
    }
    assert_eq!(dir.search(""), SearchResult::Names(Vec::new()));
    assert_eq!(dir.search("🙂"), SearchResult::Names(Vec::new()));
    assert!(matches!(dir.search("a"), SearchResult::Names(v) if v.len() == MAX_RESULTS));
    assert!(matches!(dir.search_limited("a", 3), SearchResult::Names(v) if v.len() == 3));
    // A default (empty) or corrupt directory answers nothing rather than panicking.
    let empty = Directory::default();
    assert_eq!(
        empty.search("9531"),
        SearchResult::UnknownPostcode { pc4: 9531 }
    );
    assert_eq!(empty.search("den haag"), SearchResult::Names(Vec::new()));
    let corrupt = Directory {
        municipalities: Vec::new(),
        postcodes: vec![(9531, 3, 7), (9530, 0, 0), (65535, 65535, 0)],
        aliases: vec![("x".into(), 9)],
    };
    assert_eq!(
        corrupt.search("9531"),
        SearchResult::UnknownPostcode { pc4: 9531 }
    );
    assert_eq!(corrupt.search("x"), SearchResult::Names(Vec::new()));
    assert_eq!(
        corrupt.search("9999"),
        SearchResult::UnknownPostcode { pc4: 9999 }
    );
    assert_eq!(corrupt.postcode_count(), 65538);
}

#[test]
fn project_overrides_and_aliases_are_valid() {
    let dir = directory();
    let (locales, _) = load_locales(&root());
    let today = crate::date::Date::parse("2026-11-22").unwrap();
    let problems = validate_local(&root(), &dir, &locales, today);
    assert!(problems.is_empty(), "{problems:#?}");
    // The override is read from an undated document: no date rule applies on any day
    // (the card says "from a document", not "checked on"). The register's rows say the day
    // the municipality confirmed them, which stays true: from the newest (15 April 2026) on,
    // no date rule applies to them either.
    for day in ["2026-04-15", "2027-06-01", "2030-01-01"] {
        let p = validate_local(
            &root(),
            &dir,
            &locales,
            crate::date::Date::parse(day).unwrap(),
        );
        assert!(p.is_empty(), "{day}: {p:#?}");
    }
}

#[test]
fn derived_keys_are_listed() {
    let dir = directory();
    let keys = local_message_keys(&dir, &[]);
    assert!(keys.contains(&"local-gm1681-reception".to_owned()));
    assert!(keys.contains(&"hub-offer-language-lessons".to_owned()));
    assert!(keys.contains(&"hub-status-unclear".to_owned()));
    assert!(!keys.contains(&"hub-status-closed".to_owned()));
    assert_eq!(reception_key("GM1681"), "local-gm1681-reception");
}

#[test]
fn local_details_come_only_from_the_municipalitys_own_pages() {
    use crate::check::{Check, CheckMethod};
    let copy = Check {
        method: CheckMethod::Copy,
        date: None,
    };
    let m = Municipality {
        code: "GM0344".into(),
        name: "Utrecht".into(),
        province: "Utrecht".into(),
        website: "https://utrecht.nl".into(),
        local: None,
        register: None,
    };
    let local = LocalOverride {
        ukraine_email: None,
        email_for: ContactFor::Ukraine,
        ukraine_phone: None,
        phone_for: ContactFor::Ukraine,
        general_phone: None,
        brp_appointment_url: None,
        reception_note: false,
        source: "https://www.utrecht.nl/oekraine/".into(),
        checked: copy,
        leefgeld: Some(LocalLeefgeld {
            url: Some("https://pki.utrecht.nl/leefgeld".into()),
            email: None,
            email_for: ContactFor::Ukraine,
            phone: None,
            source: "https://pki.utrecht.nl/leefgeld".into(),
            checked: copy,
        }),
        meeting_place: Some(LocalPlace {
            kind: PlaceKind::Meeting,
            name: "Informatiepunt".into(),
            address: "Stadsplateau 1".into(),
            hours: None,
            source: "https://www.utrecht.nl/oekraine/".into(),
            checked: copy,
        }),
    };
    let day = crate::date::Date::parse("2026-11-29").unwrap();
    let problems = |l: &LocalOverride| {
        let mut p = Vec::new();
        check::check_override("content/local/GM0344.toml", &m, l, day, &mut p);
        p.into_iter().map(|p| p.to_string()).collect::<Vec<_>>()
    };
    assert_eq!(problems(&local), Vec::<String>::new());
    // Another site (a newspaper, another municipality) is not the municipality's own page.
    let mut elsewhere = local.clone();
    if let Some(place) = elsewhere.meeting_place.as_mut() {
        place.source = "https://www.duic.nl/oekraine".into();
    }
    let p = problems(&elsewhere);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(p[0].contains("meeting_place.source"), "{p:#?}");
    // Leefgeld needs a page, an e-mail address or a phone number.
    let mut empty = local.clone();
    if let Some(g) = empty.leefgeld.as_mut() {
        g.url = None;
    }
    let p = problems(&empty);
    assert!(
        p.iter().any(|p| p.contains("leefgeld gives no page")),
        "{p:#?}"
    );
    let mut bad = local;
    if let Some(g) = bad.leefgeld.as_mut() {
        g.email = Some("not an address".into());
    }
    assert!(problems(&bad).iter().any(|p| p.contains("leefgeld.email")));
}
