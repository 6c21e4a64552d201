//! `cargo xtask serve [--port N]`: builds the release bundle and serves it.

use crate::bundle::{build_release, dist};
use crate::static_server::serve_blocking;
use std::net::SocketAddr;

/// Builds and serves the portal on 127.0.0.1 (port 8080 unless `--port N`).
pub fn run(args: &[String]) -> Result<(), String> {
    let port = match args {
        [] => 8080,
        [flag, value] if flag == "--port" => {
            value.parse().map_err(|_| format!("not a port: {value}"))?
        }
        _ => return Err("usage: cargo xtask serve [--port N]".to_owned()),
    };
    build_release()?;
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    serve_blocking(dist(), addr, None, |a| {
        println!("Hulpwijzer is served on http://{a}/ (Ctrl+C stops it)")
    })
}
