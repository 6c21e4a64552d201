//! What only the staff page loads, in `dist/staff/`, besides its own wasm
//! ([`crate::app_wasm`], [decision 13]):
//! - its decryption module: `web/staff/age_module.js` with the npm package
//!   `age-encryption` bundled in by esbuild (both from `package-lock.json`, installed by
//!   `npm ci`), written as `dist/staff/age-<hash>.js` and imported when the page first
//!   needs it ([decision 12]).
//!
//! [decision 12]: ../../docs/decisions/0012-staff-decryption-in-a-lazy-js-module.md
//! [decision 13]: ../../docs/decisions/0013-a-smaller-wasm-for-every-visitor.md

use crate::bundle::esbuild_hashed;
use std::path::Path;

/// Builds the module into `dist/staff/`; returns its URL path (`/staff/age-<hash>.js`).
pub fn write(dist: &Path) -> Result<String, String> {
    let args = ["--format=esm", "--minify", "--target=es2022"];
    let name = esbuild_hashed(
        "web/staff/age_module.js",
        &args,
        &dist.join("staff"),
        "age",
        "js",
    )?;
    Ok(format!("/staff/{name}"))
}
