//! No resurrection (probe of 2026-12-06, re-test 12f): replaying the POST of an offer that
//! was withdrawn or handled answers `410` with `form: [withdrawn]` and stores nothing,
//! until the retention ends; what is kept of it is only its idempotency key's hash.
//! Over real sockets, on SQLite and (with `HULPWIJZER_TEST_DATABASE_URL`) PostgreSQL.
#![allow(clippy::unwrap_used)]

use crate::common;

use common::{form, key, municipality, register};
use hulpwijzer_endpoint::secret::sha256_hex;
use hulpwijzer_endpoint::store::postgres::PgStore;
use hulpwijzer_endpoint::store::sqlite::SqliteStore;
use hulpwijzer_endpoint::store::Store;
use hulpwijzer_endpoint::{cli, clock};
use reqwest::{Client, Response, StatusCode};
use serde_json::{json, Value};
use std::sync::Arc;

#[tokio::test]
async fn sqlite_keeps_withdrawn_offers_withdrawn() {
    let path = common::temp_db("resurrection");
    let store = Arc::new(SqliteStore::open(&path).unwrap());
    let keys = scenario(store.clone()).await;
    // What stays of the withdrawn and handled offers: their keys' hashes, no more.
    let reader = rusqlite::Connection::open(&path).unwrap();
    let mut stmt = reader
        .prepare("SELECT * FROM withdrawn_key ORDER BY idempotency_hash")
        .unwrap();
    let columns: Vec<String> = stmt.column_names().iter().map(|c| c.to_string()).collect();
    assert_eq!(columns, ["idempotency_hash", "received_at_ms"]);
    let mut kept: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut hashes: Vec<String> = keys.iter().map(|k| sha256_hex(k)).collect();
    kept.sort();
    hashes.sort();
    assert_eq!(kept, hashes);
}

#[tokio::test]
async fn postgres_keeps_withdrawn_offers_withdrawn() {
    let Some(url) = common::postgres_url() else {
        return;
    };
    let (schema, admin, scoped) = common::postgres_schema(&url, "resurrection").await;
    let store = PgStore::connect(&scoped, 4).await.unwrap();
    let keys = scenario(Arc::new(store)).await;
    let rows = admin
        .query(
            &format!("SELECT idempotency_hash FROM {schema}.withdrawn_key"),
            &[],
        )
        .await
        .unwrap();
    let mut kept: Vec<String> = rows.iter().map(|r| r.get(0)).collect();
    let mut hashes: Vec<String> = keys.iter().map(|k| sha256_hex(k)).collect();
    kept.sort();
    hashes.sort();
    assert_eq!(kept, hashes);
    common::drop_schema(&admin, &schema).await;
}

/// The reference of a `201`.
async fn created(res: Response) -> String {
    assert_eq!(res.status(), StatusCode::CREATED);
    let body = res.json::<Value>().await.unwrap();
    body["reference"].as_str().unwrap().to_owned()
}

/// The host withdraws `reference` with its idempotency key: `204`.
async fn withdraw(http: &Client, base: &str, reference: &str, key: &str) {
    let res = http
        .delete(format!("{base}/v1/host-interest/{reference}"))
        .header("Idempotency-Key", key)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
}

/// Asserts `res` is the `410` for a withdrawn or handled offer.
async fn assert_withdrawn(res: Response) {
    assert_eq!(res.status(), StatusCode::GONE);
    assert_eq!(
        res.json::<Value>().await.unwrap(),
        json!({"errors": {"form": ["withdrawn"]}})
    );
}

/// Withdraws one offer and has staff handle another, replays both POSTs, and lets the
/// retention end; the two keys whose offers ended.
async fn scenario(store: Arc<dyn Store>) -> [String; 2] {
    let base = common::serve(Arc::clone(&store)).await;
    let http = Client::builder().no_proxy().build().unwrap();
    let mine = municipality();
    register(store.as_ref(), &mine).await;
    let (_, token) = cli::create_token(store.as_ref(), &mine).await.unwrap();
    let submit = |body: Value| {
        http.post(format!("{base}/v1/host-interest"))
            .json(&body)
            .send()
    };
    let exported = || async {
        let res = http
            .get(format!("{base}/v1/municipalities/{mine}/host-interest"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        res.json::<Value>().await.unwrap()["items"]
            .as_array()
            .unwrap()
            .len()
    };

    // Withdrawn by the host: the replay is refused, nothing is stored again.
    let withdrawn = key();
    let reference = created(submit(form(&mine, &withdrawn)).await.unwrap()).await;
    withdraw(&http, &base, &reference, &withdrawn).await;
    assert_withdrawn(submit(form(&mine, &withdrawn)).await.unwrap()).await;
    assert_withdrawn(submit(form(&mine, &withdrawn)).await.unwrap()).await;
    assert_eq!(exported().await, 0);

    // Handled by staff: the same.
    let handled = key();
    let reference = created(submit(form(&mine, &handled)).await.unwrap()).await;
    let res = http
        .delete(format!(
            "{base}/v1/municipalities/{mine}/host-interest/{reference}"
        ))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert_withdrawn(submit(form(&mine, &handled)).await.unwrap()).await;
    assert_eq!(exported().await, 0);

    // Another key is not affected, and its repeat is still the first reference.
    let other = key();
    let reference = created(submit(form(&mine, &other)).await.unwrap()).await;
    let res = submit(form(&mine, &other)).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.json::<Value>().await.unwrap()["reference"],
        json!(reference)
    );
    assert_eq!(exported().await, 1);
    [withdrawn, handled]
}

/// Once the retention has ended the kept hashes go with the offers, and the key is new
/// again.
#[tokio::test]
async fn the_kept_hash_goes_when_the_retention_ends() {
    let store = common::sqlite();
    let base = common::serve(Arc::clone(&store)).await;
    let http = Client::builder().no_proxy().build().unwrap();
    let mine = municipality();
    register(store.as_ref(), &mine).await;
    let k = key();
    let post = || {
        http.post(format!("{base}/v1/host-interest"))
            .json(&form(&mine, &k))
            .send()
    };
    let reference = created(post().await.unwrap()).await;
    withdraw(&http, &base, &reference, &k).await;
    // Within the retention: still known.
    cli::purge(store.as_ref(), 180, clock::now_ms())
        .await
        .unwrap();
    assert_withdrawn(post().await.unwrap()).await;
    // After it: forgotten.
    let later = clock::now_ms() + 181 * 86_400_000;
    cli::purge(store.as_ref(), 180, later).await.unwrap();
    created(post().await.unwrap()).await;
}
