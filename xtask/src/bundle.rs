//! The release bundle in `dist/`: Trunk builds the wasm and hashes the CSS; the page
//! generator renders every page with the app's own components; then the service
//! worker, the headers file and precompressed copies for the static server.

use crate::app_wasm::{self, AppWasm};
use crate::cmd::{command, root, run};
use crate::{embed, headers, search_module, service_worker, staff_module, themes, tools, trunk};
use hulpwijzer_core::load::fnv_hex;
use hulpwijzer_core::municipality::load_directory;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Extensions worth compressing.
const COMPRESSIBLE: [&str; 9] = [
    "html", "js", "wasm", "css", "ftl", "svg", "txt", "json", "bin",
];

/// Where the built site says it lives when `HULPWIJZER_SITE_URL` is not set: the local
/// server of `cargo xtask serve`. A deployment sets its own origin (docs/deploy.md).
const LOCAL_SITE: &str = "http://127.0.0.1:8080";

/// The bundle directory.
pub fn dist() -> PathBuf {
    root().join("dist")
}

/// The hashed names Trunk gave the stylesheet, the JS glue and the wasm.
#[derive(Debug, Clone)]
pub struct Assets {
    /// `/main-<hash>.css`.
    pub css: String,
    /// `/hulpwijzer-portal-<hash>.js`.
    pub js: String,
    /// `/hulpwijzer-portal-<hash>_bg.wasm`.
    pub wasm: String,
}

/// The file names of the JS glue and the wasm in a directory Trunk wrote, in that order.
pub fn trunk_app_files(dir: &Path) -> Result<(String, String), String> {
    let mut js = None;
    let mut wasm = None;
    for entry in fs::read_dir(dir).map_err(|e| e.to_string())?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("hulpwijzer-") && name.ends_with("_bg.wasm") {
            wasm = Some(name);
        } else if name.starts_with("hulpwijzer-") && name.ends_with(".js") {
            js = Some(name);
        }
    }
    let missing = |what: &str| format!("Trunk wrote no {what} in {}", dir.display());
    Ok((
        js.ok_or_else(|| missing("JS glue"))?,
        wasm.ok_or_else(|| missing("wasm"))?,
    ))
}

/// Reads the asset names from the `dist/` Trunk wrote.
fn trunk_assets(dist: &Path) -> Result<Assets, String> {
    let css = fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .find(|name| name.starts_with("main-") && name.ends_with(".css"))
        .ok_or("Trunk wrote no stylesheet")?;
    let (js, wasm) = trunk_app_files(dist)?;
    Ok(Assets {
        css: format!("/{css}"),
        js: format!("/{js}"),
        wasm: format!("/{wasm}"),
    })
}

/// Builds the release bundle into `dist/`, installing build tools first.
pub fn build_release() -> Result<(), String> {
    tools::ensure_build_tools()?;
    bundle_css()?;
    trunk::build(&["build", "--release"])?;
    let dist = dist();
    let assets = trunk_assets(&dist)?;
    // Trunk's page loads the wasm eagerly; every page is generated below instead.
    fs::remove_file(dist.join("index.html")).map_err(|e| e.to_string())?;
    write_directory(&dist)?;
    let staff = app_wasm::write(&dist, "staff")?;
    let host = app_wasm::write(&dist, "host")?;
    for dir in [dist.clone(), dist.join("staff"), dist.join("host")] {
        minify_glue(&dir)?;
    }
    embed::write(&dist)?;
    let themes = themes::write(&dist)?;
    let age = staff_module::write(&dist)?;
    let search = search_module::write(&dist)?;
    let form_css = form_stylesheet(&dist)?;
    prerender(
        &dist,
        &assets,
        [&staff, &host],
        &themes,
        [&age, &search, &form_css],
    )?;
    precompress(&dist)?;
    // The offline lists give sizes as served, so they come after compression.
    service_worker::write(&dist, &assets, &host, [&search, &form_css])?;
    headers::write(&dist, &root())?;
    precompress(&dist)
}

/// `target/style/main.css`, which Trunk hashes into `main-<hash>.css`: `style/main.css` with
/// the NL Design System component CSS and the design tokens it imports bundled in by esbuild
/// (from `node_modules`, so nothing is fetched from another origin at run time).
fn bundle_css() -> Result<(), String> {
    let out = root().join("target").join("style").join("main.css");
    run(
        "esbuild",
        &[
            "style/main.css",
            "--bundle",
            "--legal-comments=none",
            &format!("--outfile={}", out.display()),
            "--log-level=warning",
        ],
    )
}

/// `dist/form-<hash>.css`: `style/form.css` with the NL Design System components only forms
/// use bundled in and minified by esbuild; only the pages with a form link it (decision 30).
fn form_stylesheet(dist: &Path) -> Result<String, String> {
    let name = esbuild_hashed("style/form.css", &["--minify"], dist, "form", "css")?;
    Ok(format!("/{name}"))
}

/// Bundles `source` with esbuild (and `args`), without licence comments, then writes the
/// result into `dir` as `<stem>-<hash>.<ext>`, named by a hash of its content; returns that
/// file name. The search module, the staff page's decryption module and the forms'
/// stylesheet are made this way.
pub fn esbuild_hashed(
    source: &str,
    args: &[&str],
    dir: &Path,
    stem: &str,
    ext: &str,
) -> Result<String, String> {
    let built = root()
        .join("target")
        .join("esbuild")
        .join(format!("{stem}.{ext}"));
    let outfile = format!("--outfile={}", built.display());
    let mut all = vec![
        source,
        "--bundle",
        "--legal-comments=none",
        "--log-level=warning",
    ];
    all.extend_from_slice(args);
    all.push(&outfile);
    run("esbuild", &all)?;
    let bytes = fs::read(&built).map_err(|e| format!("{}: {e}", built.display()))?;
    let name = format!("{stem}-{}.{ext}", fnv_hex(&bytes));
    fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    fs::write(dir.join(&name), bytes).map_err(|e| format!("{}/{name}: {e}", dir.display()))?;
    Ok(name)
}

/// Runs the page generator (`crates/prerender`, the app built natively); `staff` is
/// the staff page's own wasm and `host` that of the pages with the form; `themes` are the (name, stylesheet) pairs the pages may
/// link when embedded; `age` the staff page's decryption module, `search` the A–Z pages'
/// search module, `form_css` the stylesheet of the pages with a form.
fn prerender(
    dist: &Path,
    assets: &Assets,
    [staff, host]: [&AppWasm; 2],
    themes: &[(String, String)],
    [age, search, form_css]: [&str; 3],
) -> Result<(), String> {
    let themes: Vec<String> = themes
        .iter()
        .map(|(n, href)| format!("{n}={href}"))
        .collect();
    let site = std::env::var("HULPWIJZER_SITE_URL").unwrap_or_else(|_| LOCAL_SITE.to_owned());
    let root = root();
    let status = command("cargo")
        .args(["run", "--quiet", "-p", "hulpwijzer-prerender", "--"])
        .arg("--root")
        .arg(&root)
        .arg("--dist")
        .arg(dist)
        .args([
            "--css",
            &assets.css,
            "--js",
            &assets.js,
            "--wasm",
            &assets.wasm,
            "--staff-js",
            &staff.js,
            "--staff-wasm",
            &staff.wasm,
            "--host-js",
            &host.js,
            "--host-wasm",
            &host.wasm,
            "--site",
            &site,
            "--themes",
            &themes.join(","),
            "--age",
            age,
            "--search",
            search,
            "--form-css",
            form_css,
        ])
        .status()
        .map_err(|e| format!("cannot start the page generator: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the page generator failed ({status})"))
    }
}

/// `dist/data/directory-<hash>.bin`: the municipalities, postcodes and local overrides,
/// fetched by the pages that need them (the build script embeds the same name).
fn write_directory(dist: &Path) -> Result<(), String> {
    let directory =
        load_directory(&root()).map_err(|p| format!("municipalities do not load: {p:?}"))?;
    let bytes = postcard::to_allocvec(&directory).map_err(|e| e.to_string())?;
    let dir = dist.join("data");
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    fs::write(
        dir.join(format!("directory-{}.bin", fnv_hex(&bytes))),
        bytes,
    )
    .map_err(|e| e.to_string())
}

/// The files of `dist` with one of `extensions`, recursively.
pub fn files_with(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_with(&path, extensions));
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.contains(&e))
        {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// Minifies wasm-bindgen's JS glue and the CSS with esbuild (Trunk cannot; SRI is off, so
/// the hashes in the file names stay valid).
fn minify_glue(dist: &Path) -> Result<(), String> {
    let top_level = files_with(dist, &["js", "css"])
        .into_iter()
        .filter(|p| p.parent() == Some(dist));
    for file in top_level {
        let path = file.to_string_lossy().into_owned();
        let out = format!("--outfile={path}");
        let mut args = vec![
            path.as_str(),
            "--minify",
            "--allow-overwrite",
            out.as_str(),
            "--log-level=warning",
        ];
        if path.ends_with(".js") {
            args.push("--format=esm");
        }
        run("esbuild", &args)?;
    }
    Ok(())
}

/// Brotli (quality 11) and gzip copies next to every compressible file that has none.
pub fn precompress(dist: &Path) -> Result<(), String> {
    for path in files_with(dist, &COMPRESSIBLE) {
        if with_suffix(&path, "br").exists() {
            continue;
        }
        let bytes = fs::read(&path).map_err(|e| e.to_string())?;
        let br = brotli_bytes(&bytes)?;
        fs::write(with_suffix(&path, "br"), br).map_err(|e| e.to_string())?;
        fs::write(with_suffix(&path, "gz"), gzip_bytes(&bytes)?).map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// `path` with `.suffix` added (`a.wasm` → `a.wasm.br`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}.{suffix}", path.display()))
}

/// Brotli at quality 11, as served.
pub fn brotli_bytes(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).map_err(|e| e.to_string())?;
    Ok(out)
}

/// Gzip at the best level, as served.
pub fn gzip_bytes(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}
