//! What only the staff page loads, in `dist/staff/`:
//! - its own wasm and JS glue: the app built with the `staff` feature from `staff.html`
//!   (the portal's wasm leaves the staff page out, [decision 13]);
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

/// The staff page's wasm and glue as URL paths (`/staff/hulpwijzer-<hash>.js`, `…_bg.wasm`).
pub struct StaffApp {
    /// The JS glue.
    pub js: String,
    /// The wasm.
    pub wasm: String,
}

/// Builds the staff page's own wasm with Trunk (into `target/staff-dist`, since Trunk
/// replaces its whole output directory) and moves the glue, the wasm and wasm-bindgen's
/// snippets into `dist/staff/`.
pub fn write_app(dist: &Path) -> Result<StaffApp, String> {
    let built = root().join("target").join("staff-dist");
    run(
        "trunk",
        &[
            "build",
            "--release",
            "--dist",
            &built.to_string_lossy(),
            "staff.html",
        ],
    )?;
    let (js, wasm) = crate::bundle::trunk_app_files(&built)?;
    let dir = dist.join("staff");
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    for name in [js.as_str(), wasm.as_str(), "snippets"] {
        let from = built.join(name);
        if from.exists() {
            fs::rename(&from, dir.join(name)).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    Ok(StaffApp {
        js: format!("/staff/{js}"),
        wasm: format!("/staff/{wasm}"),
    })
}
