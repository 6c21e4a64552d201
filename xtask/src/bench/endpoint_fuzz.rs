//! The endpoint part of `cargo xtask bench`: schemathesis with all checks against the
//! endpoint's OpenAPI document (`crates/endpoint/bench/run.sh`, part `fuzz`), which
//! installs schemathesis from PyPI into a virtual environment when it is missing.

use crate::cmd::{command, root};

/// Runs the fuzz part of the endpoint bench on SQLite and prints its table, including
/// the number of violated checks.
///
/// # Errors
/// When the script cannot run or fails.
pub fn run() -> Result<(), String> {
    let script = root().join("crates/endpoint/bench/run.sh");
    let status = command("bash")
        .arg(script)
        .env("PARTS", "fuzz")
        .env("STORES", "sqlite")
        .status()
        .map_err(|e| format!("cannot run the endpoint bench: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("endpoint bench failed: {status}"))
    }
}
