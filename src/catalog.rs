//! The content, validated and embedded at build time by `build.rs`.

use hulpwijzer_core::hub::Hubs;
use hulpwijzer_core::model::Catalog;
use hulpwijzer_core::municipality::Directory;
use std::sync::OnceLock;

static CATALOG_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.postcard"));
static HUB_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/hubs.postcard"));

/// Version of the locale files; part of their URL so a new release is never mixed with old texts.
pub const LOCALE_VERSION: &str = include_str!(concat!(env!("OUT_DIR"), "/locale_version.txt"));

/// The catalog, decoded once on first use.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    // The bytes were produced from a validated catalog by the same crate version, so
    // decoding cannot fail short of a corrupted binary; an empty catalog then shows the error page.
    CATALOG.get_or_init(|| postcard::from_bytes(CATALOG_BYTES).unwrap_or_default())
}

/// The file holding the municipality table, named by its content (see `build.rs`).
const DIRECTORY_FILE: &str = include_str!(concat!(env!("OUT_DIR"), "/directory_file.txt"));

static DIRECTORY: OnceLock<Directory> = OnceLock::new();

/// All municipalities, postcodes and local overrides; empty until [`load_directory`] is done.
pub fn directory() -> &'static Directory {
    static EMPTY: OnceLock<Directory> = OnceLock::new();
    DIRECTORY
        .get()
        .unwrap_or_else(|| EMPTY.get_or_init(Directory::default))
}

/// Whether the municipality table has arrived.
pub fn directory_loaded() -> bool {
    DIRECTORY.get().is_some()
}

/// Fetches and decodes the municipality table.
pub async fn load_directory() -> Result<(), ()> {
    if directory_loaded() {
        return Ok(());
    }
    let url = format!("/data/{}", DIRECTORY_FILE.trim());
    let bytes = crate::fetch::fetch_ok(&url)
        .await?
        .binary()
        .await
        .map_err(|_| ())?;
    let decoded: Directory = postcard::from_bytes(&bytes).map_err(|_| ())?;
    let _ = DIRECTORY.set(decoded);
    Ok(())
}

/// The social hubs, decoded once on first use.
pub fn hubs() -> &'static Hubs {
    static HUBS: OnceLock<Hubs> = OnceLock::new();
    HUBS.get_or_init(|| postcard::from_bytes(HUB_BYTES).unwrap_or_else(|_| Hubs::new(Vec::new())))
}
