//! How the card form lays out its fields: the groups (each a `<fieldset>`), the kind of
//! input of each field, and their ids.

use crate::{key, Key};
use hulpwijzer_core::card::{CardField, CARD_FIELDS};

/// A group of fields with its own legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardGroup {
    /// The Ukraine desk and the general number.
    Desk,
    /// The registration appointment.
    Registration,
    /// Living allowance.
    Leefgeld,
    /// A meeting place or information point.
    Place,
    /// The page that states all this.
    Source,
}

impl CardGroup {
    /// Every group, in the order of [`CARD_FIELDS`].
    pub const ALL: [CardGroup; 5] = [
        CardGroup::Desk,
        CardGroup::Registration,
        CardGroup::Leefgeld,
        CardGroup::Place,
        CardGroup::Source,
    ];

    /// The group a field belongs to.
    pub fn of(field: CardField) -> CardGroup {
        match field {
            CardField::UkraineEmail | CardField::UkrainePhone | CardField::GeneralPhone => {
                CardGroup::Desk
            }
            CardField::BrpAppointmentUrl => CardGroup::Registration,
            CardField::LeefgeldUrl | CardField::LeefgeldEmail | CardField::LeefgeldPhone => {
                CardGroup::Leefgeld
            }
            CardField::PlaceName | CardField::PlaceAddress | CardField::PlaceHours => {
                CardGroup::Place
            }
            CardField::Source => CardGroup::Source,
        }
    }

    /// Its fields, in [`CARD_FIELDS`] order.
    pub fn fields(self) -> impl Iterator<Item = CardField> {
        CARD_FIELDS
            .into_iter()
            .filter(move |f| CardGroup::of(*f) == self)
    }

    /// The Fluent key of its legend.
    pub fn legend_key(self) -> Key {
        match self {
            CardGroup::Desk => key!("staff-card-group-desk"),
            CardGroup::Registration => key!("staff-card-group-registration"),
            CardGroup::Leefgeld => key!("staff-card-group-leefgeld"),
            CardGroup::Place => key!("staff-card-group-place"),
            CardGroup::Source => key!("staff-card-group-source"),
        }
    }
}

/// The `type` of a field's input, so phones offer a number pad and so on.
pub fn input_type(field: CardField) -> &'static str {
    match field {
        CardField::UkraineEmail | CardField::LeefgeldEmail => "email",
        CardField::UkrainePhone | CardField::GeneralPhone | CardField::LeefgeldPhone => "tel",
        CardField::BrpAppointmentUrl | CardField::LeefgeldUrl | CardField::Source => "url",
        CardField::PlaceName | CardField::PlaceAddress | CardField::PlaceHours => "text",
    }
}

/// The id of a field's input (`card-ukraine_phone`).
pub fn input_id(field: CardField) -> String {
    format!("card-{}", field.name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_groups_show_every_field_once_in_order() {
        let shown: Vec<CardField> = CardGroup::ALL
            .into_iter()
            .flat_map(CardGroup::fields)
            .collect();
        assert_eq!(shown, CARD_FIELDS.to_vec());
        assert!(CardGroup::ALL
            .into_iter()
            .all(|g| g.fields().next().is_some()));
    }
}
