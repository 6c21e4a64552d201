//! Handler tests through the router, without sockets (`tower::ServiceExt::oneshot`).
#![allow(clippy::unwrap_used)]

use crate::common;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use common::{form, key, municipality, open, register, sqlite, sqlite_taking, state};
use http_body_util::BodyExt;
use hulpwijzer_endpoint::{cli, router};
use serde_json::{json, Value};
use tower::ServiceExt;

async fn send(app: &Router, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let res = app.clone().oneshot(req).await.unwrap();
    let (parts, body) = res.into_parts();
    (
        parts.status,
        parts.headers,
        body.collect().await.unwrap().to_bytes().to_vec(),
    )
}

fn post(body: impl Into<Body>, content_type: &str) -> Request<Body> {
    Request::post("/v1/host-interest")
        .header(header::CONTENT_TYPE, content_type)
        .body(body.into())
        .unwrap()
}

fn post_json(v: &Value) -> Request<Body> {
    post(v.to_string(), "application/json")
}

fn json_of(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).unwrap()
}

#[tokio::test]
async fn create_then_repeat_returns_the_same_reference() {
    let app = router(state(sqlite_taking("GM0034").await, 0));
    let f = form("GM0034", &key());
    let (status, headers, body) = send(&app, post_json(&f)).await;
    assert_eq!(status, StatusCode::CREATED);
    let reference = json_of(&body)["reference"].as_str().unwrap().to_owned();
    assert_eq!(reference.len(), 7);
    assert_eq!(
        headers[header::LOCATION],
        format!("/v1/host-interest/{reference}").as_str()
    );
    assert!(headers.contains_key("x-request-id"));
    let (status, _, body) = send(&app, post_json(&f)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        json_of(&body),
        json!({ "reference": reference, "created": false })
    );
}

#[tokio::test]
async fn invalid_forms_get_field_codes() {
    let app = router(state(sqlite_taking("GM0034").await, 0));
    let cases: Vec<(&str, Value, &str, &str)> = vec![
        ("name", json!("😀"), "name", "invalid"),
        ("name", json!(""), "name", "required"),
        ("phone", json!("12"), "phone", "invalid"),
        ("capacity", json!(7), "capacity", "out-of-range"),
        ("capacity", json!("two"), "capacity", "invalid"),
        ("capacity", json!(-1), "capacity", "invalid"),
        (
            "available_from",
            json!("2026-02-30"),
            "available_from",
            "invalid",
        ),
        ("duration", json!("forever"), "duration", "invalid"),
        (
            "languages",
            json!(["uk", "klingon"]),
            "languages",
            "invalid",
        ),
        ("languages", json!([]), "languages", "required"),
        ("note", json!("x".repeat(1001)), "note", "too-long"),
        (
            "consent_contact_now",
            json!(false),
            "consent_contact_now",
            "consent-required",
        ),
        ("website", json!("http://spam"), "website", "invalid"),
        ("fill_ms", json!(1200), "fill_ms", "too-fast"),
        (
            "idempotency_key",
            json!("short"),
            "idempotency_key",
            "invalid",
        ),
        ("schema_version", json!(2), "schema_version", "unsupported"),
        ("unexpected", json!(1), "form", "malformed"),
    ];
    for (field, value, error_field, code) in cases {
        let mut f = form("GM0034", &key());
        f[field] = value;
        let (status, _, body) = send(&app, post_json(&f)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let errors = &json_of(&body)["errors"];
        assert_eq!(errors[error_field], json!([code]), "{field}: {errors}");
    }
    let mut f = form("GM0034", &key());
    f.as_object_mut().unwrap().remove("schema_version");
    let (status, _, body) = send(&app, post_json(&f)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        json_of(&body)["errors"]["schema_version"],
        json!(["invalid"])
    );
}

#[tokio::test]
async fn wrong_bodies_are_rejected() {
    let app = router(state(sqlite_taking("GM0034").await, 0));
    let (status, _, body) = send(&app, post("{not json", "application/json")).await;
    assert_eq!(
        (status, json_of(&body)),
        (
            StatusCode::BAD_REQUEST,
            json!({"errors": {"form": ["malformed"]}})
        )
    );
    let (status, _, _) = send(&app, post("[]", "application/json; charset=utf-8")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _, body) =
        send(&app, post(form("GM0034", &key()).to_string(), "text/plain")).await;
    assert_eq!(
        (status, json_of(&body)),
        (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            json!({"error": "unsupported-media-type"})
        )
    );
    let mut big = form("GM0034", &key());
    big["note"] = json!("x".repeat(20 * 1024));
    let (status, _, body) = send(&app, post_json(&big)).await;
    assert_eq!(
        (status, json_of(&body)),
        (StatusCode::PAYLOAD_TOO_LARGE, json!({"error": "too-large"}))
    );
    let mut ten_kb = form("GM0034", &key());
    ten_kb["note"] = json!("x".repeat(10 * 1024));
    let (status, _, body) = send(&app, post_json(&ten_kb)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(json_of(&body)["errors"]["note"], json!(["too-long"]));
}

#[tokio::test]
async fn export_needs_the_municipalitys_own_token() {
    let store = sqlite();
    let app = router(state(store.clone(), 0));
    let (mine, other) = (municipality(), "GM0363");
    let staff = register(store.as_ref(), &mine).await;
    let (_, token) = cli::create_token(store.as_ref(), &mine).await.unwrap();
    let (_, other_token) = cli::create_token(store.as_ref(), other).await.unwrap();
    let (_, _, body) = send(&app, post_json(&form(&mine, &key()))).await;
    let reference = json_of(&body)["reference"].as_str().unwrap().to_owned();
    let get = |token: &str, suffix: &str| {
        Request::get(format!("/v1/municipalities/{mine}/host-interest{suffix}"))
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap()
    };
    let (status, headers, body) = send(&app, get(&token, "")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    let v = json_of(&body);
    let item = &v["items"][0];
    assert_eq!(item["reference"], json!(reference));
    // Only the metadata is readable; the offer is sealed to the municipality's key.
    let mut members: Vec<&String> = item.as_object().unwrap().keys().collect();
    members.sort();
    assert_eq!(members, ["received_at", "reference", "sealed"]);
    let offer = open(&staff, item);
    assert_eq!(offer["phone"], json!("+31612345678"));
    assert_eq!(offer["name"], json!("Олена Коваленко"));
    assert!(offer.get("idempotency_key").is_none() && offer.get("fill_ms").is_none());
    assert!(age::decrypt(&age::x25519::Identity::generate(), &[]).is_err());
    let (status, headers, body) = send(&app, get(&token, "?format=csv")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let text = String::from_utf8(body).unwrap();
    assert!(text.starts_with("\u{feff}\"reference\",\"received_at\",\"sealed\""));
    assert!(text.contains(&reference) && !text.contains("Олена"));
    assert_eq!(
        send(&app, get(&other_token, "")).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        send(&app, get("hwz_nonsense", "")).await.0,
        StatusCode::UNAUTHORIZED
    );
    let bare = Request::get(format!("/v1/municipalities/{mine}/host-interest"))
        .body(Body::empty())
        .unwrap();
    let (status, headers, _) = send(&app, bare).await;
    assert_eq!(
        (status, &headers[header::WWW_AUTHENTICATE]),
        (StatusCode::UNAUTHORIZED, &"Bearer".parse().unwrap())
    );
}

#[tokio::test]
async fn a_start_date_that_has_passed_is_stored_as_today() {
    let store = sqlite();
    let app = router(state(store.clone(), 0));
    let mine = municipality();
    let staff = register(store.as_ref(), &mine).await;
    let (_, token) = cli::create_token(store.as_ref(), &mine).await.unwrap();
    let mut f = form(&mine, &key());
    f["available_from"] = json!("2000-01-01");
    let (status, _, _) = send(&app, post_json(&f)).await;
    assert_eq!(status, StatusCode::CREATED);
    let export = Request::get(format!("/v1/municipalities/{mine}/host-interest"))
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap();
    let (_, _, body) = send(&app, export).await;
    let offer = open(&staff, &json_of(&body)["items"][0]);
    assert_eq!(offer["available_from"], json!(common::in_days(0)));
}

#[tokio::test]
async fn only_registered_municipalities_take_offers() {
    let store = sqlite_taking("GM0034").await;
    let app = router(state(store.clone(), 0));
    let (status, _, body) = send(&app, post_json(&form("GM0035", &key()))).await;
    assert_eq!(
        (status, json_of(&body)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({"errors": {"municipality": ["not-registered"]}})
        )
    );
    // With other errors, every error at once.
    let mut f = form("GM0035", &key());
    f["name"] = json!("");
    let (_, _, body) = send(&app, post_json(&f)).await;
    assert_eq!(
        json_of(&body)["errors"],
        json!({"municipality": ["not-registered"], "name": ["required"]})
    );
    let list = Request::get("/v1/municipalities")
        .body(Body::empty())
        .unwrap();
    let (status, _, body) = send(&app, list).await;
    assert_eq!(
        (status, json_of(&body)),
        (StatusCode::OK, json!({"municipalities": ["GM0034"]}))
    );
    // Registering makes it take offers.
    register(store.as_ref(), "GM0035").await;
    let (status, _, _) = send(&app, post_json(&form("GM0035", &key()))).await;
    assert_eq!(status, StatusCode::CREATED);
    assert!(matches!(
        cli::register(store.as_ref(), "GM0035", "AGE-SECRET-KEY-1QQQ").await,
        Err(cli::CliError::BadKey(_))
    ));
}

#[tokio::test]
async fn withdraw_needs_the_idempotency_key() {
    let app = router(state(sqlite_taking("GM0034").await, 0));
    let k = key();
    let (_, _, body) = send(&app, post_json(&form("GM0034", &k))).await;
    let reference = json_of(&body)["reference"].as_str().unwrap().to_owned();
    let delete = |key: Option<&str>| {
        let mut r = Request::builder()
            .method(Method::DELETE)
            .uri(format!("/v1/host-interest/{reference}"));
        if let Some(key) = key {
            r = r.header("idempotency-key", key);
        }
        r.body(Body::empty()).unwrap()
    };
    assert_eq!(
        send(&app, delete(None)).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        send(&app, delete(Some("wrong-key-0000000000"))).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(send(&app, delete(Some(&k))).await.0, StatusCode::NO_CONTENT);
    assert_eq!(send(&app, delete(Some(&k))).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn rate_limit_health_openapi_and_fallback() {
    let app = router(state(sqlite(), 2));
    for expected in [
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        StatusCode::TOO_MANY_REQUESTS,
    ] {
        let (status, headers, _) = send(&app, post("x", "text/plain")).await;
        assert_eq!(status, expected);
        if status == StatusCode::TOO_MANY_REQUESTS {
            assert!(headers.contains_key(header::RETRY_AFTER));
        }
    }
    let (status, _, body) = send(&app, Request::get("/healthz").body(Body::empty()).unwrap()).await;
    assert_eq!(
        (status, json_of(&body)),
        (StatusCode::OK, json!({"status": "ok"}))
    );
    let (status, _, body) = send(
        &app,
        Request::get("/v1/openapi.yaml")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, include_bytes!("../openapi.yaml"));
    let (status, _, _) = send(&app, Request::get("/nope").body(Body::empty()).unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn cors_allows_only_listed_origins() {
    let cfg = common::config(&[(
        "HULPWIJZER_CORS_ORIGINS",
        "https://hulpwijzer.example, http://localhost:8080",
    )]);
    let app = router(hulpwijzer_endpoint::AppState::new(sqlite(), &cfg));
    let preflight = |origin: &str| {
        Request::builder()
            .method(Method::OPTIONS)
            .uri("/v1/host-interest")
            .header(header::ORIGIN, origin)
            .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(header::ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
            .body(Body::empty())
            .unwrap()
    };
    let (_, headers, _) = send(&app, preflight("https://hulpwijzer.example")).await;
    assert_eq!(
        headers[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        "https://hulpwijzer.example"
    );
    let (_, headers, _) = send(&app, preflight("https://evil.example")).await;
    assert!(!headers.contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN));
}

#[tokio::test]
async fn card_proposals_share_the_export_limit_and_cors() {
    let cfg = common::config(&[
        ("HULPWIJZER_RATE_BURST", "2"),
        ("HULPWIJZER_RATE_PER_MINUTE", "1"),
        ("HULPWIJZER_CORS_ORIGINS", "https://hulpwijzer.example"),
    ]);
    let app = router(hulpwijzer_endpoint::AppState::new(sqlite(), &cfg));
    let cards = |method: Method| {
        Request::builder()
            .method(method)
            .uri("/v1/municipalities/GM0034/card-proposals")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from("{}"))
            .unwrap()
    };
    let export = Request::get("/v1/municipalities/GM0034/host-interest")
        .body(Body::empty())
        .unwrap();
    assert_eq!(send(&app, export).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(
        send(&app, cards(Method::POST)).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (status, ..) = send(&app, cards(Method::GET)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // The form's bucket is its own.
    let (status, ..) = send(&app, post("x", "text/plain")).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);

    let preflight = Request::builder()
        .method(Method::OPTIONS)
        .uri("/v1/municipalities/GM0034/card-proposals")
        .header(header::ORIGIN, "https://hulpwijzer.example")
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(
            header::ACCESS_CONTROL_REQUEST_HEADERS,
            "authorization,content-type",
        )
        .body(Body::empty())
        .unwrap();
    let (_, headers, _) = send(&app, preflight).await;
    let allowed = headers[header::ACCESS_CONTROL_ALLOW_METHODS]
        .to_str()
        .unwrap();
    assert!(
        allowed.contains("POST") && allowed.contains("GET"),
        "{allowed}"
    );
}
