//! The Lambda entry: an API Gateway HTTP API (v2) event through the same router.
#![allow(clippy::unwrap_used)]

use crate::common;

use common::{form, key, state};
use http_body_util::BodyExt;
use hulpwijzer_endpoint::router;
use serde_json::{json, Value};
use tower::ServiceExt;

fn event(body: &Value, source_ip: &str) -> String {
    json!({
        "version": "2.0",
        "routeKey": "$default",
        "rawPath": "/v1/host-interest",
        "rawQueryString": "",
        "headers": { "content-type": "application/json", "host": "abc123.execute-api.eu-central-1.amazonaws.com" },
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "abc123",
            "domainName": "abc123.execute-api.eu-central-1.amazonaws.com",
            "domainPrefix": "abc123",
            "http": { "method": "POST", "path": "/v1/host-interest", "protocol": "HTTP/1.1",
                      "sourceIp": source_ip, "userAgent": "test" },
            "requestId": "req-1",
            "routeKey": "$default",
            "stage": "$default",
            "time": "22/Nov/2026:09:00:00 +0000",
            "timeEpoch": 1795338000000u64
        },
        "body": body.to_string(),
        "isBase64Encoded": false
    })
    .to_string()
}

#[tokio::test]
async fn api_gateway_v2_event_through_the_router() {
    let app = router(state(common::sqlite_taking("GM0034").await, 1));
    let f = form("GM0034", &key());
    let req = lambda_http::request::from_str(&event(&f, "203.0.113.7")).unwrap();
    let res = app.clone().oneshot(req).await.unwrap();
    assert_eq!(res.status(), 201);
    // What the Lambda runtime sends back to API Gateway.
    let res = lambda_http::IntoResponse::into_response(res).await;
    let body: Value = match res.body() {
        lambda_http::Body::Text(t) => serde_json::from_str(t).unwrap(),
        other => panic!("unexpected body {other:?}"),
    };
    assert_eq!(body["created"], json!(true));

    // The rate limit is keyed by the request context's source IP.
    let again =
        lambda_http::request::from_str(&event(&form("GM0034", &key()), "203.0.113.7")).unwrap();
    assert_eq!(app.clone().oneshot(again).await.unwrap().status(), 429);
    let other =
        lambda_http::request::from_str(&event(&form("GM0034", &key()), "198.51.100.9")).unwrap();
    let res = app.oneshot(other).await.unwrap();
    assert_eq!(res.status(), 201);
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    assert!(serde_json::from_slice::<Value>(&bytes).unwrap()["reference"].is_string());
}
