//! Which language to show when the URL does not say: the remembered choice, then the
//! browser's languages, then Ukrainian.

use crate::storage;
use hulpwijzer_core::{DEFAULT_LOCALE, LOCALES};

/// Where the chosen language is remembered (the chooser at `/` reads it too).
pub const LOCALE_KEY: &str = "hulpwijzer.locale";

fn ours(tag: &str) -> Option<&'static str> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    LOCALES.iter().copied().find(|l| *l == primary)
}

/// The language to use for `/` and for pages whose URL has no valid language.
pub fn preferred_locale() -> &'static str {
    if let Some(l) = storage::get(LOCALE_KEY).as_deref().and_then(ours) {
        return l;
    }
    let languages = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|a| a.to_vec())
        .unwrap_or_default();
    languages
        .iter()
        .filter_map(|v| v.as_string())
        .find_map(|t| ours(&t))
        .unwrap_or(DEFAULT_LOCALE)
}

/// Remembers the language the user is reading, for their next visit.
pub fn remember_locale(locale: &str) {
    // Kept in memory for this visit when the phone refuses; the URL carries it anyway.
    let _ = storage::set(LOCALE_KEY, locale);
}
