//! Every wasm of the site is built by Trunk through [`build`], with the stable toolchain of
//! `rust-toolchain.toml` and the release profile of the root `Cargo.toml` only: no unstable
//! options, no standard library compiled from source ([decision 17]).
//!
//! [decision 17]: ../../docs/decisions/0017-a-stable-toolchain-and-a-size-gate.md

use crate::cmd::{command, run_command};

/// Runs `trunk args…` from the project root with the project's tools on PATH.
pub fn build(args: &[&str]) -> Result<(), String> {
    let mut trunk = command("trunk");
    trunk.args(args);
    run_command(trunk, &format!("trunk {}", args.join(" ")))
}
