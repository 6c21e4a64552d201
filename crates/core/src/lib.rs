//! Pure core of Hulpwijzer.
//!
//! Everything here is plain Rust (serde, and sha2 for key fingerprints), so it compiles natively for tests
//! and to wasm for the app, and is shared with the endpoint:
//! - [`model`]: trees, contacts, links and facts as data (ids and routing, no prose);
//! - [`keys`]: the one place where a Fluent message key is derived from ids;
//! - [`engine`]: walking a tree (answer, back, change an earlier answer, replay);
//! - [`route`]: the URL state codec;
//! - [`dated`]: which fact, step or outcome holds on a given day;
//! - [`event`]: dated legal events (the end of temporary protection) that content names;
//! - [`validate`]: proves the content sound (with the `load` feature, from files);
//! - [`sensitive`]: a page that lists a line for people in danger offers "leave this page";
//! - [`csv`], [`fingerprint`], [`staff`]: the Excel-safe CSV rules, the key fingerprint
//!   and the staff page's logic, shared by the endpoint and the app.

pub mod card;
pub mod check;
pub mod contact;
pub mod csv;
pub mod date;
pub mod dated;
pub mod desk;
pub mod engine;
pub mod event;
pub mod fingerprint;
pub mod form;
pub mod glossary;
pub mod html;
pub mod hub;
pub mod ids;
pub mod keys;
pub mod model;
pub mod municipality;
pub mod route;
pub mod sensitive;
pub mod shortcut;
pub mod staff;
pub mod texts;
pub mod time_rules;
pub mod validate;

#[cfg(feature = "load")]
pub mod load;
#[cfg(feature = "load")]
pub mod today;

/// The languages the portal speaks, in the order the language switcher shows them.
pub const LOCALES: [&str; 4] = ["uk", "ru", "en", "nl"];

/// The language used when nothing better is known (the portal is Ukrainian-first).
pub const DEFAULT_LOCALE: &str = "uk";
