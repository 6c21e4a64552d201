//! Export tokens at the HTTP boundary: who may read or change a municipality's offers.

use crate::error::AppError;
use crate::secret::sha256_hex;
use crate::state::AppState;
use axum::http::{header, HeaderMap};
use hulpwijzer_core::route::is_municipality_code;

/// Checks `Authorization: Bearer <token>` against the municipality `code`.
///
/// # Errors
/// [`AppError::Unauthorised`] without a valid token, [`AppError::NotFound`] for a
/// malformed code, [`AppError::Forbidden`] for another municipality's token, or a
/// storage failure.
pub async fn authorise(state: &AppState, headers: &HeaderMap, code: &str) -> Result<(), AppError> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or(AppError::Unauthorised)?;
    let owner = state.store.token_municipality(&sha256_hex(token)).await?;
    let owner = owner.ok_or(AppError::Unauthorised)?;
    if !is_municipality_code(code) {
        return Err(AppError::NotFound);
    }
    if owner != code {
        return Err(AppError::Forbidden);
    }
    Ok(())
}
