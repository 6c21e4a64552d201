//! The search module of the A–Z pages (decision 29): `web/search/page.js` with the npm
//! package `minisearch` bundled in by esbuild (both from `package-lock.json`, installed by
//! `npm ci`), written as `dist/search-<hash>.js`. Only the A–Z pages load it; the service
//! worker keeps it with each visited language's search index.

use crate::bundle::esbuild_hashed;
use crate::cmd::root;
use std::fs;
use std::path::Path;

/// Builds the module into `dist/`; returns its URL path (`/search-<hash>.js`).
pub fn write(dist: &Path) -> Result<String, String> {
    // MiniSearch's MIT licence asks for its notice in every copy.
    let banner = format!(
        "--banner:js=/*! MiniSearch {}, Copyright 2022 Luca Ongaro, MIT License */",
        installed_version("minisearch")?
    );
    let args = [
        "--format=esm",
        "--minify",
        "--target=es2020",
        banner.as_str(),
    ];
    let name = esbuild_hashed("web/search/page.js", &args, dist, "search", "js")?;
    Ok(format!("/{name}"))
}

/// The version of the npm package `name` in `node_modules` (what `package-lock.json` pins).
fn installed_version(name: &str) -> Result<String, String> {
    let path = root().join("node_modules").join(name).join("package.json");
    let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    json["version"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("{}: no version", path.display()))
}
