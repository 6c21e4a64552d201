//! Lighthouse (mobile, simulated throttling) on `/uk/registration` as the portal serves
//! it, beside a plain copy of the same HTML without scripts served the same way: both
//! LCPs and their ratio.

use crate::bench_first_paint::write_plain_copies;
use crate::bundle::dist;
use crate::cmd::{command, root};
use crate::static_server;
use std::fs;
use std::path::Path;

const RUNS: usize = 3;
const CHROME_FLAGS: &str =
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run \
     --disable-background-networking --disable-component-update --disable-sync";

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
    let static_dir = work.join("lighthouse-plain");
    write_plain_copies(&static_dir)?;
    let portal = static_server::spawn(dist(), None)?;
    let plain = static_server::spawn(static_dir, None)?;
    let mut rows = Vec::new();
    let mut spreads = Vec::new();
    for (name, url) in [
        (
            "portal /uk/registration",
            format!("{portal}/uk/registration"),
        ),
        ("plain copy", format!("{plain}/uk/registration")),
    ] {
        let runs = (0..RUNS)
            .map(|i| {
                lighthouse(
                    &url,
                    &work.join(format!("lighthouse-{}-{i}.json", rows.len())),
                )
            })
            .collect::<Result<Vec<_>, _>>()?;
        // The score and TBT vary from run to run on a shared machine: show every run.
        let each: Vec<String> = runs
            .iter()
            .map(|f| format!("{:.0} (TBT {:.0} ms)", f.performance, f.tbt_ms))
            .collect();
        spreads.push(format!("{name}: {}", each.join(", ")));
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
    println!("\nPerformance of each run:");
    for spread in &spreads {
        println!("- {spread}");
    }
    if let [(_, app), (_, page)] = &rows[..] {
        println!(
            "\nLCP ratio portal / plain copy: {:.2}",
            app.lcp_ms / page.lcp_ms
        );
    }
    Ok(())
}
