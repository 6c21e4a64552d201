//! A copy of a project's content in a temp folder, to change a line and load it again
//! (used by `crates/core/tests/events.rs` and the page generator's `tests/event_moved.rs`).

use std::fs;
use std::path::{Path, PathBuf};

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create dir");
    for entry in fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A copy of `root/content` in a fresh temp folder named after `name`; `locales` and the
/// app's sources (`crates/app/src`) are linked, not copied (the validator reads them).
pub fn copy_of_project(root: &Path, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hw-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&root.join("content"), &dir.join("content"));
    for linked in ["locales", "crates/app/src"] {
        let target = root.join(linked).canonicalize().expect("path");
        let link = dir.join(linked);
        fs::create_dir_all(link.parent().expect("a parent")).expect("create dir");
        std::os::unix::fs::symlink(target, link).expect("symlink");
    }
    dir
}

/// Replaces `from`, which must stand exactly once in `root/file`, with `to`.
#[allow(dead_code)] // not every test that copies the project edits it this way
pub fn replace_once(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = fs::read_to_string(&path).expect("read");
    assert_eq!(text.matches(from).count(), 1, "{file}: {from:?}");
    fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

/// The validator's errors, as of 6 December 2026, on a copy of the project at `root` with each
/// `(file, from, to)` replaced once; the copy is removed afterwards.
#[allow(dead_code)] // the app's tests copy the project without checking it
pub fn errors_after_edits(
    root: &Path,
    name: &str,
    edits: &[(&str, &str, &str)],
) -> Vec<hulpwijzer_core::validate::Problem> {
    let copy = copy_of_project(root, name);
    for (file, from, to) in edits {
        replace_once(&copy, file, from, to);
    }
    let today = hulpwijzer_core::date::Date::parse("2026-12-06").expect("date");
    let checked = hulpwijzer_core::load::check_project(&copy, today);
    let _ = fs::remove_dir_all(&copy);
    checked
        .unwrap_or_else(|p| panic!("does not load: {p:#?}"))
        .problems
        .into_iter()
        .filter(|p| p.severity == hulpwijzer_core::validate::Severity::Error)
        .collect()
}
