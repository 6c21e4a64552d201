//! Export tokens at the HTTP boundary: who may read or change a municipality's offers.

use crate::error::AppError;
use crate::secret::sha256_hex;
use crate::state::AppState;
use axum::http::{header, HeaderMap};
use hulpwijzer_core::route::is_municipality_code;

/// The token of `Authorization: Bearer <token>`; the scheme's case does not matter
/// (`bearer`, `BEARER`: RFC 9110, section 11.1).
fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim_start().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// Checks `Authorization: Bearer <token>` against the municipality `code`.
///
/// # Errors
/// [`AppError::Unauthorised`] without a valid token, [`AppError::NotFound`] for a
/// malformed code, [`AppError::Forbidden`] for another municipality's token, or a
/// storage failure.
pub async fn authorise(state: &AppState, headers: &HeaderMap, code: &str) -> Result<(), AppError> {
    let token = bearer_token(headers).ok_or(AppError::Unauthorised)?;
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
