//! The throttled first-paint comparison: each page of [`crate::bench::PAGES`] as the
//! portal serves it, against a plain copy of the same HTML without any script, served by
//! the same server; real Chromium at 400 ms / 400 kbit/s and 4× CPU
//! (`tests/bench/first-heading.mjs`), median of [`RUNS`] cold visits each.

use crate::bench::PAGES;
use crate::bundle::{dist, files_with, precompress};
use crate::cmd::{command, root};
use crate::sizes::BenchPage;
use crate::static_server;
use std::fs;
use std::path::Path;

const RUNS: usize = 3;

/// Removes every `<script>…</script>` from `html`: the page as plain HTML.
pub fn without_scripts(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        out.push_str(&rest[..start]);
        match rest[start..].find("</script>") {
            Some(end) => rest = &rest[start + end + "</script>".len()..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Writes plain copies of the compared pages (and the stylesheet) into `dir`.
pub fn write_plain_copies(dir: &Path) -> Result<(), String> {
    let _ = fs::remove_dir_all(dir);
    for file in PAGES.map(BenchPage::file) {
        let html = fs::read_to_string(dist().join(file)).map_err(|e| e.to_string())?;
        let target = dir.join(file);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        fs::write(&target, without_scripts(&html)).map_err(|e| e.to_string())?;
    }
    for css in files_with(&dist(), &["css"])
        .into_iter()
        .filter(|p| p.parent() == Some(dist().as_path()))
    {
        if let Some(name) = css.file_name() {
            fs::copy(&css, dir.join(name)).map_err(|e| e.to_string())?;
        }
    }
    precompress(dir)
}

fn path_of(file: &str) -> String {
    match file.strip_suffix("index.html") {
        Some(dir) => format!("/{dir}"),
        None => format!("/{}", file.trim_end_matches(".html")),
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Runs the comparison and prints it as a Markdown table.
pub fn run() -> Result<(), String> {
    let plain_dir = root().join("target/bench/plain");
    write_plain_copies(&plain_dir)?;
    let portal = static_server::spawn(dist(), None)?;
    let plain = static_server::spawn(plain_dir, None)?;
    let mut args = vec!["tests/bench/first-heading.mjs".to_owned(), RUNS.to_string()];
    for file in PAGES.map(BenchPage::file) {
        args.push(format!("{portal}{}=hydrates", path_of(file)));
        args.push(format!("{plain}{}", path_of(file)));
    }
    let mut node = command("node");
    node.args(&args);
    let stdout = crate::cmd::stdout_of(node, "first-heading.mjs")?;
    let report: serde_json::Value = serde_json::from_slice(&stdout).map_err(|e| e.to_string())?;
    let figure = |url: &str, name: &str| {
        median(
            report["pages"][url]
                .as_array()
                .map(|runs| runs.iter().filter_map(|r| r[name].as_f64()).collect())
                .unwrap_or_default(),
        )
    };
    println!(
        "\nFirst heading on a throttled phone (400 ms, 400 kbit/s, CPU 4×), median of {RUNS} cold visits:"
    );
    println!("| page | portal ms | plain copy ms | ratio | bytes before paint (portal / plain) | hydrated ms | bytes of the visit |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for page in PAGES {
        let (name, file) = (format!("{} {}", page.name(), page.address()), page.file());
        let p = format!("{portal}{}", path_of(file));
        let q = format!("{plain}{}", path_of(file));
        let (ours, theirs) = (figure(&p, "heading_ms"), figure(&q, "heading_ms"));
        println!(
            "| {name} | {ours:.0} | {theirs:.0} | {:.2} | {:.0} / {:.0} | {:.0} | {:.0} |",
            ours / theirs,
            figure(&p, "bytes_before_paint"),
            figure(&q, "bytes_before_paint"),
            figure(&p, "hydrated_ms"),
            figure(&p, "bytes"),
        );
    }
    println!(
        "\nRepeat visit through the service worker: {} bytes from the network (page-visible \
         requests; the browser's own update check of sw.js is at most the size above)",
        report["repeat_visit_bytes"]
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::without_scripts;

    #[test]
    fn scripts_are_removed_and_everything_else_kept() {
        assert_eq!(
            without_scripts(
                "<head><script>x()</script><link></head><body><script src=a></script>b</body>"
            ),
            "<head><link></head><body>b</body>"
        );
    }
}
