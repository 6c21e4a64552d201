//! Reading content (`content/`), locales (`locales/`) and the app's literal keys
//! (`src/`) from disk, for the build script, the tests and `cargo xtask`.
//!
//! Content files:
//! - `content/trees/<tree>.toml`: one tree; the file name is its id.
//! - `content/registry/*.toml`: any number of `[[contact]]`, `[[link]]` and `[[fact]]` tables.

mod catalog_files;
mod locales;
mod ui_keys;

pub use catalog_files::load_catalog;
pub use locales::{
    bundle_locale, fnv_hex, load_glossary, load_locales, locale_dirs, locale_files, locale_version,
    BOOT_FILE,
};
pub use ui_keys::{scan_ui_keys, unchecked_literal_keys};

use crate::date::Date;
use crate::hub::{load_hubs, validate_hubs, Hubs};
use crate::model::Catalog;
use crate::municipality::{load_directory, local_message_keys, validate_local, Directory};
use crate::validate::{self, Input, LocaleMessages, Problem, UiKey};
use serde::Deserialize;
use std::fs;
use std::path::{Path, PathBuf};

/// The files in `dir` whose extension is `extension`, sorted by path.
fn files_with(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    files_with(dir, "toml")
}

fn display(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn read<T: for<'de> Deserialize<'de>>(root: &Path, path: &Path) -> Result<T, Problem> {
    let name = display(root, path);
    let text =
        fs::read_to_string(path).map_err(|e| Problem::error(&name, format!("cannot read: {e}")))?;
    toml::from_str(&text)
        .map_err(|e| Problem::error(&name, format!("invalid TOML: {}", e.message())))
}

pub use crate::today::{today, Today, TODAY_VAR};

/// Everything the portal embeds, loaded and validated.
pub struct Project {
    /// Trees and registries.
    pub catalog: Catalog,
    /// All municipalities with postcodes, aliases and local overrides.
    pub directory: Directory,
    /// Ukrainian social hubs.
    pub hubs: Hubs,
    /// Every problem found, errors and warnings, sorted.
    pub problems: Vec<Problem>,
    /// The messages of every locale folder (the build script lists their keys for the
    /// app's `key!`).
    pub locales: Vec<LocaleMessages>,
    /// The keys the app's source names literally (`key!`, [`scan_ui_keys`]).
    pub app_keys: Vec<UiKey>,
}

/// Loads everything under `root` and validates it against `today`.
///
/// # Errors
/// The problems that stop the content from loading at all.
pub fn check_project(root: &Path, today: Date) -> Result<Project, Vec<Problem>> {
    let catalog = load_catalog(root)?;
    let directory = load_directory(root)?;
    let hubs = load_hubs(root)?;
    let (locales, mut problems) = load_locales(root);
    let app_keys = scan_ui_keys(root);
    problems.extend(unchecked_literal_keys(root));
    let mut ui_keys = app_keys.clone();
    // The form's error messages: one per field and code, derived from the typed schema.
    ui_keys.extend(crate::form::message_keys().into_iter().map(|key| UiKey {
        key,
        file: "crates/core/src/form/schema.rs".to_owned(),
        compiled: false,
    }));
    // The staff page's card: a label per field and a message per problem.
    ui_keys.extend(crate::card::message_keys().into_iter().map(|key| UiKey {
        key,
        file: "crates/core/src/card/keys.rs".to_owned(),
        compiled: false,
    }));
    ui_keys.extend(crate::check::MESSAGE_KEYS.iter().map(|key| UiKey {
        key: (*key).to_owned(),
        file: "crates/core/src/check.rs".to_owned(),
        compiled: false,
    }));
    let data_keys = local_message_keys(&directory, &hubs);
    let input = Input {
        catalog: &catalog,
        locales: &locales,
        ui_keys: &ui_keys,
        data_keys: &data_keys,
        today,
    };
    problems.extend(validate::validate(&input));
    problems.extend(crate::event::check_events(&catalog, today));
    problems.extend(crate::event::check_literal_dates(root, &catalog.events));
    problems.extend(crate::event::check_rule_texts(&catalog, &locales));
    match load_glossary(root) {
        Ok(g) => problems.extend(crate::glossary::check_glossary(&g, &locales)),
        Err(p) => problems.push(p),
    }
    problems.extend(validate_local(root, &directory, &locales, today));
    problems.extend(validate_hubs(&hubs, &directory, &locales, today));
    problems.sort();
    problems.dedup();
    Ok(Project {
        catalog,
        directory,
        hubs: Hubs::new(hubs),
        problems,
        locales,
        app_keys,
    })
}
