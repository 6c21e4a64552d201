//! Receiving a host's offer: validated with the shared rules, sealed to the
//! municipality's key, stored.

use crate::clock::date_at;
use crate::error::AppError;
use crate::extract::JsonForm;
use crate::seal::SealKey;
use crate::secret::sha256_hex;
use crate::state::AppState;
use crate::store::{Inserted, NewSubmission, StoreError};
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use hulpwijzer_core::form::{validate_received, Code, Field, HostInterest};
use hulpwijzer_core::route::is_municipality_code;
use serde_json::json;

/// `POST /v1/host-interest`: validates with the shared core rules, seals the offer to
/// its municipality's registered key and stores it. Any start date is taken; one that has
/// passed is stored as today ([`HostInterest::as_received_on`], [`validate_received`]).
///
/// Answers `201 {"reference": "KTR-527", "created": true}` once the row is committed,
/// `200` with the first reference (`"created": false`) when the idempotency key was
/// seen before, `410 {"errors": {"form": ["withdrawn"]}}` when the offer sent with that
/// key was withdrawn or handled, `422 {"errors": {field: [code]}}` for an invalid form —
/// including `{"municipality": ["not-registered"]}` for a municipality that takes no
/// offers here.
///
/// # Errors
/// [`AppError`] for invalid input or a storage failure.
pub async fn submit(
    State(state): State<AppState>,
    JsonForm(form): JsonForm<HostInterest>,
) -> Result<Response, AppError> {
    let now = state.now_ms();
    let form = form.as_received_on(date_at(now));
    let municipality = form.municipality.trim();
    let key = if is_municipality_code(municipality) {
        state.store.key_of(municipality).await?
    } else {
        None
    };
    let key = match (validate_received(&form), key) {
        (Ok(()), Some(key)) => key,
        (result, key) => {
            let mut errors = result.err().unwrap_or_default();
            if key.is_none() && is_municipality_code(municipality) {
                errors.add(Field::Municipality, Code::NotRegistered);
            }
            return Err(AppError::Invalid(errors));
        }
    };
    let internal = |e: String| AppError::Store(StoreError::Internal(e));
    let key = SealKey::parse(&key).map_err(|e| internal(e.to_string()))?;
    let form = form.normalised();
    let mut stored = serde_json::to_value(&form).map_err(|e| internal(e.to_string()))?;
    if let Some(map) = stored.as_object_mut() {
        // Kept out of storage: anti-bot signals and the withdrawal secret.
        for field in Field::ALL.into_iter().filter(|f| !f.is_stored()) {
            map.remove(field.name());
        }
    }
    let sealed = key
        .seal(stored.to_string().as_bytes())
        .map_err(|e| internal(e.to_string()))?;
    let new = NewSubmission {
        idempotency_hash: sha256_hex(&form.idempotency_key),
        municipality: form.municipality.clone(),
        received_at_ms: now,
        sealed,
    };
    let (status, reference, created) = match state.store.insert(&new).await? {
        Inserted::Created(r) => (StatusCode::CREATED, r, true),
        Inserted::Existing(r) => (StatusCode::OK, r, false),
        Inserted::Withdrawn => return Err(AppError::Withdrawn),
    };
    let location = format!("/v1/host-interest/{reference}");
    let body = Json(json!({ "reference": reference, "created": created }));
    Ok((status, [(header::LOCATION, location)], body).into_response())
}
