//! `cargo xtask serve [--port N]`: builds the release bundle and serves it, with the
//! host-interest endpoint on its embedded SQLite database (`data/hulpwijzer.sqlite3`).

use crate::bundle::{build_release, dist};
use crate::cmd::command;
use crate::endpoint::build_endpoint;
use crate::static_server::serve_blocking;
use std::net::SocketAddr;
use std::process::Stdio;

/// The endpoint's port when the portal is on the default port.
const ENDPOINT_PORT: u16 = 8787;

/// Builds and serves the portal on 127.0.0.1 (port 8080 unless `--port N`).
pub fn run(args: &[String]) -> Result<(), String> {
    let port: u16 = match args {
        [] => 8080,
        [flag, value] if flag == "--port" => {
            value.parse().map_err(|_| format!("not a port: {value}"))?
        }
        _ => return Err("usage: cargo xtask serve [--port N]".to_owned()),
    };
    build_release()?;
    let binary = build_endpoint()?;
    let endpoint_port = if port == ENDPOINT_PORT {
        ENDPOINT_PORT + 1
    } else {
        ENDPOINT_PORT
    };
    let endpoint = format!("http://127.0.0.1:{endpoint_port}");
    let origins = format!("http://127.0.0.1:{port},http://localhost:{port}");
    let mut child = command(&binary.display().to_string())
        .arg("serve")
        .env("HULPWIJZER_BIND", format!("127.0.0.1:{endpoint_port}"))
        .env("HULPWIJZER_CORS_ORIGINS", origins)
        .stdin(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start the endpoint: {e}"))?;
    println!("The host-interest endpoint runs on {endpoint} (SQLite in data/).");
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let served = serve_blocking(dist(), addr, Some(endpoint), |a| {
        println!("Hulpwijzer is served on http://{a}/ (Ctrl+C stops it)");
    });
    let _ = child.kill();
    served
}
