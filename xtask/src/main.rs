//! The project's commands. Each installs what it needs that is missing, so a fresh
//! machine with only Rust and the OS needs nothing else:
//! - `cargo xtask build`: the release bundle in `dist/`, for a deployment (docs/deploy.md).
//! - `cargo xtask serve [--port N]`: release build, then the portal on http://127.0.0.1:8080
//!   with brotli and deep links, and the endpoint on its embedded SQLite.
//! - `cargo xtask test`: every gate and every test, as CI runs them.
//! - `cargo xtask bench`: bundle sizes and a Lighthouse comparison (see BENCHMARKS.md).
//! - `cargo xtask sizes [--write]`: the size gate on the last build (`--write`: its baseline).
//! - `cargo xtask content-report`: content dates, changes and sources by age (`HULPWIJZER_TODAY`).
//! - `cargo xtask import-register <gemeenten.csv>`: the national register's municipal contacts
//!   and place names into `content/municipalities/` (its SOURCES.md).
//! - `cargo xtask stale [DIR]`: fails when content changed after the day `dist/` was built for.

mod app_wasm;
mod assets;
mod bench;
mod bench_content;
mod bench_first_paint;
mod bench_lighthouse;
mod bench_staff;
mod bundle;
mod cmd;
mod content_report;
mod embed;
mod endpoint;
mod headers;
mod import_register;
mod inline_scripts;
mod postgres;
mod search_module;
mod serve;
mod service_worker;
mod size_gate;
mod sizes;
mod staff_module;
mod stale;
mod static_server;
mod test;
mod themes;
mod tools;
mod trunk;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // One "today" for everything this command builds: the wasm, the page generator and the
    // validator all read it, so the pre-rendered pages and the hydrating wasm agree.
    if std::env::var(hulpwijzer_core::load::TODAY_VAR).is_err() {
        match hulpwijzer_core::load::today() {
            Ok(today) => {
                std::env::set_var(hulpwijzer_core::load::TODAY_VAR, today.date.to_string())
            }
            Err(e) => {
                eprintln!("xtask: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve::run(&args[1..]),
        Some("build") if args.len() == 1 => bundle::build_release(),
        Some("test") => test::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("content-report") => content_report::run(&args[1..]),
        Some("stale") => stale::run(&args[1..]),
        Some("sizes") => size_gate::run(&args[1..]),
        Some("scripts") if args.len() == 1 => inline_scripts::write(),
        Some("import-register") => import_register::run(&args[1..]),
        Some("static-server") => static_server::run_cli(&args[1..]),
        _ => {
            Err("usage: cargo xtask <build | serve [--port N] | test | bench | sizes [--write] | scripts | content-report | stale [DIR] | import-register CSV>".to_owned())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
