//! Benchmark ceiling: a bare axum handler answering `POST /v1/host-interest` with 200,
//! served the same way as the endpoint (`HULPWIJZER_BIND`, default 127.0.0.1:8788).
#![allow(clippy::unwrap_used)]

use axum::routing::post;
use axum::Router;

#[tokio::main]
async fn main() {
    let bind = std::env::var("HULPWIJZER_BIND").unwrap_or_else(|_| "127.0.0.1:8788".into());
    let app = Router::new().route("/v1/host-interest", post(|| async { "{}" }));
    let listener = tokio::net::TcpListener::bind(&bind).await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
