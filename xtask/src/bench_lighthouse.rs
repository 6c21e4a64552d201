//! Lighthouse (mobile, simulated throttling) on the served portal, beside a static
//! HTML page with the same first screen served the same way: both LCPs and their ratio.

use crate::bundle::{dist, precompress};
use crate::cmd::{command, root};
use crate::static_server;
use hulpwijzer_core::load::bundle_locale;
use std::fs;
use std::path::Path;

const RUNS: usize = 3;
const CHROME_FLAGS: &str =
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run \
     --disable-background-networking --disable-component-update --disable-sync";

/// A one-line message of the Ukrainian texts (enough for the home screen).
fn message(text: &str, key: &str) -> String {
    let prefix = format!("{key} = ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_default()
        .to_owned()
}

/// The home screen as plain HTML with the same stylesheet: the best a static page can do.
fn write_static_page(dir: &Path) -> Result<(), String> {
    let uk = bundle_locale(&root(), "uk")?
        + &fs::read_to_string(root().join("locales/uk/boot.ftl")).map_err(|e| e.to_string())?;
    let css = crate::bundle::files_with(&dist(), &["css"])
        .into_iter()
        .next()
        .ok_or("no CSS in dist")?;
    let css_name = css
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    fs::copy(&css, dir.join(&css_name)).map_err(|e| e.to_string())?;
    let m = |k: &str| message(&uk, k);
    let html = format!(
        "<!doctype html><html lang=\"uk\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\"><title>{who} – {app}</title><link rel=\"stylesheet\" \
         href=\"/{css_name}\"></head><body><header class=\"site-header\"><a class=\"brand\" href=\"/\">{app}</a>\
         <nav class=\"languages\"><ul><li><a href=\"/\">Українська</a></li><li><a href=\"/\">Русский</a></li>\
         <li><a href=\"/\">English</a></li><li><a href=\"/\">Nederlands</a></li></ul></nav></header><main>\
         <p class=\"eyebrow\">{title}</p><h1>{who}</h1><p class=\"hint\">{hint}</p><ul class=\"options\">\
         <li><a class=\"option\" href=\"/\">{refugee}</a></li><li><a class=\"option\" href=\"/\">{host}</a></li>\
         </ul></main><footer class=\"site-footer\"><p>{privacy}</p></footer></body></html>",
        app = m("app-name"),
        title = m("start-title"),
        who = m("start-who"),
        hint = m("start-who-hint"),
        refugee = m("start-who-refugee"),
        host = m("start-who-host"),
        privacy = m("footer-privacy"),
    );
    fs::write(dir.join("index.html"), html).map_err(|e| e.to_string())?;
    precompress(dir)
}

struct Figures {
    lcp_ms: f64,
    fcp_ms: f64,
    tbt_ms: f64,
    bytes: f64,
    performance: f64,
    accessibility: f64,
}

fn lighthouse(url: &str, out: &Path) -> Result<Figures, String> {
    let status = command("lighthouse")
        .args([
            url,
            "--quiet",
            "--output=json",
            "--form-factor=mobile",
            "--throttling-method=simulate",
        ])
        .arg(format!("--output-path={}", out.display()))
        .arg("--only-categories=performance,accessibility")
        .arg(format!("--chrome-flags={CHROME_FLAGS}"))
        .env("CHROME_PATH", "/usr/bin/chromium")
        .status()
        .map_err(|e| format!("cannot start lighthouse: {e}"))?;
    if !status.success() {
        return Err(format!("lighthouse failed on {url} ({status})"));
    }
    let report: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
    let audit = |id: &str| {
        report["audits"][id]["numericValue"]
            .as_f64()
            .unwrap_or(f64::NAN)
    };
    let score = |id: &str| {
        report["categories"][id]["score"]
            .as_f64()
            .unwrap_or(f64::NAN)
            * 100.0
    };
    Ok(Figures {
        lcp_ms: audit("largest-contentful-paint"),
        fcp_ms: audit("first-contentful-paint"),
        tbt_ms: audit("total-blocking-time"),
        bytes: audit("total-byte-weight"),
        performance: score("performance"),
        accessibility: score("accessibility"),
    })
}

fn median(mut runs: Vec<Figures>) -> Option<Figures> {
    runs.sort_by(|a, b| a.lcp_ms.total_cmp(&b.lcp_ms));
    let mid = runs.len() / 2;
    runs.into_iter().nth(mid)
}

/// Runs Lighthouse [`RUNS`] times on each page and prints the medians and the LCP ratio.
pub fn run() -> Result<(), String> {
    let work = root().join("target/bench");
    let static_dir = work.join("static-page");
    write_static_page(&static_dir)?;
    let portal = static_server::spawn(dist(), None)?;
    let plain = static_server::spawn(static_dir, None)?;
    let mut rows = Vec::new();
    for (name, url) in [
        ("portal /uk/", format!("{portal}/uk/")),
        ("static page", format!("{plain}/")),
    ] {
        let runs = (0..RUNS)
            .map(|i| {
                lighthouse(
                    &url,
                    &work.join(format!("lighthouse-{}-{i}.json", rows.len())),
                )
            })
            .collect::<Result<Vec<_>, _>>()?;
        rows.push((name, median(runs).ok_or("no lighthouse runs")?));
    }
    println!("\nLighthouse 12 (mobile, simulated throttling), median of {RUNS} runs by LCP:");
    println!("| page | LCP ms | FCP ms | TBT ms | transfer bytes | performance | accessibility |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for (name, f) in &rows {
        println!(
            "| {name} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} |",
            f.lcp_ms, f.fcp_ms, f.tbt_ms, f.bytes, f.performance, f.accessibility
        );
    }
    if let [(_, app), (_, page)] = &rows[..] {
        println!(
            "\nLCP ratio portal / static page: {:.2}",
            app.lcp_ms / page.lcp_ms
        );
    }
    Ok(())
}
