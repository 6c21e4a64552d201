//! The Hulpwijzer endpoint: receives hosts' offers of a room (the host-interest form),
//! validates them with the same rules as the app ([`hulpwijzer_core::form`]), stores
//! them durably in SQLite or PostgreSQL, and lets each municipality export its own.
//!
//! [`router`] builds the whole API as one axum [`Router`], so the same code runs under
//! `axum::serve` locally, under `lambda_http::run` on AWS Lambda, and in tests.

/// Export tokens: who may read or change a municipality's offers.
pub mod auth;
/// Command-line subcommands: serving, export tokens, purging.
pub mod cli;
/// Who is calling (for rate limiting).
pub mod client;
/// Time as milliseconds, dates and RFC 3339.
pub mod clock;
/// Configuration from the environment.
pub mod config;
/// [`error::AppError`] and its HTTP responses.
pub mod error;
/// JSON and CSV rendering of exports.
pub mod export_format;
/// The export's query: format and pages.
pub mod export_page;
/// The JSON body extractor.
pub mod extract;
/// One handler per file.
pub mod handlers;
/// Request ids and privacy-safe request logs.
pub mod logging;
/// Per-client token buckets.
pub mod rate_limit;
/// Sealing offers to a municipality's age key.
pub mod seal;
/// References, tokens, hashing.
pub mod secret;
/// Running the server locally or on Lambda.
pub mod serve;
/// [`state::AppState`].
pub mod state;
/// The storage trait and its SQLite and PostgreSQL implementations.
pub mod store;
/// The municipalities' websites, built in.
pub mod websites;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderName, HeaderValue, Method, StatusCode};
use axum::response::Response;
use axum::routing::{delete, get, post};
use axum::{middleware, Json, Router};
use handlers::withdraw::withdraw;
use handlers::{card_proposals::card_proposals, card_propose::card_propose};
use handlers::{export::export, handled::handled, health::health, openapi::openapi};
use handlers::{municipalities::municipalities, submit::submit};
use serde_json::json;
pub use state::AppState;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::timeout::TimeoutLayer;

/// The whole API with its middleware: request ids and logs, timeout, body limit, CORS,
/// `nosniff`, and the rate limits on the form and (separately) the export routes.
pub fn router(state: AppState) -> Router {
    let form = Router::new()
        .route("/v1/host-interest", post(submit))
        .route("/v1/host-interest/{reference}", delete(withdraw))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            rate_limit::limit_form,
        ));
    let exports = Router::new()
        .route("/v1/municipalities/{cbs_code}/host-interest", get(export))
        .route(
            "/v1/municipalities/{cbs_code}/host-interest/{reference}",
            delete(handled),
        )
        .route(
            "/v1/municipalities/{cbs_code}/card-proposals",
            get(card_proposals).post(card_propose),
        )
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            rate_limit::limit_export,
        ));
    let app = Router::new()
        .route("/healthz", get(health))
        .route("/v1/openapi.yaml", get(openapi))
        .route("/v1/municipalities", get(municipalities))
        .merge(form)
        .merge(exports)
        .fallback(|| async { (StatusCode::NOT_FOUND, Json(json!({ "error": "not-found" }))) })
        .layer(DefaultBodyLimit::max(state.body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            state.timeout,
        ))
        .layer(middleware::from_fn(logging::log_request));
    let app = match cors(&state.cors_origins) {
        Some(layer) => app.layer(layer),
        None => app,
    };
    app.layer(middleware::map_response(nosniff))
        .with_state(state)
}

/// `X-Content-Type-Options: nosniff` on every response, errors, timeouts and CORS
/// preflights included: a browser must take JSON, CSV and YAML for what they say they are.
async fn nosniff(mut response: Response) -> Response {
    response.headers_mut().insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

fn cors(origins: &[String]) -> Option<CorsLayer> {
    let origins: Vec<HeaderValue> = origins.iter().filter_map(|o| o.parse().ok()).collect();
    if origins.is_empty() {
        return None;
    }
    Some(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_methods([Method::GET, Method::POST, Method::DELETE])
            .allow_headers([
                header::CONTENT_TYPE,
                header::AUTHORIZATION,
                HeaderName::from_static(handlers::withdraw::PROOF_HEADER),
            ])
            .expose_headers([
                header::LOCATION,
                HeaderName::from_static(logging::REQUEST_ID),
            ])
            .max_age(std::time::Duration::from_secs(3600)),
    )
}
