//! The literal message keys in the app's source.
//!
//! The app names a message literally only through its `key!` macro, which the compiler
//! checks against `locales/` (`crates/app/src/i18n/checked.rs`); this text scan tells the validator
//! which messages those literals use, so a message nothing uses is still an error.

use super::display;
use crate::validate::{Problem, UiKey};
use std::fs;
use std::path::{Path, PathBuf};

/// Where the app's sources are, under the project's root (decision 33).
pub const APP_SOURCES: &str = "crates/app/src";

/// The macro that checks a literal key when the app is compiled.
const CHECKED: &str = "key!(";

/// The methods for keys derived at run time, which take no literal.
const DERIVED: [&str; 3] = [".tr_derived(", ".tr_derived_with(", ".has_derived("];

/// The literal keys the app names with `key!("…")`, found in the app's sources (comment lines
/// left out).
pub fn scan_ui_keys(root: &Path) -> Vec<UiKey> {
    let mut keys = Vec::new();
    for_each_literal(root, &[CHECKED], |file, _, _, key| {
        keys.push(UiKey {
            key: key.to_owned(),
            file: file.to_owned(),
            compiled: true,
        });
    });
    keys
}

/// An error for every literal key in the app's sources passed to a method for derived keys
/// (`tr_derived("…")`): a literal goes through `key!`, which the compiler checks.
pub fn unchecked_literal_keys(root: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    for_each_literal(root, &DERIVED, |file, line, marker, key| {
        problems.push(Problem::error(
            file,
            format!(
                "line {line}: {}\"{key}\") takes a key derived at run time; a literal key is written key!(\"{key}\"), which the compiler checks",
                marker.trim_start_matches('.')
            ),
        ));
    });
    problems
}

/// Calls `found(file, line, marker, key)` for every string literal that directly follows
/// one of `markers` (a marker that starts with a letter not preceded by an identifier
/// character) in the Rust files under
/// the app's sources ([`APP_SOURCES`] under `root`), in file order; lines that are comments
/// are left out.
fn for_each_literal(root: &Path, markers: &[&str], mut found: impl FnMut(&str, usize, &str, &str)) {
    fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root.join(APP_SOURCES), &mut files);
    files.sort();
    for path in files {
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        let file = display(root, &path);
        for (number, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for marker in markers {
                for (i, _) in line.match_indices(marker) {
                    // `message_key!(` is not `key!(`.
                    let preceded_by_ident = marker.starts_with(char::is_alphanumeric)
                        && line[..i]
                            .chars()
                            .last()
                            .is_some_and(|c| c.is_alphanumeric() || c == '_');
                    let Some(rest) = line[i + marker.len()..].trim_start().strip_prefix('"') else {
                        continue;
                    };
                    let Some(end) = rest.find('"') else { continue };
                    let key = &rest[..end];
                    if !preceded_by_ident && !key.is_empty() {
                        found(&file, number + 1, marker, key);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A project of its own for each test (`name`) with these files among the app's sources.
    fn project(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let root =
            std::env::temp_dir().join(format!("hulpwijzer-ui-keys-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        for (name, text) in files {
            let path = root.join(APP_SOURCES).join(name);
            fs::create_dir_all(path.parent().unwrap_or(&root)).unwrap_or_else(|e| panic!("{e}"));
            fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        }
        root
    }

    #[test]
    fn every_checked_literal_is_found_and_comments_and_other_macros_are_not() {
        let root = project(
            "checked",
            &[
                (
                    "a.rs",
                    "let t = i18n.tr(key!(\"footer-privacy\"));\n\
                 // i18n.tr(key!(\"in-a-comment\"))\n\
                 /// key!(\"in-a-doc-comment\")\n\
                 let x = message_key!(\"not-ours\");\n\
                 let y = (crate::key!(\"with-a-path\"), key!( \"with-a-space\"));\n",
                ),
                ("b/c.rs", "i18n.tr_with(key!(\"fmt-date\"), &args)\n"),
            ],
        );
        let keys: Vec<(String, String)> = scan_ui_keys(&root)
            .into_iter()
            .map(|k| (k.key, k.file))
            .collect();
        let _ = fs::remove_dir_all(&root);
        assert_eq!(
            keys,
            [
                ("footer-privacy", "crates/app/src/a.rs"),
                ("with-a-path", "crates/app/src/a.rs"),
                ("with-a-space", "crates/app/src/a.rs"),
                ("fmt-date", "crates/app/src/b/c.rs"),
            ]
            .map(|(k, f)| (k.to_owned(), f.to_owned()))
        );
    }

    #[test]
    fn a_literal_passed_as_a_derived_key_is_an_error_naming_its_line() {
        let root = project(
            "derived",
            &[(
                "a.rs",
                "i18n.tr_derived(&keys::tree_title(t));\n\
             i18n.tr_derived(\"footer-privacy\");\n\
             i18n.has_derived(\"embed-title\");\n",
            )],
        );
        let problems: Vec<String> = unchecked_literal_keys(&root)
            .iter()
            .map(ToString::to_string)
            .collect();
        let _ = fs::remove_dir_all(&root);
        assert_eq!(problems.len(), 2, "{problems:#?}");
        assert!(
            problems[0].contains("crates/app/src/a.rs")
                && problems[0].contains("line 2")
                && problems[0].contains("key!(\"footer-privacy\")"),
            "{}",
            problems[0]
        );
        assert!(problems[1].contains("line 3"), "{}", problems[1]);
    }
}
