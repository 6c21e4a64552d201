//! Fallible access to `localStorage`, with a copy in memory: private modes, in-app
//! browsers (where `localStorage` is `null`), embedded frames with site data blocked,
//! and a full quota all refuse it, and the app must work without it. Every value
//! written in this visit is kept in memory as well, and read from there first, so each
//! feature (draft, outbox, sent list, language, municipality) goes on working for the
//! visit when nothing can be kept on the device; the write's error says so.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why a value could not be kept on the device (it is kept in memory for this visit).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No `localStorage` at all: `null`, or reading it throws (site data blocked).
    Unavailable,
    /// `localStorage` refused the write (quota exceeded, or blocked).
    Refused,
}

thread_local! {
    /// This visit's writes: `Some(value)`, or `None` for a removed key.
    static MEMORY: RefCell<BTreeMap<String, Option<String>>> = const { RefCell::new(BTreeMap::new()) };
}

fn local_storage() -> Option<web_sys::Storage> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()?.local_storage().ok()?
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

fn remember(key: &str, value: Option<&str>) {
    MEMORY.with(|m| {
        m.borrow_mut()
            .insert(key.to_owned(), value.map(str::to_owned))
    });
}

/// The value for `key`: written in this visit, else stored on the device.
pub fn get(key: &str) -> Option<String> {
    if let Some(value) = MEMORY.with(|m| m.borrow().get(key).cloned()) {
        return value;
    }
    local_storage()?.get_item(key).ok()?
}

/// Keeps `value` under `key` in memory and on the device.
///
/// # Errors
/// [`StorageError`] when the device refused it; it is still kept for this visit.
pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    remember(key, Some(value));
    let storage = local_storage().ok_or(StorageError::Unavailable)?;
    storage
        .set_item(key, value)
        .map_err(|_| StorageError::Refused)
}

/// Removes `key` from memory and from the device.
///
/// # Errors
/// [`StorageError`] when the device refused it.
#[cfg(feature = "host-form")]
pub fn remove(key: &str) -> Result<(), StorageError> {
    remember(key, None);
    let storage = local_storage().ok_or(StorageError::Unavailable)?;
    storage.remove_item(key).map_err(|_| StorageError::Refused)
}

/// Runs `changed` whenever another tab of this site changes `localStorage`, with the key
/// it changed (`None`: it cleared everything), once this visit's copy in memory holds the
/// other tab's value, so the next [`get`] reads it. Stops when the handle is removed.
#[cfg(feature = "host-form")]
pub fn on_change_elsewhere(
    changed: impl Fn(Option<&str>) + 'static,
) -> leptos::prelude::WindowListenerHandle {
    leptos::prelude::window_event_listener(leptos::ev::storage, move |ev| {
        // Events for `sessionStorage` come here too; only `localStorage` is kept in memory.
        let local = ev
            .storage_area()
            .is_some_and(|area| Some(area) == local_storage());
        if !local {
            return;
        }
        let key = ev.key();
        match &key {
            Some(k) => remember(k, ev.new_value().as_deref()),
            None => MEMORY.with(|m| m.borrow_mut().clear()),
        }
        changed(key.as_deref());
    })
}
