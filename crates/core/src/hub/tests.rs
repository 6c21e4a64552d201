//! Tests against `content/hubs.toml` (`cargo test -p hulpwijzer-core --features load`).
#![allow(clippy::unwrap_used)]

use super::*;
use crate::load::load_locales;
use crate::municipality::load_directory;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn hubs() -> Hubs {
    Hubs::new(load_hubs(&root()).unwrap_or_else(|p| panic!("{p:#?}")))
}

#[test]
fn twenty_five_hubs_of_which_twenty_three_are_shown() {
    let hubs = hubs();
    assert_eq!(hubs.all.len(), 25);
    assert_eq!(hubs.visible().len(), 23);
    assert!(hubs.visible().iter().all(|h| h.status != HubStatus::Closed));
    let closed: Vec<&str> = hubs
        .all
        .iter()
        .filter(|h| h.status == HubStatus::Closed)
        .map(|h| h.id.as_str())
        .collect();
    assert_eq!(closed, ["skazka-de-aker-amsterdam", "gimmert-ontmoet-cafe"]);
}

#[test]
fn own_municipality_first_then_province_then_the_rest() {
    let hubs = hubs();
    let order = hubs.for_province("Noord-Holland", Some("GM0392"));
    assert_eq!(order.len(), 23);
    let ids: Vec<&str> = order.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids[..2], ["haarlem4ukraine", "rasom-haarlem"]);
    // Then the rest of Noord-Holland (5 visible), then the other provinces by name.
    assert!(
        order[2..7].iter().all(|h| h.province == "Noord-Holland"),
        "{ids:?}"
    );
    assert!(
        order[7..].iter().all(|h| h.province != "Noord-Holland"),
        "{ids:?}"
    );
    let rest: Vec<&str> = order[7..].iter().map(|h| h.province.as_str()).collect();
    let mut sorted = rest.clone();
    sorted.sort();
    assert_eq!(rest, sorted);
    // Zeeland has no hub: everything in province order.
    let zeeland = hubs.for_province("Zeeland", Some("GM0687"));
    assert_eq!(
        zeeland.first().map(|h| h.province.as_str()),
        Some("Drenthe")
    );
    // Without a municipality, the province comes first.
    assert_eq!(hubs.for_province("Limburg", None)[0].province, "Limburg");
}

#[test]
fn project_hubs_are_valid() {
    let root = root();
    let dir = load_directory(&root).unwrap();
    let (locales, _) = load_locales(&root);
    let today = crate::date::Date::parse("2026-11-22").unwrap();
    let all = load_hubs(&root).unwrap();
    let problems = validate_hubs(&all, &dir, &locales, today);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn validation_catches_wrong_hubs() {
    let root = root();
    let dir = load_directory(&root).unwrap();
    let mut all = load_hubs(&root).unwrap();
    all[0].province = "Zeeland".into();
    all[1].municipality = "GM9999".into();
    all[2].id = all[3].id.clone();
    all[4].offers.clear();
    all[5].source = "http://example.nl".into();
    let today = crate::date::Date::parse("2026-11-22").unwrap();
    let problems = validate_hubs(&all, &dir, &[], today);
    let text = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    for expected in [
        "province",
        "no municipality",
        "duplicate hub id",
        "offer",
        "https",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
}

#[test]
fn offers_and_statuses_are_kebab_case_in_data() {
    #[derive(serde::Deserialize)]
    struct Row {
        offers: Vec<HubOffer>,
        status: HubStatus,
    }
    let row: Row = toml::from_str(
        r#"offers = ["humanitarian-aid", "language-lessons"]
status = "unclear""#,
    )
    .unwrap();
    assert_eq!(
        row.offers,
        [HubOffer::HumanitarianAid, HubOffer::LanguageLessons]
    );
    assert_eq!(row.status, HubStatus::Unclear);
    assert!(toml::from_str::<Row>(
        r#"offers = ["yoga"]
status = "active""#
    )
    .is_err());
    for o in HubOffer::ALL {
        assert_eq!(offer_key(o), format!("hub-offer-{}", o.as_str()));
    }
    assert_eq!(message_keys(&[]).len(), HubOffer::ALL.len() + 2);
}
