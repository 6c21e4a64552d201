//! The API description, the same file as `crates/endpoint/openapi.yaml`.

use axum::http::header;
use axum::response::IntoResponse;

/// The OpenAPI 3.0 document of this API.
pub const OPENAPI_YAML: &str = include_str!("../../openapi.yaml");

/// `GET /v1/openapi.yaml`.
pub async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/yaml")], OPENAPI_YAML)
}
