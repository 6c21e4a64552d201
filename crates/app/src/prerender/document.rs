//! The HTML around the app: `<head>` with title, description, canonical link,
//! language alternates and Open Graph tags; the inline loader that fetches the wasm only
//! after `load`; and the pages that are the same in every language.

use super::{write, Written};
use crate::i18n::I18n;
use crate::pages::meta::PageMeta;
use crate::site::Site;
use crate::{key, Key};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::route::{Page, Route, STAFF_LOCALES};
use hulpwijzer_core::texts::Wasm;
use hulpwijzer_core::LOCALES;
use std::fmt::Write as _;
use std::path::Path;

/// The bundle's file names, as Trunk hashed them.
pub struct Assets {
    /// The stylesheet (`/main-<hash>.css`).
    pub css: String,
    /// wasm-bindgen's JS glue.
    pub js: String,
    /// The wasm.
    pub wasm: String,
    /// Each theme's name and its stylesheet (`/themes/<name>-<hash>.css`).
    pub themes: Vec<(String, String)>,
    /// The staff page's own JS glue (`/staff/hulpwijzer-<hash>.js`): the portal's wasm
    /// leaves the staff page out (decision 13).
    pub staff_js: String,
    /// The staff page's own wasm.
    pub staff_wasm: String,
    /// The host wasm's JS glue (`/host/hulpwijzer-<hash>.js`): the portal's wasm leaves
    /// the host-interest form out, so the pages with the form load this (decision 14).
    pub host_js: String,
    /// The host wasm.
    pub host_wasm: String,
    /// The staff page's decryption module (`/staff/age-<hash>.js`), named in a
    /// `<meta name="hw-age">` of the staff pages only.
    pub age: String,
    /// The search module of the A–Z pages (`/search-<hash>.js`, decision 29).
    pub search: String,
    /// The stylesheet of the pages with a form (`/form-<hash>.css`, decision 30): the
    /// host-interest form's, the staff pages and the embedding page.
    pub form_css: String,
    /// The texts' version, part of their file names, named in every page's
    /// `<meta name="hw-texts">`: the wasms read it there, so a change of wording alone
    /// leaves them byte for byte the same (and cached on every phone).
    pub texts: String,
}

pub use hulpwijzer_core::html::escape;

fn og_locale(locale: &str) -> &'static str {
    match locale {
        "uk" => "uk_UA",
        "ru" => "ru_RU",
        "en" => "en_GB",
        _ => "nl_NL",
    }
}

/// The loader (`web/inline/loader.js`): after `load`, once the browser has reported the
/// first paint, and when it is idle, it imports the JS glue `js`, which fetches the `wasm`
/// and hydrates the page; then it registers the service worker. Nothing of it is fetched
/// before the first paint.
fn loader(js: &str, wasm: &str) -> String {
    format!(
        "<script data-js=\"{}\" data-wasm=\"{}\">{}</script>",
        escape(js),
        escape(wasm),
        LOADER.trim_end()
    )
}

/// The inline scripts, minified from `web/inline/` (`cargo xtask scripts`).
const LOADER: &str = include_str!("../../../../web/inline/min/loader.js");
const CHOOSER: &str = include_str!("../../../../web/inline/min/chooser.js");

/// The portal's icon inline, so the browser asks for no `/favicon.ico` before the first paint.
/// Spaces are percent-encoded (`%20`): a raw space makes the `href` invalid HTML.
const ICON: &str = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%2032%2032'%3E%3Crect%20width='32'%20height='16'%20fill='%230057b7'/%3E%3Crect%20y='16'%20width='32'%20height='16'%20fill='%23ffd700'/%3E%3C/svg%3E";

pub(super) fn head_common(out: &mut String, lang: &str, title: &str, assets: &Assets) {
    let _ = write!(
        out,
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta name=\"color-scheme\" content=\"light\"><meta name=\"referrer\" content=\"no-referrer\">\
<title>{}</title><link rel=\"icon\" href=\"{ICON}\"><link rel=\"stylesheet\" href=\"{}\">\
<meta name=\"hw-texts\" content=\"{}\">{}",
        escape(title),
        assets.css,
        escape(&assets.texts),
        super::embed_probe::script(&assets.themes)
    );
}

/// The wasm that hydrates the page of `route` (decisions 13, 14 and 31): the staff page
/// its own; the pages with the host-interest form and the page for web editors the host
/// wasm, both with the form's stylesheet; every other the portal's.
pub fn wasm_of(route: &Route) -> Wasm {
    match route.page {
        Page::Staff => Wasm::Staff,
        Page::Embed => Wasm::Host,
        Page::Tree { .. } if crate::form::shown_on(route) => Wasm::Host,
        Page::Tree { .. } | Page::Desk { .. } | Page::MunicipalityIndex | Page::Municipality(_) => {
            Wasm::Portal
        }
    }
}

/// A whole page of the app: head, the pre-rendered body and the loader.
pub fn page_document(
    i18n: &I18n,
    site: &Site,
    assets: &Assets,
    path: &str,
    meta: &PageMeta,
    body: &str,
    day: Date,
) -> String {
    let mut out = String::with_capacity(body.len() + 4096);
    head_common(&mut out, i18n.locale(), &meta.title, assets);
    let description = escape(&meta.description);
    let _ = write!(
        out,
        "<meta name=\"description\" content=\"{description}\">\
<link rel=\"canonical\" href=\"{}\">",
        site.absolute(path)
    );
    if !meta.index {
        out.push_str("<meta name=\"robots\" content=\"noindex\">");
    }
    let route = Route::parse(path, "");
    let wasm = route.as_ref().map_or(Wasm::Portal, wasm_of);
    let staff = wasm == Wasm::Staff;
    if wasm != Wasm::Portal {
        let _ = write!(
            out,
            "<link rel=\"stylesheet\" href=\"{}\">",
            escape(&assets.form_css)
        );
    }
    if staff {
        let _ = write!(
            out,
            "<meta name=\"hw-age\" content=\"{}\">",
            escape(&assets.age)
        );
    }
    if let Ok(route) = &route {
        let locales: &[&str] = if staff { &STAFF_LOCALES } else { &LOCALES };
        for locale in locales {
            let _ = write!(
                out,
                "<link rel=\"alternate\" hreflang=\"{locale}\" href=\"{}\">",
                site.absolute(&route.with_locale(locale).to_url())
            );
        }
    }
    let _ = write!(
        out,
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">\
<meta property=\"og:type\" content=\"website\"><meta property=\"og:site_name\" content=\"Hulpwijzer\">\
<meta property=\"og:title\" content=\"{}\"><meta property=\"og:description\" content=\"{description}\">\
<meta property=\"og:locale\" content=\"{}\">",
        site.absolute("/"),
        escape(&meta.title),
        og_locale(i18n.locale())
    );
    if !site.origin.is_empty() {
        let _ = write!(
            out,
            "<meta property=\"og:url\" content=\"{}\"><meta name=\"hw-site\" content=\"{}\">",
            site.absolute(path),
            site.origin
        );
    }
    let _ = write!(
        out,
        "<meta name=\"hw-date\" content=\"{}\"><meta name=\"hw-path\" content=\"{}\">\
{}</head><body>{body}</body></html>",
        day,
        escape(path),
        match wasm {
            Wasm::Staff => loader(&assets.staff_js, &assets.staff_wasm),
            Wasm::Host => loader(&assets.host_js, &assets.host_wasm),
            Wasm::Portal => loader(&assets.js, &assets.wasm),
        }
    );
    out
}

/// The language chooser at `/`: with JavaScript it goes at once to the remembered or
/// the browser's language; without, it lists the four under one `<h1>`. It is the
/// `x-default` of every page, so it carries the same alternates and its own canonical.
fn root_page(bundles: &[I18n], site: &Site, assets: &Assets) -> String {
    let mut out = String::new();
    head_common(&mut out, "uk", "Hulpwijzer", assets);
    let _ = write!(
        out,
        "<link rel=\"canonical\" href=\"{}\">",
        site.absolute("/")
    );
    for i18n in bundles {
        let l = i18n.locale();
        let _ = write!(
            out,
            "<link rel=\"alternate\" hreflang=\"{l}\" href=\"{}\">",
            site.absolute(&format!("/{l}/"))
        );
    }
    let _ = write!(
        out,
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        site.absolute("/")
    );
    let _ = write!(
        out,
        "<meta name=\"description\" content=\"{}\">\
<script data-locales=\"{}\" data-key=\"{}\">{}</script></head><body><main id=\"main\" class=\"chooser\"><h1>Hulpwijzer</h1>",
        escape(&bundles.first().map(|b| b.tr(key!("meta-description"))).unwrap_or_default()),
        hulpwijzer_core::LOCALES.join(" "),
        crate::i18n::locale_pref::LOCALE_KEY,
        CHOOSER.trim_end()
    );
    for i18n in bundles {
        let l = i18n.locale();
        let _ = write!(
            out,
            "<section lang=\"{l}\"><h2>{}</h2><p>{}</p><p><a class=\"utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action\" href=\"/{l}/\" hreflang=\"{l}\">{}</a></p></section>",
            escape(&i18n.tr(key!("app-name"))),
            escape(&i18n.tr(key!("meta-description"))),
            escape(&i18n.tr(key!("continue-in-language")))
        );
    }
    out.push_str("</main></body></html>");
    out
}

/// A page in all four languages, one section each (the 404 and offline pages).
fn multilingual(
    bundles: &[I18n],
    assets: &Assets,
    body_attr: &str,
    with_loader: bool,
    keys: (Key, Key),
) -> String {
    let mut out = String::new();
    head_common(&mut out, "uk", "Hulpwijzer", assets);
    out.push_str("<meta name=\"robots\" content=\"noindex\">");
    if with_loader {
        out.push_str(&loader(&assets.js, &assets.wasm));
    }
    let _ = write!(out, "</head><body {body_attr}><main id=\"main\">");
    for i18n in bundles {
        let l = i18n.locale();
        let _ = write!(
            out,
            "<section lang=\"{l}\" class=\"notice\"><h2>{}</h2><p>{}</p><p><a href=\"/{l}/\">{}</a></p></section>",
            escape(&i18n.tr(keys.0)),
            escape(&i18n.tr(keys.1)),
            escape(&i18n.tr(key!("start-again")))
        );
    }
    out.push_str("</main></body></html>");
    out
}

/// `/staff/`: goes at once to the Dutch staff page (also without JavaScript), with a
/// link to each language.
fn staff_redirect(bundles: &[I18n], assets: &Assets) -> String {
    let mut out = String::new();
    head_common(&mut out, "nl", "Hulpwijzer", assets);
    out.push_str(
        "<meta name=\"robots\" content=\"noindex\"><meta http-equiv=\"refresh\" content=\"0; url=/nl/staff\"></head><body><main id=\"main\">",
    );
    for i18n in bundles
        .iter()
        .filter(|b| STAFF_LOCALES.contains(&b.locale()))
    {
        let l = i18n.locale();
        let _ = write!(
            out,
            "<p lang=\"{l}\"><a href=\"/{l}/staff\" hreflang=\"{l}\">{}</a></p>",
            escape(&i18n.tr(key!("staff-title")))
        );
    }
    out.push_str("</main></body></html>");
    out
}

/// `index.html`, `404.html`, `offline.html` and `staff/index.html`.
pub fn write_shared_pages(
    dist: &Path,
    bundles: &[I18n],
    site: &Site,
    assets: &Assets,
) -> Result<(), String> {
    write(
        dist,
        Path::new("index.html"),
        &root_page(bundles, site, assets),
    )?;
    write(
        dist,
        Path::new("staff/index.html"),
        &staff_redirect(bundles, assets),
    )?;
    let not_found = multilingual(
        bundles,
        assets,
        "data-not-found",
        true,
        (key!("error-title"), key!("error-unknown-topic")),
    );
    write(dist, Path::new("404.html"), &not_found)?;
    let offline = multilingual(
        bundles,
        assets,
        "data-offline",
        false,
        (key!("offline-page-title"), key!("offline-page-body")),
    );
    write(dist, Path::new("offline.html"), &offline)
}

/// `sitemap.xml` (home pages, topic starts, outcomes, municipalities) and `robots.txt`.
pub fn write_sitemap(dist: &Path, site: &Site, pages: &[Written]) -> Result<(), String> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages.iter().filter(|p| p.index) {
        let _ = writeln!(
            xml,
            "<url><loc>{}</loc></url>",
            escape(&site.absolute(&page.path))
        );
    }
    xml.push_str("</urlset>\n");
    write(dist, Path::new("sitemap.xml"), &xml)?;
    let robots = format!(
        "User-agent: *\nAllow: /\nSitemap: {}\n",
        site.absolute("/sitemap.xml")
    );
    write(dist, Path::new("robots.txt"), &robots)
}
