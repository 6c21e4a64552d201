//! The page generator: every page the engine can reach, in each language, rendered by
//! the app's own components to plain HTML files any static host can serve.
//!
//! Written for each language: the home page, every question and outcome of every tree
//! (enumerated from the content with [`reachable_answers`]), the A–Z index of
//! municipalities and one page per municipality, and the A–Z page of answers (plain HTML,
//! without the app: [`topic_index`]). Beside them: the language chooser at
//! `/`, a `404.html` and an `offline.html` in all four languages, `sitemap.xml` and
//! `robots.txt`. `<head>` comes from [`crate::pages::meta`], so title and description
//! are the ones the browser shows after client-side navigation too.

mod document;
mod embed_probe;
pub mod search_index;
mod topic_index;

use crate::catalog::{catalog, directory, set_directory};
use crate::i18n::I18n;
use crate::pages::meta::page_meta;
use crate::pages::{index_href, municipality_href};
use crate::site::Site;
use document::page_document;
pub use document::{wasm_of, Assets};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::engine::{reachable_answers, replay, Position};
use hulpwijzer_core::load::{bundle_locale, locale_version, BOOT_FILE};
use hulpwijzer_core::municipality::load_directory;
use hulpwijzer_core::route::{desk_partner, topic_index_path, Page, Route, STAFF_LOCALES};
use hulpwijzer_core::texts::Wasm;
use hulpwijzer_core::texts::{shipped, TextPart};
use hulpwijzer_core::LOCALES;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
pub use topic_index::{entries, topic_index_page, Entry};

/// A page of the portal: its URL path and whether it belongs in the sitemap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// The canonical path (`/uk/registration/host`).
    pub path: String,
    /// Whether it is listed in `sitemap.xml` (not intermediate questions).
    pub index: bool,
}

/// The file a static host serves for `path`: `/uk/` → `uk/index.html`,
/// `/uk/registration/host` → `uk/registration/host.html`.
pub fn file_for(path: &str) -> PathBuf {
    let trimmed = path.trim_matches('/');
    if path.ends_with('/') {
        PathBuf::from(trimmed).join("index.html")
    } else {
        PathBuf::from(format!("{trimmed}.html"))
    }
}

/// The app's HTML for `path` (the `<body>`'s content) as it shows on `day`, exactly as
/// hydration expects it; `partner` is the desk card's second language.
pub fn render_body(
    i18n: I18n,
    partner: Option<I18n>,
    site: &Site,
    path: &str,
    day: Date,
) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let site = site.clone();
    let html = owner.with(|| {
        provide_context(RequestUrl::new(path));
        crate::root(i18n, partner, site, day).to_html()
    });
    drop(owner);
    html
}

/// One whole page file for `path` as it shows on `day` (the build writes every page with
/// the build's date, [`crate::today::build_date`]), and whether it belongs in the sitemap.
/// `partner` is the desk card's second language (used only on desk cards).
pub fn render_page(
    i18n: I18n,
    partner: Option<I18n>,
    site: &Site,
    assets: &Assets,
    path: &str,
    day: Date,
) -> (String, bool) {
    let route = Route::parse(path, "");
    let meta = page_meta(&i18n, &route, day);
    let desk = route
        .as_ref()
        .is_ok_and(|r| matches!(r.page, Page::Desk { .. }));
    let body = render_body(i18n, partner.filter(|_| desk), site, path, day);
    let html = page_document(&i18n, site, assets, path, &meta, &body, day);
    (html, meta.index)
}

/// Every path of one language: home, tree positions, the desk card of each outcome with a desk,
/// municipality index and pages.
pub fn paths(locale: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tree in &catalog().trees {
        let start = Route::home(locale).tree_start(&tree.id);
        for answers in reachable_answers(tree) {
            let at_desk = matches!(
                replay(tree, &answers).map(|w| w.position),
                Ok(Position::Outcome(o)) if o.desk
            );
            let route = start.with_answers(answers);
            out.push(route.to_url());
            if at_desk {
                out.push(route.at_desk().to_url());
            }
        }
    }
    out.push(index_href(locale));
    out.push(Route::of(locale, Page::Embed).to_url());
    if STAFF_LOCALES.contains(&locale) {
        out.push(Route::of(locale, Page::Staff).to_url());
    }
    for m in directory().municipalities() {
        out.push(municipality_href(locale, &m.code));
    }
    out
}

/// The parts of its language's texts the browser loads on the page at `path` before
/// hydrating it, in order (`crate::boot`): the portal's, the page's own, its wasm's own.
pub fn texts_of_page(path: &str) -> Vec<TextPart> {
    let route = Route::parse(path, "");
    let page = route
        .as_ref()
        .ok()
        .and_then(|r| TextPart::of_page(&r.page, catalog()));
    let wasm = route.as_ref().map_or(Wasm::Portal, wasm_of);
    std::iter::once(TextPart::Portal)
        .chain(page)
        .chain(wasm.own_parts().iter().copied())
        .collect()
}

/// The whole text of a language, as the page generator renders it (the browser fetches it
/// in two parts, [`TextPart`]).
pub fn locale_text(root: &Path, locale: &str) -> Result<String, String> {
    let boot = root.join("locales").join(locale).join(BOOT_FILE);
    let boot = fs::read_to_string(&boot).map_err(|e| format!("{}: {e}", boot.display()))?;
    Ok(format!("{boot}\n{}", bundle_locale(root, locale)?))
}

/// An error naming `page` when it showed a message some language lacks or could not
/// format (a variable not given), so that no build shows a reader an empty text or
/// `{$name}`. The literal keys are checked when compiled (`key!`), the derived ones by
/// the validator; this catches what both miss, such as a derived key the validator
/// does not know.
///
/// # Errors
/// Each such message, with its language.
pub fn shown_whole(page: &str, bundles: &[I18n]) -> Result<(), String> {
    let missing: Vec<String> = bundles
        .iter()
        .flat_map(|b| {
            b.take_missing()
                .into_iter()
                .map(move |m| format!("{}: {m}", b.locale()))
        })
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{page} shows messages it cannot format:\n  {}",
            missing.join("\n  ")
        ))
    }
}

fn write(dist: &Path, file: &Path, html: &str) -> Result<(), String> {
    let target = dist.join(file);
    if let Some(dir) = target.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(&target, html).map_err(|e| format!("{}: {e}", target.display()))
}

fn option<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

/// `name=/themes/name-hash.css,…`, each name one of [`crate::theme::Theme`]'s.
fn themes(list: &str) -> Result<Vec<(String, String)>, String> {
    list.split(',')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((name, href)) if crate::theme::Theme::parse(name).is_some() => {
                Ok((name.to_owned(), href.to_owned()))
            }
            _ => Err(format!(
                "--themes: not a theme of style/themes.toml: {pair}"
            )),
        })
        .collect()
}

/// Loads what every page needs beside the embedded catalog: the municipalities and each
/// language's whole text (returned with it, as the browser fetches it).
///
/// # Errors
/// A message when the municipalities or a language's text do not load.
pub fn load(root: &Path) -> Result<Vec<(I18n, String)>, String> {
    // A test may have installed its own table first.
    let _ = set_directory(load_directory(root).map_err(|p| format!("municipalities: {p:?}"))?);
    LOCALES
        .iter()
        .map(|locale| {
            let text = locale_text(root, locale)?;
            Ok((I18n::new(locale, &text), text))
        })
        .collect()
}

/// `prerender --root DIR --dist DIR --css /x.css --js /x.js --wasm /x.wasm [--site URL]
/// --staff-js /staff/x.js --staff-wasm /staff/x.wasm --host-js /host/x.js
/// --host-wasm /host/x.wasm [--themes name=/themes/name-hash.css,…]
/// [--age /staff/age-hash.js] [--search /search-hash.js] [--form-css /form-hash.css]`.
///
/// # Errors
/// A message when content does not load or a file cannot be written.
pub fn run(args: &[String]) -> Result<(), String> {
    let need = |name: &str| option(args, name).ok_or(format!("missing {name}"));
    let root = PathBuf::from(need("--root")?);
    let dist = PathBuf::from(need("--dist")?);
    let assets = Assets {
        css: need("--css")?.to_owned(),
        js: need("--js")?.to_owned(),
        wasm: need("--wasm")?.to_owned(),
        staff_js: need("--staff-js")?.to_owned(),
        staff_wasm: need("--staff-wasm")?.to_owned(),
        host_js: need("--host-js")?.to_owned(),
        host_wasm: need("--host-wasm")?.to_owned(),
        themes: themes(option(args, "--themes").unwrap_or_default())?,
        age: option(args, "--age").unwrap_or_default().to_owned(),
        search: option(args, "--search").unwrap_or_default().to_owned(),
        form_css: option(args, "--form-css").unwrap_or_default().to_owned(),
        texts: locale_version(&root)?,
    };
    let site = Site {
        origin: option(args, "--site")
            .unwrap_or_default()
            .trim_end_matches('/')
            .to_owned(),
    };
    let languages = load(&root)?;
    // Every page shows the content that holds on the build's day.
    let day = crate::today::build_date();
    let mut bundles = Vec::new();
    let mut written = Vec::new();
    let version = &assets.texts;
    for (i18n, _) in languages {
        let locale = i18n.locale();
        // The browser loads the portal's part before hydrating, the pages of the trees for
        // hosts that part after it, and the host and staff wasms the form's part last (see
        // `crate::boot`).
        for part in TextPart::ALL {
            let url = part.url(locale, version);
            write(
                &dist,
                Path::new(url.trim_start_matches('/')),
                &shipped(&root, locale, part, catalog())?,
            )?;
        }
        bundles.push(i18n);
    }
    for &i18n in &bundles {
        let locale = i18n.locale();
        let partner = bundles
            .iter()
            .copied()
            .find(|b| b.locale() == desk_partner(locale));
        for path in paths(locale) {
            let (html, index) = render_page(i18n, partner, &site, &assets, &path, day);
            shown_whole(&path, &bundles)?;
            write(&dist, &file_for(&path), &html)?;
            written.push(Written { path, index });
        }
    }
    for i18n in &bundles {
        let index = search_index::write(&dist, i18n, day)?;
        let path = topic_index_path(i18n.locale());
        let html = topic_index_page(i18n, &bundles, &site, &assets, day, &index);
        shown_whole(&path, &bundles)?;
        write(&dist, &file_for(&path), &html)?;
        written.push(Written { path, index: true });
    }
    document::write_shared_pages(&dist, &bundles, &site, &assets)?;
    shown_whole("the language chooser, 404.html or offline.html", &bundles)?;
    document::write_sitemap(&dist, &site, &written)?;
    println!(
        "prerendered {} pages in {} languages",
        written.len(),
        LOCALES.len()
    );
    Ok(())
}
