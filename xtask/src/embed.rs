//! `embed.js`, the snippet municipalities paste (docs/embedding.md): minified from
//! `web/embed/embed.js` into `dist/embed.js` (revalidated on every use, so fixes reach every
//! embedding site) and `dist/embed-<hash>.js` (cached for a year, for sites that pin a
//! version with Subresource Integrity).

use crate::cmd::{root, run};
use hulpwijzer_core::load::fnv_hex;
use std::fs;
use std::path::Path;

/// Writes both copies; returns the versioned one's path (`/embed-<hash>.js`).
pub fn write(dist: &Path) -> Result<String, String> {
    let source = root().join("web").join("embed").join("embed.js");
    let out = dist.join("embed.js");
    run(
        "esbuild",
        &[
            &source.to_string_lossy(),
            "--minify",
            "--target=es2020",
            "--legal-comments=none",
            &format!("--outfile={}", out.display()),
            "--log-level=warning",
        ],
    )?;
    let bytes = fs::read(&out).map_err(|e| e.to_string())?;
    let name = format!("embed-{}.js", fnv_hex(&bytes));
    fs::write(dist.join(&name), &bytes).map_err(|e| e.to_string())?;
    Ok(format!("/{name}"))
}
