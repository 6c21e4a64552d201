//! The draft's rules: checking, storing, expiry, blankness.

use super::*;

fn filled() -> Draft {
    Draft {
        name: "Олена Коваль".into(),
        email: "olena@example.nl".into(),
        municipality: "GM0363".into(),
        place: "Amsterdam".into(),
        capacity: "2".into(),
        rooms: "1".into(),
        available_from: "2030-01-02".into(),
        duration: "more-than-a-year".into(),
        languages: vec![Language::Uk, Language::Nl],
        consent_contact_now: true,
        started_ms: 1000,
        ..Draft::default()
    }
}

fn today() -> Date {
    Date {
        year: 2029,
        month: 12,
        day: 1,
    }
}

#[test]
fn a_filled_draft_passes_the_core_rules() {
    let form = filled().check(today()).expect("valid");
    assert_eq!(form.capacity, Some(2));
    assert_eq!(form.languages, vec![Language::Uk, Language::Nl]);
    assert_eq!(form.email.as_deref(), Some("olena@example.nl"));
    assert_eq!(form.phone, None);
}

#[test]
fn reports_every_problem_with_core_codes() {
    let draft = Draft {
        name: "R2-D2".into(),
        email: String::new(),
        capacity: "two".into(),
        available_from: "2029-11-30".into(),
        ..filled()
    };
    let errors = draft.check(today()).expect_err("invalid");
    assert!(errors.has(Field::Name, Code::Invalid));
    assert!(errors.has(Field::Email, Code::ContactRequired));
    assert!(errors.has(Field::Phone, Code::ContactRequired));
    assert_eq!(errors.get(Field::Capacity), [Code::Invalid]);
    assert!(errors.has(Field::AvailableFrom, Code::InThePast));
    assert!(errors.get(Field::FillMs).is_empty());
    assert!(errors.get(Field::IdempotencyKey).is_empty());
}

#[test]
fn empty_draft_is_all_required() {
    let errors = Draft::default().check(today()).expect_err("invalid");
    for field in [
        Field::Name,
        Field::Municipality,
        Field::Place,
        Field::Capacity,
        Field::Rooms,
        Field::AvailableFrom,
        Field::Duration,
        Field::Languages,
    ] {
        assert!(errors.has(field, Code::Required), "{field:?}");
    }
    assert!(errors.has(Field::ConsentContactNow, Code::ConsentRequired));
}

#[test]
fn the_honeypot_is_checked() {
    let draft = Draft {
        website: "http://spam".into(),
        ..filled()
    };
    assert!(draft
        .check(today())
        .expect_err("bot")
        .has(Field::Website, Code::Invalid));
}

#[test]
fn fill_time_is_measured_from_the_start() {
    assert_eq!(filled().to_host_interest(6500).fill_ms, 5500);
}

#[test]
fn round_trips_and_rejects_garbage() {
    let d = filled();
    assert_eq!(Draft::from_json(&d.to_json()), Some(d.clone()));
    let keyed = Draft {
        key: Some("k\"1".into()),
        ..d.clone()
    };
    assert_eq!(Draft::from_json(&keyed.to_json()), Some(keyed));
    // As the serde-based build stored it.
    let old = r#"{"name":"Олена Коваль","email":"olena@example.nl","phone":"","municipality":"GM0363","place":"Amsterdam","capacity":"2","rooms":"1","separate_room_with_door":false,"pets_accepted":false,"stairs_or_bunk_beds_only":false,"remote_location_own_transport_needed":false,"available_from":"2030-01-02","duration":"more-than-a-year","languages":["uk","nl"],"note":"","consent_contact_now":true,"consent_keep_for_future":false,"website":"","started_ms":1000,"key":null}"#;
    assert_eq!(Draft::from_json(old), Some(d.clone()));
    assert_eq!(d.to_json(), old.replace("null}", "null,\"saved_ms\":0}"));
    assert_eq!(Draft::from_json("{\"languages\": [\"xx\"]}"), None);
    assert_eq!(Draft::from_json("{\"name\": 42"), None);
    assert_eq!(Draft::from_json("{\"name\": 42}"), None);
    assert_eq!(Draft::from_json("{\"started_ms\": -1}"), None);
    assert_eq!(Draft::from_json("42"), None);
    assert_eq!(Draft::from_json("{}"), Some(Draft::default()));
}

#[test]
fn drafts_expire_after_thirty_days_without_a_change() {
    let day = 24 * 60 * 60 * 1000;
    let d = Draft {
        saved_ms: 40 * day,
        ..filled()
    };
    assert!(!d.is_expired(40 * day + 30 * day));
    assert!(d.is_expired(40 * day + 30 * day + 1));
    // Stored before `saved_ms` existed: counted from when it was started.
    let old = Draft {
        started_ms: day,
        ..filled()
    };
    assert!(old.is_expired(32 * day));
    assert!(!old.is_expired(30 * day));
}

#[test]
fn a_blank_form_is_not_kept() {
    let blank = Draft {
        municipality: "GM0363".into(),
        started_ms: 5,
        ..Draft::default()
    };
    let none = Draft::default();
    assert!(blank.is_blank(&none));
    assert!(!filled().is_blank(&none));
    let pets = Draft {
        pets_accepted: true,
        ..blank.clone()
    };
    assert!(!pets.is_blank(&none));
    // What the hosting check settled is not the host's typing: not kept either.
    let from_check = Draft {
        separate_room_with_door: true,
        ..Draft::default()
    };
    let room = Draft {
        separate_room_with_door: true,
        ..blank.clone()
    };
    assert!(room.is_blank(&from_check));
    assert!(!blank.is_blank(&from_check), "unticking it is a choice");
}

#[test]
fn a_draft_already_kept_is_not_written_again() {
    let start = Draft::default();
    let d = Draft {
        key: Some("ab".repeat(16)),
        ..filled()
    };
    let kept = || Draft::from_json(&storage::get(KEY).expect("kept")).expect("readable");
    // Outside a browser nothing reaches a device, but the visit's copy is kept.
    let _ = d.save(&start, 10);
    let _ = d.save(&start, 20);
    assert_eq!(
        kept().saved_ms,
        10,
        "the same draft (from another tab) is not stamped again"
    );
    let changed = Draft {
        place: "Utrecht".into(),
        ..d.clone()
    };
    let _ = changed.save(&start, 30);
    assert_eq!(kept().saved_ms, 30);
    assert_eq!(kept().key, d.key);
    Draft::clear();
    assert_eq!(storage::get(KEY), None);
}

#[test]
fn a_key_alone_is_not_worth_keeping() {
    let keyed = Draft {
        key: Some("ab".repeat(16)),
        municipality: "GM0363".into(),
        ..Draft::default()
    };
    assert!(keyed.is_blank(&Draft::default()));
    let _ = keyed.save(&Draft::default(), 10);
    assert_eq!(storage::get(KEY), None);
}
