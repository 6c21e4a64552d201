//! What the host has typed so far, kept in `localStorage` so nothing is lost on an
//! error, a reload or a language switch, and turned into the core's [`HostInterest`].
//! A draft not touched for [`DRAFT_MAX_AGE_MS`] is removed when the form is next opened;
//! a blank form keeps nothing on the phone.

use crate::storage::{self, StorageError};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::form::{
    validate, Code, Field, FieldErrors, HostInterest, Language, StayDuration, SCHEMA_VERSION,
};
use serde::{Deserialize, Serialize};

/// Where the draft is kept on the device.
pub const KEY: &str = "hulpwijzer.host-interest.draft";

/// A draft last changed longer ago than this (30 days) is removed instead of restored.
pub const DRAFT_MAX_AGE_MS: u64 = 30 * 24 * 60 * 60 * 1000;

/// Set once an unreadable draft was discarded in this visit, so the notice survives the
/// page being rendered again (texts arriving, a language switch).
static DISCARDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The form as typed: text as text, so nothing is lost before it is checked.
/// Stored as a JSON object of these fields, named as the core's [`Field`]s (read
/// leniently: missing fields are empty, unknown ones ignored; a wrong type discards it).
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
    pub languages: Vec<Language>,
    pub note: String,
    pub consent_contact_now: bool,
    pub consent_keep_for_future: bool,
    /// The honeypot; people never see it.
    pub website: String,
    /// When the form was first opened (ms since the epoch), for `fill_ms`.
    pub started_ms: u64,
    /// The idempotency key of this submission, made when the draft is first kept and
    /// stored with it until the endpoint has it, so a repeated press, or Send in another
    /// tab with the same draft, never makes a second row.
    pub key: Option<String>,
    /// When the draft was last saved (ms since the epoch; 0 before the first save).
    pub saved_ms: u64,
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

fn duration(code: &str) -> Option<StayDuration> {
    StayDuration::ALL.into_iter().find(|d| d.code() == code)
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
    /// Parses a stored draft: an object whose known members have the right types.
    pub fn from_json(text: &str) -> Option<Draft> {
        serde_json::from_str(text).ok()
    }

    /// The draft as stored.
    pub fn to_json(&self) -> String {
        // A struct of strings, numbers and unit enums always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether the draft was last saved (or, for drafts from before `saved_ms`, started)
    /// more than [`DRAFT_MAX_AGE_MS`] before `now_ms`.
    pub fn is_expired(&self, now_ms: u64) -> bool {
        let last = self.saved_ms.max(self.started_ms);
        now_ms.saturating_sub(last) > DRAFT_MAX_AGE_MS
    }

    /// Whether nothing the host typed or chose is in it beyond `start`, the draft the page
    /// starts from (the hosting check's answers; the municipality from the link and the
    /// timing do not count): such a draft is not kept.
    pub fn is_blank(&self, start: &Draft) -> bool {
        let blank = Draft {
            municipality: self.municipality.clone(),
            started_ms: self.started_ms,
            saved_ms: self.saved_ms,
            key: self.key.clone(),
            ..start.clone()
        };
        *self == blank
    }

    /// The stored draft as of `now_ms`, removing one that cannot be read or has expired.
    pub fn load(now_ms: u64) -> DraftLoad {
        match storage::get(KEY) {
            None => DraftLoad::Empty,
            Some(text) => match Draft::from_json(&text) {
                Some(d) if d.is_expired(now_ms) => {
                    Draft::clear();
                    DraftLoad::Empty
                }
                Some(d) => DraftLoad::Found(Box::new(d)),
                None => {
                    Draft::clear();
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

    /// Keeps the draft on the device, stamped with `now_ms` (unless the device already
    /// holds it: a draft taken from another tab is not written back, which would wake that
    /// tab again); a draft still blank from `start` (see [`Draft::is_blank`]) is removed.
    ///
    /// # Errors
    /// [`StorageError`] when the phone refused it (it is kept in memory for this visit).
    pub fn save(&self, start: &Draft, now_ms: u64) -> Result<(), StorageError> {
        if self.is_blank(start) {
            Draft::clear();
            return Ok(());
        }
        if self.same_as_stored() {
            return Ok(());
        }
        let stamped = Draft {
            saved_ms: now_ms,
            ..self.clone()
        };
        storage::set(KEY, &stamped.to_json())
    }

    /// Whether the device holds this draft, whenever it was saved.
    fn same_as_stored(&self) -> bool {
        storage::get(KEY)
            .and_then(|text| Draft::from_json(&text))
            .is_some_and(|stored| {
                let mine = Draft {
                    saved_ms: stored.saved_ms,
                    ..self.clone()
                };
                mine == stored
            })
    }

    /// Forgets the stored draft (after the endpoint acknowledged it, or on request).
    pub fn clear() {
        // Nothing more can be done when the phone refuses; the memory copy is gone.
        let _ = storage::remove(KEY);
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
            languages: self.languages.clone(),
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
        let mut invalid = |field: Field| errors.replace(field, Code::Invalid);
        for (field, text) in [
            (Field::Capacity, &self.capacity),
            (Field::Rooms, &self.rooms),
        ] {
            if count(text).is_err() {
                invalid(field);
            }
        }
        let date = self.available_from.trim();
        if !date.is_empty() && Date::parse(date).is_err() {
            invalid(Field::AvailableFrom);
        }
        if !self.duration.is_empty() && duration(&self.duration).is_none() {
            invalid(Field::Duration);
        }
        errors.into_result().map(|()| form)
    }
}

#[cfg(test)]
mod tests;
