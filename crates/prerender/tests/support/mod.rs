//! What the page generator's tests share: the project root, the generator's assets, an
//! executor that runs no effects, and reading the data attributes of a rendered page.
#![allow(dead_code)] // `pages` and `event_moved` each use a part

use hulpwijzer::prerender::{load, paths, render_page, Assets};
use hulpwijzer::{I18n, Site};
use hulpwijzer_core::date::Date;
use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn day(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
}

pub fn assets() -> Assets {
    Assets {
        css: "/main.css".into(),
        js: "/app.js".into(),
        wasm: "/app.wasm".into(),
        staff_js: "/staff/app.js".into(),
        staff_wasm: "/staff/app.wasm".into(),
        host_js: "/host/app.js".into(),
        host_wasm: "/host/app.wasm".into(),
        themes: Vec::new(),
        age: "/staff/age.js".into(),
        search: "/search.js".into(),
        form_css: "/form.css".into(),
        texts: "0123456789abcdef".into(),
    }
}

/// An executor that never runs a task. The generator is built with effects off (feature
/// `ssr` only), so no effect runs while a page is rendered; `cargo test --all-features` also
/// turns on `hydrate`, whose effects spawn tasks and need an executor. This one drops them,
/// which renders exactly what the generator renders.
pub struct NoTasks;

impl any_spawner::CustomExecutor for NoTasks {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

pub fn languages() -> Vec<I18n> {
    // Set once per test binary; later calls find it set.
    let _ = any_spawner::Executor::init_custom_executor(NoTasks);
    load(&root())
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|(i18n, _)| i18n)
        .collect()
}

/// Every value of `name="…"` in the page, in order.
pub fn attr(html: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    html.split(&needle)
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

pub struct Shown {
    pub node: String,
    pub date: String,
    pub facts: Vec<String>,
    pub steps: Vec<String>,
    /// The events whose pending proposal the page shows (`data-event-pending`).
    pub pending: Vec<String>,
    /// The whole page.
    pub html: String,
}

pub fn page(i18n: I18n, path: &str, on: Date) -> Shown {
    let (html, _) = render_page(i18n, None, &Site::default(), &assets(), path, on);
    let first = |name: &str| attr(&html, name).into_iter().next().unwrap_or_default();
    Shown {
        node: first("data-node"),
        date: html
            .split("<meta name=\"hw-date\" content=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default()
            .to_owned(),
        facts: attr(&html, "data-fact"),
        steps: attr(&html, "data-step"),
        pending: attr(&html, "data-event-pending"),
        html,
    }
}

/// Every page of every tree in `locale` (not the municipality pages nor the desk cards).
pub fn tree_pages(locale: &str) -> Vec<String> {
    paths(locale)
        .into_iter()
        .filter(|p| !p.contains("/gemeenten/") && !p.contains("/balie/"))
        .collect()
}
