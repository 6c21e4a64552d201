//! What the host has typed so far, kept in `localStorage` so nothing is lost on an
//! error, a reload or a language switch, and turned into the core's [`HostInterest`].

use crate::storage;
use hulpwijzer_core::date::Date;
use hulpwijzer_core::form::{
    validate, FieldErrors, HostInterest, Language, StayDuration, SCHEMA_VERSION,
};
use serde::{Deserialize, Serialize};

const KEY: &str = "hulpwijzer.host-interest.draft";

/// Set once an unreadable draft was discarded in this visit, so the notice survives the
/// page being rendered again (texts arriving, a language switch).
static DISCARDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The languages offered as checkboxes, in form order, with their JSON codes.
pub const LANGUAGES: &[&str] = &["uk", "ru", "en", "nl", "de", "pl", "other"];

/// The form as typed: text as text, so nothing is lost before it is checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub municipality: String,
    pub place: String,
    pub capacity: String,
    pub rooms: String,
    pub separate_room_with_door: bool,
    pub pets_accepted: bool,
    pub stairs_or_bunk_beds_only: bool,
    pub remote_location_own_transport_needed: bool,
    pub available_from: String,
    pub duration: String,
    pub languages: Vec<String>,
    pub note: String,
    pub consent_contact_now: bool,
    pub consent_keep_for_future: bool,
    /// The honeypot; people never see it.
    pub website: String,
    /// When the form was first opened (ms since the epoch), for `fill_ms`.
    pub started_ms: u64,
    /// The idempotency key of this submission, made on the first press of Send and kept
    /// until the endpoint has it, so a repeated press never makes a second row.
    pub key: Option<String>,
}

/// What was found in storage.
pub enum DraftLoad {
    /// Nothing stored (or storage unavailable).
    Empty,
    /// A draft to continue.
    Found(Box<Draft>),
    /// Something unreadable was stored; it has been discarded.
    Discarded,
}

fn language(code: &str) -> Option<Language> {
    Some(match code {
        "uk" => Language::Uk,
        "ru" => Language::Ru,
        "en" => Language::En,
        "nl" => Language::Nl,
        "de" => Language::De,
        "pl" => Language::Pl,
        "other" => Language::Other,
        _ => return None,
    })
}

fn duration(code: &str) -> Option<StayDuration> {
    Some(match code {
        "three-to-six-months" => StayDuration::ThreeToSixMonths,
        "six-to-twelve-months" => StayDuration::SixToTwelveMonths,
        "more-than-a-year" => StayDuration::MoreThanAYear,
        "unsure" => StayDuration::Unsure,
        _ => return None,
    })
}

fn optional(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// A count as typed: empty is `None`, anything that is not a number is `Err`.
fn count(text: &str) -> Result<Option<u32>, ()> {
    let t = text.trim();
    if t.is_empty() {
        Ok(None)
    } else {
        t.parse().map(Some).map_err(|_| ())
    }
}

impl Draft {
    /// Parses a stored draft.
    pub fn from_json(text: &str) -> Option<Draft> {
        serde_json::from_str(text).ok()
    }

    /// The stored draft, discarding one that cannot be read.
    pub fn load() -> DraftLoad {
        match storage::get(KEY) {
            None => DraftLoad::Empty,
            Some(text) => match Draft::from_json(&text) {
                Some(d) => DraftLoad::Found(Box::new(d)),
                None => {
                    super::forget(KEY);
                    DISCARDED.store(true, std::sync::atomic::Ordering::Relaxed);
                    DraftLoad::Discarded
                }
            },
        }
    }

    /// Whether an unreadable draft was discarded earlier in this visit.
    pub fn was_discarded() -> bool {
        DISCARDED.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Keeps the draft on the device.
    pub fn save(&self) {
        if let Ok(text) = serde_json::to_string(self) {
            storage::set(KEY, &text);
        }
    }

    /// Forgets the stored draft (after the endpoint acknowledged it).
    pub fn clear() {
        super::forget(KEY);
    }

    /// The form as the endpoint receives it, with `fill_ms` measured up to `now_ms`.
    pub fn to_host_interest(&self, now_ms: u64) -> HostInterest {
        HostInterest {
            schema_version: SCHEMA_VERSION,
            name: self.name.trim().to_owned(),
            email: optional(&self.email),
            phone: optional(&self.phone),
            municipality: self.municipality.trim().to_owned(),
            place: self.place.trim().to_owned(),
            capacity: count(&self.capacity).unwrap_or(None),
            rooms: count(&self.rooms).unwrap_or(None),
            separate_room_with_door: self.separate_room_with_door,
            pets_accepted: self.pets_accepted,
            stairs_or_bunk_beds_only: self.stairs_or_bunk_beds_only,
            remote_location_own_transport_needed: self.remote_location_own_transport_needed,
            available_from: Date::parse(self.available_from.trim()).ok(),
            duration: duration(&self.duration),
            languages: self.languages.iter().filter_map(|l| language(l)).collect(),
            note: optional(&self.note),
            consent_contact_now: self.consent_contact_now,
            consent_keep_for_future: self.consent_keep_for_future,
            website: self.website.clone(),
            fill_ms: now_ms.saturating_sub(self.started_ms),
            idempotency_key: self.key.clone().unwrap_or_default(),
        }
    }

    /// The core's validation of this draft as of `today`, plus what only the typed text
    /// shows (a count or date that does not parse), without the checks on the fields the
    /// host does not fill in (`fill_ms`, `idempotency_key`), which the sender takes care of.
    pub fn check(&self, today: Date) -> Result<HostInterest, FieldErrors> {
        let mut form = self.to_host_interest(u64::MAX / 2);
        if form.idempotency_key.is_empty() {
            form.idempotency_key = "0000000000000000".to_owned();
        }
        let mut errors = validate(&form, today).err().unwrap_or_default();
        for (field, text) in [("capacity", &self.capacity), ("rooms", &self.rooms)] {
            if count(text).is_err() {
                errors.0.remove(field);
                errors.add(field, "invalid");
            }
        }
        let date = self.available_from.trim();
        if !date.is_empty() && Date::parse(date).is_err() {
            errors.0.remove("available_from");
            errors.add("available_from", "invalid");
        }
        if !self.duration.is_empty() && duration(&self.duration).is_none() {
            errors.0.remove("duration");
            errors.add("duration", "invalid");
        }
        errors.into_result().map(|()| form)
    }
}

#[cfg(test)]
mod tests {
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
            languages: vec!["uk".into(), "nl".into()],
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
        assert!(errors.has("name", "invalid"));
        assert!(errors.has("email", "contact-required"));
        assert!(errors.has("phone", "contact-required"));
        assert_eq!(errors.get("capacity"), ["invalid".to_owned()]);
        assert!(errors.has("available_from", "in-the-past"));
        assert!(errors.get("fill_ms").is_empty());
        assert!(errors.get("idempotency_key").is_empty());
    }

    #[test]
    fn empty_draft_is_all_required() {
        let errors = Draft::default().check(today()).expect_err("invalid");
        for field in [
            "name",
            "municipality",
            "place",
            "capacity",
            "rooms",
            "available_from",
            "duration",
            "languages",
        ] {
            assert!(errors.has(field, "required"), "{field}");
        }
        assert!(errors.has("consent_contact_now", "consent-required"));
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
            .has("website", "invalid"));
    }

    #[test]
    fn fill_time_is_measured_from_the_start() {
        assert_eq!(filled().to_host_interest(6500).fill_ms, 5500);
    }

    #[test]
    fn round_trips_and_rejects_garbage() {
        let d = filled();
        let text = serde_json::to_string(&d).expect("json");
        assert_eq!(Draft::from_json(&text), Some(d));
        assert_eq!(Draft::from_json("{\"name\": 42"), None);
        assert_eq!(Draft::from_json("42"), None);
        assert_eq!(Draft::from_json("{}"), Some(Draft::default()));
    }
}
