//! A small in-process token bucket per client address and kind of route: the form
//! (submit, withdraw) and the municipal export count separately, so a municipality's
//! exports never use up a host's submissions behind the same address, or the reverse.
//!
//! The export routes' bucket is there against guessing tokens: a request answered `401`
//! or `403` keeps its token spent, every other answer gives it back. So staff with their
//! token are not limited however many pages they fetch or offers they mark handled (the
//! staff page fetches 1,000 offers a page and marks four at a time), while a client that
//! guesses is, and no client has more than the burst of requests in flight.
//!
//! On Lambda each instance has its own buckets, so the limit there is per instance;
//! API Gateway's throttling is the rate limit there (see the endpoint's README).

use crate::client::{client_key, ClientKey};
use crate::config::RateLimit;
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

/// Above this many tracked clients, full buckets are forgotten.
const MAX_TRACKED: usize = 10_000;

/// Which bucket a route draws from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    /// `POST /v1/host-interest`, `DELETE /v1/host-interest/{reference}`.
    Form,
    /// `GET /v1/municipalities/{cbs_code}/host-interest`.
    Export,
}

struct Bucket {
    tokens: f64,
    last: Instant,
}

/// Token buckets keyed by client address.
pub struct RateLimiter {
    limit: RateLimit,
    buckets: Mutex<HashMap<(Route, ClientKey), Bucket>>,
}

impl RateLimiter {
    /// A limiter allowing `limit.burst` requests at once, refilled at `limit.per_minute`.
    pub fn new(limit: RateLimit) -> Self {
        RateLimiter {
            limit,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Gives back a token taken from the `route` bucket of `key` (up to the burst).
    pub fn give_back(&self, route: Route, key: ClientKey) {
        let mut map = self
            .buckets
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(bucket) = map.get_mut(&(route, key)) {
            bucket.tokens = (bucket.tokens + 1.0).min(f64::from(self.limit.burst));
        }
    }

    /// Takes a token from the `route` bucket of `key` at `now`, or says in how many
    /// seconds one is available.
    ///
    /// # Errors
    /// The seconds to wait when the bucket is empty.
    pub fn check(&self, route: Route, key: ClientKey, now: Instant) -> Result<(), u64> {
        let RateLimit { burst, per_minute } = self.limit;
        if burst == 0 {
            return Ok(());
        }
        let (burst, per_sec) = (f64::from(burst), f64::from(per_minute) / 60.0);
        // A poisoned lock only means another request panicked mid-update; the map is
        // still usable.
        let mut map = self
            .buckets
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if map.len() > MAX_TRACKED {
            map.retain(|_, b| {
                b.tokens + now.duration_since(b.last).as_secs_f64() * per_sec < burst
            });
        }
        let bucket = map.entry((route, key)).or_insert(Bucket {
            tokens: burst,
            last: now,
        });
        let elapsed = now.saturating_duration_since(bucket.last).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * per_sec).min(burst);
        bucket.last = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else if per_sec > 0.0 {
            Err(((1.0 - bucket.tokens) / per_sec).ceil() as u64)
        } else {
            Err(3600)
        }
    }
}

/// Middleware answering `429` with `Retry-After` when the client's form bucket is empty.
pub async fn limit_form(state: State<AppState>, req: Request, next: Next) -> Response {
    limit(Route::Form, state, req, next).await
}

/// Middleware answering `429` with `Retry-After` when the client's export bucket is empty.
pub async fn limit_export(state: State<AppState>, req: Request, next: Next) -> Response {
    limit(Route::Export, state, req, next).await
}

async fn limit(route: Route, State(state): State<AppState>, req: Request, next: Next) -> Response {
    let key = client_key(&req, state.trusted_proxy_header.as_ref());
    if let Err(secs) = state.limiter.check(route, key, Instant::now()) {
        return AppError::RateLimited(secs).into_response();
    }
    let response = next.run(req).await;
    let refused = matches!(
        response.status(),
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN
    );
    match route {
        Route::Export if !refused => state.limiter.give_back(route, key),
        Route::Export | Route::Form => {}
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;
    use std::time::Duration;

    const A: ClientKey = ClientKey::V4(Ipv4Addr::new(192, 0, 2, 1));
    const B: ClientKey = ClientKey::V4(Ipv4Addr::new(192, 0, 2, 2));

    #[test]
    fn bucket_empties_and_refills() {
        let l = RateLimiter::new(RateLimit {
            burst: 2,
            per_minute: 60,
        });
        let t = Instant::now();
        assert_eq!(l.check(Route::Form, A, t), Ok(()));
        assert_eq!(l.check(Route::Form, A, t), Ok(()));
        assert_eq!(l.check(Route::Form, A, t), Err(1));
        assert_eq!(l.check(Route::Export, A, t), Ok(()));
        assert_eq!(l.check(Route::Form, B, t), Ok(()));
        assert_eq!(l.check(Route::Form, A, t + Duration::from_secs(1)), Ok(()));
    }

    #[test]
    fn zero_burst_disables() {
        let l = RateLimiter::new(RateLimit {
            burst: 0,
            per_minute: 0,
        });
        for _ in 0..100 {
            assert_eq!(l.check(Route::Form, A, Instant::now()), Ok(()));
        }
    }
}
