//! Running commands from the project root with the project's tools on PATH.

use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The workspace root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// Cargo's home: `$CARGO_HOME`, or `~/.cargo` without it.
pub fn cargo_home() -> PathBuf {
    match std::env::var_os("CARGO_HOME") {
        Some(home) => PathBuf::from(home),
        None => PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo"),
    }
}

/// Where `cargo install` puts programs: [`cargo_home`]`/bin`.
pub fn cargo_bin() -> PathBuf {
    cargo_home().join("bin")
}

/// A command run from the root, with `node_modules/.bin` and [`cargo_bin`] first on PATH,
/// so the tools `cargo install` just installed are the ones found.
pub fn command(program: &str) -> Command {
    let mut c = Command::new(program);
    c.current_dir(root());
    let path = std::env::var("PATH").unwrap_or_default();
    let node_bin = root().join("node_modules/.bin");
    c.env(
        "PATH",
        format!("{}:{}:{path}", node_bin.display(), cargo_bin().display()),
    );
    c.env("DEBIAN_FRONTEND", "noninteractive");
    c
}

/// Runs `program args…`, failing with its name when it fails.
pub fn run(program: &str, args: &[&str]) -> Result<(), String> {
    let mut c = command(program);
    c.args(args);
    run_command(c, &format!("{program} {}", args.join(" ")))
}

/// Runs a prepared command with inherited output, printing `label` first; an error unless it succeeds.
pub fn run_command(mut c: Command, label: &str) -> Result<(), String> {
    println!("» {label}");
    let status = c
        .status()
        .map_err(|e| format!("cannot start `{label}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{label}` failed ({status})"))
    }
}

/// Whether `program args…` runs and succeeds, quietly.
pub fn succeeds(program: &str, args: &[&str]) -> bool {
    command(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The standard output of a prepared command `c` (called `label` in errors); an error
/// with its standard error unless it succeeds.
pub fn stdout_of(mut c: Command, label: &str) -> Result<Vec<u8>, String> {
    let out = c
        .output()
        .map_err(|e| format!("cannot start {label}: {e}"))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(format!(
            "{label} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// The standard output of `program args…`, if it succeeds.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = command(program)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}
