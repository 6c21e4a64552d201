//! Faults found by an independent probe, each over real sockets on loopback (slow
//! clients are in `tests/connections.rs`): erased bytes, retention, the client address
//! behind a proxy, invisible characters, long path segments and a busy database.
#![allow(clippy::unwrap_used)]

use crate::common;

use common::{config, form, key, municipality, register, state, unique};
use hulpwijzer_endpoint::config::ConfigError;
use hulpwijzer_endpoint::serve::serve_with;
use hulpwijzer_endpoint::store::sqlite::SqliteStore;
use hulpwijzer_endpoint::store::Store;
use hulpwijzer_endpoint::{router, AppState};
use hulpwijzer_listener::Limits;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Serves `state` on a free loopback port within `limits`; the address.
async fn spawn_with(state: AppState, limits: Limits) -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve_with(listener, router(state), limits));
    addr
}

fn http() -> Client {
    Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

/// A fresh SQLite file; its path and store.
fn sqlite_file() -> (PathBuf, Arc<SqliteStore>) {
    let dir = std::env::temp_dir().join(format!(
        "hulpwijzer-hardening-{}-{}",
        std::process::id(),
        unique()
    ));
    let path = dir.join("db.sqlite3");
    let store = Arc::new(SqliteStore::open(&path).unwrap());
    (path, store)
}

/// The bytes of the database file and its WAL.
fn file_bytes(db: &std::path::Path) -> Vec<u8> {
    let mut bytes = std::fs::read(db).unwrap();
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    bytes.extend(std::fs::read(PathBuf::from(wal)).unwrap_or_default());
    bytes
}

fn contains(haystack: &[u8], needle: impl AsRef<[u8]>) -> bool {
    let needle = needle.as_ref();
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The last 48 bytes of a sealed offer (ciphertext): in the file exactly while its row is.
fn sealed_marker(sealed: &[u8]) -> Vec<u8> {
    sealed[sealed.len() - 48..].to_vec()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn withdrawn_and_purged_offers_leave_no_bytes() {
    let (path, store) = sqlite_file();
    let dyn_store: Arc<dyn Store> = store.clone();
    let m = municipality();
    common::register(dyn_store.as_ref(), &m).await;
    let addr = spawn_with(state(dyn_store, 0), Limits::default()).await;
    let client = http();
    let notes = [
        format!("Withdrawnmarker{}", unique()),
        format!("Purgedmarker{}", unique()),
    ];
    let mut offers = Vec::new();
    for note in &notes {
        let k = key();
        let mut body = form(&m, &k);
        body["note"] = json!(note);
        let res = client
            .post(format!("http://{addr}/v1/host-interest"))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::CREATED);
        let reference = res.json::<Value>().await.unwrap()["reference"]
            .as_str()
            .unwrap()
            .to_owned();
        offers.push((reference, k));
    }
    // Sealed: the markers never reach the file; what is stored is the sealed offer,
    // which must go with the row.
    let sealed: Vec<Vec<u8>> = store
        .list(&m)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.sealed)
        .collect();
    let (gone, purged) = (sealed_marker(&sealed[0]), sealed_marker(&sealed[1]));
    let bytes = file_bytes(&path);
    assert!(contains(&bytes, &gone) && contains(&bytes, &purged));
    for note in &notes {
        assert!(!contains(&bytes, note), "a note reached the file unsealed");
    }

    let (reference, k) = &offers[0];
    let res = client
        .delete(format!("http://{addr}/v1/host-interest/{reference}"))
        .header("idempotency-key", k)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let bytes = file_bytes(&path);
    assert!(
        !contains(&bytes, &gone),
        "withdrawn offer still in the file"
    );
    assert!(contains(&bytes, &purged));

    assert_eq!(store.purge(i64::MAX).await.unwrap(), 1);
    let bytes = file_bytes(&path);
    assert!(!contains(&bytes, &purged), "purged offer still in the file");
}

/// The database file and its WAL, read as raw bytes after offers were stored, hold none
/// of the name, e-mail, phone (as typed or normalised) or note: only sealed offers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stored_offers_reveal_no_personal_data() {
    let (path, store) = sqlite_file();
    let dyn_store: Arc<dyn Store> = store.clone();
    let m = municipality();
    let staff = common::register(dyn_store.as_ref(), &m).await;
    let addr = spawn_with(state(dyn_store, 0), Limits::default()).await;
    let note = format!("Notemarker{} 🌻", unique());
    let mut body = form(&m, &key());
    body["note"] = json!(note);
    let res = http()
        .post(format!("http://{addr}/v1/host-interest"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let bytes = file_bytes(&path);
    for personal in [
        "Олена Коваленко",
        "Коваленко",
        "olena@example.nl",
        "06-12345678",
        "+31612345678",
        "612345678",
        note.as_str(),
        "Notemarker",
    ] {
        assert!(!contains(&bytes, personal), "{personal} is in the file");
    }
    // What is stored opens, with the municipality's identity only, to the offer.
    let rows = store.list(&m).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert!(contains(
        &bytes,
        &rows[0].sealed[rows[0].sealed.len() - 48..]
    ));
    let offer: Value =
        serde_json::from_slice(&age::decrypt(&staff, &rows[0].sealed).unwrap()).unwrap();
    assert_eq!(offer["note"], json!(note));
    assert_eq!(offer["phone"], json!("+31612345678"));
    assert!(age::decrypt(&age::x25519::Identity::generate(), &rows[0].sealed).is_err());
}

#[cfg(unix)]
#[test]
fn database_files_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let (path, _store) = sqlite_file();
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    for file in [path.clone(), PathBuf::from(wal)] {
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
}

#[test]
fn retention_below_the_minimum_is_refused_at_start_up() {
    for days in ["0", "1", "29"] {
        let vars = [("HULPWIJZER_RETENTION_DAYS", days)];
        let lookup = |name: &str| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        };
        assert!(matches!(
            hulpwijzer_endpoint::config::Config::from_lookup(lookup),
            Err(ConfigError::RetentionTooShort(_))
        ));
    }
    assert_eq!(
        config(&[("HULPWIJZER_RETENTION_DAYS", "30")]).retention_days,
        30
    );
    let dir = std::env::temp_dir().join(format!("hulpwijzer-retention-{}", unique()));
    let db = dir.join("db.sqlite3");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hulpwijzer-endpoint"))
        .arg("serve")
        .env("DATABASE_URL", "")
        .env("HULPWIJZER_DB", &db)
        .env("HULPWIJZER_BIND", "127.0.0.1:0")
        .env("HULPWIJZER_RETENTION_DAYS", "0")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("HULPWIJZER_RETENTION_DAYS"));
    assert!(!db.exists(), "the database was opened before the refusal");
}

async fn delete_status(client: &Client, base: &str, forwarded: &str) -> StatusCode {
    client
        .delete(format!("{base}/v1/host-interest/KTR-0001"))
        .header("idempotency-key", "k-0123456789abcdef")
        .header("x-forwarded-for", forwarded)
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn the_proxy_header_counts_only_when_configured() {
    let client = http();
    let limited = |vars: &[(&str, &str)]| {
        let mut all = vec![
            ("HULPWIJZER_RATE_BURST", "1"),
            ("HULPWIJZER_RATE_PER_MINUTE", "1"),
        ];
        all.extend_from_slice(vars);
        AppState::new(common::sqlite(), &config(&all))
    };

    // Not configured: the header is ignored, every request comes from 127.0.0.1.
    let base = format!(
        "http://{}",
        spawn_with(limited(&[]), Limits::default()).await
    );
    assert_eq!(
        delete_status(&client, &base, "198.51.100.1").await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        delete_status(&client, &base, "198.51.100.2").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // The export has its own bucket.
    let res = client
        .get(format!("{base}/v1/municipalities/GM0034/host-interest"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);

    // Configured: the last entry (the proxy's own) is the client; IPv6 by /64.
    let state = limited(&[("HULPWIJZER_TRUSTED_PROXY_HEADER", "X-Forwarded-For")]);
    let base = format!("http://{}", spawn_with(state, Limits::default()).await);
    for forwarded in ["203.0.113.7, 198.51.100.1", "203.0.113.7, 198.51.100.2"] {
        assert_eq!(
            delete_status(&client, &base, forwarded).await,
            StatusCode::NOT_FOUND
        );
    }
    assert_eq!(
        delete_status(&client, &base, "198.51.100.9, 198.51.100.1").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(
        delete_status(&client, &base, "2001:db8:1:2::1").await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        delete_status(&client, &base, "2001:db8:1:2:ffff::2").await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

/// The export's bucket is against guessing tokens: staff with their token fetch page after
/// page and mark offer after offer (the staff page with thousands of offers), while a
/// client whose token is refused is limited, and then waits like everyone at its address.
#[tokio::test]
async fn staff_with_their_token_are_not_limited_but_guessing_is() {
    let store: Arc<dyn Store> = common::sqlite();
    let mine = municipality();
    register(store.as_ref(), &mine).await;
    let (_, token) = hulpwijzer_endpoint::cli::create_token(store.as_ref(), &mine)
        .await
        .unwrap();
    let base = format!(
        "http://{}",
        spawn_with(state(Arc::clone(&store), 3), Limits::default()).await
    );
    let client = http();
    let export = |token: &str, query: &str| {
        client
            .get(format!(
                "{base}/v1/municipalities/{mine}/host-interest{query}"
            ))
            .bearer_auth(token)
            .send()
    };
    // Ten times the burst: pages, a bad page, and offers marked handled (already gone).
    for i in 0..30 {
        let res = match i % 3 {
            0 => export(&token, "?limit=1&order=newest").await.unwrap(),
            1 => export(&token, "?limit=0").await.unwrap(),
            _ => client
                .delete(format!(
                    "{base}/v1/municipalities/{mine}/host-interest/KTR-222"
                ))
                .bearer_auth(&token)
                .send()
                .await
                .unwrap(),
        };
        assert_ne!(res.status(), StatusCode::TOO_MANY_REQUESTS, "request {i}");
    }
    // A wrong token three times (the burst), then 429 with Retry-After, also for the
    // right token from the same address.
    for _ in 0..3 {
        let res = export("wrong-token", "").await.unwrap();
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    let res = export("wrong-token", "").await.unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key("retry-after"));
    let res = export(&token, "").await.unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn invisible_characters_are_rejected_with_their_code() {
    let addr = spawn_with(state(common::sqlite(), 0), Limits::default()).await;
    let mut body = form(&municipality(), &key());
    body["email"] = json!("olena@exam\u{202E}ple.nl");
    body["name"] = json!("Олена\u{200B} Коваленко");
    let res = http()
        .post(format!("http://{addr}/v1/host-interest"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let errors = res.json::<Value>().await.unwrap()["errors"].clone();
    assert_eq!(errors["email"], json!(["invisible-character"]));
    assert_eq!(errors["name"], json!(["invisible-character"]));
}

#[tokio::test]
async fn long_path_segments_are_not_server_errors() {
    let addr = spawn_with(state(common::sqlite(), 0), Limits::default()).await;
    let client = http();
    let long = "a".repeat(300);
    let longer = "б".repeat(5000);
    for segment in [&long, &longer] {
        for (method, path) in [
            (reqwest::Method::GET, format!("/{segment}")),
            (
                reqwest::Method::DELETE,
                format!("/v1/host-interest/{segment}"),
            ),
            (
                reqwest::Method::GET,
                format!("/v1/municipalities/{segment}/host-interest"),
            ),
        ] {
            let res = client
                .request(method, format!("http://{addr}{path}"))
                .header("idempotency-key", "k-0123456789abcdef")
                .bearer_auth("t")
                .send()
                .await
                .unwrap();
            let status = res.status();
            assert!(
                [
                    StatusCode::NOT_FOUND,
                    StatusCode::URI_TOO_LONG,
                    StatusCode::UNAUTHORIZED
                ]
                .contains(&status),
                "{path:.40}: {status}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_answers_503_within_a_second_when_the_database_is_locked() {
    let (path, store) = sqlite_file();
    let m = municipality();
    common::register(store.as_ref(), &m).await;
    let addr = spawn_with(state(store, 0), Limits::default()).await;
    let client = http();
    let url = format!("http://{addr}/healthz");
    assert_eq!(
        client.get(&url).send().await.unwrap().status(),
        StatusCode::OK
    );
    // Another process holds the write lock; an offer waits for it on the writer.
    let lock = rusqlite::Connection::open(&path).unwrap();
    lock.execute_batch("BEGIN IMMEDIATE; DELETE FROM export_token;")
        .unwrap();
    let waiting = tokio::spawn(
        client
            .post(format!("http://{addr}/v1/host-interest"))
            .json(&form(&m, &key()))
            .send(),
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let started = Instant::now();
    let status = client.get(&url).send().await.unwrap().status();
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(started.elapsed() < Duration::from_secs(1));
    lock.execute_batch("COMMIT;").unwrap();
    drop(lock);
    let _ = waiting.await;
}
