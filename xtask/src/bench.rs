//! `cargo xtask bench`: sizes of the first load and a Lighthouse comparison.

use crate::bundle::{brotli_bytes, build_release, dist, files_with, gzip_bytes};
fn main_asset(ext: &str) -> Result<std::path::PathBuf, String> {
    files_with(&dist(), &[ext])
        .into_iter()
        .find(|p| p.parent() == Some(dist().as_path()))
        .ok_or_else(|| format!("no .{ext} in dist"))
}

fn sizes(path: &std::path::Path) -> Result<(usize, usize, usize), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    Ok((
        bytes.len(),
        gzip_bytes(&bytes)?.len(),
        brotli_bytes(&bytes)?.len(),
    ))
}

/// Builds the release bundle and prints its sizes as a Markdown table.
pub fn run(_args: &[String]) -> Result<(), String> {
    build_release()?;
    let rows = [
        ("wasm", main_asset("wasm")?),
        ("JS glue", main_asset("js")?),
        ("CSS", main_asset("css")?),
        ("index.html", dist().join("index.html")),
        ("texts (uk)", dist().join("locales/uk.ftl")),
    ];
    println!("| file | raw | gzip | brotli |\n|---|---:|---:|---:|");
    let mut total = 0;
    for (name, path) in &rows {
        let (raw, gz, br) = sizes(path)?;
        total += br;
        println!("| {name} | {raw} | {gz} | {br} |");
    }
    println!("\nFirst-load transfer (brotli, all of the above): {total} bytes");
    crate::bench_lighthouse::run()
}
