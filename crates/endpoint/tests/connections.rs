//! Connections over real sockets: slow clients are cut off (the probe of 2026-11-29), and
//! one client that keeps many slow connections open holds at most its share while
//! another is still answered (the probe of 2026-12-06, problem 2). Linux routes all of
//! 127.0.0.0/8 to the loopback interface, so 127.0.0.2 is a second client on the same
//! machine.
#![allow(clippy::unwrap_used)]

use crate::common;

use common::{config, state};
use hulpwijzer_endpoint::router;
use hulpwijzer_endpoint::serve::serve_with;
use hulpwijzer_listener::Limits;
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

/// The first client's silent connections stay open this long (the idle timeout): any
/// request that has to wait for one of its slots waits about this long.
const STALL: Duration = Duration::from_secs(30);
/// How long the second client may take: far below [`STALL`], far above a normal answer.
const PATIENCE: Duration = Duration::from_secs(8);

/// Serves the API (SQLite, no rate limit) within `limits`; the address.
async fn spawn(limits: Limits) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve_with(
        listener,
        router(state(common::sqlite(), 0)),
        limits,
    ));
    addr
}

/// A connection to `addr` from the loopback address `from`.
async fn connect_from(from: [u8; 4], addr: SocketAddr) -> std::io::Result<TcpStream> {
    let socket = TcpSocket::new_v4()?;
    socket.bind(SocketAddr::from((from, 0)))?;
    socket.connect(addr).await
}

/// `GET /healthz` from `from`: the status line.
async fn health_from(from: [u8; 4], addr: SocketAddr) -> String {
    let mut stream = connect_from(from, addr).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8_lossy(&answer).into_owned();
    answer.lines().next().unwrap_or_default().to_owned()
}

/// Whether the server closes `stream` within `within` (a read ends or fails).
async fn closed_within(stream: &mut TcpStream, within: Duration) -> bool {
    let mut buf = [0u8; 64];
    tokio::time::timeout(within, async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    })
    .await
    .is_ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_client_cannot_take_every_connection() {
    const SHARE: usize = 6;
    const TOTAL: usize = 16;
    let limits = Limits {
        idle_timeout: STALL,
        max_connections: TOTAL,
        max_connections_per_client: SHARE,
        ..Limits::default()
    };
    let addr = spawn(limits).await;
    // The first client opens more silent connections than there are slots at all.
    let mut silent = Vec::new();
    for _ in 0..TOTAL + 8 {
        silent.push(connect_from([127, 0, 0, 1], addr).await.unwrap());
    }
    // Another client is answered while the first holds its share, well before the
    // first client's connections time out.
    let answer = tokio::time::timeout(PATIENCE, health_from([127, 0, 0, 2], addr)).await;
    assert_eq!(
        answer.as_deref().ok(),
        Some("HTTP/1.1 200 OK"),
        "the second client was kept waiting"
    );
    // The first client's share stays open; every connection beyond it was closed.
    let mut closed = 0;
    for stream in &mut silent {
        if closed_within(stream, Duration::from_millis(1500)).await {
            closed += 1;
        }
    }
    assert_eq!(closed, TOTAL + 8 - SHARE, "connections beyond the share");
    // The first client's own further connection is refused while it holds its share.
    let mut more = connect_from([127, 0, 0, 1], addr).await.unwrap();
    assert!(closed_within(&mut more, PATIENCE).await);
    drop(silent);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_are_cut_off_and_others_still_served() {
    const SLOW: usize = 120;
    let limits = Limits {
        header_read_timeout: Duration::from_millis(1500),
        idle_timeout: Duration::from_secs(3),
        max_connections: 64,
        // The timeouts alone: every slow connection comes from this one address.
        max_connections_per_client: 0,
    };
    let addr = spawn(limits).await;
    let mut slow = Vec::with_capacity(SLOW);
    for _ in 0..SLOW {
        let mut s = TcpStream::connect(addr).await.unwrap();
        // Half a request: the headers never end.
        s.write_all(b"POST /v1/host-interest HTTP/1.1\r\nHost: x\r\nContent-Le")
            .await
            .unwrap();
        slow.push(s);
    }
    let started = Instant::now();
    let client = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    for _ in 0..5 {
        let res = client
            .get(format!("http://{addr}/healthz"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), reqwest::StatusCode::OK);
    }
    assert!(started.elapsed() < Duration::from_secs(9));
    // Every half-sent request is closed by the server, within a bounded time.
    let deadline = Instant::now() + Duration::from_secs(12);
    for mut s in slow {
        let left = deadline.saturating_duration_since(Instant::now());
        let mut buf = [0u8; 512];
        let read = tokio::time::timeout(left, async {
            loop {
                match s.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
            }
        })
        .await;
        assert!(read.is_ok(), "a half-sent request was left open");
    }
}

#[test]
fn the_share_is_configured_and_below_the_total() {
    let default = config(&[]).listener;
    assert_eq!(default.max_connections_per_client, 64);
    let set = config(&[("HULPWIJZER_MAX_CONNECTIONS_PER_CLIENT", "8")]).listener;
    assert_eq!(set.max_connections_per_client, 8);
    // Behind a trusted proxy every connection comes from the proxy: no share by default.
    let proxied = config(&[("HULPWIJZER_TRUSTED_PROXY_HEADER", "X-Forwarded-For")]).listener;
    assert_eq!(proxied.max_connections_per_client, 0);
    let too_many = hulpwijzer_endpoint::config::Config::from_lookup(|name| {
        match name {
            "HULPWIJZER_MAX_CONNECTIONS" => Some("32"),
            "HULPWIJZER_MAX_CONNECTIONS_PER_CLIENT" => Some("32"),
            _ => None,
        }
        .map(str::to_owned)
    });
    assert!(too_many.is_err(), "a share as large as the total");
}
