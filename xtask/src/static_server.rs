//! A small static server for `dist/`: precompressed brotli/gzip, a fallback to
//! `index.html` for deep links, long caching for hashed files, and security headers.

use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use tower_http::services::{ServeDir, ServeFile};

mod long_segment;

/// The content security policy: nothing from other origins, ever. The endpoint's origin
/// is added to `connect-src` when the portal posts the host-interest form.
pub fn csp(endpoint: Option<&str>) -> String {
    let connect = endpoint.map(|e| format!(" {e}")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'{connect}; font-src 'self'; object-src 'none'; \
         base-uri 'self'; form-action 'self'"
    )
}

async fn headers(request: Request, next: Next, csp: HeaderValue) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    if path.ends_with(".ftl") {
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
    }
    // Every asset's name carries a content hash or version (Trunk's, xtask's for texts).
    let hashed = path.contains('-')
        && [".wasm", ".js", ".css", ".ftl", ".bin"]
            .iter()
            .any(|e| path.ends_with(e));
    let cache = if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    h.insert(header::CONTENT_SECURITY_POLICY, csp);
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    response
}

/// `/config.json`: what this deployment offers the app (the form endpoint, if any).
fn config_json(endpoint: Option<&str>) -> String {
    match endpoint {
        Some(e) => format!("{{\"endpoint\":\"{}\"}}", e.replace(['"', '\\'], "")),
        None => "{}".to_owned(),
    }
}

/// The router serving `dir`, with `/config.json` naming `endpoint`.
pub fn router(dir: &Path, endpoint: Option<&str>) -> Router {
    let index = ServeFile::new(dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    let files = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(index);
    let csp = HeaderValue::from_str(&csp(endpoint))
        .unwrap_or(HeaderValue::from_static("default-src 'self'"));
    let config = config_json(endpoint);
    Router::new()
        .route(
            "/config.json",
            get(move || async move { ([(header::CONTENT_TYPE, "application/json")], config) }),
        )
        .fallback_service(files)
        .layer(middleware::from_fn(long_segment::refuse))
        .layer(middleware::from_fn(move |req, next| {
            headers(req, next, csp.clone())
        }))
}

/// Binds `addr` and serves `dir` until the process ends; calls `ready` with the bound address.
pub fn serve_blocking(
    dir: PathBuf,
    addr: SocketAddr,
    endpoint: Option<String>,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), String> {
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| format!("bind {addr}: {e}"))?;
        let bound = listener.local_addr().map_err(|e| e.to_string())?;
        ready(bound);
        let app = router(&dir, endpoint.as_deref());
        let limits = hulpwijzer_listener::Limits::default();
        hulpwijzer_listener::serve(listener, app, limits, std::future::pending())
            .await
            .map_err(|e| e.to_string())
    })
}

/// Serves `dir` on a free loopback port in a background thread; returns its base URL.
pub fn spawn(dir: PathBuf, endpoint: Option<String>) -> Result<String, String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let addr = SocketAddr::from(([127, 0, 0, 1], 0));
        let tx2 = tx.clone();
        if let Err(e) = serve_blocking(dir, addr, endpoint, move |a| {
            let _ = tx2.send(Ok(a));
        }) {
            let _ = tx.send(Err(e));
        }
    });
    let addr = rx.recv().map_err(|e| e.to_string())??;
    Ok(format!("http://{addr}"))
}

/// `cargo xtask static-server DIR PORT`: serves a directory (used by benchmarks).
pub fn run_cli(args: &[String]) -> Result<(), String> {
    let dir = PathBuf::from(args.first().ok_or("usage: static-server DIR PORT")?);
    let port: u16 = args
        .get(1)
        .and_then(|p| p.parse().ok())
        .ok_or("usage: static-server DIR PORT")?;
    serve_blocking(dir, SocketAddr::from(([127, 0, 0, 1], port)), None, |a| {
        println!("serving on http://{a}")
    })
}
