//! `cargo xtask test`: every gate and test, in the order that fails fastest.

use crate::bundle::{build_release, dist};
use crate::cmd::{self, command};
use crate::tools;

/// Every crate but the app and the four that ship it, with all their features: the core,
/// the endpoint, its listener and xtask.
const OTHER_CRATES: [&str; 12] = [
    "--workspace",
    "--exclude",
    "hulpwijzer",
    "--exclude",
    "hulpwijzer-portal",
    "--exclude",
    "hulpwijzer-host",
    "--exclude",
    "hulpwijzer-staff",
    "--exclude",
    "hulpwijzer-prerender",
    "--all-features",
];

/// The page generator with its tests, and the app's own tests, with the generator's
/// features (the app has no others in this build: `crates/prerender/Cargo.toml`).
const PAGE_GENERATOR: [&str; 4] = ["-p", "hulpwijzer-prerender", "-p", "hulpwijzer"];

/// The three wasms, each built alone with only the features its crate gives the app.
const WASMS: [&str; 3] = ["hulpwijzer-portal", "hulpwijzer-host", "hulpwijzer-staff"];

/// Runs formatting and lint gates, Prettier, ESLint and the Node tests of `web/`, native tests (content validator included), the
/// release build, its size gate and the browser tests against it. `test browser [ARGS…]` runs only the
/// release build and Playwright (ARGS passed on, e.g. a spec file or `--repeat-each 5`).
pub fn run(args: &[String]) -> Result<(), String> {
    // CI builds everything once: incremental caches would only take disk (2.7 GB of the
    // 12 GB that filled CI's disk, decision 21).
    if std::env::var_os("CI").is_some() {
        std::env::set_var("CARGO_INCREMENTAL", "0");
    }
    match args.split_first() {
        None => {}
        Some((first, rest)) if first == "browser" => {
            tools::ensure_build_tools()?;
            return browser_tests(rest);
        }
        Some(_) => return Err("usage: cargo xtask test [browser [PLAYWRIGHT ARGS…]]".to_owned()),
    }
    tools::ensure_lint_tools()?;
    cmd::run("cargo", &["fmt", "--all", "--check"])?;
    cmd::run("leptosfmt", &["--check", "crates/app/src"])?;
    // The browser scripts (web/: the service worker, the inline scripts, the search and
    // decryption modules, embed.js): their formatting (Prettier, `.prettierrc.json`) and
    // ESLint, both pinned in package.json, then their unit tests in Node, and the shipped
    // inline scripts checked against their sources.
    tools::ensure_npm_packages()?;
    cmd::run("npx", &["prettier", "--check", "web", "eslint.config.mjs"])?;
    cmd::run("npx", &["eslint", "web", "eslint.config.mjs"])?;
    // The inline scripts' tests import through `vm`, which needs the flag on Node 20.
    cmd::run("node", &["--experimental-vm-modules", "--test", "web/"])?;
    crate::inline_scripts::check()?;
    // Each build that ships, never Leptos' `ssr` and `hydrate` together: the other crates
    // with all their features, the page generator (natively), then each of the three
    // wasms.
    for what in [&OTHER_CRATES[..], &PAGE_GENERATOR[..]] {
        let mut args = vec!["clippy"];
        args.extend(what);
        args.extend(["--all-targets", "--", "-D", "warnings"]);
        cmd::run("cargo", &args)?;
    }
    tools::ensure_build_tools()?;
    // Every browser build: the portal's wasm, the staff page's (decision 13) and the
    // host wasm of the pages with the form (decision 14), one crate each (decision 33).
    for wasm in WASMS {
        cmd::run(
            "cargo",
            &[
                "clippy",
                "-p",
                wasm,
                "--target",
                "wasm32-unknown-unknown",
                "--",
                "-D",
                "warnings",
            ],
        )?;
    }
    // The endpoint's tests run on SQLite and on a real PostgreSQL on loopback.
    let database = crate::postgres::ensure_postgres()?;
    for what in [&OTHER_CRATES[..], &PAGE_GENERATOR[..]] {
        let label = format!("cargo test {} (PostgreSQL on loopback)", what.join(" "));
        let mut tests = command("cargo");
        tests
            .arg("test")
            .args(what)
            .env("HULPWIJZER_TEST_DATABASE_URL", &database);
        cmd::run_command(tests, &label).map_err(|e| format!("native tests failed: {e}"))?;
    }
    browser_tests(&[])
}

/// The release build, then Playwright against it (with and without the endpoint).
fn browser_tests(extra: &[String]) -> Result<(), String> {
    build_release()?;
    crate::size_gate::check(&dist())?;
    tools::ensure_chromium()?;
    // The bundle served twice (with and without the endpoint) and the endpoint on a fresh
    // SQLite database; dropping `stack` stops the endpoint and removes its database.
    let stack = crate::endpoint::spawn_stack(dist())?;
    println!(
        "» playwright against {} (and {} without endpoint)",
        stack.base_url, stack.base_url_no_endpoint
    );
    let mut playwright = command("npx");
    playwright.args([
        "playwright",
        "test",
        "--config",
        "tests/e2e/playwright.config.ts",
    ]);
    playwright.args(extra);
    for (name, value) in stack.env() {
        playwright.env(name, value);
    }
    let status = playwright
        .status()
        .map_err(|e| format!("cannot start playwright: {e}"))?;
    drop(stack);
    if status.success() {
        Ok(())
    } else {
        Err(format!("browser tests failed ({status})"))
    }
}
