//! One set of terms (`content/glossary.toml`): for each key term the Dutch word, the chosen
//! word in each language, and known wrong variants (calques). A message that uses a wrong
//! variant is an error, with file, key and locale.

use crate::validate::{LocaleMessages, Problem};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The file the glossary is read from, relative to the project root.
pub const GLOSSARY_TOML: &str = "content/glossary.toml";

/// All terms.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// The terms, in file order.
    #[serde(default, rename = "term")]
    pub terms: Vec<Term>,
}

/// One key term.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Kebab-case id.
    pub id: String,
    /// The Dutch term people meet at the desk.
    pub nl: String,
    /// The chosen word per locale (`uk`, `ru`, `en`, `nl`).
    pub chosen: BTreeMap<String, String>,
    /// Wrong variants per locale; matched case-insensitively anywhere in a message.
    #[serde(default)]
    pub wrong: BTreeMap<String, Vec<String>>,
    /// For editors: why, and where the wrong variants were found.
    #[serde(default)]
    pub note: Option<String>,
}

impl Term {
    /// The chosen word in `locale` (empty when the glossary has none).
    pub fn word(&self, locale: &str) -> &str {
        self.chosen.get(locale).map_or("", String::as_str)
    }
}

impl Glossary {
    /// The terms a Dutch text uses: those whose chosen Dutch word it contains (ignoring
    /// case, as a whole word), in glossary order. The desk card lists them.
    pub fn used_in_dutch(&self, text: &str) -> Vec<&Term> {
        let text = text.to_lowercase();
        self.terms
            .iter()
            .filter(|t| contains_word(&text, &t.word("nl").to_lowercase()))
            .collect()
    }
}

fn contains_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Every message that uses a wrong variant.
pub fn check_glossary(glossary: &Glossary, locales: &[LocaleMessages]) -> Vec<Problem> {
    let mut out = Vec::new();
    for l in locales {
        for (key, info) in &l.messages {
            let text = info.text.to_lowercase();
            for t in &glossary.terms {
                for wrong in t.wrong.get(&l.locale).into_iter().flatten() {
                    if text.contains(&wrong.to_lowercase()) {
                        let chosen = t.chosen.get(&l.locale).map_or("", String::as_str);
                        out.push(
                            Problem::error(
                                &info.file,
                                format!(
                                    "message {key} uses {wrong:?}; the glossary's word for {:?} is {chosen:?}",
                                    t.nl
                                ),
                            )
                            .in_locale(&l.locale),
                        );
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(id: &str, nl: &str) -> Term {
        Term {
            id: id.to_owned(),
            nl: nl.to_owned(),
            chosen: BTreeMap::from([("nl".to_owned(), nl.to_owned())]),
            wrong: BTreeMap::new(),
            note: None,
        }
    }

    #[test]
    fn finds_whole_dutch_words_only() {
        let g = Glossary {
            terms: vec![term("gemeente", "gemeente"), term("bsn", "BSN")],
        };
        let ids = |text: &str| -> Vec<String> {
            g.used_in_dutch(text).iter().map(|t| t.id.clone()).collect()
        };
        assert_eq!(ids("Maak een afspraak met de gemeente."), ["gemeente"]);
        assert_eq!(ids("Uw BSN en de Gemeente"), ["gemeente", "bsn"]);
        // "gemeentelijke" is another word.
        assert!(ids("de gemeentelijke opvang").is_empty());
    }
}
