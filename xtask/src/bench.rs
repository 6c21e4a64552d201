//! `cargo xtask bench`: sizes of the first load, a Lighthouse comparison, and the
//! endpoint's schemathesis run with all checks.

use crate::bundle::{brotli_bytes, build_release, dist, files_with, gzip_bytes};

mod endpoint_fuzz;

/// The top-level file of `dist` whose name starts with `prefix` and ends with `.ext`.
fn asset(prefix: &str, ext: &str) -> Result<std::path::PathBuf, String> {
    files_with(&dist(), &[ext])
        .into_iter()
        .filter(|p| p.parent() == Some(dist().as_path()))
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .ok_or_else(|| format!("no {prefix}*.{ext} in dist"))
}

fn sizes(path: &std::path::Path) -> Result<(usize, usize, usize), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    Ok((
        bytes.len(),
        gzip_bytes(&bytes)?.len(),
        brotli_bytes(&bytes)?.len(),
    ))
}

/// The core texts of `locale` (what the home page loads) in `dist/locales`.
fn texts(locale: &str) -> Result<std::path::PathBuf, String> {
    let prefix = format!("{locale}-");
    files_with(&dist().join("locales"), &["ftl"])
        .into_iter()
        .find(|p| {
            let dir = p.parent().and_then(|d| d.file_name());
            let in_locale = dir.is_some_and(|d| d.to_string_lossy().starts_with(&prefix));
            in_locale && p.ends_with("core.ftl")
        })
        .ok_or_else(|| format!("no core texts for {locale}"))
}

/// Builds the release bundle and prints its sizes as a Markdown table.
pub fn run(_args: &[String]) -> Result<(), String> {
    build_release()?;
    let rows = [
        ("wasm", asset("hulpwijzer-", "wasm")?),
        ("JS glue", asset("hulpwijzer-", "js")?),
        ("boot script", asset("boot-", "js")?),
        ("CSS", asset("main-", "css")?),
        ("index.html", dist().join("index.html")),
        ("texts (uk, core)", texts("uk")?),
    ];
    println!("| file | raw | gzip | brotli |\n|---|---:|---:|---:|");
    let mut total = 0;
    for (name, path) in &rows {
        let (raw, gz, br) = sizes(path)?;
        total += br;
        println!("| {name} | {raw} | {gz} | {br} |");
    }
    println!("\nFirst-load transfer (brotli, all of the above): {total} bytes");
    crate::bench_content::run()?;
    crate::bench_lighthouse::run()?;
    endpoint_fuzz::run()
}
