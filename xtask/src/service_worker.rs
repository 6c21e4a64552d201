//! The service worker's data and the per-language lists of what "save for offline" downloads.
//!
//! The worker itself is JavaScript, `web/sw.js` (what it does is described at its top). This
//! module gives it only data: `dist/sw.js` is one line, `const HW = {…};` (the version, the
//! shell, the texts' version, the locales), followed by `web/sw.js` unchanged; and
//! `dist/sw-manifest.json` lists every file the worker may keep with a hash of its content,
//! so that a new deployment keeps whatever did not change. The version is a hash of the
//! manifest and the worker's source, so `sw.js` changes exactly when the bundle does.
//!
//! On install the worker caches the shell (stylesheet, JS glue and its snippets, wasm, the
//! municipality table, the offline page). The staff page (`/staff/…`, `/nl/staff`,
//! `/en/staff`, its decryption module) and the endpoint's API (`/v1/…`) are never cached,
//! precached or listed for offline use ([`is_never_cached`], the same rule as the worker's
//! `isNeverCached`; `web/never-cached.json` holds the cases both are tested against). The host
//! wasm (`/host/…`, only the pages with the host-interest form load it) is cached when
//! fetched and listed for offline use, but not precached: most visitors never need it.
//! Search (decision 29): for every language with a page in the cache, the worker also keeps
//! its A–Z page, its search index and the search module, so search works offline after one
//! visit; a saved language's list has them too.

use crate::app_wasm::AppWasm;
use crate::bundle::{files_with, Assets};
use hulpwijzer_core::load::fnv_hex;
use hulpwijzer_core::route::{desk_partner, topic_index_path};
use hulpwijzer_core::texts::TextPart;
use hulpwijzer_core::LOCALES;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// The URL path a page file is served at: `uk/index.html` → `/uk/`,
/// `uk/registration.html` → `/uk/registration`.
pub fn page_path(relative: &str) -> String {
    if let Some(dir) = relative.strip_suffix("index.html") {
        format!("/{dir}")
    } else {
        format!("/{}", relative.trim_end_matches(".html"))
    }
}

/// Whether the service worker must leave `path` alone (the same rule as `NEVER` in the
/// worker's source).
/// Runs of slashes count as one (`//staff`, `/uk//staff`), as the server reads them.
pub fn is_never_cached(path: &str) -> bool {
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    match (segments.next(), segments.next()) {
        (Some("staff" | "v1"), _) => true,
        (Some(locale), Some("staff")) => LOCALES.contains(&locale),
        _ => false,
    }
}

fn served_size(path: &Path) -> u64 {
    let br = format!("{}.br", path.display());
    fs::metadata(&br)
        .or_else(|_| fs::metadata(path))
        .map(|m| m.len())
        .unwrap_or(0)
}

fn relative(dist: &Path, path: &Path) -> String {
    path.strip_prefix(dist)
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .unwrap_or_default()
}

/// `dist/offline/<locale>.txt`: the bytes to download on the first line, then one URL a
/// line: every page of the language, its texts (and those of its desk cards' second
/// language) but the staff page's, its search index (of `search`), the shell and the
/// municipality table.
fn write_lists(
    dist: &Path,
    shell: &[String],
    search: &[String],
    texts: &str,
) -> Result<(), String> {
    let dir = dist.join("offline");
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    for locale in LOCALES {
        let mut urls: Vec<(String, u64)> = Vec::new();
        for file in files_with(&dist.join(locale), &["html"]) {
            let path = page_path(&relative(dist, &file));
            if !is_never_cached(&path) {
                urls.push((path, served_size(&file)));
            }
        }
        for file in files_with(&dist.join("locales"), &["ftl"])
            .into_iter()
            .chain(files_with(&dist.join("data"), &["bin"]))
        {
            let name = relative(dist, &file);
            let partner = desk_partner(locale);
            // The staff page is never cached, so neither are its texts.
            let staff = [locale, partner]
                .iter()
                .any(|l| format!("/{name}") == TextPart::Staff.url(l, texts));
            if staff {
                continue;
            }
            if name.starts_with("data/")
                || name.starts_with(&format!("locales/{locale}-"))
                || name.starts_with(&format!("locales/{partner}-"))
            {
                urls.push((format!("/{name}"), served_size(&file)));
            }
        }
        let index = search
            .iter()
            .filter(|u| u.starts_with(&format!("/search/{locale}-")));
        for url in shell.iter().chain(index) {
            urls.push((
                url.clone(),
                served_size(&dist.join(url.trim_start_matches('/'))),
            ));
        }
        let bytes: u64 = urls.iter().map(|(_, size)| size).sum();
        let mut text = format!("{bytes}\n");
        for (url, _) in &urls {
            text.push_str(url);
            text.push('\n');
        }
        fs::write(dir.join(format!("{locale}.txt")), text).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The data the worker's source (`web/sw.js`) is given, as its first line `const HW = …;`.
#[derive(Serialize)]
struct Prelude<'a> {
    /// This build's version: a hash of the manifest and the worker's source.
    version: &'a str,
    /// What install downloads (unless an older cache holds it unchanged).
    shell: &'a [String],
    /// The texts' version, part of their names.
    texts: &'a str,
    /// The languages, each the first segment of its pages' paths.
    locales: &'a [&'a str],
    /// The search module of the A–Z pages.
    search: &'a str,
    /// Each language's A–Z page and search index, kept once the language is visited.
    topics: BTreeMap<&'a str, Topics>,
}

/// A language's A–Z page (plain HTML, not a page the app can render another address in)
/// and its search index.
#[derive(Serialize)]
struct Topics {
    page: String,
    index: String,
}

/// `dist/sw-manifest.json`: this build's version and every file the worker may keep, by the
/// key it keeps it under (pages by their path, other files by their URL), with a hash of
/// its content.
#[derive(Serialize)]
struct Manifest {
    version: String,
    files: BTreeMap<String, String>,
}

/// Every file of `dist` the worker may keep, by key, with a hash of its content.
fn hashes(dist: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut files = BTreeMap::new();
    let search_indexes = files_with(&dist.join("search"), &["json"]);
    for file in files_with(
        dist,
        &[
            "html", "js", "wasm", "css", "ftl", "bin", "txt", "xml", "svg",
        ],
    )
    .into_iter()
    .chain(search_indexes)
    {
        let name = relative(dist, &file);
        let hash = fnv_hex(&fs::read(&file).map_err(|e| e.to_string())?);
        let url = format!("/{name}");
        let page = name.ends_with(".html").then(|| page_path(&name));
        if name == "sw.js" || is_never_cached(&url) || page.as_deref().is_some_and(is_never_cached)
        {
            continue;
        }
        if let Some(page) = page {
            // Top-level pages are also fetched by their file name (`/offline.html`).
            if !name.contains('/') {
                files.insert(url, hash.clone());
            }
            files.insert(page, hash);
        } else {
            files.insert(url, hash);
        }
    }
    Ok(files)
}

/// `sw.js`: the data line, then the worker's source unchanged.
pub fn script(prelude: &str, source: &str) -> String {
    format!("const HW = {prelude};\n{source}")
}

/// The URL paths of the files with extension `ext` under `dist/<dir>`.
fn urls_in(dist: &Path, dir: &str, ext: &str) -> Vec<String> {
    files_with(&dist.join(dir), &[ext])
        .iter()
        .map(|file| format!("/{}", relative(dist, file)))
        .collect()
}

/// Writes `sw.js`, `sw-manifest.json` and the offline lists; the version hashes the manifest
/// and the worker's source. `search` is the A–Z pages' search module, `form_css` the
/// stylesheet of the pages with a form.
pub fn write(
    dist: &Path,
    assets: &Assets,
    host: &AppWasm,
    [search, form_css]: [&str; 2],
) -> Result<(), String> {
    let mut shell = vec![
        assets.css.clone(),
        assets.js.clone(),
        assets.wasm.clone(),
        "/offline.html".to_owned(),
    ];
    // wasm-bindgen's snippets (the staff page's module loader), which the JS glue imports
    // on every page: without them offline, nothing hydrates.
    shell.extend(urls_in(dist, "snippets", "js"));
    // The municipality table: the card and the picker need it offline too.
    shell.extend(urls_in(dist, "data", "bin"));
    // The pages with the form load the host wasm (decision 14) and the form's stylesheet
    // (decision 30): a saved language has them too, but a first visit does not precache them.
    let mut saved = shell.clone();
    saved.extend([host.js.clone(), host.wasm.clone()]);
    saved.extend(urls_in(dist, "host/snippets", "js"));
    saved.push(form_css.to_owned());
    saved.push(search.to_owned());
    let texts = hulpwijzer_core::load::locale_version(&crate::cmd::root())?;
    let indexes = urls_in(dist, "search", "json");
    write_lists(dist, &saved, &indexes, &texts)?;
    let mut topics = BTreeMap::new();
    for locale in LOCALES {
        let index = indexes
            .iter()
            .find(|u| u.starts_with(&format!("/search/{locale}-")))
            .ok_or_else(|| format!("dist/search: no index for {locale}"))?;
        let page = topic_index_path(locale);
        topics.insert(
            locale,
            Topics {
                page,
                index: index.clone(),
            },
        );
    }
    let source = fs::read_to_string(crate::cmd::root().join("web").join("sw.js"))
        .map_err(|e| format!("web/sw.js: {e}"))?;
    let files = hashes(dist)?;
    let mut all = serde_json::to_vec(&files).map_err(|e| e.to_string())?;
    all.extend_from_slice(source.as_bytes());
    let manifest = Manifest {
        version: fnv_hex(&all),
        files,
    };
    let prelude = Prelude {
        version: &manifest.version,
        shell: &shell,
        texts: &texts,
        locales: &LOCALES,
        search,
        topics,
    };
    fs::write(
        dist.join("sw-manifest.json"),
        serde_json::to_string(&manifest).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let prelude = serde_json::to_string(&prelude).map_err(|e| e.to_string())?;
    fs::write(dist.join("sw.js"), script(&prelude, &source)).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::{is_never_cached, page_path};

    /// The cases `web/sw.test.mjs` runs the worker's rule against too.
    #[derive(serde::Deserialize)]
    struct Cases {
        never: Vec<String>,
        cached: Vec<String>,
    }

    #[test]
    fn the_staff_page_and_the_api_are_never_cached() {
        let cases: Cases = serde_json::from_str(include_str!("../../web/never-cached.json"))
            .expect("web/never-cached.json reads");
        assert!(!cases.never.is_empty() && !cases.cached.is_empty());
        for path in &cases.never {
            assert!(is_never_cached(path), "{path}");
        }
        for path in &cases.cached {
            assert!(!is_never_cached(path), "{path}");
        }
    }

    #[test]
    fn the_worker_is_its_data_line_then_its_source() {
        let script = super::script(r#"{"version":"v"}"#, "// source\n");
        assert_eq!(script, "const HW = {\"version\":\"v\"};\n// source\n");
    }

    #[test]
    fn page_files_map_to_their_paths() {
        assert_eq!(page_path("uk/index.html"), "/uk/");
        assert_eq!(page_path("uk/registration.html"), "/uk/registration");
        assert_eq!(
            page_path("nl/gemeenten/gm0034.html"),
            "/nl/gemeenten/gm0034"
        );
    }
}
