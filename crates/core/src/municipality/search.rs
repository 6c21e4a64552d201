//! Finding a municipality by postcode or by (part of) its name.

use super::fold::{compact, fold};
use super::{Directory, Municipality};
use crate::contact::parse_postcode;

/// The most municipalities a name search returns.
pub const MAX_RESULTS: usize = 8;

/// Longer queries cannot match any name; they are cut here before folding.
const MAX_QUERY_CHARS: usize = 80;

/// What a search found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SearchResult<'a> {
    /// The input was a postcode (`9531`, `9531 AB`) and this municipality holds it.
    Postcode {
        /// The four digits.
        pc4: u16,
        /// The municipality holding most of its addresses.
        municipality: &'a Municipality,
    },
    /// The input was a postcode the table does not know: show a message and the name search.
    UnknownPostcode {
        /// The four digits.
        pc4: u16,
    },
    /// Municipalities whose name or alias matches, best first, at most [`MAX_RESULTS`];
    /// empty when nothing matches or the input is empty.
    Names(Vec<&'a Municipality>),
}

/// How well a name matches; lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Exact,
    Prefix,
    WordPrefix,
    Substring,
}

fn rank(key: &str, query: &str, compact_query: &str) -> Option<Rank> {
    if key == query {
        return Some(Rank::Exact);
    }
    if key.starts_with(query) {
        return Some(Rank::Prefix);
    }
    if key
        .match_indices(' ')
        .any(|(i, _)| key.get(i + 1..).is_some_and(|w| w.starts_with(query)))
    {
        return Some(Rank::WordPrefix);
    }
    let compact_key = compact(key);
    if compact_key == compact_query {
        return Some(Rank::Exact);
    }
    if compact_key.starts_with(compact_query) {
        return Some(Rank::Prefix);
    }
    let long_enough = compact_query.chars().count() >= 2;
    if long_enough && (key.contains(query) || compact_key.contains(compact_query)) {
        return Some(Rank::Substring);
    }
    None
}

impl Directory {
    /// Searches by postcode (four digits, optionally with the two letters) or by name.
    ///
    /// Name search ignores case, diacritics, apostrophes and punctuation (see [`fold`]),
    /// also matches the aliases (`Den Haag`, `Den Bosch`, `Nuenen`, `Bergen`), and
    /// ranks exact > prefix > word prefix > substring. Never panics.
    pub fn search(&self, input: &str) -> SearchResult<'_> {
        self.search_limited(input, MAX_RESULTS)
    }

    /// [`Directory::search`] returning at most `limit` names.
    pub fn search_limited(&self, input: &str, limit: usize) -> SearchResult<'_> {
        if let Some(pc4) = parse_postcode(input) {
            return match self.by_postcode(pc4) {
                Some(municipality) => SearchResult::Postcode { pc4, municipality },
                None => SearchResult::UnknownPostcode { pc4 },
            };
        }
        let cut: String = input.chars().take(MAX_QUERY_CHARS).collect();
        let query = fold(&cut);
        let compact_query = compact(&query);
        if compact_query.is_empty() {
            return SearchResult::Names(Vec::new());
        }
        // Best rank per municipality, over its own name and its aliases.
        let mut best: Vec<Option<(Rank, bool)>> = vec![None; self.municipalities.len()];
        let mut consider = |index: usize, key: &str, alias: bool| {
            if let (Some(r), Some(slot)) = (rank(key, &query, &compact_query), best.get_mut(index))
            {
                let candidate = (r, alias);
                if slot.is_none_or(|current| candidate < current) {
                    *slot = Some(candidate);
                }
            }
        };
        let names: Vec<String> = self.municipalities.iter().map(|m| fold(&m.name)).collect();
        for (i, name) in names.iter().enumerate() {
            consider(i, name, false);
        }
        for (alias, index) in &self.aliases {
            consider(usize::from(*index), &fold(alias), true);
        }
        // Sorted by inserting each in place (a few hundred at most): much smaller in the
        // wasm than another instance of the standard library's sort.
        let mut hits: Vec<((Rank, bool), &str, usize)> = Vec::new();
        for hit in best
            .iter()
            .enumerate()
            .filter_map(|(i, b)| Some(((*b)?, names.get(i)?.as_str(), i)))
        {
            let at = hits.partition_point(|x| *x <= hit);
            hits.insert(at, hit);
        }
        SearchResult::Names(
            hits.into_iter()
                .take(limit)
                .filter_map(|(_, _, i)| self.municipalities.get(i))
                .collect(),
        )
    }
}
