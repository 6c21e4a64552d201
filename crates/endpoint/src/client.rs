//! Which client sent a request, for rate limiting (never logged).

use axum::extract::{ConnectInfo, Request};
use axum::http::HeaderName;
use hulpwijzer_listener::PeerGroup;
use lambda_http::request::RequestContext;
use lambda_http::RequestExt;
use std::net::{IpAddr, SocketAddr};

/// The rate-limit identity of a client: an IPv4 address, or the /64 prefix of an IPv6
/// address (one subscriber usually holds a whole /64, so counting single IPv6 addresses
/// would let one household send as many addresses as it likes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClientKey {
    /// An IPv4 address (IPv4-mapped IPv6 addresses included).
    V4(std::net::Ipv4Addr),
    /// The first 64 bits of an IPv6 address.
    V6Prefix(u64),
    /// No usable address: all such clients share one bucket.
    Unknown,
}

impl From<IpAddr> for ClientKey {
    /// Grouped as the listener groups connections ([`PeerGroup`]).
    fn from(ip: IpAddr) -> Self {
        match PeerGroup::from(ip) {
            PeerGroup::V4(v4) => ClientKey::V4(v4),
            PeerGroup::V6Prefix(prefix) => ClientKey::V6Prefix(prefix),
        }
    }
}

/// The last address in a header value such as `X-Forwarded-For: client, proxy1, proxy2`:
/// the one the trusted proxy itself appended (earlier entries are the client's to forge).
fn last_address(value: &str) -> Option<IpAddr> {
    let last = value.rsplit(',').next()?.trim();
    last.parse::<IpAddr>()
        .ok()
        .or_else(|| last.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

/// The client's rate-limit key: from `trusted_header` when one is configured and present
/// (its last entry), else the socket peer when served directly, the source IP from the
/// API Gateway request context on Lambda, the first `X-Forwarded-For` entry behind an
/// ALB on Lambda, else [`ClientKey::Unknown`].
pub fn client_key(req: &Request, trusted_header: Option<&HeaderName>) -> ClientKey {
    if let Some(name) = trusted_header {
        let from_proxy = req
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .and_then(last_address);
        if let Some(ip) = from_proxy {
            return ip.into();
        }
    }
    if let Some(ConnectInfo(addr)) = req.extensions().get::<ConnectInfo<SocketAddr>>() {
        return addr.ip().into();
    }
    let from_context = match req.extensions().request_context_ref() {
        Some(RequestContext::ApiGatewayV2(ctx)) => ctx.http.source_ip.clone(),
        Some(RequestContext::ApiGatewayV1(ctx)) => ctx.identity.source_ip.clone(),
        _ => None,
    };
    if let Some(ip) = from_context.and_then(|ip| ip.parse::<IpAddr>().ok()) {
        return ip.into();
    }
    let in_lambda = req.extensions().request_context_ref().is_some();
    let forwarded = req
        .headers()
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .and_then(|v| v.trim().parse::<IpAddr>().ok());
    match forwarded {
        // Only trusted behind AWS's load balancer, which sets the header itself.
        Some(ip) if in_lambda => ip.into(),
        _ => ClientKey::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_counts_by_its_64_as_the_listener_groups_it() {
        let a: IpAddr = "2001:db8:1:2::1".parse().unwrap_or(IpAddr::from([0; 4]));
        let b: IpAddr = "2001:db8:1:2:ffff::9"
            .parse()
            .unwrap_or(IpAddr::from([0; 4]));
        assert_eq!(ClientKey::from(a), ClientKey::from(b));
    }

    #[test]
    fn the_proxy_appended_entry_counts() {
        assert_eq!(
            last_address("203.0.113.9, 198.51.100.1"),
            "198.51.100.1".parse().ok()
        );
        assert_eq!(
            last_address("[2001:db8::1]:443"),
            "2001:db8::1".parse().ok()
        );
        assert_eq!(last_address("nonsense"), None);
    }
}
