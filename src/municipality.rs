//! The user's municipality: remembered on the device and carried in the URL (`?m=GM0034`).

use crate::storage;
use hulpwijzer_core::route::is_municipality_code;

const KEY: &str = "hulpwijzer.municipality";

/// The municipality chosen on an earlier visit, if any.
pub fn remembered_municipality() -> Option<String> {
    storage::get(KEY).filter(|c| is_municipality_code(c))
}

/// Remembers the chosen municipality for the next visit.
pub fn remember_municipality(code: &str) {
    storage::set(KEY, code);
}

/// The display name of a municipality code.
pub fn name_of(code: Option<&str>) -> Option<String> {
    code.map(str::to_owned)
}
