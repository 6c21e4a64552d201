//! The literal message keys in the app's source.

use super::display;
use crate::validate::UiKey;
use std::fs;
use std::path::{Path, PathBuf};

/// The literal keys the app passes to `tr("…")`, `tr_with("…"` or names with `ui_key("…")`,
/// found in `root/src`.
pub fn scan_ui_keys(root: &Path) -> Vec<UiKey> {
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
    walk(&root.join("src"), &mut files);
    files.sort();
    let mut keys = Vec::new();
    for path in files {
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        let file = display(root, &path);
        for marker in ["tr(\"", "tr_with(\"", "ui_key(\""] {
            for (i, _) in text.match_indices(marker) {
                let rest = &text[i + marker.len()..];
                let Some(end) = rest.find('"') else { continue };
                let key = &rest[..end];
                let preceded_by_ident = text[..i]
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
                if !preceded_by_ident && !key.is_empty() {
                    keys.push(UiKey {
                        key: key.to_owned(),
                        file: file.clone(),
                    });
                }
            }
        }
    }
    keys
}
