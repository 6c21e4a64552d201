//! Decision 13 rests on a patched copy of Leptos' renderer in `vendor/tachys`. If an
//! upgrade made Cargo take tachys from crates.io instead (the patch no longer matching the
//! version Leptos asks for), the build would still pass and the wasm would silently grow
//! back. This test fails then, and `vendor/README.md` says how to drop the copy on purpose.

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The `[[package]]` blocks of Cargo.lock named `name`.
fn lock_entries(lock: &str, name: &str) -> Vec<String> {
    lock.split("\n[[")
        .filter(|block| block.contains(&format!("\nname = \"{name}\"\n")))
        .map(str::to_owned)
        .collect()
}

fn version_of(manifest: &str) -> Option<String> {
    manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .map(|v| v.trim_end_matches('"').to_owned())
}

#[test]
fn tachys_resolves_to_the_patched_copy_in_vendor() {
    let lock = read("Cargo.lock");
    let entries = lock_entries(&lock, "tachys");
    assert_eq!(entries.len(), 1, "one tachys in Cargo.lock: {entries:#?}");
    let entry = &entries[0];
    assert!(
        entry.starts_with("package]]"),
        "tachys is listed as an unused patch, so crates.io's copy is built: {entry}"
    );
    assert!(
        !entry.contains("\nsource = "),
        "tachys comes from a registry, not from vendor/tachys: {entry}"
    );
    let vendored = version_of(&read("vendor/tachys/Cargo.toml"));
    assert_eq!(
        version_of(entry),
        vendored,
        "Cargo.lock's tachys is not the version in vendor/"
    );
    let manifest = read("Cargo.toml");
    assert!(manifest.contains("tachys = { path = \"vendor/tachys\" }"));
}
