//! Proves the content sound: every tree reachable and ending in outcomes, every
//! reference resolving, every fact sourced and fresh, and every derived message
//! present in all four locales with the same variables.
//!
//! The validator is a pure function of the catalog, the parsed locale files and
//! today's date; [`crate::load`] feeds it from disk in the build script and tests.

mod messages;
mod sources;
mod trees;

use messages::check_messages;
use sources::{check_contacts, check_provenance};
// Only the overrides' check (feature `load`) and tests use them outside this module.
#[cfg(any(test, feature = "load"))]
pub(crate) use sources::check_freshness;
#[cfg(feature = "load")]
pub(crate) use sources::check_https;
use trees::{check_registry_ids, check_tree, check_tree_set};

use crate::date::Date;
use crate::model::Catalog;
use crate::time_rules;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The most questions any path through one tree may ask.
pub const MAX_QUESTIONS_PER_PATH: usize = 6;
/// A source checked longer ago than this many days is a warning (never an error: the page
/// shows the date of the check, so an old check is shown as old, not as current).
pub const AGEING_AFTER_DAYS: i64 = 180;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Should be looked at soon; does not fail the build.
    Warning,
    /// Fails the build and the tests.
    Error,
}

/// One thing wrong with the content, located as precisely as possible.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// The content or locale file.
    pub file: String,
    /// The tree node, contact, link or fact concerned (`node has-id`).
    pub node: Option<String>,
    /// The locale concerned.
    pub locale: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl Problem {
    /// An error in `file`.
    pub fn error(file: &str, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            file: file.to_owned(),
            node: None,
            locale: None,
            message: message.into(),
        }
    }

    /// The same problem, about `node`.
    pub fn at(mut self, node: impl Into<String>) -> Self {
        self.node = Some(node.into());
        self
    }

    /// The same problem, in `locale`.
    pub fn in_locale(mut self, locale: &str) -> Self {
        self.locale = Some(locale.to_owned());
        self
    }

    /// The same problem, as a warning.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// Whether this is the error of a message that no tree and no code uses. A misspelt
    /// `key!` literal leaves its message unused: the build script then leaves the failure
    /// to the compiler, which names the literal's line (`build.rs`).
    pub fn is_unused_message(&self) -> bool {
        self.message.ends_with(messages::NOT_USED)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: {}", self.file)?;
        if let Some(n) = &self.node {
            write!(f, ": {n}")?;
        }
        if let Some(l) = &self.locale {
            write!(f, ": locale {l}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// What a locale says about one message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageInfo {
    /// The variables (`$name`) the message uses, attributes included.
    pub vars: BTreeSet<String>,
    /// The `.ftl` file it is in.
    pub file: String,
    /// Its text, variants included, with `{ $var }` for each variable (for the glossary).
    pub text: String,
}

/// The messages of one locale.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleMessages {
    /// The locale code (`uk`).
    pub locale: String,
    /// Message id → what it uses.
    pub messages: BTreeMap<String, MessageInfo>,
}

/// A message key the app's code uses literally, or one of the keys the core's typed
/// schemas derive for it (the form's, the card's, a check's).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct UiKey {
    /// The key.
    pub key: String,
    /// The source file that uses it.
    pub file: String,
    /// Whether the compiler checks it: a literal of the app's `key!` macro, which fails to
    /// compile at its line when no message has the key. The validator then counts it as
    /// used and compares its variables across the locales, but leaves a missing one to the
    /// compiler; every other key it requires in every locale itself.
    pub compiled: bool,
}

/// Everything the validator looks at.
pub struct Input<'a> {
    /// The content.
    pub catalog: &'a Catalog,
    /// The messages of every locale folder found.
    pub locales: &'a [LocaleMessages],
    /// Keys used literally by the app.
    pub ui_keys: &'a [UiKey],
    /// Keys that other data implies (municipalities, hubs); their own validators check
    /// their presence, here they only count as used.
    pub data_keys: &'a [String],
    /// The date facts are judged against.
    pub today: Date,
}

/// Every problem in the content, sorted; empty when the content is sound.
pub fn validate(input: &Input<'_>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let catalog = input.catalog;
    check_registry_ids(catalog, &mut problems);
    check_tree_set(catalog, &mut problems);
    for tree in &catalog.trees {
        check_tree(catalog, tree, &mut problems);
    }
    check_provenance(catalog, input.today, &mut problems);
    problems.extend(time_rules::check_dates(
        catalog,
        input.today,
        time_rules::Strictness::Build,
    ));
    check_contacts(catalog, &mut problems);
    problems.extend(crate::sensitive::check_sensitive_pages(catalog));
    problems.extend(crate::desk::check_desks(catalog));
    problems.extend(crate::shortcut::check_shortcuts(catalog));
    check_messages(input, &mut problems);
    problems.sort();
    problems.dedup();
    problems
}

/// Whether any problem is an error.
pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}
