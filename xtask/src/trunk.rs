//! Every wasm of the site is built by Trunk through [`build`], with the size settings of
//! [decision 15]: the standard library compiled with the app, for size, and panics that
//! stop the wasm at once instead of formatting a message nobody reads.
//!
//! These are unstable options of the stable compiler, allowed by `RUSTC_BOOTSTRAP=1`
//! for these builds only; the page generator, the endpoint and `clippy` build as usual.
//! Where the standard library's source (`rust-src`) cannot be installed, the wasm is
//! built without them: the same site, only larger.
//!
//! [decision 15]: ../../docs/decisions/0015-the-standard-library-built-for-size.md

use crate::cmd::{command, output, run, run_command};

/// The wasm target's flags: `erase_components` as in `.cargo/config.toml` (a target's
/// flags replace the config's), then the size settings.
const WASM_RUSTFLAGS: &str = "--cfg erase_components -Zunstable-options \
     -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none";

/// Whether the standard library's source is installed, installing it if it is missing.
fn ensure_std_source() -> bool {
    let installed = |list: String| list.lines().any(|c| c.trim().starts_with("rust-src"));
    if output("rustup", &["component", "list", "--installed"]).is_some_and(installed) {
        return true;
    }
    if run("rustup", &["component", "add", "rust-src"]).is_ok() {
        return true;
    }
    println!("» rust-src is not available: the wasm is built without decision 15's size settings");
    false
}

/// Runs `trunk args…` with the size settings, when the standard library's source is there.
pub fn build(args: &[&str]) -> Result<(), String> {
    let mut trunk = command("trunk");
    trunk.args(args);
    if ensure_std_source() {
        trunk
            .env("RUSTC_BOOTSTRAP", "1")
            .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
            .env("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size")
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
                WASM_RUSTFLAGS,
            );
    }
    run_command(trunk, &format!("trunk {}", args.join(" ")))
}
