//! The HTTP listener of the endpoint and of the local static server: hyper with a timer,
//! so a client that sends its request slowly, or keeps an idle connection open, is
//! disconnected, and caps on open connections, overall and per client, so one client
//! cannot use up the file descriptors or the connection slots and starve everyone else.

mod idle;
mod per_client;

pub use idle::IdleTimeout;
use per_client::ClientSlots;
pub use per_client::PeerGroup;

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// How long a connection may take and how many may be open at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// From the first byte of a request (or the end of the previous one on a kept-alive
    /// connection) until its headers are complete; then the connection is closed.
    pub header_read_timeout: Duration,
    /// The longest a read or write may wait without a byte moving.
    pub idle_timeout: Duration,
    /// Connections served at once; further ones wait in the kernel's accept queue.
    pub max_connections: usize,
    /// Connections one client ([`PeerGroup`]: an IPv4 address or an IPv6 /64) may hold at
    /// once; a further one is closed as soon as it is accepted, so one client cannot take
    /// every slot of `max_connections`. 0: no per-client limit (behind a reverse proxy,
    /// every connection comes from the proxy, which must limit its clients itself).
    pub max_connections_per_client: usize,
}

impl Default for Limits {
    /// 10 s for headers, 30 s without progress, 512 connections (below the usual 1024
    /// file limit, leaving room for the database and logs), 64 per client (a browser
    /// opens at most 6 to one host, so this leaves room for many people behind one
    /// address, and 8 clients are needed to fill every slot).
    fn default() -> Self {
        Limits {
            header_read_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(30),
            max_connections: 512,
            max_connections_per_client: 64,
        }
    }
}

/// Serves `app` on `listener` within `limits` until `shutdown` completes, then lets open
/// requests finish (at most `limits.idle_timeout`). Each request carries the peer's
/// address as [`ConnectInfo<SocketAddr>`]. A connection beyond its client's share
/// (`limits.max_connections_per_client`) is closed at once, without a response.
///
/// # Errors
/// Never for a failed connection (that one is just closed); the result is `Ok` after
/// shutdown.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout);
    builder
        .http2()
        .timer(TokioTimer::new())
        .keep_alive_interval(limits.idle_timeout)
        .keep_alive_timeout(limits.header_read_timeout);
    let permits = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let clients = ClientSlots::new(limits.max_connections_per_client);
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            p = Arc::clone(&permits).acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                // Out of file descriptors or a connection reset before accept: wait a
                // moment instead of spinning.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(slot) = clients.take(PeerGroup::from(peer.ip())) else {
            // This client holds its share: close the connection (and free the permit)
            // rather than let it wait for a slot that others need.
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let io = TokioIo::new(IdleTimeout::new(stream, limits.idle_timeout));
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo(peer));
            app.clone().oneshot(req)
        });
        let conn = builder
            .serve_connection_with_upgrades(io, service)
            .into_owned();
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            let _ = conn.await;
            drop(slot);
            drop(permit);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(limits.idle_timeout, graceful.shutdown()).await;
    Ok(())
}
