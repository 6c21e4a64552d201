//! Every wasm of the site is built by Trunk through [`build`], with the stable toolchain of
//! `rust-toolchain.toml` and the release profile of the root `Cargo.toml` only: no unstable
//! options, no standard library compiled from source ([decision 17]).
//!
//! The dependencies' paths in the wasm (panic locations) name the registry as `/crates/`,
//! not as the builder's cargo home ([decision 28]).
//!
//! [decision 17]: ../../docs/decisions/0017-a-stable-toolchain-and-a-size-gate.md
//! [decision 28]: ../../docs/decisions/0028-the-wasm-does-not-carry-the-cargo-home.md

use crate::cmd::{cargo_home, command, run_command};
use std::path::PathBuf;

/// What `.cargo/config.toml` gives every build (`build.rustflags`), which flags in the
/// environment replace: it must stay the same as there.
const CONFIG_RUSTFLAGS: [&str; 2] = ["--cfg", "erase_components"];

/// Where cargo keeps the registry's sources.
fn registry_sources() -> PathBuf {
    cargo_home().join("registry").join("src")
}

/// The flags of a wasm build: the config's, and the registry's path remapped.
fn rustflags() -> String {
    let remap = format!(
        "--remap-path-prefix={}=/crates",
        registry_sources().display()
    );
    let mut flags: Vec<&str> = CONFIG_RUSTFLAGS.to_vec();
    flags.push(&remap);
    // Cargo's encoding: one flag per field, so a path with spaces stays one flag.
    flags.join("\u{1f}")
}

/// Runs `trunk args…` from the project root with the project's tools on PATH.
pub fn build(args: &[&str]) -> Result<(), String> {
    let mut trunk = command("trunk");
    trunk.args(args).env("CARGO_ENCODED_RUSTFLAGS", rustflags());
    run_command(trunk, &format!("trunk {}", args.join(" ")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_config_flags_come_first_and_the_registry_is_remapped() {
        let flags = super::rustflags();
        let fields: Vec<&str> = flags.split('\u{1f}').collect();
        assert_eq!(fields[..2], super::CONFIG_RUSTFLAGS);
        assert!(
            fields[2].starts_with("--remap-path-prefix=")
                && fields[2].ends_with("/registry/src=/crates")
        );
        let config = std::fs::read_to_string(crate::cmd::root().join(".cargo/config.toml"))
            .expect("the config");
        assert!(config.contains("rustflags = [\"--cfg\", \"erase_components\"]"));
    }
}
