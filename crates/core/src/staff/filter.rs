//! The staff page's filters: capacity, pets, start date and place.

use super::Offer;
use crate::date::Date;

/// Whether pets must be welcome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PetsFilter {
    /// Any offer.
    #[default]
    Any,
    /// Only offers where pets are welcome.
    Welcome,
    /// Only offers where pets are not welcome.
    NotWelcome,
}

impl PetsFilter {
    /// Every choice, in the order the page lists them.
    pub const ALL: [PetsFilter; 3] = [PetsFilter::Any, PetsFilter::Welcome, PetsFilter::NotWelcome];

    /// The `<option>` value (`any`).
    pub fn code(self) -> &'static str {
        match self {
            PetsFilter::Any => "any",
            PetsFilter::Welcome => "welcome",
            PetsFilter::NotWelcome => "not-welcome",
        }
    }

    /// The choice whose value is `code`; [`PetsFilter::Any`] for anything else.
    pub fn from_code(code: &str) -> PetsFilter {
        PetsFilter::ALL
            .into_iter()
            .find(|p| p.code() == code)
            .unwrap_or_default()
    }
}

/// What the staff page filters on; the default shows every offer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OfferFilter {
    /// At least this many people fit.
    pub min_capacity: Option<u32>,
    /// Pets welcome or not.
    pub pets: PetsFilter,
    /// The space is free on or before this day.
    pub available_by: Option<Date>,
    /// The town or village contains this text (case and surrounding spaces ignored).
    pub place: String,
}

impl OfferFilter {
    /// Whether `offer` passes every filter.
    pub fn matches(&self, offer: &Offer) -> bool {
        let f = &offer.form;
        let capacity = self
            .min_capacity
            .is_none_or(|min| f.capacity.is_some_and(|c| c >= min));
        let pets = match self.pets {
            PetsFilter::Any => true,
            PetsFilter::Welcome => f.pets_accepted,
            PetsFilter::NotWelcome => !f.pets_accepted,
        };
        let date = self
            .available_by
            .is_none_or(|by| f.available_from.is_some_and(|from| from <= by));
        let wanted = self.place.trim().to_lowercase();
        let place = wanted.is_empty() || f.place.to_lowercase().contains(&wanted);
        capacity && pets && date && place
    }

    /// The offers that pass, in their order.
    pub fn apply<'a>(&self, offers: &'a [Offer]) -> Vec<&'a Offer> {
        offers.iter().filter(|o| self.matches(o)).collect()
    }
}
