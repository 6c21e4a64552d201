//! Shared test helpers: configuration, sample forms, stores.
#![allow(clippy::unwrap_used)]

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

/// A random municipality code (the format is all the endpoint checks), below
/// [`NEVER_REGISTERED`].
pub fn municipality() -> String {
    format!("GM{:04}", unique() % 9_000)
}

/// A code no test registers (the PostgreSQL test database keeps keys between runs).
pub const NEVER_REGISTERED: &str = "GM9999";

/// Configuration with `vars` set and everything else default.
pub fn config(vars: &[(&str, &str)]) -> Config {
    let vars: Vec<(String, String)> = vars
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    Config::from_lookup(|name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
        .unwrap()
}

/// A fresh path for a SQLite database file, in a new temporary directory named after
/// `what`.
pub fn temp_db(what: &str) -> std::path::PathBuf {
    std::env::temp_dir()
        .join(format!(
            "hulpwijzer-{what}-{}-{}",
            std::process::id(),
            unique()
        ))
        .join("db.sqlite3")
}

/// A new SQLite database in a fresh temporary file.
pub fn sqlite() -> Arc<dyn Store> {
    Arc::new(SqliteStore::open(&temp_db("test")).unwrap())
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

/// Registers a fresh age key for `municipality` (which then takes offers); the
/// identity that opens its sealed offers.
pub async fn register(store: &dyn Store, municipality: &str) -> age::x25519::Identity {
    let identity = age::x25519::Identity::generate();
    let public = identity.to_public().to_string();
    hulpwijzer_endpoint::cli::register(store, municipality, &public)
        .await
        .unwrap();
    identity
}

/// A new SQLite database where `municipality` takes offers.
pub async fn sqlite_taking(municipality: &str) -> Arc<dyn Store> {
    let store = sqlite();
    register(store.as_ref(), municipality).await;
    store
}

/// Opens an export item's `sealed` (base64 of an age file) with `identity`: the stored
/// offer as JSON.
pub fn open(identity: &age::x25519::Identity, item: &Value) -> Value {
    use base64::Engine;
    let sealed = base64::engine::general_purpose::STANDARD
        .decode(item["sealed"].as_str().unwrap())
        .unwrap();
    serde_json::from_slice(&age::decrypt(identity, &sealed).unwrap()).unwrap()
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

/// Serves the API over `store` (no rate limit) on a free loopback port; the base URL.
pub async fn serve(store: Arc<dyn Store>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(hulpwijzer_endpoint::serve::serve_on(
        listener,
        hulpwijzer_endpoint::router(state(store, 0)),
    ));
    format!("http://{addr}")
}

/// Asserts that `res` is the `422` for a municipality that takes no offers.
pub async fn assert_not_registered(res: reqwest::Response) {
    assert_eq!(res.status(), reqwest::StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        res.json::<Value>().await.unwrap()["errors"]["municipality"],
        json!(["not-registered"])
    );
}

/// The codes `GET /v1/municipalities` at `base` lists.
pub async fn listed(http: &reqwest::Client, base: &str) -> Vec<Value> {
    let body = http
        .get(format!("{base}/v1/municipalities"))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    body["municipalities"].as_array().unwrap().clone()
}

/// A schema of this run's own in the PostgreSQL test database at `url` (shared with other
/// checkouts, older schemas and the benchmark): its name, an admin client
/// (for [`drop_schema`]) and the URL that puts the store in it.
pub async fn postgres_schema(url: &str, prefix: &str) -> (String, tokio_postgres::Client, String) {
    let schema = format!("{prefix}_{}_{}", std::process::id(), unique());
    let (admin, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .expect("connect to HULPWIJZER_TEST_DATABASE_URL");
    tokio::spawn(connection);
    admin
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .await
        .unwrap();
    let separator = if url.contains('?') { '&' } else { '?' };
    let scoped = format!("{url}{separator}options=-c%20search_path%3D{schema}");
    (schema, admin, scoped)
}

/// Drops `schema` (from [`postgres_schema`]).
pub async fn drop_schema(admin: &tokio_postgres::Client, schema: &str) {
    admin
        .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
        .await
        .unwrap();
}
