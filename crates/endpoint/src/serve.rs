//! Running the API: a local HTTP server, or the AWS Lambda runtime.

use crate::config::{Config, ConfigError};
use crate::store::{Store, StoreError};
use crate::{cli, clock, router, AppState};
use axum::Router;
use hulpwijzer_listener::Limits;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

/// Why the service could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The environment holds a bad value.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The database could not be opened or migrated.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Binding or serving the socket failed.
    #[error("server: {0}")]
    Io(#[from] std::io::Error),
    /// The Lambda runtime failed.
    #[error("lambda runtime: {0}")]
    Lambda(String),
}

/// Whether we run inside AWS Lambda.
pub fn in_lambda() -> bool {
    std::env::var_os("AWS_LAMBDA_RUNTIME_API").is_some()
}

/// Opens the store, purges expired rows, and serves until stopped: under
/// `lambda_http::run` on Lambda, else on `config.bind` with hourly purges.
///
/// # Errors
/// [`ServeError`] when start-up fails or the server stops with an error.
pub async fn run(config: Config) -> Result<(), ServeError> {
    let store = crate::store::open(&config).await?;
    purge_expired(store.as_ref(), config.retention_days).await;
    let app = router(AppState::new(Arc::clone(&store), &config));
    if in_lambda() {
        return lambda_http::run(app)
            .await
            .map_err(|e| ServeError::Lambda(e.to_string()));
    }
    let retention = config.retention_days;
    tokio::spawn(async move {
        let mut hourly = tokio::time::interval(Duration::from_secs(3600));
        hourly.tick().await;
        loop {
            hourly.tick().await;
            purge_expired(store.as_ref(), retention).await;
        }
    });
    let listener = TcpListener::bind(config.bind).await?;
    tracing::info!(addr = %listener.local_addr()?, "listening");
    serve_with(listener, app, config.listener).await
}

/// Serves `app` on `listener` with the default [`Limits`] until Ctrl-C or SIGTERM.
///
/// # Errors
/// [`ServeError::Io`] when serving fails.
pub async fn serve_on(listener: TcpListener, app: Router) -> Result<(), ServeError> {
    serve_with(listener, app, Limits::default()).await
}

/// Serves `app` on `listener` with peer addresses (for the rate limit), header-read and
/// idle timeouts and a cap on open connections (`limits`), until Ctrl-C or SIGTERM.
///
/// # Errors
/// [`ServeError::Io`] when serving fails.
pub async fn serve_with(
    listener: TcpListener,
    app: Router,
    limits: Limits,
) -> Result<(), ServeError> {
    hulpwijzer_listener::serve(listener, app, limits, shutdown()).await?;
    Ok(())
}

async fn purge_expired(store: &dyn Store, retention_days: u32) {
    match cli::purge(store, retention_days, clock::now_ms()).await {
        Ok(n) => tracing::info!(deleted = n, "purged expired submissions"),
        Err(e) => tracing::error!(error = %e, "purge failed"),
    }
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { () = ctrl_c => {}, () = term => {} }
}
