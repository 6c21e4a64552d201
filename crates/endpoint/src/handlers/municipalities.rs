//! Which municipalities take offers through this deployment.

use crate::error::AppError;
use crate::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

/// `GET /v1/municipalities`: `{"municipalities": ["GM0363", …]}`, the codes whose key
/// the operator has registered (no keys, no secrets). Cacheable for a minute.
///
/// # Errors
/// A storage failure.
pub async fn municipalities(State(state): State<AppState>) -> Result<Response, AppError> {
    let codes = state.store.registered().await?;
    let cache = (header::CACHE_CONTROL, "public, max-age=60");
    Ok(([cache], Json(json!({ "municipalities": codes }))).into_response())
}
