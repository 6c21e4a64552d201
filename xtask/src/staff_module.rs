//! What only the staff page loads, in `dist/staff/`, besides its own wasm
//! ([`crate::app_wasm`], [decision 13]):
//! - its decryption module: `src/platform/age_module.js` with the npm package
//!   `age-encryption` bundled in by esbuild (both from `package-lock.json`, installed by
//!   `npm ci`), written as `dist/staff/age-<hash>.js` and imported when the page first
//!   needs it ([decision 12]).
//!
//! [decision 12]: ../../docs/decisions/0012-staff-decryption-in-a-lazy-js-module.md
//! [decision 13]: ../../docs/decisions/0013-a-smaller-wasm-for-every-visitor.md

use crate::cmd::{root, run};
use hulpwijzer_core::load::fnv_hex;
use std::fs;
use std::path::Path;

/// Builds the module into `dist/staff/`; returns its URL path (`/staff/age-<hash>.js`).
pub fn write(dist: &Path) -> Result<String, String> {
    let built = root().join("target").join("staff").join("age.js");
    run(
        "esbuild",
        &[
            "src/platform/age_module.js",
            "--bundle",
            "--format=esm",
            "--minify",
            "--legal-comments=none",
            "--target=es2022",
            &format!("--outfile={}", built.display()),
            "--log-level=warning",
        ],
    )?;
    let bytes = fs::read(&built).map_err(|e| format!("{}: {e}", built.display()))?;
    let name = format!("age-{}.js", fnv_hex(&bytes));
    let dir = dist.join("staff");
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    fs::write(dir.join(&name), bytes).map_err(|e| e.to_string())?;
    Ok(format!("/staff/{name}"))
}
