//! Every file the bundle writes into `dist/`, sorted into classes: the ones under
//! content-hashed names, which may be cached for a year, and the ones a browser must
//! revalidate. The header rules are made from these classes ([`crate::headers`]), and the
//! build fails on a file that fits none of them, so a new kind of asset cannot fall
//! through to the wrong cache rule unnoticed.

use std::collections::BTreeMap;
use std::path::Path;

/// A class of files in `dist/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum AssetClass {
    /// `/main-<hash>.css`, and `/form-<hash>.css` of the pages with a form.
    Stylesheet,
    /// The portal's JS glue and wasm, `/hulpwijzer-<hash>…`.
    PortalApp,
    /// wasm-bindgen's snippets of the portal's wasm, `/snippets/hulpwijzer-<hash>/…`.
    PortalSnippets,
    /// The host wasm, its glue and snippets, `/host/…`.
    HostApp,
    /// The staff page's wasm, glue, snippets and decryption module, `/staff/…`.
    StaffApp,
    /// Each language's texts, `/locales/<locale>-<version>…`.
    Texts,
    /// The municipality table, `/data/directory-<hash>.bin`.
    Data,
    /// The embedding themes' stylesheets, `/themes/<name>-<hash>.css`.
    Themes,
    /// `embed.js` under its versioned name, `/embed-<hash>.js`, for sites that pin it.
    PinnedEmbedScript,
    /// The A–Z pages' search module, `/search-<hash>.js`, and each language's search index,
    /// `/search/<locale>-<hash>.json` (decision 29).
    Search,
    /// A generated page (`.html`).
    Page,
    /// The service worker, `/sw.js`, and its manifest, `/sw-manifest.json`.
    ServiceWorker,
    /// `/embed.js`, which every embedding site loads under the same name.
    EmbedScript,
    /// The lists of what saving a language downloads, `/offline/<locale>.txt`.
    OfflineLists,
    /// `/sitemap.xml`, `/robots.txt`, `/favicon.svg`.
    SiteFile,
    /// `/_headers` itself.
    HeadersFile,
}

impl AssetClass {
    /// Every class.
    pub const ALL: [AssetClass; 16] = [
        Self::Stylesheet,
        Self::PortalApp,
        Self::PortalSnippets,
        Self::HostApp,
        Self::StaffApp,
        Self::Texts,
        Self::Data,
        Self::Themes,
        Self::PinnedEmbedScript,
        Self::Search,
        Self::Page,
        Self::ServiceWorker,
        Self::EmbedScript,
        Self::OfflineLists,
        Self::SiteFile,
        Self::HeadersFile,
    ];

    /// The URL patterns of the class (`*` matches anything), as `_headers` writes them.
    pub fn patterns(self) -> &'static [&'static str] {
        match self {
            Self::Stylesheet => &["/main-*.css", "/form-*.css"],
            Self::PortalApp => &["/hulpwijzer-*"],
            Self::PortalSnippets => &["/snippets/*"],
            Self::HostApp => &["/host/*"],
            Self::StaffApp => &["/staff/*"],
            Self::Texts => &["/locales/*"],
            Self::Data => &["/data/*"],
            Self::Themes => &["/themes/*"],
            Self::PinnedEmbedScript => &["/embed-*.js"],
            Self::Search => &["/search-*.js", "/search/*"],
            Self::Page => &["/*.html"],
            Self::ServiceWorker => &["/sw.js", "/sw-manifest.json"],
            Self::EmbedScript => &["/embed.js"],
            Self::OfflineLists => &["/offline/*"],
            Self::SiteFile => &["/sitemap.xml", "/robots.txt", "/favicon.svg"],
            Self::HeadersFile => &["/_headers"],
        }
    }

    /// Whether the files of the class have content-hashed names, so a browser may keep them
    /// for a year without asking again.
    pub fn is_hashed(self) -> bool {
        match self {
            Self::Stylesheet
            | Self::PortalApp
            | Self::PortalSnippets
            | Self::HostApp
            | Self::StaffApp
            | Self::Texts
            | Self::Data
            | Self::Themes
            | Self::PinnedEmbedScript
            | Self::Search => true,
            Self::Page
            | Self::ServiceWorker
            | Self::EmbedScript
            | Self::OfflineLists
            | Self::SiteFile
            | Self::HeadersFile => false,
        }
    }

    /// The class's name in `target/deploy/assets.json`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Stylesheet => "stylesheet",
            Self::PortalApp => "portal-app",
            Self::PortalSnippets => "portal-snippets",
            Self::HostApp => "host-app",
            Self::StaffApp => "staff-app",
            Self::Texts => "texts",
            Self::Data => "data",
            Self::Themes => "themes",
            Self::PinnedEmbedScript => "pinned-embed-script",
            Self::Search => "search",
            Self::Page => "page",
            Self::ServiceWorker => "service-worker",
            Self::EmbedScript => "embed-script",
            Self::OfflineLists => "offline-lists",
            Self::SiteFile => "site-file",
            Self::HeadersFile => "headers-file",
        }
    }

    /// The class of the file served at `url` (its precompressed copies count as the file).
    pub fn of(url: &str) -> Option<AssetClass> {
        let url = url
            .strip_suffix(".br")
            .or_else(|| url.strip_suffix(".gz"))
            .unwrap_or(url);
        Self::ALL.into_iter().find(|class| {
            class
                .patterns()
                .iter()
                .any(|p| crate::headers::matches(p, url))
        })
    }
}

/// The files of `dist` by class, as URL paths; an error naming every file of no class.
pub fn list(dist: &Path) -> Result<BTreeMap<AssetClass, Vec<String>>, String> {
    let mut out: BTreeMap<AssetClass, Vec<String>> = BTreeMap::new();
    let mut unknown = Vec::new();
    for file in all_files(dist) {
        let url = format!(
            "/{}",
            file.strip_prefix(dist)
                .map_err(|e| e.to_string())?
                .to_string_lossy()
        );
        match AssetClass::of(&url) {
            Some(class) => out.entry(class).or_default().push(url),
            None => unknown.push(url),
        }
    }
    if unknown.is_empty() {
        Ok(out)
    } else {
        Err(format!(
            "dist/ has files of no asset class (add their class to xtask/src/assets.rs): {}",
            unknown.join(", ")
        ))
    }
}

/// Every file below `dir`, whatever its extension.
fn all_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(all_files(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// `target/deploy/assets.json`: one file of every class with whether it is hashed, for the
/// headers test and for a deployment to check its own server against.
pub fn write_examples(
    classes: &BTreeMap<AssetClass, Vec<String>>,
    deploy: &Path,
) -> Result<(), String> {
    let examples: Vec<serde_json::Value> = classes
        .iter()
        .map(|(class, urls)| {
            let example = urls
                .iter()
                .find(|u| !u.ends_with(".br") && !u.ends_with(".gz"))
                .unwrap_or(&urls[0]);
            serde_json::json!({ "class": class.name(), "hashed": class.is_hashed(), "example": example })
        })
        .collect();
    let json = serde_json::to_string_pretty(&examples).map_err(|e| e.to_string())?;
    std::fs::write(deploy.join("assets.json"), json).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_file_has_its_class() {
        let cases = [
            ("/main-1a2b.css", AssetClass::Stylesheet),
            ("/form-1a2b.css.br", AssetClass::Stylesheet),
            ("/hulpwijzer-1a2b_bg.wasm.br", AssetClass::PortalApp),
            (
                "/snippets/hulpwijzer-1a2b/inline0.js",
                AssetClass::PortalSnippets,
            ),
            ("/host/hulpwijzer-1a2b_bg.wasm", AssetClass::HostApp),
            ("/staff/age-1a2b.js", AssetClass::StaffApp),
            ("/locales/uk-1a2b.ftl", AssetClass::Texts),
            ("/data/directory-1a2b.bin", AssetClass::Data),
            ("/themes/utrecht-1a2b.css", AssetClass::Themes),
            ("/embed-1a2b.js", AssetClass::PinnedEmbedScript),
            ("/search-1a2b.js", AssetClass::Search),
            ("/search/uk-1a2b.json.br", AssetClass::Search),
            ("/uk/registration.html", AssetClass::Page),
            ("/sw.js", AssetClass::ServiceWorker),
            ("/sw-manifest.json", AssetClass::ServiceWorker),
            ("/embed.js.gz", AssetClass::EmbedScript),
            ("/offline/uk.txt", AssetClass::OfflineLists),
            ("/robots.txt", AssetClass::SiteFile),
            ("/_headers", AssetClass::HeadersFile),
        ];
        for (url, class) in cases {
            assert_eq!(AssetClass::of(url), Some(class), "{url}");
        }
        assert_eq!(AssetClass::of("/new-folder/thing.js"), None);
    }

    #[test]
    fn a_file_of_no_class_fails_the_list() {
        let dir = std::env::temp_dir().join(format!("assets-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("new")).expect("a temporary directory");
        std::fs::write(dir.join("main-1.css"), "x").expect("a file");
        std::fs::write(dir.join("new/x.js"), "x").expect("a file");
        let result = list(&dir);
        std::fs::remove_dir_all(&dir).expect("removed");
        assert_eq!(
            result.err().map(|e| e.ends_with("/new/x.js")),
            Some(true),
            "a file in a new folder must fail the build"
        );
    }
}
