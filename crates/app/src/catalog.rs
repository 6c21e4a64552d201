//! The content, validated and embedded at build time by `build.rs`, and the
//! municipality table, which is fetched by the pages that need it.

use hulpwijzer_core::glossary::Glossary;
use hulpwijzer_core::hub::Hubs;
use hulpwijzer_core::model::Catalog;
use hulpwijzer_core::municipality::Directory;
use leptos::prelude::*;
use std::sync::OnceLock;

static CATALOG_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.postcard"));
static HUB_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/hubs.postcard"));
static GLOSSARY_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/glossary.postcard"));

static CATALOG: OnceLock<Catalog> = OnceLock::new();

/// The catalog, decoded once on first use.
pub fn catalog() -> &'static Catalog {
    // The bytes were produced from a validated catalog by the same crate version, so
    // decoding cannot fail short of a corrupted binary; an empty catalog then shows the error page.
    CATALOG.get_or_init(|| postcard::from_bytes(CATALOG_BYTES).unwrap_or_default())
}

/// Puts another catalog in place of the embedded one, before any page uses it; `false` when
/// one is already in use. For the page generator's tests: the content loaded with a legal
/// event moved (`crates/prerender/tests/event_moved.rs`).
#[cfg(feature = "ssr")]
pub fn set_catalog(catalog: Catalog) -> bool {
    CATALOG.set(catalog).is_ok()
}

/// The file holding the municipality table, named by its content (see `build.rs`).
pub const DIRECTORY_FILE: &str = include_str!(concat!(env!("OUT_DIR"), "/directory_file.txt"));

static DIRECTORY: OnceLock<Directory> = OnceLock::new();

/// All municipalities, postcodes and local overrides; empty until it is loaded.
pub fn directory() -> &'static Directory {
    static EMPTY: OnceLock<Directory> = OnceLock::new();
    DIRECTORY
        .get()
        .unwrap_or_else(|| EMPTY.get_or_init(Directory::default))
}

/// Whether the municipality table is there.
pub fn directory_loaded() -> bool {
    DIRECTORY.get().is_some()
}

/// Installs the municipality table (the page generator reads it from disk); false when
/// one was installed already.
pub fn set_directory(directory: Directory) -> bool {
    DIRECTORY.set(directory).is_ok()
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
    let _ = set_directory(decoded);
    Ok(())
}

/// Where the municipality table stands in this page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DirectoryState {
    /// Not asked for.
    Idle,
    /// On its way.
    Loading,
    /// Available.
    Ready,
    /// Offline or failed: local outcomes show without municipality details.
    Failed,
}

/// The table's state as a signal, provided once at the root.
#[derive(Clone, Copy)]
pub struct DirectoryStatus(RwSignal<DirectoryState>);

impl DirectoryStatus {
    /// The state (reactive).
    pub fn get(&self) -> DirectoryState {
        self.0.get()
    }

    /// Starts fetching the table unless it is there or on its way. Call it from effects
    /// and event handlers only.
    pub fn want(&self) {
        let state = self.0;
        if directory_loaded() {
            if state.get_untracked() != DirectoryState::Ready {
                state.set(DirectoryState::Ready);
            }
            return;
        }
        if matches!(
            state.get_untracked(),
            DirectoryState::Loading | DirectoryState::Ready
        ) {
            return;
        }
        state.set(DirectoryState::Loading);
        leptos::task::spawn_local(async move {
            state.set(match load_directory().await {
                Ok(()) => DirectoryState::Ready,
                Err(()) => DirectoryState::Failed,
            });
        });
    }
}

/// Provides the table's state; it starts as [`DirectoryState::Idle`] (the pre-rendered
/// outcome pages carry no municipality), so hydration sees what the generator rendered.
pub fn provide_directory_status() -> DirectoryStatus {
    let status = DirectoryStatus(RwSignal::new(DirectoryState::Idle));
    provide_context(status);
    status
}

/// The table's state.
pub fn use_directory_status() -> DirectoryStatus {
    expect_context::<DirectoryStatus>()
}

/// The social hubs, decoded once on first use.
pub fn hubs() -> &'static Hubs {
    static HUBS: OnceLock<Hubs> = OnceLock::new();
    HUBS.get_or_init(|| postcard::from_bytes(HUB_BYTES).unwrap_or_else(|_| Hubs::new(Vec::new())))
}

/// The glossary of Dutch terms (`content/glossary.toml`), decoded once on first use.
pub fn glossary() -> &'static Glossary {
    static GLOSSARY: OnceLock<Glossary> = OnceLock::new();
    GLOSSARY.get_or_init(|| postcard::from_bytes(GLOSSARY_BYTES).unwrap_or_default())
}
