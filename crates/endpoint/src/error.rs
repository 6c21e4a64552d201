//! The one error type at the HTTP boundary and how each variant maps to a response.
//!
//! Bodies are JSON: `{"errors": {field: [code]}}` for form errors (the app shows them
//! next to the inputs), `{"error": code}` otherwise. Internal details are logged by
//! kind only and never sent to the client.

use crate::store::StoreError;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use hulpwijzer_core::card::CardErrors;
use hulpwijzer_core::form::{Code, Field, FieldErrors};
use serde_json::json;

/// Everything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// `400 Bad Request`: the body is not JSON (`{"errors":{"form":["malformed"]}}`).
    #[error("malformed body")]
    Malformed(FieldErrors),
    /// `422 Unprocessable Entity`: the form failed validation.
    #[error("invalid form")]
    Invalid(FieldErrors),
    /// `422 Unprocessable Entity`: a card proposal failed validation
    /// (`{"error":"invalid-card","fields":{field:problem},"nothing_given":bool}`).
    #[error("invalid card")]
    InvalidCard(CardErrors),
    /// `413 Payload Too Large`.
    #[error("body too large")]
    TooLarge,
    /// `415 Unsupported Media Type`: the body is not `application/json`.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// `429 Too Many Requests`, with `Retry-After` in seconds.
    #[error("rate limited")]
    RateLimited(u64),
    /// `400 Bad Request`: an unknown `format` query value (`{"error":"unknown-format"}`).
    #[error("unknown format")]
    UnknownFormat,
    /// `400 Bad Request`: an export `limit` out of range, a `cursor` this endpoint did not
    /// make, or paging asked of CSV (`{"error":"invalid-page"}`).
    #[error("invalid page")]
    InvalidPage,
    /// `410 Gone`: the offer sent with this idempotency key was withdrawn or handled
    /// (`{"errors":{"form":["withdrawn"]}}`), so it is not stored again.
    #[error("withdrawn")]
    Withdrawn,
    /// `401 Unauthorized`: no or an unknown export token.
    #[error("unauthorised")]
    Unauthorised,
    /// `403 Forbidden`: the token belongs to another municipality.
    #[error("forbidden")]
    Forbidden,
    /// `404 Not Found`.
    #[error("not found")]
    NotFound,
    /// `500 Internal Server Error`; the cause is logged, the client sees only a code.
    #[error("storage failed: {0}")]
    Store(#[from] StoreError),
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, body) = match &self {
            AppError::Malformed(e) => (StatusCode::BAD_REQUEST, json!({ "errors": e })),
            AppError::Invalid(e) => (StatusCode::UNPROCESSABLE_ENTITY, json!({ "errors": e })),
            AppError::InvalidCard(e) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                json!({
                    "error": "invalid-card",
                    "fields": e.fields,
                    "nothing_given": e.nothing_given,
                }),
            ),
            AppError::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                json!({ "error": "too-large" }),
            ),
            AppError::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                json!({ "error": "unsupported-media-type" }),
            ),
            AppError::RateLimited(_) => (
                StatusCode::TOO_MANY_REQUESTS,
                json!({ "error": "rate-limited" }),
            ),
            AppError::UnknownFormat => (
                StatusCode::BAD_REQUEST,
                json!({ "error": "unknown-format" }),
            ),
            AppError::InvalidPage => (StatusCode::BAD_REQUEST, json!({ "error": "invalid-page" })),
            AppError::Withdrawn => (
                StatusCode::GONE,
                json!({ "errors": FieldErrors::single(Field::Form, Code::Withdrawn) }),
            ),
            AppError::Unauthorised => {
                (StatusCode::UNAUTHORIZED, json!({ "error": "unauthorised" }))
            }
            AppError::Forbidden => (StatusCode::FORBIDDEN, json!({ "error": "forbidden" })),
            AppError::NotFound => (StatusCode::NOT_FOUND, json!({ "error": "not-found" })),
            AppError::Store(e) => {
                // The kind of failure only: store errors never carry form contents.
                tracing::error!(error = %e, "storage error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    json!({ "error": "internal" }),
                )
            }
        };
        let mut response = (status, Json(body)).into_response();
        let headers = response.headers_mut();
        match self {
            AppError::RateLimited(secs) => {
                headers.insert(header::RETRY_AFTER, secs.max(1).into());
            }
            AppError::Unauthorised => {
                headers.insert(
                    header::WWW_AUTHENTICATE,
                    header::HeaderValue::from_static("Bearer"),
                );
            }
            _ => {}
        }
        response
    }
}
