//! Small hardening over real sockets (probe of 2026-12-06, 12d, 12g and re-test 9):
//! `X-Content-Type-Options: nosniff` on every response, errors included, the `Bearer`
//! scheme read in any case, and U+2800 refused like the other invisible characters.
#![allow(clippy::unwrap_used)]

use crate::common;

use common::{form, key, municipality, register, state};
use hulpwijzer_endpoint::{cli, router};
use reqwest::{header, Client, Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn every_response_says_nosniff() {
    let store = common::sqlite();
    let mine = municipality();
    register(store.as_ref(), &mine).await;
    // A burst of one, so the third form request is rate limited.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app = router(state(store, 1));
    tokio::spawn(hulpwijzer_endpoint::serve::serve_on(listener, app));
    let http = Client::builder().no_proxy().build().unwrap();
    let mut bad = form(&mine, &key());
    bad["name"] = json!("1234");
    let cases: Vec<(reqwest::RequestBuilder, StatusCode)> = vec![
        (http.get(format!("{base}/healthz")), StatusCode::OK),
        (http.get(format!("{base}/v1/openapi.yaml")), StatusCode::OK),
        (
            http.get(format!("{base}/v1/municipalities")),
            StatusCode::OK,
        ),
        (http.get(format!("{base}/nowhere")), StatusCode::NOT_FOUND),
        (
            http.request(Method::PUT, format!("{base}/v1/municipalities")),
            StatusCode::METHOD_NOT_ALLOWED,
        ),
        (
            http.get(format!("{base}/v1/municipalities/{mine}/host-interest")),
            StatusCode::UNAUTHORIZED,
        ),
        (
            http.post(format!("{base}/v1/host-interest")).json(&bad),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            http.post(format!("{base}/v1/host-interest")).json(&bad),
            StatusCode::TOO_MANY_REQUESTS,
        ),
    ];
    for (request, status) in cases {
        let res = request.send().await.unwrap();
        let what = format!("{} {}", res.status(), res.url().path());
        assert_eq!(res.status(), status, "{what}");
        assert_eq!(
            res.headers()
                .get(header::X_CONTENT_TYPE_OPTIONS)
                .map(|v| v.as_bytes()),
            Some(&b"nosniff"[..]),
            "{what}"
        );
    }
}

#[tokio::test]
async fn the_bearer_scheme_is_read_in_any_case() {
    let store = common::sqlite();
    let mine = municipality();
    register(store.as_ref(), &mine).await;
    let (_, token) = cli::create_token(store.as_ref(), &mine).await.unwrap();
    let base = common::serve(store).await;
    let http = Client::builder().no_proxy().build().unwrap();
    let export = |authorization: String| {
        http.get(format!("{base}/v1/municipalities/{mine}/host-interest"))
            .header(header::AUTHORIZATION, authorization)
            .send()
    };
    for scheme in ["Bearer", "bearer", "BEARER", "bEaReR"] {
        let res = export(format!("{scheme} {token}")).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{scheme}");
    }
    for refused in [
        format!("Basic {token}"),
        format!("Bearer{token}"),
        format!("Bearerx {token}"),
        "bearer ".to_owned(),
        token.clone(),
    ] {
        let res = export(refused.clone()).await.unwrap();
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{refused}");
    }
}

/// U+2800, the blank Braille pattern, shows as a space: e-mail and note refuse it with
/// `invisible-character`, as the app does (the rule is the core's).
#[tokio::test]
async fn the_braille_blank_is_an_invisible_character() {
    let store = common::sqlite();
    let mine = municipality();
    register(store.as_ref(), &mine).await;
    let base = common::serve(store).await;
    let mut offer = form(&mine, &key());
    offer["email"] = json!("olena\u{2800}@example.nl");
    offer["note"] = json!("Welkom\u{2800}!");
    let res = Client::builder()
        .no_proxy()
        .build()
        .unwrap()
        .post(format!("{base}/v1/host-interest"))
        .json(&offer)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let errors = res.json::<serde_json::Value>().await.unwrap()["errors"].clone();
    assert_eq!(
        errors,
        json!({"email": ["invisible-character"], "note": ["invisible-character"]})
    );
}
