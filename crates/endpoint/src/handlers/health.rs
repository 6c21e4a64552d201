//! Liveness and database check.

use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};
use std::time::Duration;

/// How long the database may take to answer before the check reports it unavailable.
pub const PING_TIMEOUT: Duration = Duration::from_millis(800);

/// `GET /healthz`: `200 {"status":"ok"}` when the database answers within
/// [`PING_TIMEOUT`], else `503` (also when it is locked or busy).
pub async fn health(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let answer = tokio::time::timeout(PING_TIMEOUT, state.store.ping()).await;
    match answer {
        Ok(Ok(())) => (StatusCode::OK, Json(json!({ "status": "ok" }))),
        Ok(Err(e)) => unavailable(&e.to_string()),
        Err(_) => unavailable("database busy"),
    }
}

fn unavailable(why: &str) -> (StatusCode, Json<Value>) {
    tracing::error!(error = %why, "health check failed");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        Json(json!({ "status": "unavailable" })),
    )
}
