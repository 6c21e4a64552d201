//! Shared test helpers: configuration, sample forms, stores.
#![allow(clippy::unwrap_used, dead_code)]

use hulpwijzer_endpoint::config::Config;
use hulpwijzer_endpoint::store::sqlite::SqliteStore;
use hulpwijzer_endpoint::store::Store;
use hulpwijzer_endpoint::AppState;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A unique suffix for keys, files and municipality codes in this process.
pub fn unique() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    u64::from(nanos) * 1000 + COUNTER.fetch_add(1, Ordering::Relaxed) % 1000
}

/// A fresh idempotency key.
pub fn key() -> String {
    format!("test-{}-{:016}", std::process::id(), unique())
}

/// A random municipality code (the format is all the endpoint checks).
pub fn municipality() -> String {
    format!("GM{:04}", unique() % 10_000)
}

/// Configuration with `vars` set and everything else default.
pub fn config(vars: &[(&str, &str)]) -> Config {
    let vars: Vec<(String, String)> = vars
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Config::from_lookup(|name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
        .unwrap()
}

/// A new SQLite database in a fresh temporary file.
pub fn sqlite() -> Arc<dyn Store> {
    let dir = std::env::temp_dir().join(format!(
        "hulpwijzer-test-{}-{}",
        std::process::id(),
        unique()
    ));
    Arc::new(SqliteStore::open(&dir.join("db.sqlite3")).unwrap())
}

/// State over `store` with a rate limit of `burst` (0 = off).
pub fn state(store: Arc<dyn Store>, burst: u32) -> AppState {
    let burst = burst.to_string();
    AppState::new(
        store,
        &config(&[
            ("HULPWIJZER_RATE_BURST", &burst),
            ("HULPWIJZER_RATE_PER_MINUTE", "1"),
        ]),
    )
}

/// A date `days` from today (UTC), as `YYYY-MM-DD`.
pub fn in_days(days: i64) -> String {
    let today = hulpwijzer_endpoint::clock::date_at(hulpwijzer_endpoint::clock::now_ms());
    hulpwijzer_core::date::Date::from_days_since_epoch(today.days_since_epoch() + days).to_string()
}

/// A valid form for `municipality` with idempotency key `key`.
pub fn form(municipality: &str, key: &str) -> Value {
    json!({
        "schema_version": 1,
        "name": "Олена Коваленко",
        "email": "olena@example.nl",
        "phone": "06-12345678",
        "municipality": municipality,
        "place": "Almere",
        "capacity": 3,
        "rooms": 2,
        "separate_room_with_door": true,
        "pets_accepted": false,
        "stairs_or_bunk_beds_only": false,
        "remote_location_own_transport_needed": false,
        "available_from": in_days(14),
        "duration": "six-to-twelve-months",
        "languages": ["uk", "en", "nl"],
        "note": "=cmd| Welkom! 🌻",
        "consent_contact_now": true,
        "consent_keep_for_future": false,
        "website": "",
        "fill_ms": 64000,
        "idempotency_key": key
    })
}

/// The PostgreSQL URL for tests, or `None` after printing a skip notice. Fails loudly
/// when `CI` is set, so CI cannot skip PostgreSQL silently.
pub fn postgres_url() -> Option<String> {
    match std::env::var("HULPWIJZER_TEST_DATABASE_URL") {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ if std::env::var_os("CI").is_some() => {
            panic!("HULPWIJZER_TEST_DATABASE_URL is not set, but CI is: PostgreSQL tests must run in CI")
        }
        _ => {
            eprintln!("SKIPPED: PostgreSQL tests (set HULPWIJZER_TEST_DATABASE_URL, e.g. from `cargo xtask postgres`)");
            None
        }
    }
}
