//! The wasms beside the portal's: the same app built by Trunk from `app-wasm.html` with one
//! more feature, each in the directory of `dist/` named after it, loaded only by the pages
//! that need it:
//! - `dist/staff/`: the staff page (feature `staff`, [decision 13]);
//! - `dist/host/`: the pages with the host-interest form (feature `host`, [decision 14]).
//!
//! [decision 13]: ../../docs/decisions/0013-a-smaller-wasm-for-every-visitor.md
//! [decision 14]: ../../docs/decisions/0014-the-form-in-its-own-wasm.md

use crate::cmd::root;
use std::fs;
use std::path::Path;

/// One of these wasms and its glue as URL paths (`/staff/hulpwijzer-<hash>.js`, `…_bg.wasm`).
pub struct AppWasm {
    /// The JS glue.
    pub js: String,
    /// The wasm.
    pub wasm: String,
}

/// Builds the app with `feature` from `app-wasm.html` (into `target/<feature>-dist`, since
/// Trunk replaces its whole output directory) and moves the glue, the wasm and
/// wasm-bindgen's snippets into `dist/<feature>/`.
pub fn write(dist: &Path, feature: &str) -> Result<AppWasm, String> {
    let built = root().join("target").join(format!("{feature}-dist"));
    crate::trunk::build(&[
        "build",
        "--release",
        "--features",
        feature,
        "--dist",
        &built.to_string_lossy(),
        "app-wasm.html",
    ])?;
    let (js, wasm) = crate::bundle::trunk_app_files(&built)?;
    let into = dist.join(feature);
    fs::create_dir_all(&into).map_err(|e| e.to_string())?;
    for name in [js.as_str(), wasm.as_str(), "snippets"] {
        let from = built.join(name);
        if from.exists() {
            fs::rename(&from, into.join(name)).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    Ok(AppWasm {
        js: format!("/{feature}/{js}"),
        wasm: format!("/{feature}/{wasm}"),
    })
}
