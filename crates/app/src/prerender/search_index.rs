//! The search index of a language, `/search/<l>-<hash>.json`: every answer of the A–Z page
//! ([`entries`]) with the words people use for it, and the words search ignores. The search
//! module (`web/search/`, decision 29) builds its index from it in the browser; the
//! service worker keeps it with the language's texts, so search works offline.

use super::topic_index::{entries, Entry};
use crate::i18n::I18n;
use crate::key;
use hulpwijzer_core::date::Date;
use hulpwijzer_core::load::fnv_hex;
use serde::Serialize;
use std::path::Path;

/// What the search module reads.
#[derive(Serialize)]
pub struct SearchIndex {
    /// Words too common to tell answers apart (`search-ignored-words`), lowercase.
    pub ignore: Vec<String>,
    /// Every answer that holds on the day, as the A–Z page lists it.
    pub answers: Vec<Entry>,
}

/// The index of `i18n`'s language on `day`.
pub fn search_index(i18n: &I18n, day: Date) -> SearchIndex {
    let ignore = i18n
        .tr(key!("search-ignored-words"))
        .split(',')
        .map(|w| w.trim().to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    SearchIndex {
        ignore,
        answers: entries(i18n, day),
    }
}

/// Writes the index into `dist/search/`, named by a hash of its content; returns its URL path.
///
/// # Errors
/// A message when the file cannot be written.
pub fn write(dist: &Path, i18n: &I18n, day: Date) -> Result<String, String> {
    let json = serde_json::to_string(&search_index(i18n, day)).map_err(|e| e.to_string())?;
    let name = format!("{}-{}.json", i18n.locale(), fnv_hex(json.as_bytes()));
    let dir = dist.join("search");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    std::fs::write(dir.join(&name), json).map_err(|e| format!("{}/{name}: {e}", dir.display()))?;
    Ok(format!("/search/{name}"))
}
