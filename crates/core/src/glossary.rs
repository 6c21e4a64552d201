//! One set of terms (`content/glossary.toml`): for each key term the Dutch word, the chosen
//! word in each language, and known wrong variants (calques). A message that uses a wrong
//! variant is an error, with file, key and locale.

use crate::validate::{LocaleMessages, Problem};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The file the glossary is read from, relative to the project root.
pub const GLOSSARY_TOML: &str = "content/glossary.toml";

/// All terms.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// The terms, in file order.
    #[serde(default, rename = "term")]
    pub terms: Vec<Term>,
}

/// One key term.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
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
