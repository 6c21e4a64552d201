//! `unregister`: a municipality stops taking offers, on SQLite and on PostgreSQL, over
//! real sockets; and the binary's messages.
//!
//! PostgreSQL runs when `HULPWIJZER_TEST_DATABASE_URL` is set; without it the test
//! prints a skip notice, or fails when `CI` is set.
#![allow(clippy::unwrap_used)]

use crate::common;

use common::{form, key, municipality, register};
use hulpwijzer_endpoint::cli::{self, CliError};
use hulpwijzer_endpoint::store::postgres::PgStore;
use hulpwijzer_endpoint::store::Store;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use std::sync::Arc;

#[tokio::test]
async fn unregister_on_sqlite() {
    scenario(common::sqlite()).await;
}

#[tokio::test]
async fn unregister_on_postgres() {
    let Some(url) = common::postgres_url() else {
        return;
    };
    let (schema, admin, scoped) = common::postgres_schema(&url, "unregister").await;
    scenario(Arc::new(PgStore::connect(&scoped, 2).await.unwrap())).await;
    common::drop_schema(&admin, &schema).await;
}

async fn scenario(store: Arc<dyn Store>) {
    let base = common::serve(Arc::clone(&store)).await;
    let http = Client::builder().no_proxy().build().unwrap();
    let store = store.as_ref();
    let mine = municipality();
    let submit = |m: String| {
        http.post(format!("{base}/v1/host-interest"))
            .json(&form(&m, &key()))
            .send()
    };
    let export = |token: String| {
        http.get(format!("{base}/v1/municipalities/{mine}/host-interest"))
            .bearer_auth(token)
            .send()
    };

    // Not a code, and a code that was never registered: refused, nothing changes.
    assert!(matches!(
        cli::unregister(store, "Almere", true).await,
        Err(CliError::BadMunicipality(_))
    ));
    let err = cli::unregister(store, common::NEVER_REGISTERED, true)
        .await
        .unwrap_err();
    assert!(matches!(err, CliError::NotRegistered(_)), "{err}");
    assert!(err.to_string().contains("is not registered"), "{err}");

    // A registered municipality with a stored offer: refused without --purge.
    register(store, &mine).await;
    let (_, token) = cli::create_token(store, &mine).await.unwrap();
    let res = submit(mine.clone()).await.unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let err = cli::unregister(store, &mine, false).await.unwrap_err();
    assert!(matches!(err, CliError::OffersRemain(_, 1)), "{err}");
    assert!(err.to_string().contains("--purge"), "{err}");
    assert!(store.key_of(&mine).await.unwrap().is_some());
    let res = export(token.clone()).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.json::<Value>().await.unwrap()["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        submit(mine.clone()).await.unwrap().status(),
        StatusCode::CREATED
    );

    // With --purge: offers deleted, key removed, tokens revoked; no more offers taken.
    assert_eq!(
        cli::unregister(store, &mine, true).await.unwrap(),
        (2, 1, 0)
    );
    assert_eq!(store.key_of(&mine).await.unwrap(), None);
    assert!(!store.registered().await.unwrap().contains(&mine));
    assert!(store.list(&mine).await.unwrap().is_empty());
    common::assert_not_registered(submit(mine.clone()).await.unwrap()).await;
    assert!(!common::listed(&http, &base).await.contains(&json!(mine)));
    assert_eq!(
        export(token).await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
    assert!(matches!(
        cli::unregister(store, &mine, false).await,
        Err(CliError::NotRegistered(_))
    ));

    // Registering again (a new key) takes offers again; with none stored, unregister
    // needs no --purge. Another municipality's offers are untouched throughout.
    let other = format!("GM{:04}", (mine[2..].parse::<u32>().unwrap() + 1) % 9_000);
    register(store, &other).await;
    assert_eq!(
        submit(other.clone()).await.unwrap().status(),
        StatusCode::CREATED
    );
    register(store, &mine).await;
    assert_eq!(
        cli::unregister(store, &mine, false).await.unwrap(),
        (0, 0, 0)
    );
    assert_eq!(store.list(&other).await.unwrap().len(), 1);
    assert!(store.key_of(&other).await.unwrap().is_some());
}

#[test]
fn the_binary_says_what_happened() {
    let dir = std::env::temp_dir().join(format!("hulpwijzer-unregister-{}", common::unique()));
    let db = dir.join("db.sqlite3");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_hulpwijzer-endpoint"))
            .args(args)
            .env("DATABASE_URL", "")
            .env("HULPWIJZER_DB", &db)
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), text)
    };
    let (ok, text) = run(&["unregister", "GM0034"]);
    assert!(!ok && text.contains("GM0034 is not registered"), "{text}");
    let (ok, text) = run(&["unregister", "Almere", "--purge"]);
    assert!(
        !ok && text.contains("not a CBS municipality code"),
        "{text}"
    );
    let public = age::x25519::Identity::generate().to_public().to_string();
    assert!(run(&["register", "GM0034", &public]).0);
    let (ok, text) = run(&["unregister", "GM0034"]);
    assert!(
        ok && text.contains("GM0034 no longer takes offers"),
        "{text}"
    );
    let (ok, text) = run(&["help"]);
    assert!(ok && text.contains("unregister GM0034 --purge"), "{text}");
    std::fs::remove_dir_all(dir).unwrap();
}
