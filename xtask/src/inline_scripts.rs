//! The pages' inline scripts: written in `web/inline/<name>.js` (formatted, linted, tested
//! in Node), minified by esbuild into `web/inline/min/<name>.js`, which the page generator
//! includes. The minified files are committed, so building the pages needs no Node;
//! `cargo xtask scripts` writes them and `cargo xtask test` fails when one is not what
//! esbuild makes of its source.

use crate::cmd::{command, root, stdout_of};
use std::fs;
use std::path::PathBuf;

/// The scripts, by file name without `.js`.
const SCRIPTS: [&str; 3] = ["loader", "chooser", "embed-probe"];

fn minified_path(name: &str) -> PathBuf {
    root().join("web/inline/min").join(format!("{name}.js"))
}

/// What esbuild (pinned in package.json) makes of `web/inline/<name>.js`.
fn minify(name: &str) -> Result<String, String> {
    let source = format!("web/inline/{name}.js");
    let mut esbuild = command("esbuild");
    esbuild.args([
        source.as_str(),
        "--minify",
        // Optional catch bindings and the like written out for older phones' browsers.
        "--target=es2017",
        "--log-level=warning",
    ]);
    let stdout = stdout_of(esbuild, &format!("esbuild {source}"))?;
    let text = String::from_utf8(stdout).map_err(|e| e.to_string())?;
    // In a page, `</` would end the script early.
    if text.contains("</") {
        return Err(format!("{source} holds `</`"));
    }
    Ok(text)
}

/// `cargo xtask scripts`: writes every minified script.
pub fn write() -> Result<(), String> {
    crate::tools::ensure_npm_packages()?;
    for name in SCRIPTS {
        let path = minified_path(name);
        fs::write(&path, minify(name)?).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

/// An error naming every minified script that is not what esbuild makes of its source.
pub fn check() -> Result<(), String> {
    let mut stale = Vec::new();
    for name in SCRIPTS {
        let path = minified_path(name);
        let committed = fs::read_to_string(&path).unwrap_or_default();
        if committed != minify(name)? {
            stale.push(path.display().to_string());
        }
    }
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "not minified from their sources (run `cargo xtask scripts`): {}",
            stale.join(", ")
        ))
    }
}
