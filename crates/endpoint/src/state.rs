//! Shared state handed to every handler.

use crate::config::Config;
use crate::rate_limit::RateLimiter;
use crate::store::Store;
use std::sync::Arc;
use std::time::Duration;

/// A clock returning milliseconds since the Unix epoch (swappable in tests).
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// What handlers need: storage, the rate limiter, the clock and HTTP settings.
#[derive(Clone)]
pub struct AppState {
    /// Where submissions and tokens live.
    pub store: Arc<dyn Store>,
    /// Per-client token buckets.
    pub limiter: Arc<RateLimiter>,
    /// The current time.
    pub clock: Clock,
    /// Largest accepted request body, bytes.
    pub body_limit: usize,
    /// Time after which a request is answered `408`.
    pub timeout: Duration,
    /// Origins allowed by CORS (empty: same-origin only).
    pub cors_origins: Arc<[String]>,
    /// The header a trusted reverse proxy puts the client's address in, if configured.
    pub trusted_proxy_header: Option<axum::http::HeaderName>,
}

impl AppState {
    /// State for `store` with the HTTP settings from `config` and the system clock.
    pub fn new(store: Arc<dyn Store>, config: &Config) -> Self {
        AppState {
            store,
            limiter: Arc::new(RateLimiter::new(config.rate_limit)),
            clock: Arc::new(crate::clock::now_ms),
            body_limit: config.body_limit,
            timeout: config.request_timeout,
            cors_origins: config.cors_origins.clone().into(),
            trusted_proxy_header: config.trusted_proxy_header.clone(),
        }
    }

    /// The current time in milliseconds since the Unix epoch.
    pub fn now_ms(&self) -> i64 {
        (self.clock)()
    }
}
