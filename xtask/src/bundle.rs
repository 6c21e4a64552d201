//! The release bundle in `dist/`: Trunk's build, then the per-language text files,
//! a minified JS glue and precompressed copies for the static server.

use crate::cmd::{root, run};
use crate::{boot_script, tools};
use hulpwijzer_core::load::{fnv_hex, load_catalog, locale_version, split_locale};
use hulpwijzer_core::municipality::load_directory;
use hulpwijzer_core::LOCALES;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Extensions worth compressing.
const COMPRESSIBLE: [&str; 9] = [
    "html", "js", "wasm", "css", "ftl", "svg", "txt", "json", "bin",
];

/// The bundle directory.
pub fn dist() -> PathBuf {
    root().join("dist")
}

/// Builds the release bundle into `dist/`, installing build tools first.
pub fn build_release() -> Result<(), String> {
    tools::ensure_build_tools()?;
    run("trunk", &["build", "--release"])?;
    let version = locale_version(&root())?;
    let trees = tree_ids()?;
    write_locales(&dist(), &version, &trees)?;
    write_directory(&dist())?;
    boot_script::externalise(&dist(), &version, &trees)?;
    minify_glue(&dist())?;
    precompress(&dist())
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

/// The tree ids, which name the text chunks.
pub fn tree_ids() -> Result<Vec<String>, String> {
    let catalog = load_catalog(&root())
        .map_err(|p| format!("content does not load: {} problems", p.len()))?;
    Ok(catalog.trees.iter().map(|t| t.id.0.clone()).collect())
}

/// `dist/locales/<lang>-<version>/<chunk>.ftl`: each language's texts, split into the core
/// chunk and one per tree, fetched by the app as it needs them.
fn write_locales(dist: &Path, version: &str, trees: &[String]) -> Result<(), String> {
    for locale in LOCALES {
        let dir = dist.join("locales").join(format!("{locale}-{version}"));
        fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        for (chunk, text) in split_locale(&root(), locale, trees)? {
            fs::write(dir.join(format!("{chunk}.ftl")), text).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
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

/// Brotli (quality 11) and gzip copies next to every compressible file.
pub fn precompress(dist: &Path) -> Result<(), String> {
    for path in files_with(dist, &COMPRESSIBLE) {
        let bytes = fs::read(&path).map_err(|e| e.to_string())?;
        let br = brotli_bytes(&bytes)?;
        fs::write(with_suffix(&path, "br"), br).map_err(|e| e.to_string())?;
        fs::write(with_suffix(&path, "gz"), gzip_bytes(&bytes)?).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
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
