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
    let dir = dist.join("staff");
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let (mut js, mut wasm) = (None, None);
    for entry in fs::read_dir(&built).map_err(|e| e.to_string())?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_glue = name.starts_with("hulpwijzer-") && name.ends_with(".js");
        let is_wasm = name.starts_with("hulpwijzer-") && name.ends_with("_bg.wasm");
        if !(is_glue || is_wasm || name == "snippets") {
            continue;
        }
        fs::rename(entry.path(), dir.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        if is_glue {
            js = Some(format!("/staff/{name}"));
        } else if is_wasm {
            wasm = Some(format!("/staff/{name}"));
        }
    }
    Ok(StaffApp {
        js: js.ok_or("Trunk wrote no JS glue for the staff page")?,
        wasm: wasm.ok_or("Trunk wrote no wasm for the staff page")?,
    })
}
