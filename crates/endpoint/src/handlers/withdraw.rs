//! Withdrawing an offer (and with it the consent to keep it).
//!
//! Design: the client generated the idempotency key and keeps it next to the reference
//! (for example in local storage); only its SHA-256 is stored. Whoever can show the key
//! for a reference sent that submission, so the row is deleted at once, without an
//! account. A wrong key and an unknown reference both answer `404`, so the endpoint
//! does not reveal which references exist.

use crate::error::AppError;
use crate::secret::{is_reference, sha256_hex};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use hulpwijzer_core::form::{Code, Field, FieldErrors};

/// The header carrying the submission's idempotency key as proof.
pub const PROOF_HEADER: &str = "idempotency-key";

/// `DELETE /v1/host-interest/{reference}` with `Idempotency-Key: <key>`: deletes the
/// submission. `204` when deleted, `404` when the pair does not match,
/// `422 {"errors":{"idempotency_key":["required"]}}` without the header.
///
/// # Errors
/// [`AppError`] as above, or a storage failure.
pub async fn withdraw(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    headers: HeaderMap,
) -> Result<StatusCode, AppError> {
    let key = headers
        .get(PROOF_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::trim);
    let Some(key) = key.filter(|k| !k.is_empty()) else {
        return Err(AppError::Invalid(FieldErrors::single(
            Field::IdempotencyKey,
            Code::Required,
        )));
    };
    if !is_reference(&reference) {
        return Err(AppError::NotFound);
    }
    if state.store.withdraw(&reference, &sha256_hex(key)).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::NotFound)
    }
}
