//! `cargo xtask bench`: sizes of the first load, a Lighthouse comparison, and the
//! endpoint's schemathesis run with all checks.

use crate::bundle::{brotli_bytes, build_release, dist, files_with, gzip_bytes};
use std::path::PathBuf;

mod endpoint_fuzz;

/// The top-level file of `dist` whose name starts with `prefix` and ends with `.ext`.
fn asset(prefix: &str, ext: &str) -> Result<std::path::PathBuf, String> {
    asset_in(&dist(), prefix, ext)
}

/// The file directly in `dir` whose name starts with `prefix` and ends with `.ext`.
fn asset_in(dir: &std::path::Path, prefix: &str, ext: &str) -> Result<std::path::PathBuf, String> {
    files_with(dir, &[ext])
        .into_iter()
        .filter(|p| p.parent() == Some(dir))
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .ok_or_else(|| format!("no {prefix}*.{ext} in {}", dir.display()))
}

fn sizes(path: &std::path::Path) -> Result<(usize, usize, usize), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    Ok((
        bytes.len(),
        gzip_bytes(&bytes)?.len(),
        brotli_bytes(&bytes)?.len(),
    ))
}

/// The text file of `locale` in `dist/locales`.
fn texts(locale: &str) -> Result<std::path::PathBuf, String> {
    let prefix = format!("{locale}-");
    files_with(&dist().join("locales"), &["ftl"])
        .into_iter()
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
        })
        .ok_or_else(|| format!("no texts for {locale}"))
}

/// The pages compared: a home page, a topic's first question and an outcome.
pub const PAGES: [(&str, &str); 3] = [
    ("home /uk/", "uk/index.html"),
    ("question /uk/registration", "uk/registration.html"),
    (
        "outcome /uk/registration/host/yes/ukrainian",
        "uk/registration/host/yes/ukrainian.html",
    ),
];

/// The page with the host-interest form, which loads the host wasm (decision 14).
const FORM_PAGE: (&str, &str) = (
    "form /uk/hosting-check/yes/yes/yes/yes/yes/yes",
    "uk/hosting-check/yes/yes/yes/yes/yes/yes.html",
);

/// Builds the release bundle and prints its sizes as Markdown tables, then the
/// first-paint, content, Lighthouse and endpoint figures.
///
/// `cargo xtask bench content`, `… first-paint` and `… lighthouse` print only that part,
/// from the bundle the last build left in `dist/` (they do not build).
pub fn run(args: &[String]) -> Result<(), String> {
    let part: fn() -> Result<(), String> = match args.first().map(String::as_str) {
        None => return run_all(),
        Some("content") => crate::bench_content::run,
        Some("first-paint") => crate::bench_first_paint::run,
        Some("lighthouse") => crate::bench_lighthouse::run,
        Some(other) => {
            return Err(format!(
                "usage: cargo xtask bench [content|first-paint|lighthouse], not {other:?}"
            ))
        }
    };
    if !dist().join("index.html").exists() {
        return Err("no dist/: build first (cargo xtask bench, or cargo xtask test)".into());
    }
    part()
}

/// Builds the release bundle, then prints every part.
fn run_all() -> Result<(), String> {
    build_release()?;
    let wasm = asset("hulpwijzer-", "wasm")?;
    let glue = asset("hulpwijzer-", "js")?;
    let css = asset("main-", "css")?;
    let host_wasm = asset_in(&dist().join("host"), "hulpwijzer-", "wasm")?;
    let host_glue = asset_in(&dist().join("host"), "hulpwijzer-", "js")?;
    let uk_texts = texts("uk")?;
    let mut rows = vec![
        ("wasm".to_owned(), wasm.clone()),
        ("JS glue".to_owned(), glue.clone()),
        (
            "CSS (NL Design System components + tokens)".to_owned(),
            css.clone(),
        ),
        ("texts (uk, whole language)".to_owned(), uk_texts.clone()),
        (
            "staff page's own wasm (only `/nl/staff`, `/en/staff`)".to_owned(),
            asset_in(&dist().join("staff"), "hulpwijzer-", "wasm")?,
        ),
        (
            "host wasm (only the pages with the host-interest form)".to_owned(),
            host_wasm.clone(),
        ),
        ("service worker".to_owned(), dist().join("sw.js")),
        (
            "embed.js (on the host page)".to_owned(),
            dist().join("embed.js"),
        ),
    ];
    for theme in files_with(&dist().join("themes"), &["css"]) {
        let name = theme.file_name().map(|n| n.to_string_lossy().into_owned());
        rows.push((format!("theme {}", name.unwrap_or_default()), theme));
    }
    println!("| file | raw | gzip | brotli |\n|---|---:|---:|---:|");
    for (name, path) in &rows {
        let (raw, gz, br) = sizes(path)?;
        println!("| {name} | {raw} | {gz} | {br} |");
    }
    let (_, _, css_br) = sizes(&css)?;
    let brotli_sum = |files: [&PathBuf; 3]| {
        files
            .iter()
            .map(|p| sizes(p).map(|s| s.2))
            .sum::<Result<usize, String>>()
    };
    let after_load = brotli_sum([&glue, &wasm, &uk_texts])?;
    let after_load_host = brotli_sum([&host_glue, &host_wasm, &uk_texts])?;
    println!("\n| page | HTML brotli | before first paint (HTML + CSS) | whole first visit (+ glue, wasm, texts) |");
    println!("|---|---:|---:|---:|");
    let pages = PAGES
        .iter()
        .map(|page| (page, after_load))
        .chain([(&FORM_PAGE, after_load_host)]);
    for ((name, file), after_load) in pages {
        let (_, _, html_br) = sizes(&dist().join(file))?;
        println!(
            "| {name} | {html_br} | {} | {} |",
            html_br + css_br,
            html_br + css_br + after_load
        );
    }
    crate::bench_first_paint::run()?;
    crate::bench_content::run()?;
    crate::bench_lighthouse::run()?;
    endpoint_fuzz::run()
}
