//! Which client sent a request, for rate limiting (never logged).

use axum::extract::{ConnectInfo, Request};
use lambda_http::request::RequestContext;
use lambda_http::RequestExt;
use std::net::SocketAddr;

/// The client's address: the socket peer when served directly, the source IP from the
/// API Gateway request context on Lambda, the first `X-Forwarded-For` entry behind an
/// ALB, else `"unknown"` (all such clients share one bucket).
pub fn client_key(req: &Request) -> String {
    if let Some(ConnectInfo(addr)) = req.extensions().get::<ConnectInfo<SocketAddr>>() {
        return addr.ip().to_string();
    }
    let from_context = match req.extensions().request_context_ref() {
        Some(RequestContext::ApiGatewayV2(ctx)) => ctx.http.source_ip.clone(),
        Some(RequestContext::ApiGatewayV1(ctx)) => ctx.identity.source_ip.clone(),
        _ => None,
    };
    if let Some(ip) = from_context {
        return ip;
    }
    let in_lambda = req.extensions().request_context_ref().is_some();
    let forwarded = req
        .headers()
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .map(|v| v.trim().to_owned());
    match forwarded {
        // Only trusted behind AWS's load balancer, which sets the header itself.
        Some(ip) if in_lambda && !ip.is_empty() => ip,
        _ => "unknown".to_owned(),
    }
}
