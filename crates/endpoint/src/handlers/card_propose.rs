//! A municipality proposes corrections or additions to its own card.

use crate::auth::authorise;
use crate::clock::rfc3339;
use crate::error::AppError;
use crate::extract::{parse_strict, JsonBytes};
use crate::state::AppState;
use crate::websites::website;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use hulpwijzer_core::card::CardProposal;
use serde_json::{json, Value};

/// `POST /v1/municipalities/{cbs_code}/card-proposals` with `Authorization: Bearer
/// <token>` and a [`CardProposal`] as JSON: `201 {"id", "received_at"}` once the checked
/// (trimmed) proposal is stored. `401` without a valid token, `403` with another
/// municipality's token, `404` for a code that is malformed or not a municipality, `400`
/// for a body that is not a proposal, `422 {"error":"invalid-card", "fields",
/// "nothing_given"}` when a field breaks the content rules or nothing is given.
///
/// # Errors
/// [`AppError`] as above, or a storage failure.
pub async fn card_propose(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    JsonBytes(body): JsonBytes,
) -> Result<(StatusCode, Json<Value>), AppError> {
    authorise(&state, &headers, &code).await?;
    let site = website(&code).ok_or(AppError::NotFound)?;
    let proposal: CardProposal = parse_strict(&body)?;
    let card = proposal.checked(&site).map_err(AppError::InvalidCard)?;
    let now = state.now_ms();
    let id = state.store.add_card(&code, &card, now).await?;
    let body = json!({ "id": id, "received_at": rfc3339(now) });
    Ok((StatusCode::CREATED, Json(body)))
}
