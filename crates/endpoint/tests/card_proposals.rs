//! A municipality's own card: proposals over HTTP (stored checked, only with its own
//! token, every problem named), and the operator's `cards` commands writing
//! `content/local/<code>.toml` that the content loader and validator accept; on SQLite
//! and on PostgreSQL, over real sockets.
//!
//! PostgreSQL runs when `HULPWIJZER_TEST_DATABASE_URL` is set; without it the test
//! prints a skip notice, or fails when `CI` is set.
#![allow(clippy::unwrap_used)]

use crate::common;

use hulpwijzer_core::check::CheckMethod;
use hulpwijzer_core::date::Date;
use hulpwijzer_core::municipality::{load_directory, validate_local};
use hulpwijzer_endpoint::cli::cards::{self, Accept, ReceptionNote};
use hulpwijzer_endpoint::cli::{self, CliError};
use hulpwijzer_endpoint::store::postgres::PgStore;
use hulpwijzer_endpoint::store::Store;
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Almere (website almere.nl), which has no `content/local` file.
const ALMERE: &str = "GM0034";
/// Groningen: another municipality.
const GRONINGEN: &str = "GM0014";
/// Borger-Odoorn, whose file has a local note about reception.
const BORGER_ODOORN: &str = "GM1681";

#[tokio::test]
async fn card_proposals_on_sqlite() {
    scenario(common::sqlite()).await;
}

#[tokio::test]
async fn card_proposals_on_postgres() {
    let Some(url) = common::postgres_url() else {
        return;
    };
    let (schema, admin, scoped) = common::postgres_schema(&url, "cards").await;
    scenario(Arc::new(PgStore::connect(&scoped, 2).await.unwrap())).await;
    common::drop_schema(&admin, &schema).await;
}

/// The proposal endpoint of `code` at `base`.
fn url(base: &str, code: &str) -> String {
    format!("{base}/v1/municipalities/{code}/card-proposals")
}

/// A copy of the repository's `content/municipalities` and `content/local` in a fresh
/// directory: its root.
fn content_copy() -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let root = common::temp_db("cards").with_file_name("repo");
    for dir in ["content/municipalities", "content/local"] {
        std::fs::create_dir_all(root.join(dir)).unwrap();
        for entry in std::fs::read_dir(repo.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                std::fs::copy(&path, root.join(dir).join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    root
}

async fn scenario(store: Arc<dyn Store>) {
    let base = common::serve(Arc::clone(&store)).await;
    let http = Client::builder().no_proxy().build().unwrap();
    let store = store.as_ref();
    let (_, almere) = cli::create_token(store, ALMERE).await.unwrap();
    let (_, groningen) = cli::create_token(store, GRONINGEN).await.unwrap();
    let propose = |code: &str, token: &str, body: Value| {
        http.post(url(&base, code))
            .bearer_auth(token)
            .json(&body)
            .send()
    };
    let valid = json!({
        "ukraine_email": "  oekraine@almere.nl ",
        "ukraine_phone": "036 123 4567",
        "general_phone": "14 036",
        "brp_appointment_url": "https://www.almere.nl/afspraak",
        "leefgeld_url": "https://www.almere.nl/leefgeld",
        "place_name": "Informatiepunt",
        "place_address": "Stadhuisplein 1, Almere",
        "place_hours": "ma-vr 9-17",
        "source": "https://www.almere.nl/oekraine",
    });

    // Who may propose: no token, another municipality's, a code that is no municipality.
    let res = http
        .post(url(&base, ALMERE))
        .json(&valid)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let res = propose(ALMERE, &groningen, valid.clone()).await.unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let (_, nowhere) = cli::create_token(store, common::NEVER_REGISTERED)
        .await
        .unwrap();
    let res = propose(common::NEVER_REGISTERED, &nowhere, valid.clone())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    // Not a proposal: 400.
    for body in [
        json!({ "website": "x" }),
        json!({ "ukraine_email": 3 }),
        json!("card"),
    ] {
        let res = propose(ALMERE, &almere, body.clone()).await.unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{body}");
        let body: Value = res.json().await.unwrap();
        assert_eq!(body, json!({ "errors": { "form": ["malformed"] } }));
    }

    // Every problem, named on its field.
    let long = "x".repeat(201);
    let cases = [
        (
            json!({ "ukraine_email": "oekraine@almere" }),
            "ukraine_email",
            "not-an-address",
        ),
        (
            json!({ "leefgeld_phone": "12345" }),
            "leefgeld_phone",
            "not-a-dutch-number",
        ),
        (
            json!({ "general_phone": "036 123 4567" }),
            "general_phone",
            "not-a-general-number",
        ),
        (
            json!({ "brp_appointment_url": "http://www.almere.nl/a" }),
            "brp_appointment_url",
            "not-https",
        ),
        (
            json!({ "leefgeld_url": "https://almere.example.org/" }),
            "leefgeld_url",
            "not-own-website",
        ),
        (
            json!({ "place_name": long, "place_address": "Stadhuisplein 1" }),
            "place_name",
            "too-long",
        ),
        (
            json!({ "place_name": "Informatiepunt" }),
            "place_address",
            "place-incomplete",
        ),
        (
            json!({ "ukraine_email": "oek\u{200b}raine@almere.nl" }),
            "ukraine_email",
            "invisible-character",
        ),
    ];
    for (body, field, code) in cases {
        let res = propose(ALMERE, &almere, body.clone()).await.unwrap();
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let answer: Value = res.json().await.unwrap();
        assert_eq!(answer["error"], "invalid-card");
        assert_eq!(answer["fields"], json!({ field: code }), "{body}");
        assert_eq!(answer["nothing_given"], false);
    }
    for body in [
        json!({}),
        json!({ "source": "https://www.almere.nl/a", "ukraine_email": " " }),
    ] {
        let res = propose(ALMERE, &almere, body).await.unwrap();
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let answer: Value = res.json().await.unwrap();
        assert_eq!(
            answer,
            json!({ "error": "invalid-card", "fields": {}, "nothing_given": true })
        );
    }
    assert!(store.cards_of(ALMERE, 20).await.unwrap().is_empty());

    // Stored, trimmed, listed as pending.
    let res = propose(ALMERE, &almere, valid.clone()).await.unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let created: Value = res.json().await.unwrap();
    let first = created["id"].as_i64().unwrap();
    assert!(created["received_at"].as_str().unwrap().ends_with('Z'));
    let list = |token: String| http.get(url(&base, ALMERE)).bearer_auth(token).send();
    let res = list(almere.clone()).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let body: Value = res.json().await.unwrap();
    let proposals = body["proposals"].as_array().unwrap();
    assert_eq!(proposals.len(), 1);
    assert_eq!(proposals[0]["id"], first);
    assert_eq!(proposals[0]["status"], "pending");
    assert_eq!(proposals[0]["received_at"], created["received_at"]);
    assert_eq!(proposals[0]["card"]["ukraine_email"], "oekraine@almere.nl");
    assert_eq!(proposals[0]["card"]["place_hours"], "ma-vr 9-17");
    assert_eq!(
        list(groningen.clone()).await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    let res = http.get(url(&base, ALMERE)).send().await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);

    let second = propose(
        ALMERE,
        &almere,
        json!({ "ukraine_email": "info@almere.nl" }),
    )
    .await
    .unwrap()
    .json::<Value>()
    .await
    .unwrap()["id"]
        .as_i64()
        .unwrap();
    assert!(second > first);
    operator(store, first, second).await;

    // Newest first, each with its status.
    let body: Value = list(almere.clone()).await.unwrap().json().await.unwrap();
    let statuses: Vec<(i64, &str)> = body["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_i64().unwrap(), p["status"].as_str().unwrap()))
        .collect();
    assert_eq!(statuses, [(second, "rejected"), (first, "accepted")]);

    reception_note(store, &base, &http).await;

    // Unregistering with --purge deletes the municipality's proposals too.
    common::register(store, ALMERE).await;
    assert_eq!(
        cli::unregister(store, ALMERE, true).await.unwrap(),
        (0, 1, 2)
    );
    assert!(store.cards_of(ALMERE, 20).await.unwrap().is_empty());
}

/// `cards list`, `show`, `accept` and `reject` on the proposals `first` and `second`.
async fn operator(store: &dyn Store, first: i64, second: i64) {
    let listed = cards::list(store).await.unwrap();
    assert!(listed.contains(&format!("{first}\t{ALMERE}\t")), "{listed}");
    assert!(listed.contains("ukraine_email, ukraine_phone"), "{listed}");
    let root = content_copy();
    let shown = cards::show(store, first, &root).await.unwrap();
    assert!(shown.contains("* place_hours: ma-vr 9-17 (new)"), "{shown}");

    let date = Date::parse("2026-12-01").unwrap();
    let accept = |id: i64| Accept {
        id,
        root: root.clone(),
        date: Some(date),
        reception: ReceptionNote::Refuse,
    };
    let told = cards::accept(store, &accept(first)).await.unwrap();
    assert!(told.contains("GM0034.toml"), "{told}");
    let dir = load_directory(&root).unwrap();
    let local = dir.by_code(ALMERE).unwrap().local.clone().unwrap();
    assert_eq!(local.checked.method, CheckMethod::Municipality);
    assert_eq!(local.checked.date, Some(date));
    assert_eq!(local.ukraine_email.as_deref(), Some("oekraine@almere.nl"));
    assert_eq!(local.source, "https://www.almere.nl/oekraine");
    let place = local.meeting_place.unwrap();
    assert_eq!(place.hours.as_deref(), Some("ma-vr 9-17"));
    assert_eq!(place.checked.method, CheckMethod::Municipality);
    assert_eq!(
        local.leefgeld.unwrap().url.as_deref(),
        Some("https://www.almere.nl/leefgeld")
    );
    let problems: Vec<String> = validate_local(&root, &dir, &[], date)
        .iter()
        .map(ToString::to_string)
        .filter(|p| p.contains(ALMERE))
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
    let text = std::fs::read_to_string(root.join("content/local/GM0034.toml")).unwrap();
    assert!(text.starts_with("# Almere: "), "{text}");
    assert!(
        text.contains(&format!("proposal {first} received")),
        "{text}"
    );

    // Once only; unknown ids; reject.
    let err = cards::accept(store, &accept(first)).await.unwrap_err();
    assert!(
        matches!(err, CliError::AlreadyDecided(_, "accepted")),
        "{err}"
    );
    let err = cards::accept(store, &accept(999_999)).await.unwrap_err();
    assert!(matches!(err, CliError::NoSuchProposal(999_999)), "{err}");
    cards::reject(store, second).await.unwrap();
    let err = cards::reject(store, second).await.unwrap_err();
    assert!(
        matches!(err, CliError::AlreadyDecided(_, "rejected")),
        "{err}"
    );
    let err = cards::accept(store, &accept(second)).await.unwrap_err();
    assert!(
        matches!(err, CliError::AlreadyDecided(_, "rejected")),
        "{err}"
    );
    assert_eq!(
        cards::list(store).await.unwrap(),
        "no pending card proposals"
    );
}

/// Replacing a file with a local note about reception needs the operator's choice.
async fn reception_note(store: &dyn Store, base: &str, http: &Client) {
    let (_, token) = cli::create_token(store, BORGER_ODOORN).await.unwrap();
    let mut ids = Vec::new();
    for _ in 0..2 {
        let res = http
            .post(url(base, BORGER_ODOORN))
            .bearer_auth(&token)
            .json(&json!({ "general_phone": "14 0591" }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::CREATED);
        ids.push(res.json::<Value>().await.unwrap()["id"].as_i64().unwrap());
    }
    let root = content_copy();
    let file = root.join("content/local/GM1681.toml");
    let before = std::fs::read_to_string(&file).unwrap();
    let accept = |id: i64, reception| Accept {
        id,
        root: root.clone(),
        date: None,
        reception,
    };
    let err = cards::accept(store, &accept(ids[0], ReceptionNote::Refuse))
        .await
        .unwrap_err();
    assert!(matches!(err, CliError::ReceptionNote(_)), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);

    cards::accept(store, &accept(ids[0], ReceptionNote::Keep))
        .await
        .unwrap();
    let local = |root: &Path| {
        load_directory(root)
            .unwrap()
            .by_code(BORGER_ODOORN)
            .unwrap()
            .local
            .clone()
            .unwrap()
    };
    assert!(local(&root).reception_note);
    assert_eq!(local(&root).ukraine_email, None);
    let told = cards::accept(store, &accept(ids[1], ReceptionNote::Drop))
        .await
        .unwrap();
    assert!(told.contains("local-gm1681-reception"), "{told}");
    assert!(!local(&root).reception_note);
}
