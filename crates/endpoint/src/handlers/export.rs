//! The export for one municipality, as JSON or CSV.

use crate::auth::authorise;
use crate::clock::{date_at, rfc3339};
use crate::error::AppError;
use crate::export_format::{csv, items};
use crate::export_page::{cursor, parse, Format};
use crate::state::AppState;
use crate::store::Position;
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

/// `GET /v1/municipalities/{cbs_code}/host-interest` with `Authorization: Bearer <token>`.
///
/// CSV when `?format=csv` or `Accept: text/csv`, else JSON
/// `{"municipality", "generated_at", "items": [...]}`; each item is the reference, the
/// time received and the offer sealed to the municipality's key (base64). With `limit`
/// or `cursor` ([`export_page`](crate::export_page)), JSON holds one page and
/// `next_cursor`. `401` without a valid token, `403` when the token belongs to another
/// municipality, `404` for a malformed code, `400` for a `format` other than `csv` or
/// `json` or a bad page.
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
    let query = parse(query.as_deref())?;
    let now = state.now_ms();
    let no_store = (header::CACHE_CONTROL, "no-store".to_owned());
    let csv_wanted = match query.format {
        Some(Format::Csv) => true,
        Some(Format::Json) => false,
        None => headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|a| a.contains("text/csv")),
    };
    if csv_wanted {
        if query.page.is_some() {
            return Err(AppError::InvalidPage);
        }
        let rows = state.store.list(&code).await?;
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
    let mut body = json!({ "municipality": code, "generated_at": rfc3339(now) });
    let rows = match query.page {
        None => state.store.list(&code).await?,
        Some(page) => {
            // One more than asked: whether another page follows.
            let limit = page.limit.saturating_add(1);
            let mut rows = state.store.list_page(&code, &page.after, limit).await?;
            let more = rows.len() > page.limit;
            rows.truncate(page.limit);
            let next = rows.last().filter(|_| more).map(|last| {
                cursor(&Position {
                    received_at_ms: last.received_at_ms,
                    reference: last.reference.clone(),
                })
            });
            body["next_cursor"] = json!(next);
            rows
        }
    };
    body["items"] = json!(items(&rows));
    Ok(([no_store], Json(body)).into_response())
}
