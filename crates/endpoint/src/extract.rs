//! A JSON body extractor whose rejections are [`AppError`]s with per-field codes.

use crate::error::AppError;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderMap, StatusCode};
use hulpwijzer_core::form::{Code, Field, FieldErrors};
use serde::de::DeserializeOwned;
use serde_path_to_error::Segment;

/// A JSON body: `415` unless `Content-Type: application/json`, `413` over the body
/// limit, `400 {"errors":{"form":["malformed"]}}` for broken JSON, and `422` with
/// `invalid` on the field whose value has the wrong type.
pub struct JsonForm<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        let JsonBytes(bytes) = JsonBytes::from_request(req, state).await?;
        parse(&bytes).map(JsonForm)
    }
}

/// The bytes of a JSON body, not yet parsed (so a handler can check the caller first):
/// `415` unless `Content-Type: application/json`, `413` over the body limit.
pub struct JsonBytes(pub Bytes);

impl<S: Send + Sync> FromRequest<S> for JsonBytes {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, AppError> {
        if !is_json(req.headers()) {
            return Err(AppError::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|r| {
            if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
                AppError::TooLarge
            } else {
                AppError::Malformed(FieldErrors::single(Field::Form, Code::Malformed))
            }
        })?;
        Ok(JsonBytes(bytes))
    }
}

/// Deserialises `bytes` where any error, an unknown or mistyped field included, is
/// `400 {"errors":{"form":["malformed"]}}` (the body is not what the caller's program
/// should send; it names no field a person could correct).
///
/// # Errors
/// [`AppError::Malformed`].
pub fn parse_strict<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    serde_json::from_slice(bytes)
        .map_err(|_| AppError::Malformed(FieldErrors::single(Field::Form, Code::Malformed)))
}

fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let essence = value.split(';').next().unwrap_or_default().trim();
    essence.eq_ignore_ascii_case("application/json")
}

/// Deserialises `bytes`, naming the offending field on a type error.
///
/// # Errors
/// [`AppError::Malformed`] for a syntax error, [`AppError::Invalid`] for a data error.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, AppError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let malformed = || FieldErrors::single(Field::Form, Code::Malformed);
    let value = match serde_path_to_error::deserialize(&mut de) {
        Ok(v) => v,
        Err(e) if e.inner().is_data() => {
            let field = e.path().iter().next().and_then(|s| match s {
                Segment::Map { key } => Field::from_name(key),
                _ => None,
            });
            // "missing field `x`" has the struct itself as path: name the field.
            let message = e.inner().to_string();
            let missing = message
                .strip_prefix("missing field `")
                .and_then(|rest| rest.split('`').next())
                .and_then(Field::from_name);
            return Err(match field.or(missing) {
                Some(f) if f != Field::Form => {
                    AppError::Invalid(FieldErrors::single(f, Code::Invalid))
                }
                _ => AppError::Invalid(malformed()),
            });
        }
        Err(_) => return Err(AppError::Malformed(malformed())),
    };
    de.end().map_err(|_| AppError::Malformed(malformed()))?;
    Ok(value)
}
