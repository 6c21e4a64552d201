//! The export for one municipality, as JSON or CSV.

use crate::auth::authorise;
use crate::clock::{date_at, rfc3339};
use crate::error::AppError;
use crate::export_format::{csv, items};
use crate::state::AppState;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

/// `GET /v1/municipalities/{cbs_code}/host-interest` with `Authorization: Bearer <token>`.
///
/// CSV when `?format=csv` or `Accept: text/csv`, else JSON
/// `{"municipality", "generated_at", "items": [...]}`; each item is the reference, the
/// time received and the offer sealed to the municipality's key (base64). `401` without a valid token,
/// `403` when the token belongs to another municipality, `404` for a malformed code,
/// `400` for a `format` other than `csv` or `json`.
///
/// # Errors
/// [`AppError`] as above, or a storage failure.
pub async fn export(
    State(state): State<AppState>,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    authorise(&state, &headers, &code).await?;
    let rows = state.store.list(&code).await?;
    let now = state.now_ms();
    let no_store = (header::CACHE_CONTROL, "no-store".to_owned());
    if wants_csv(query.as_deref(), &headers)? {
        let file = format!(
            "attachment; filename=\"host-interest-{code}-{}.csv\"",
            date_at(now)
        );
        let headers = [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, file),
            no_store,
        ];
        return Ok((headers, csv(&rows)).into_response());
    }
    let body = json!({ "municipality": code, "generated_at": rfc3339(now), "items": items(&rows) });
    Ok(([no_store], Json(body)).into_response())
}

fn wants_csv(query: Option<&str>, headers: &HeaderMap) -> Result<bool, AppError> {
    let format = query
        .unwrap_or_default()
        .split('&')
        .find_map(|pair| pair.strip_prefix("format="));
    match format {
        Some("csv") => Ok(true),
        Some("json") => Ok(false),
        Some(_) => Err(AppError::UnknownFormat),
        None => Ok(headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|a| a.contains("text/csv"))),
    }
}
