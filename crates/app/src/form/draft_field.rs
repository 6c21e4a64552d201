//! The draft's fields as closed sets, each tied to the core's [`Field`]: the form's
//! inputs read and write the draft through these, matched exhaustively, so a field
//! the draft lacks cannot be named.

use super::draft::Draft;
use hulpwijzer_core::form::Field;

/// A field of the draft kept as typed text (inputs, selects, the text area).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
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
    /// `available_from`
    AvailableFrom,
    /// `duration`
    Duration,
    /// `note`
    Note,
    /// `website`, the honeypot.
    Website,
}

/// A yes/no field of the draft (a checkbox).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagField {
    /// `separate_room_with_door`
    SeparateRoomWithDoor,
    /// `pets_accepted`
    PetsAccepted,
    /// `stairs_or_bunk_beds_only`
    StairsOrBunkBedsOnly,
    /// `remote_location_own_transport_needed`
    RemoteLocationOwnTransportNeeded,
    /// `consent_contact_now`
    ConsentContactNow,
    /// `consent_keep_for_future`
    ConsentKeepForFuture,
}

impl TextField {
    /// Every text field.
    #[cfg(test)]
    pub const ALL: [TextField; 11] = [
        TextField::Name,
        TextField::Email,
        TextField::Phone,
        TextField::Municipality,
        TextField::Place,
        TextField::Capacity,
        TextField::Rooms,
        TextField::AvailableFrom,
        TextField::Duration,
        TextField::Note,
        TextField::Website,
    ];

    /// The core's field (its name is the draft's member and the input's name).
    pub fn field(self) -> Field {
        match self {
            TextField::Name => Field::Name,
            TextField::Email => Field::Email,
            TextField::Phone => Field::Phone,
            TextField::Municipality => Field::Municipality,
            TextField::Place => Field::Place,
            TextField::Capacity => Field::Capacity,
            TextField::Rooms => Field::Rooms,
            TextField::AvailableFrom => Field::AvailableFrom,
            TextField::Duration => Field::Duration,
            TextField::Note => Field::Note,
            TextField::Website => Field::Website,
        }
    }

    /// The text in `d`.
    pub fn get(self, d: &Draft) -> &String {
        match self {
            TextField::Name => &d.name,
            TextField::Email => &d.email,
            TextField::Phone => &d.phone,
            TextField::Municipality => &d.municipality,
            TextField::Place => &d.place,
            TextField::Capacity => &d.capacity,
            TextField::Rooms => &d.rooms,
            TextField::AvailableFrom => &d.available_from,
            TextField::Duration => &d.duration,
            TextField::Note => &d.note,
            TextField::Website => &d.website,
        }
    }

    /// The text in `d`, to change.
    pub fn get_mut(self, d: &mut Draft) -> &mut String {
        match self {
            TextField::Name => &mut d.name,
            TextField::Email => &mut d.email,
            TextField::Phone => &mut d.phone,
            TextField::Municipality => &mut d.municipality,
            TextField::Place => &mut d.place,
            TextField::Capacity => &mut d.capacity,
            TextField::Rooms => &mut d.rooms,
            TextField::AvailableFrom => &mut d.available_from,
            TextField::Duration => &mut d.duration,
            TextField::Note => &mut d.note,
            TextField::Website => &mut d.website,
        }
    }
}

impl FlagField {
    /// Every yes/no field.
    #[cfg(test)]
    pub const ALL: [FlagField; 6] = [
        FlagField::SeparateRoomWithDoor,
        FlagField::PetsAccepted,
        FlagField::StairsOrBunkBedsOnly,
        FlagField::RemoteLocationOwnTransportNeeded,
        FlagField::ConsentContactNow,
        FlagField::ConsentKeepForFuture,
    ];

    /// The yes/no field of the core's `field`; `None` for a field that is no checkbox.
    pub fn of(field: Field) -> Option<FlagField> {
        match field {
            Field::SeparateRoomWithDoor => Some(FlagField::SeparateRoomWithDoor),
            Field::PetsAccepted => Some(FlagField::PetsAccepted),
            Field::StairsOrBunkBedsOnly => Some(FlagField::StairsOrBunkBedsOnly),
            Field::RemoteLocationOwnTransportNeeded => {
                Some(FlagField::RemoteLocationOwnTransportNeeded)
            }
            Field::ConsentContactNow => Some(FlagField::ConsentContactNow),
            Field::ConsentKeepForFuture => Some(FlagField::ConsentKeepForFuture),
            Field::SchemaVersion
            | Field::Name
            | Field::Email
            | Field::Phone
            | Field::Municipality
            | Field::Place
            | Field::Capacity
            | Field::Rooms
            | Field::AvailableFrom
            | Field::Duration
            | Field::Languages
            | Field::Note
            | Field::Website
            | Field::FillMs
            | Field::IdempotencyKey
            | Field::Form => None,
        }
    }

    /// The core's field.
    pub fn field(self) -> Field {
        match self {
            FlagField::SeparateRoomWithDoor => Field::SeparateRoomWithDoor,
            FlagField::PetsAccepted => Field::PetsAccepted,
            FlagField::StairsOrBunkBedsOnly => Field::StairsOrBunkBedsOnly,
            FlagField::RemoteLocationOwnTransportNeeded => Field::RemoteLocationOwnTransportNeeded,
            FlagField::ConsentContactNow => Field::ConsentContactNow,
            FlagField::ConsentKeepForFuture => Field::ConsentKeepForFuture,
        }
    }

    /// The value in `d`.
    pub fn get(self, d: &Draft) -> bool {
        match self {
            FlagField::SeparateRoomWithDoor => d.separate_room_with_door,
            FlagField::PetsAccepted => d.pets_accepted,
            FlagField::StairsOrBunkBedsOnly => d.stairs_or_bunk_beds_only,
            FlagField::RemoteLocationOwnTransportNeeded => d.remote_location_own_transport_needed,
            FlagField::ConsentContactNow => d.consent_contact_now,
            FlagField::ConsentKeepForFuture => d.consent_keep_for_future,
        }
    }

    /// The value in `d`, to change.
    pub fn get_mut(self, d: &mut Draft) -> &mut bool {
        match self {
            FlagField::SeparateRoomWithDoor => &mut d.separate_room_with_door,
            FlagField::PetsAccepted => &mut d.pets_accepted,
            FlagField::StairsOrBunkBedsOnly => &mut d.stairs_or_bunk_beds_only,
            FlagField::RemoteLocationOwnTransportNeeded => {
                &mut d.remote_location_own_transport_needed
            }
            FlagField::ConsentContactNow => &mut d.consent_contact_now,
            FlagField::ConsentKeepForFuture => &mut d.consent_keep_for_future,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The draft's storage format is the core's field names (what the host fills in)
    /// plus its own bookkeeping, and every field the host fills in has a place in it.
    #[test]
    fn the_stored_draft_has_exactly_the_form_fields() {
        let stored = serde_json::to_value(Draft::default()).unwrap_or_default();
        let members: BTreeSet<String> = stored
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        let mut expected: BTreeSet<String> = TextField::ALL
            .iter()
            .map(|t| t.field())
            .chain(FlagField::ALL.iter().map(|f| f.field()))
            .chain([Field::Languages])
            .map(|f| f.name().to_owned())
            .collect();
        expected.extend(["started_ms", "key", "saved_ms"].map(str::to_owned));
        assert_eq!(members, expected);
        for field in Field::ALL {
            let sent_by_the_sender = matches!(
                field,
                Field::SchemaVersion | Field::FillMs | Field::IdempotencyKey | Field::Form
            );
            assert_eq!(
                members.contains(field.name()),
                !sent_by_the_sender,
                "{field:?}"
            );
        }
    }

    #[test]
    fn accessors_reach_their_own_member() {
        for t in TextField::ALL {
            let mut d = Draft::default();
            *t.get_mut(&mut d) = "x".into();
            let v = serde_json::to_value(&d).unwrap_or_default();
            assert_eq!(v[t.field().name()], "x", "{t:?}");
            assert_eq!(t.get(&d), "x");
        }
        for f in FlagField::ALL {
            let mut d = Draft::default();
            *f.get_mut(&mut d) = true;
            let v = serde_json::to_value(&d).unwrap_or_default();
            assert_eq!(v[f.field().name()], true, "{f:?}");
            assert!(f.get(&d));
        }
    }
}
