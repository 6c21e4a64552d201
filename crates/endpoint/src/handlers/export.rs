//! The export for one municipality, as JSON or CSV.

use crate::auth::authorise;
use crate::clock::{date_at, rfc3339};
use crate::error::AppError;
use crate::export_format::{csv, items};
use crate::export_page::{cursor, parse, Format, PageRequest};
use crate::state::AppState;
use crate::store::{Position, StoredSubmission};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

/// `GET /v1/municipalities/{cbs_code}/host-interest` with `Authorization: Bearer <token>`.
///
/// CSV when `?format=csv` or `Accept: text/csv`, else JSON
/// `{"municipality", "generated_at", "items": [...]}`; each item is the reference, the
/// time received and the offer sealed to the municipality's key (base64). With `limit`,
/// `cursor` or `order` ([`export_page`](crate::export_page)), the answer holds one page: JSON
/// with `next_cursor`, CSV with a `Link` header (`rel="next"`) while another page follows.
/// `401` without a valid token, `403` when the token belongs to another municipality,
/// `404` for a malformed code, `400` for a `format` other than `csv` or `json` or a bad
/// page.
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
    let (rows, next) = match &query.page {
        None => (state.store.list(&code).await?, None),
        Some(page) => {
            let (rows, next) = page_of(&state, &code, page).await?;
            (rows, Some((page, next)))
        }
    };
    if csv_wanted {
        let file = format!(
            "attachment; filename=\"host-interest-{code}-{}.csv\"",
            date_at(now)
        );
        let headers = [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, file),
            no_store,
        ];
        let mut response = (headers, csv(&rows)).into_response();
        if let Some((page, Some(next))) = next {
            // RFC 8288: the next page, a reference relative to this request's path.
            let link = format!("<?format=csv&{}>; rel=\"next\"", page.next_query(&next));
            if let Ok(value) = HeaderValue::from_str(&link) {
                response.headers_mut().insert(header::LINK, value);
            }
        }
        return Ok(response);
    }
    let mut body = json!({ "municipality": code, "generated_at": rfc3339(now) });
    if let Some((_, next)) = next {
        body["next_cursor"] = json!(next);
    }
    body["items"] = json!(items(&rows));
    Ok(([no_store], Json(body)).into_response())
}

/// One page: at most `page.limit` offers after `page.after`, and the cursor of the next
/// page when another follows.
async fn page_of(
    state: &AppState,
    code: &str,
    page: &PageRequest,
) -> Result<(Vec<StoredSubmission>, Option<String>), AppError> {
    // One more than asked: whether another page follows.
    let limit = page.limit.saturating_add(1);
    let mut rows = state
        .store
        .list_page(code, &page.after, limit, page.order)
        .await?;
    let more = rows.len() > page.limit;
    rows.truncate(page.limit);
    let next = rows.last().filter(|_| more).map(|last| {
        cursor(&Position {
            received_at_ms: last.received_at_ms,
            reference: last.reference.clone(),
        })
    });
    Ok((rows, next))
}
