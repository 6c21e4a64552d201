//! Staff mark an offer handled: it is deleted at once (as a withdrawal is).

use crate::auth::authorise;
use crate::error::AppError;
use crate::secret::is_reference;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};

/// `DELETE /v1/municipalities/{cbs_code}/host-interest/{reference}` with
/// `Authorization: Bearer <token>`: `204` when deleted, `401` without a valid token,
/// `403` with another municipality's token, `404` for an unknown reference.
///
/// # Errors
/// [`AppError`] as above, or a storage failure.
pub async fn handled(
    State(state): State<AppState>,
    Path((code, reference)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<StatusCode, AppError> {
    authorise(&state, &headers, &code).await?;
    if !is_reference(&reference) {
        return Err(AppError::NotFound);
    }
    if state.store.handled(&code, &reference).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::NotFound)
    }
}
