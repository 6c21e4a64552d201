//! `cargo xtask bench`: sizes of the first load, a Lighthouse comparison, the staff page
//! with 25,000 offers, and the endpoint's schemathesis run with all checks.

use crate::bundle::{build_release, dist, files_with};
use crate::sizes::{of_file, BenchPage, Bundle};

mod endpoint_fuzz;

/// The pages of the first-paint comparison: a home page, a topic's first question and an
/// outcome.
pub const PAGES: [BenchPage; 3] = [BenchPage::Home, BenchPage::Question, BenchPage::Outcome];

/// Builds the release bundle and prints its sizes as Markdown tables, then the
/// first-paint, content, Lighthouse and endpoint figures.
///
/// `cargo xtask bench content`, `… first-paint`, `… lighthouse` and `… staff` print only that part,
/// from the bundle the last build left in `dist/` (they do not build).
pub fn run(args: &[String]) -> Result<(), String> {
    let part: fn() -> Result<(), String> = match args.first().map(String::as_str) {
        None => return run_all(),
        Some("content") => crate::bench_content::run,
        Some("first-paint") => crate::bench_first_paint::run,
        Some("lighthouse") => crate::bench_lighthouse::run,
        Some("staff") => crate::bench_staff::run,
        Some(other) => {
            return Err(format!(
                "usage: cargo xtask bench [content|first-paint|lighthouse|staff], not {other:?}"
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
    let bundle = Bundle::find(&dist())?;
    let mut rows = vec![
        ("wasm".to_owned(), bundle.wasm.clone()),
        ("JS glue".to_owned(), bundle.glue.clone()),
        (
            "CSS (NL Design System components + tokens)".to_owned(),
            bundle.css.clone(),
        ),
        ("texts (uk, every page)".to_owned(), bundle.uk_texts.clone()),
        (
            "texts (uk, only the trees for hosts)".to_owned(),
            bundle.uk_host_texts.clone(),
        ),
        (
            "texts (uk, only the form)".to_owned(),
            bundle.uk_form_texts.clone(),
        ),
        (
            "texts (uk, only the embedding page)".to_owned(),
            bundle.uk_embed_texts.clone(),
        ),
        (
            "texts (nl, only the staff page)".to_owned(),
            bundle.nl_staff_texts.clone(),
        ),
        (
            "CSS of the pages with a form".to_owned(),
            bundle.form_css.clone(),
        ),
        (
            "staff page's own wasm (only `/nl/staff`, `/en/staff`)".to_owned(),
            bundle.staff_wasm.clone(),
        ),
        (
            "host wasm (only the pages with the host-interest form)".to_owned(),
            bundle.host_wasm.clone(),
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
        let s = of_file(path)?;
        println!("| {name} | {} | {} | {} |", s.raw, s.gzip, s.brotli);
    }
    println!("\n| page | HTML brotli | before first paint (HTML + CSS) | whole first visit (+ glue, wasm, texts) |");
    println!("|---|---:|---:|---:|");
    for page in BenchPage::ALL {
        println!(
            "| {} {} | {} | {} | {} |",
            page.name(),
            page.address(),
            of_file(&dist().join(page.file()))?.brotli,
            bundle.critical_path(page)?,
            bundle.first_visit(page)?
        );
    }
    crate::bench_first_paint::run()?;
    crate::bench_content::run()?;
    crate::bench_lighthouse::run()?;
    crate::bench_staff::run()?;
    endpoint_fuzz::run()
}
