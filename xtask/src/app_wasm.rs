//! The wasms beside the portal's, each a crate of its own that Trunk builds from the
//! `index.html` in its folder, each in the directory of `dist/` named after it, loaded only
//! by the pages that need it ([decision 33]):
//! - `dist/staff/`: the staff page (`crates/staff`, [decision 13]);
//! - `dist/host/`: the pages with the host-interest form (`crates/host`, [decision 14]).
//!
//! [decision 13]: ../../docs/decisions/0013-a-smaller-wasm-for-every-visitor.md
//! [decision 14]: ../../docs/decisions/0014-the-form-in-its-own-wasm.md
//! [decision 33]: ../../docs/decisions/0033-one-crate-for-each-thing-that-ships.md

use crate::cmd::root;
use std::fs;
use std::path::Path;

/// One of these wasms and its glue as URL paths (`/staff/hulpwijzer-staff-<hash>.js`, `…_bg.wasm`).
pub struct AppWasm {
    /// The JS glue.
    pub js: String,
    /// The wasm.
    pub wasm: String,
}

/// Builds the wasm of `crates/<name>` from its `index.html` (into `target/<name>-dist`,
/// since Trunk replaces its whole output directory) and moves the glue, the wasm and
/// wasm-bindgen's snippets into `dist/<name>/`.
pub fn write(dist: &Path, name: &str) -> Result<AppWasm, String> {
    let built = root().join("target").join(format!("{name}-dist"));
    let page = format!("crates/{name}/index.html");
    crate::trunk::build(&[
        "build",
        "--release",
        "--dist",
        &built.to_string_lossy(),
        &page,
    ])?;
    let (js, wasm) = crate::bundle::trunk_app_files(&built)?;
    let into = dist.join(name);
    fs::create_dir_all(&into).map_err(|e| e.to_string())?;
    for file in [js.as_str(), wasm.as_str(), "snippets"] {
        let from = built.join(file);
        if from.exists() {
            fs::rename(&from, into.join(file)).map_err(|e| format!("{file}: {e}"))?;
        }
    }
    Ok(AppWasm {
        js: format!("/{name}/{js}"),
        wasm: format!("/{name}/{wasm}"),
    })
}
