//! The wasms beside the portal's: the same app built by Trunk with more features, each
//! in its own directory of `dist/`, loaded only by the pages that need it:
//! - `dist/staff/`: the staff page (`staff.html`, feature `staff`, [decision 13]);
//! - `dist/host/`: the pages with the host-interest form (`host.html`, feature `host`,
//!   [decision 14]).
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

/// Builds the app from the Trunk page `html` (into `target/<dir>-dist`, since Trunk
/// replaces its whole output directory) and moves the glue, the wasm and wasm-bindgen's
/// snippets into `dist/<dir>/`.
pub fn write(dist: &Path, html: &str, dir: &str) -> Result<AppWasm, String> {
    let built = root().join("target").join(format!("{dir}-dist"));
    crate::trunk::build(&[
        "build",
        "--release",
        "--dist",
        &built.to_string_lossy(),
        html,
    ])?;
    let (js, wasm) = crate::bundle::trunk_app_files(&built)?;
    let into = dist.join(dir);
    fs::create_dir_all(&into).map_err(|e| e.to_string())?;
    for name in [js.as_str(), wasm.as_str(), "snippets"] {
        let from = built.join(name);
        if from.exists() {
            fs::rename(&from, into.join(name)).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    Ok(AppWasm {
        js: format!("/{dir}/{js}"),
        wasm: format!("/{dir}/{wasm}"),
    })
}
