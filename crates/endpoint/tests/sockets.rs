//! The API over real sockets (127.0.0.1:0) on SQLite and on PostgreSQL.
//!
//! PostgreSQL runs when `HULPWIJZER_TEST_DATABASE_URL` is set; without it the test
//! prints a skip notice, or fails when `CI` is set.
#![allow(clippy::unwrap_used)]

use crate::common;

use common::{form, key, municipality, open, register, state};
use hulpwijzer_endpoint::store::postgres::PgStore;
use hulpwijzer_endpoint::store::sqlite::SqliteStore;
use hulpwijzer_endpoint::store::Store;
use hulpwijzer_endpoint::{cli, clock, router, serve::serve_on};
use reqwest::{header, Client, StatusCode};
use serde_json::{json, Value};
use std::sync::Arc;

/// Serves the API over `store` on a free loopback port; the base URL.
async fn spawn(store: Arc<dyn Store>, burst: u32) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve_on(listener, router(state(store, burst))));
    format!("http://{addr}")
}

/// The personal data the scenario submits, as typed and as stored (E.164): none of it
/// may appear in the database's raw bytes.
const PERSONAL: [&str; 6] = [
    "Олена Коваленко",
    "olena@example.nl",
    "06-12345678",
    "+31612345678",
    "Welkom!",
    "=cmd|",
];

#[tokio::test]
async fn sqlite_over_sockets() {
    let path = common::temp_db("sockets");
    let store = Arc::new(SqliteStore::open(&path).unwrap());
    // The database file and its WAL, byte for byte.
    let raw = move || {
        let mut bytes = std::fs::read(&path).unwrap();
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        bytes.extend(std::fs::read(std::path::PathBuf::from(wal)).unwrap_or_default());
        bytes
    };
    scenario(store, raw).await;
}

#[tokio::test]
async fn postgres_over_sockets() {
    let Some(url) = common::postgres_url() else {
        return;
    };
    // A schema of this run's own: the dump below must see only this run's rows.
    let (schema, admin, scoped) = common::postgres_schema(&url, "sockets").await;
    let store = PgStore::connect(&scoped, 4)
        .await
        .expect("connect to HULPWIJZER_TEST_DATABASE_URL");
    // A dump of the whole schema, as a backup would hold it.
    let dump_schema = schema.clone();
    let raw = move || {
        let out = std::process::Command::new("pg_dump")
            .args(["--no-owner", "--schema", &dump_schema, &url])
            .output()
            .expect("pg_dump (Debian's postgresql-client) must be installed");
        assert!(out.status.success(), "pg_dump failed: {out:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("host_interest"));
        out.stdout
    };
    scenario(Arc::new(store), raw).await;
    common::drop_schema(&admin, &schema).await;
}

async fn scenario(store: Arc<dyn Store>, raw: impl Fn() -> Vec<u8>) {
    let base = spawn(Arc::clone(&store), 0).await;
    let http = Client::builder().no_proxy().build().unwrap();
    let (mine, theirs) = (municipality(), "GM0363");
    let staff = register(store.as_ref(), &mine).await;
    register(store.as_ref(), theirs).await;
    let submit = |body: Value| {
        http.post(format!("{base}/v1/host-interest"))
            .json(&body)
            .send()
    };

    // Create, then repeat with the same idempotency key.
    let k = key();
    let res = submit(form(&mine, &k)).await.unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let reference = res.json::<Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let res = submit(form(&mine, &k)).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.json::<Value>().await.unwrap(),
        json!({"reference": reference, "created": false})
    );

    // The database holds the offer sealed: none of the personal data in its raw bytes.
    let bytes = raw();
    assert!(bytes
        .windows(reference.len())
        .any(|w| w == reference.as_bytes()));
    for personal in PERSONAL {
        // As bytes, and as the hex a dump writes binary columns in.
        let hex: String = personal.bytes().map(|b| format!("{b:02x}")).collect();
        for needle in [personal.as_bytes(), hex.as_bytes()] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{personal} is readable in the database"
            );
        }
    }

    // A municipality that has not registered a key takes no offers.
    let unregistered = common::NEVER_REGISTERED;
    common::assert_not_registered(submit(form(unregistered, &key())).await.unwrap()).await;
    let listed = common::listed(&http, &base).await;
    assert!(listed.contains(&json!(mine)) && listed.contains(&json!(theirs)));
    assert!(!listed.contains(&json!(unregistered)));

    // Invalid input, oversize body, wrong content type.
    let mut bad = form(&mine, &key());
    bad["name"] = json!("Олена 😀");
    bad["phone"] = json!("+380 67 123");
    let res = submit(bad).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let errors = res.json::<Value>().await.unwrap()["errors"].clone();
    assert_eq!(
        (errors["name"].clone(), errors["phone"].clone()),
        (json!(["invalid"]), json!(["invalid"]))
    );
    let mut big = form(&mine, &key());
    big["note"] = json!("я".repeat(20_000));
    assert_eq!(
        submit(big).await.unwrap().status(),
        StatusCode::PAYLOAD_TOO_LARGE
    );
    let res = http
        .post(format!("{base}/v1/host-interest"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body("name=x")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);

    // Export with the right token, another municipality's token, a revoked token.
    let (id, token) = cli::create_token(store.as_ref(), &mine).await.unwrap();
    let (_, other) = cli::create_token(store.as_ref(), theirs).await.unwrap();
    let export = |token: String, accept: &'static str| {
        http.get(format!("{base}/v1/municipalities/{mine}/host-interest"))
            .bearer_auth(token)
            .header(header::ACCEPT, accept)
            .send()
    };
    let res = export(token.clone(), "application/json").await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let items = res.json::<Value>().await.unwrap()["items"].clone();
    assert_eq!(items.as_array().unwrap().len(), 1);
    assert_eq!(items[0]["reference"], json!(reference));
    assert!(items[0].get("name").is_none());
    assert_eq!(open(&staff, &items[0])["name"], json!("Олена Коваленко"));
    let csv = export(token.clone(), "text/csv")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        csv.contains(&reference) && csv.lines().count() == 2,
        "{csv}"
    );
    assert_eq!(
        export(other, "application/json").await.unwrap().status(),
        StatusCode::FORBIDDEN
    );

    // Withdraw: a wrong key is not enough; the right key deletes the row.
    let withdraw = |proof: String| {
        http.delete(format!("{base}/v1/host-interest/{reference}"))
            .header("Idempotency-Key", proof)
            .send()
    };
    assert_eq!(
        withdraw(key()).await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        withdraw(k.clone()).await.unwrap().status(),
        StatusCode::NO_CONTENT
    );
    let res = export(token.clone(), "application/json").await.unwrap();
    assert_eq!(res.json::<Value>().await.unwrap()["items"], json!([]));

    // Staff mark an offer handled: only with their own municipality's token.
    let res = submit(form(&mine, &key())).await.unwrap();
    let handled_ref = res.json::<Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    let handled = |token: Option<String>| {
        let req = http.delete(format!(
            "{base}/v1/municipalities/{mine}/host-interest/{handled_ref}"
        ));
        match token {
            Some(t) => req.bearer_auth(t),
            None => req,
        }
        .send()
    };
    assert_eq!(
        handled(None).await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
    let (_, other_token) = cli::create_token(store.as_ref(), theirs).await.unwrap();
    assert_eq!(
        handled(Some(other_token)).await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        handled(Some(token.clone())).await.unwrap().status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        handled(Some(token.clone())).await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    let res = export(token.clone(), "application/json").await.unwrap();
    assert_eq!(res.json::<Value>().await.unwrap()["items"], json!([]));

    // Purge: rows older than the retention period go; younger ones stay.
    assert_eq!(
        submit(form(&mine, &key())).await.unwrap().status(),
        StatusCode::CREATED
    );
    assert_eq!(
        cli::purge(store.as_ref(), 180, clock::now_ms())
            .await
            .unwrap(),
        0
    );
    let later = clock::now_ms() + 181 * 86_400_000;
    assert!(cli::purge(store.as_ref(), 180, later).await.unwrap() >= 1);
    let res = export(token.clone(), "application/json").await.unwrap();
    assert_eq!(res.json::<Value>().await.unwrap()["items"], json!([]));

    // A revoked token no longer works.
    cli::revoke_token(store.as_ref(), &id).await.unwrap();
    assert_eq!(
        export(token, "application/json").await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );

    // Rate limit per client address: a burst of 3, then 429 with Retry-After.
    let limited = spawn(Arc::clone(&store), 3).await;
    let mut statuses = Vec::new();
    for _ in 0..4 {
        let res = http
            .post(format!("{limited}/v1/host-interest"))
            .json(&form(&mine, &key()))
            .send()
            .await
            .unwrap();
        statuses.push(res.status());
        if res.status() == StatusCode::TOO_MANY_REQUESTS {
            assert!(res.headers().contains_key(header::RETRY_AFTER));
        }
    }
    assert_eq!(
        statuses,
        [
            StatusCode::CREATED,
            StatusCode::CREATED,
            StatusCode::CREATED,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );

    let health = http.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(health.status(), StatusCode::OK);
    let spec = http
        .get(format!("{base}/v1/openapi.yaml"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(spec.starts_with("openapi: 3.0.3"));
}
