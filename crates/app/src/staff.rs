//! The staff page's work beside the view: talking to the endpoint's export and card
//! routes with the municipality's token ([`api`]), opening the offers in batches
//! ([`opening`]), the card form's layout ([`card`]),
//! the errors it can show ([`StaffError`]), and how each field of an opened offer reads
//! ([`labels`]). Filtering, sorting, parsing and the
//! CSV are `hulpwijzer_core::staff`'s.

pub mod api;
pub mod card;
mod error;
pub mod labels;
pub mod opening;

pub use error::{StaffError, MIN_PASSPHRASE_CHARS};

/// The `sessionStorage` key of the export token (this tab only).
pub const TOKEN_KEY: &str = "hulpwijzer.staff.token";
/// The `sessionStorage` key of the chosen municipality (this tab only).
pub const MUNICIPALITY_KEY: &str = "hulpwijzer.staff.municipality";
