//! The API over real sockets (127.0.0.1:0) on SQLite and on PostgreSQL.
//!
//! PostgreSQL runs when `HULPWIJZER_TEST_DATABASE_URL` is set; without it the test
//! prints a skip notice, or fails when `CI` is set.
#![allow(clippy::unwrap_used)]

mod common;

use common::{form, key, municipality, state};
use hulpwijzer_endpoint::store::postgres::PgStore;
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

#[tokio::test]
async fn sqlite_over_sockets() {
    scenario(common::sqlite()).await;
}

#[tokio::test]
async fn postgres_over_sockets() {
    let Some(url) = common::postgres_url() else {
        return;
    };
    let store = PgStore::connect(&url, 4)
        .await
        .expect("connect to HULPWIJZER_TEST_DATABASE_URL");
    // The test database outlives test runs (and the benchmark writes to it): start empty,
    // so the export assertions count only this run's rows.
    store
        .purge(i64::MAX)
        .await
        .expect("empty the test database");
    scenario(Arc::new(store)).await;
}

async fn scenario(store: Arc<dyn Store>) {
    let base = spawn(Arc::clone(&store), 0).await;
    let http = Client::builder().no_proxy().build().unwrap();
    let (mine, theirs) = (municipality(), "GM0363");
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
    assert_eq!(items[0]["name"], json!("Олена Коваленко"));
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
