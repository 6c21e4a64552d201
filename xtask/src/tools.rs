//! Installing what is missing, idempotently, from the registries this machine reaches.
//! Nothing is downloaded from GitHub or vendors: Trunk runs offline with the exact
//! tools installed here.

use crate::cmd::{output, root, run, succeeds};
use std::fs;

/// Trunk 0.22 needs a newer rustc than this machine's; 0.21.14 is the last that builds.
const TRUNK_VERSION: &str = "0.21.14";
const LEPTOSFMT_VERSION: &str = "0.1.33";

/// The wasm-bindgen version in Cargo.lock, which the CLI must equal exactly.
pub fn wasm_bindgen_version() -> Result<String, String> {
    let lock =
        fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".to_owned())
}

fn has_version(program: &str, version: &str) -> bool {
    output(program, &["--version"]).is_some_and(|v| v.contains(version))
}

/// The wasm target, every crate of `Cargo.lock`, Trunk, wasm-bindgen-cli and the npm tools
/// (wasm-opt, esbuild).
pub fn ensure_build_tools() -> Result<(), String> {
    let targets = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !targets
        .lines()
        .any(|t| t.trim() == "wasm32-unknown-unknown")
    {
        run("rustup", &["target", "add", "wasm32-unknown-unknown"])?;
    }
    // Trunk runs cargo offline (Trunk.toml), so the wasm's crates must be in the cache
    // first: on a fresh machine nothing else has downloaded them.
    run("cargo", &["fetch", "--locked"])?;
    if !has_version("trunk", TRUNK_VERSION) {
        run(
            "cargo",
            &["install", "--locked", &format!("trunk@{TRUNK_VERSION}")],
        )?;
    }
    let wb = wasm_bindgen_version()?;
    if !has_version("wasm-bindgen", &wb) {
        // Without --locked: a dependency pinned in the CLI's lock file is no longer in the index.
        run("cargo", &["install", "wasm-bindgen-cli", "--version", &wb])?;
    }
    ensure_npm_packages()
}

/// `npm ci` from the committed lock file, when node_modules is missing or older than it.
pub fn ensure_npm_packages() -> Result<(), String> {
    let lock = root().join("package-lock.json");
    let marker = root().join("node_modules/.package-lock.json");
    let fresh = match (fs::metadata(&lock), fs::metadata(&marker)) {
        (Ok(l), Ok(m)) => m.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if !fresh {
        run("npm", &["ci", "--no-audit", "--no-fund"])?;
    }
    Ok(())
}

/// Formatting and lint tools.
pub fn ensure_lint_tools() -> Result<(), String> {
    if !has_version("leptosfmt", LEPTOSFMT_VERSION) {
        run(
            "cargo",
            &[
                "install",
                "--locked",
                &format!("leptosfmt@{LEPTOSFMT_VERSION}"),
            ],
        )?;
    }
    Ok(())
}

/// Debian's Chromium for the browser tests.
pub fn ensure_chromium() -> Result<(), String> {
    if !succeeds("/usr/bin/chromium", &["--version"]) {
        run("apt-get", &["update"])?;
        run(
            "apt-get",
            &["install", "-y", "--no-install-recommends", "chromium"],
        )?;
    }
    Ok(())
}
