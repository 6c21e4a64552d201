//! A municipality's own card proposals and where each stands.

use crate::auth::authorise;
use crate::clock::rfc3339;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::cards::LIST_LIMIT;
use crate::websites::website;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

/// `GET /v1/municipalities/{cbs_code}/card-proposals` with `Authorization: Bearer
/// <token>`: `200 {"proposals": [{"id", "received_at", "status", "card"}]}`, newest
/// first, at most [`LIST_LIMIT`]; `status` is `pending`, `accepted` or `rejected`. The
/// same `401`, `403` and `404` as the proposal itself.
///
/// # Errors
/// [`AppError`] as above, or a storage failure.
pub async fn card_proposals(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    authorise(&state, &headers, &code).await?;
    website(&code).ok_or(AppError::NotFound)?;
    let cards = state.store.cards_of(&code, LIST_LIMIT).await?;
    let proposals: Vec<_> = cards
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "received_at": rfc3339(c.received_at_ms),
                "status": c.status,
                "card": c.card,
            })
        })
        .collect();
    let no_store = [(header::CACHE_CONTROL, "no-store")];
    Ok((no_store, Json(json!({ "proposals": proposals }))).into_response())
}
