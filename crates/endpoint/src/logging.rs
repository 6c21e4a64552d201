//! Request ids and request logs that hold only the id, method, route template, status
//! and timing: never bodies, query strings, addresses or path values (a reference or
//! token would link a log line to a person).

use axum::extract::{MatchedPath, Request};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::Instant;
use tracing::Instrument;

/// The response header carrying the request id (any client-sent value is replaced).
pub const REQUEST_ID: &str = "x-request-id";

static COUNTER: AtomicU64 = AtomicU64::new(0);
static PREFIX: OnceLock<String> = OnceLock::new();

/// A new request id: a random per-process prefix and a counter, e.g. `3fa9c1-42`.
pub fn next_request_id() -> String {
    let prefix = PREFIX.get_or_init(|| {
        let mut b = [0u8; 3];
        // Without randomness the ids are still unique within this process.
        let _ = getrandom::fill(&mut b);
        b.iter().map(|x| format!("{x:02x}")).collect()
    });
    format!("{prefix}-{}", COUNTER.fetch_add(1, Ordering::Relaxed))
}

/// Middleware: assigns a request id, logs one line per response.
pub async fn log_request(mut req: Request, next: Next) -> Response {
    let id = next_request_id();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "-".to_owned(), |m| m.as_str().to_owned());
    let method = req.method().clone();
    let header = HeaderValue::from_str(&id).ok();
    if let Some(value) = &header {
        req.headers_mut().insert(REQUEST_ID, value.clone());
    }
    let span = tracing::info_span!("request", id = %id, %method, route = %route);
    let start = Instant::now();
    let mut response = next.run(req).instrument(span.clone()).await;
    let status = response.status().as_u16();
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    span.in_scope(|| tracing::info!(status, ms = format_args!("{ms:.1}"), "response"));
    if let Some(value) = header {
        response.headers_mut().insert(REQUEST_ID, value);
    }
    response
}
