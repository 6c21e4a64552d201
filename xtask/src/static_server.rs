//! A small static server for `dist/`, behaving as the documented static hosts do
//! (docs/deploy.md): `/uk/registration` and `/uk/registration/` serve
//! `uk/registration.html` without a redirect, `/uk/` serves `uk/index.html`, anything
//! else missing gets `404.html` with status 404; precompressed brotli/gzip copies; and
//! exactly the headers of the generated `dist/_headers`.

use crate::headers::Rules;
use axum::extract::Request;
use axum::http::{header, HeaderName, HeaderValue, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower_http::services::ServeDir;

mod long_segment;

/// The file under `dir` that a static host serves for `path`, if any.
pub fn resolve(dir: &Path, path: &str) -> Option<String> {
    let trimmed = path.trim_matches('/');
    if trimmed.split('/').any(|s| s == ".." || s.len() > 255) {
        return None;
    }
    let candidates = if trimmed.is_empty() {
        vec!["index.html".to_owned()]
    } else {
        vec![
            trimmed.to_owned(),
            format!("{trimmed}.html"),
            format!("{trimmed}/index.html"),
        ]
    };
    candidates
        .into_iter()
        .find(|c| dir.join(c).is_file())
        .map(|c| format!("/{c}"))
}

async fn route_and_headers(
    mut request: Request,
    next: Next,
    dir: Arc<PathBuf>,
    rules: Arc<Rules>,
) -> Response {
    let path = request.uri().path().to_owned();
    let found = if path == CONFIG {
        Some(path.clone())
    } else {
        resolve(&dir, &path)
    };
    let target = found.clone().unwrap_or_else(|| "/404.html".to_owned());
    if let Ok(uri) = target.parse::<Uri>() {
        *request.uri_mut() = uri;
    }
    let mut response = next.run(request).await;
    if found.is_none() {
        *response.status_mut() = StatusCode::NOT_FOUND;
    }
    let h = response.headers_mut();
    if target.ends_with(".ftl") {
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        );
    }
    for (name, value) in rules.for_path(&path) {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            h.insert(name, value);
        }
    }
    response
}

const CONFIG: &str = "/config.json";

/// `/config.json`: what this deployment offers the app (the form endpoint, if any).
fn config_json(endpoint: Option<&str>) -> String {
    match endpoint {
        Some(e) => format!("{{\"endpoint\":\"{}\"}}", e.replace(['"', '\\'], "")),
        None => "{}".to_owned(),
    }
}

/// The router serving `dir`, with `/config.json` naming `endpoint`.
pub fn router(dir: &Path, endpoint: Option<&str>) -> Router {
    let files = ServeDir::new(dir).precompressed_br().precompressed_gzip();
    let rules = Arc::new(Rules::parse(
        &std::fs::read_to_string(dir.join("_headers")).unwrap_or_default(),
    ));
    let config = config_json(endpoint);
    let dir = Arc::new(dir.to_path_buf());
    Router::new()
        .route(
            CONFIG,
            get(move || async move { ([(header::CONTENT_TYPE, "application/json")], config) }),
        )
        .fallback_service(files)
        .layer(middleware::from_fn(long_segment::refuse))
        .layer(middleware::from_fn(move |req, next| {
            route_and_headers(req, next, dir.clone(), rules.clone())
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
