//! The content, validated and embedded at build time by `build.rs`.

use hulpwijzer_core::model::Catalog;
use std::sync::OnceLock;

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.postcard"));

/// Version of the locale files; part of their URL so a new release is never mixed with old texts.
pub const LOCALE_VERSION: &str = include_str!(concat!(env!("OUT_DIR"), "/locale_version.txt"));

/// The catalog, decoded once on first use.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    // The bytes were produced from a validated catalog by the same crate version, so
    // decoding cannot fail short of a corrupted binary; an empty catalog then shows the error page.
    CATALOG.get_or_init(|| postcard::from_bytes(BYTES).unwrap_or_default())
}
