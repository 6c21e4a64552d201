//! The form's fields and error codes as closed sets, and the per-field error map: the
//! stable contract with the app. Message keys, the endpoint's `422` bodies, the export
//! columns and the OpenAPI document all derive from (or are tested against) these enums.

use serde::{Deserialize, Serialize};

/// Every field that can carry errors, in form order; [`Field::Form`] (the whole body) last.
/// Serialised as its JSON member name (`consent_contact_now`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// `schema_version`
    SchemaVersion,
    /// `name`
    Name,
    /// `email`
    Email,
    /// `phone`
    Phone,
    /// `municipality`
    Municipality,
    /// `place`
    Place,
    /// `capacity`
    Capacity,
    /// `rooms`
    Rooms,
    /// `separate_room_with_door`
    SeparateRoomWithDoor,
    /// `pets_accepted`
    PetsAccepted,
    /// `stairs_or_bunk_beds_only`
    StairsOrBunkBedsOnly,
    /// `remote_location_own_transport_needed`
    RemoteLocationOwnTransportNeeded,
    /// `available_from`
    AvailableFrom,
    /// `duration`
    Duration,
    /// `languages`
    Languages,
    /// `note`
    Note,
    /// `consent_contact_now`
    ConsentContactNow,
    /// `consent_keep_for_future`
    ConsentKeepForFuture,
    /// `website` (the honeypot)
    Website,
    /// `fill_ms`
    FillMs,
    /// `idempotency_key`
    IdempotencyKey,
    /// `form`: errors about the whole body (code `malformed`), not one member.
    Form,
}

/// The error codes, all kebab-case on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// A field the host must fill in is empty or missing.
    Required,
    /// Text longer than allowed.
    TooLong,
    /// Malformed (characters, format, repeats, honeypot filled in). The endpoint also
    /// reports it on any field whose JSON value has the wrong type (`"capacity": "two"`).
    Invalid,
    /// A number outside its range, or a date too far ahead.
    OutOfRange,
    /// A date before today.
    InThePast,
    /// Neither e-mail nor phone given (reported on both fields).
    ContactRequired,
    /// The consent to be contacted is missing.
    ConsentRequired,
    /// The form was sent faster than a person can fill it in.
    TooFast,
    /// A `schema_version` this build does not know.
    Unsupported,
    /// The body is not JSON or not an object of this schema (field [`Field::Form`]).
    Malformed,
    /// Text holds an invisible or bidirectional control character (zero-width space,
    /// right-to-left override, …) that would hide or reorder what a municipality sees.
    InvisibleCharacter,
    /// The municipality takes no offers through this deployment (its key is not
    /// registered); reported by the endpoint only.
    NotRegistered,
    /// The offer sent with this idempotency key was withdrawn by the host or handled by
    /// the municipality, so sending it again does not bring it back (field
    /// [`Field::Form`]); reported by the endpoint only, with `410 Gone`.
    Withdrawn,
}

impl Field {
    /// Every field, in form order.
    pub const ALL: [Field; 22] = [
        Field::SchemaVersion,
        Field::Name,
        Field::Email,
        Field::Phone,
        Field::Municipality,
        Field::Place,
        Field::Capacity,
        Field::Rooms,
        Field::SeparateRoomWithDoor,
        Field::PetsAccepted,
        Field::StairsOrBunkBedsOnly,
        Field::RemoteLocationOwnTransportNeeded,
        Field::AvailableFrom,
        Field::Duration,
        Field::Languages,
        Field::Note,
        Field::ConsentContactNow,
        Field::ConsentKeepForFuture,
        Field::Website,
        Field::FillMs,
        Field::IdempotencyKey,
        Field::Form,
    ];

    /// The JSON member name (`consent_contact_now`).
    pub fn name(self) -> &'static str {
        match self {
            Field::SchemaVersion => "schema_version",
            Field::Name => "name",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::Municipality => "municipality",
            Field::Place => "place",
            Field::Capacity => "capacity",
            Field::Rooms => "rooms",
            Field::SeparateRoomWithDoor => "separate_room_with_door",
            Field::PetsAccepted => "pets_accepted",
            Field::StairsOrBunkBedsOnly => "stairs_or_bunk_beds_only",
            Field::RemoteLocationOwnTransportNeeded => "remote_location_own_transport_needed",
            Field::AvailableFrom => "available_from",
            Field::Duration => "duration",
            Field::Languages => "languages",
            Field::Note => "note",
            Field::ConsentContactNow => "consent_contact_now",
            Field::ConsentKeepForFuture => "consent_keep_for_future",
            Field::Website => "website",
            Field::FillMs => "fill_ms",
            Field::IdempotencyKey => "idempotency_key",
            Field::Form => "form",
        }
    }

    /// The field named `name` on the wire, if there is one.
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The codes this field can carry (never empty).
    pub fn codes(self) -> &'static [Code] {
        use Code::*;
        match self {
            Field::Name | Field::Place => &[Required, TooLong, Invalid, InvisibleCharacter],
            Field::Email => &[TooLong, Invalid, ContactRequired, InvisibleCharacter],
            Field::Phone => &[Invalid, ContactRequired, InvisibleCharacter],
            Field::Municipality => &[Required, Invalid, NotRegistered],
            Field::IdempotencyKey | Field::Languages | Field::Duration => &[Required, Invalid],
            Field::Capacity | Field::Rooms => &[Required, OutOfRange, Invalid],
            Field::AvailableFrom => &[Required, Invalid, InThePast, OutOfRange],
            Field::Note => &[TooLong, Invalid, InvisibleCharacter],
            Field::ConsentContactNow => &[ConsentRequired, Invalid],
            Field::SeparateRoomWithDoor
            | Field::PetsAccepted
            | Field::StairsOrBunkBedsOnly
            | Field::RemoteLocationOwnTransportNeeded
            | Field::ConsentKeepForFuture
            | Field::Website => &[Invalid],
            Field::FillMs => &[TooFast, Invalid],
            Field::SchemaVersion => &[Unsupported, Invalid],
            Field::Form => &[Malformed, Withdrawn],
        }
    }

    /// Whether the endpoint keeps the field with the offer (and exports it): not the
    /// honeypot, the timing, the idempotency key (kept only as a hash) or the
    /// pseudo-field.
    pub fn is_stored(self) -> bool {
        match self {
            Field::Website | Field::FillMs | Field::IdempotencyKey | Field::Form => false,
            Field::SchemaVersion
            | Field::Name
            | Field::Email
            | Field::Phone
            | Field::Municipality
            | Field::Place
            | Field::Capacity
            | Field::Rooms
            | Field::SeparateRoomWithDoor
            | Field::PetsAccepted
            | Field::StairsOrBunkBedsOnly
            | Field::RemoteLocationOwnTransportNeeded
            | Field::AvailableFrom
            | Field::Duration
            | Field::Languages
            | Field::Note
            | Field::ConsentContactNow
            | Field::ConsentKeepForFuture => true,
        }
    }

    /// Whether the field holds personal data (who the host is and how to reach them, and
    /// their own words): never logged, and sealed before it is stored.
    pub fn is_personal(self) -> bool {
        match self {
            Field::Name | Field::Email | Field::Phone | Field::Note => true,
            Field::SchemaVersion
            | Field::Municipality
            | Field::Place
            | Field::Capacity
            | Field::Rooms
            | Field::SeparateRoomWithDoor
            | Field::PetsAccepted
            | Field::StairsOrBunkBedsOnly
            | Field::RemoteLocationOwnTransportNeeded
            | Field::AvailableFrom
            | Field::Duration
            | Field::Languages
            | Field::ConsentContactNow
            | Field::ConsentKeepForFuture
            | Field::Website
            | Field::FillMs
            | Field::IdempotencyKey
            | Field::Form => false,
        }
    }
}

impl Code {
    /// Every code.
    pub const ALL: [Code; 13] = [
        Code::Required,
        Code::TooLong,
        Code::Invalid,
        Code::OutOfRange,
        Code::InThePast,
        Code::ContactRequired,
        Code::ConsentRequired,
        Code::TooFast,
        Code::Unsupported,
        Code::Malformed,
        Code::InvisibleCharacter,
        Code::NotRegistered,
        Code::Withdrawn,
    ];

    /// The wire code (`contact-required`).
    pub fn code(self) -> &'static str {
        match self {
            Code::Required => "required",
            Code::TooLong => "too-long",
            Code::Invalid => "invalid",
            Code::OutOfRange => "out-of-range",
            Code::InThePast => "in-the-past",
            Code::ContactRequired => "contact-required",
            Code::ConsentRequired => "consent-required",
            Code::TooFast => "too-fast",
            Code::Unsupported => "unsupported",
            Code::Malformed => "malformed",
            Code::InvisibleCharacter => "invisible-character",
            Code::NotRegistered => "not-registered",
            Code::Withdrawn => "withdrawn",
        }
    }

    /// The code spelt `code` on the wire, if there is one.
    pub fn from_code(code: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// The Fluent message key the app shows for `code` on `field`:
/// `form-error-{field}-{code}` with `_` in the field name turned into `-`.
pub fn message_key(field: Field, code: Code) -> String {
    format!(
        "form-error-{}-{}",
        field.name().replace('_', "-"),
        code.code()
    )
}

/// Every message key the form can need: one per field and each of its codes.
pub fn message_keys() -> Vec<String> {
    Field::ALL
        .into_iter()
        .flat_map(|f| f.codes().iter().map(move |c| message_key(f, *c)))
        .collect()
}
