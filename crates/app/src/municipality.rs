//! The user's municipality: remembered on the device and carried in the URL (`?m=GM0034`).

use crate::catalog::directory;
use crate::storage;
use hulpwijzer_core::municipality::Municipality;
use hulpwijzer_core::route::is_municipality_code;

const KEY: &str = "hulpwijzer.municipality";

/// The municipality chosen on an earlier visit (a well-formed code; an unknown one is
/// reported where it is shown).
pub fn remembered_municipality() -> Option<String> {
    storage::get(KEY).filter(|c| is_municipality_code(c))
}

/// Remembers the chosen municipality for the next visit.
pub fn remember_municipality(code: &str) {
    // Kept in memory for this visit when the phone refuses; the URL carries it anyway.
    let _ = storage::set(KEY, code);
}

/// The municipality a code names, if it is one of the 342.
pub fn lookup(code: Option<&str>) -> Option<&'static Municipality> {
    code.and_then(|c| directory().by_code(c))
}

/// The display name of a municipality code.
pub fn name_of(code: Option<&str>) -> Option<String> {
    lookup(code).map(|m| m.name.clone())
}
