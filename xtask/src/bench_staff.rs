//! The staff page with many offers (issue 24, item 5): the endpoint (SQLite, a real
//! socket) gets [`OFFERS`] offers for one municipality through its POST, sealed by the
//! endpoint as the form's are; then `tests/bench/staff-open.mjs` opens them on `/nl/staff`
//! in Debian's Chromium and reports the time to the first page of offers, to every offer
//! opened, and the longest main-thread task. Reference in the same run: downloading the
//! whole export page by page without decrypting anything.

use crate::bundle::dist;
use crate::cmd::command;
use crate::endpoint::spawn_stack;

/// Offers seeded: the range a spam flood reaches in hours (the probe's 26,216).
pub const OFFERS: usize = 25_000;
/// The target: the first page of offers within this many ms …
const FIRST_PAGE_MS: f64 = 3_000.0;
/// … and no main-thread task longer than this.
const LONGEST_TASK_MS: f64 = 200.0;

/// Seeds, measures and prints the figures as a Markdown table.
pub fn run() -> Result<(), String> {
    let stack = spawn_stack(dist())?;
    let mut node = command("node");
    node.args(["tests/bench/staff-open.mjs", &OFFERS.to_string()])
        .envs(stack.env());
    let stdout = crate::cmd::stdout_of(node, "staff-open.mjs")?;
    let r: serde_json::Value = serde_json::from_slice(&stdout).map_err(|e| e.to_string())?;
    let ms = |name: &str| r[name].as_f64().unwrap_or(f64::NAN);
    let within = |value: f64, target: f64| if value <= target { "yes" } else { "**no**" };
    println!(
        "\nStaff page with {} offers of one municipality (seeded in {:.0} s), from the click on \"open\":",
        r["seeded"],
        ms("seed_ms") / 1000.0
    );
    println!("| measure | ms | target | within |\n|---|---:|---:|---|");
    let (first, longest) = (ms("first_page_ms"), ms("longest_task_ms"));
    println!(
        "| first page of offers shown | {first:.0} | {FIRST_PAGE_MS:.0} | {} |",
        within(first, FIRST_PAGE_MS)
    );
    println!(
        "| longest main-thread task while opening ({} long tasks) | {longest:.0} | {LONGEST_TASK_MS:.0} | {} |",
        r["long_tasks"],
        within(longest, LONGEST_TASK_MS)
    );
    println!(
        "| longest wait of a trivial script while opening | {:.0} | | |",
        ms("longest_evaluate_wait_ms")
    );
    println!("| every offer opened | {:.0} | | |", ms("all_opened_ms"));
    println!(
        "| reference: the export downloaded page by page, nothing decrypted ({} items) | {:.0} | | |",
        r["export_download"]["items"],
        r["export_download"]["ms"].as_f64().unwrap_or(f64::NAN)
    );
    println!(
        "| longest task while the page loaded and hydrated (before \"open\") | {:.0} | | |",
        ms("longest_task_before_ms")
    );
    println!("Cards in the document afterwards: {}", r["cards"]);
    Ok(())
}
