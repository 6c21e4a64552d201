//! The form endpoint for local runs and browser tests: built from `crates/endpoint`,
//! started on a free loopback port with a fresh SQLite database in a temporary folder,
//! CORS open to the given static-server origins, no rate limit, the test municipalities
//! registered with the test key (so they take offers, sealed to it) and an export token
//! for the first. Dropping the [`Endpoint`] stops the process and deletes the data.

use crate::cmd::{command, root};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The municipality the browser tests submit for (Amsterdam) and hold an export token of.
pub const TEST_MUNICIPALITY: &str = "GM0363";

/// The municipalities that take offers in local runs and browser tests (Amsterdam,
/// Borger-Odoorn); every other municipality does not.
pub const TEST_MUNICIPALITIES: [&str; 2] = [TEST_MUNICIPALITY, "GM1681"];

/// The age identity of the test municipalities, **for tests and local runs only**: it is
/// public here, so anything sealed to [`TEST_RECIPIENT`] is readable by anyone. The
/// browser tests open the export with it (`AGE_TEST_IDENTITY`).
pub const TEST_IDENTITY: &str =
    "AGE-SECRET-KEY-1SLHSH3STUMJH0Y038X45VTMC96VUTUDV3D9HW60GXNH6LP0L2JVQY76Y2U";

/// The public key of [`TEST_IDENTITY`].
pub const TEST_RECIPIENT: &str = "age1le90qmv6fgy820gd97xwalgctmlts59e5lcf6avzjmuvcx3xmv3sftuk0y";

/// A running endpoint; stopped (and its database deleted) on drop.
pub struct Endpoint {
    /// Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash).
    pub url: String,
    /// An export token for [`TEST_MUNICIPALITY`] (`Authorization: Bearer …`).
    pub export_token: Option<String>,
    child: Child,
    dir: PathBuf,
}

impl Drop for Endpoint {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A loopback port that was free a moment ago.
pub fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("no free port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target"))
}

/// Builds the endpoint binary (debug: quick, and fast enough for tests); returns its path.
pub fn build_endpoint() -> Result<PathBuf, String> {
    crate::cmd::run(
        "cargo",
        &[
            "build",
            "-p",
            "hulpwijzer-endpoint",
            "--bin",
            "hulpwijzer-endpoint",
        ],
    )?;
    let binary = target_dir().join("debug").join("hulpwijzer-endpoint");
    if binary.exists() {
        Ok(binary)
    } else {
        Err(format!(
            "built the endpoint, but {} is missing",
            binary.display()
        ))
    }
}

fn fresh_dir() -> Result<PathBuf, String> {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!(
        "hulpwijzer-endpoint-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    Ok(dir)
}

/// Runs the endpoint's admin command `args` on the database `db`: its last line.
fn admin(binary: &Path, db: &Path, args: &[&str]) -> Result<String, String> {
    let out = command(&binary.display().to_string())
        .args(args)
        .env("HULPWIJZER_DB", db)
        .env_remove("DATABASE_URL")
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run the endpoint: {e}"))?;
    if !out.status.success() {
        return Err(format!("`{}` failed ({})", args.join(" "), out.status));
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .map(str::to_owned)
        .ok_or_else(|| format!("`{}` printed nothing", args.join(" ")))
}

fn wait_until_listening(addr: SocketAddr, child: &mut Child) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("the endpoint exited at start ({status})"));
        }
        if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Err(format!("the endpoint did not listen on {addr} within 30 s"))
}

/// Builds and starts the endpoint for browsers at `origins` (e.g. `http://127.0.0.1:8080`).
///
/// # Errors
/// A message when the build, the token or the start fails.
pub fn spawn_endpoint(origins: &[String]) -> Result<Endpoint, String> {
    let binary = build_endpoint()?;
    let dir = fresh_dir()?;
    let db = dir.join("hulpwijzer.sqlite3");
    for municipality in TEST_MUNICIPALITIES {
        admin(&binary, &db, &["register", municipality, TEST_RECIPIENT])?;
    }
    let export_token = Some(admin(
        &binary,
        &db,
        &["token", "create", TEST_MUNICIPALITY],
    )?);
    let port = free_port()?;
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let mut child = command(&binary.display().to_string())
        .arg("serve")
        .env("HULPWIJZER_DB", &db)
        .env_remove("DATABASE_URL")
        .env("HULPWIJZER_BIND", addr.to_string())
        .env("HULPWIJZER_CORS_ORIGINS", origins.join(","))
        .env("HULPWIJZER_RATE_BURST", "0")
        .env("RUST_LOG", "hulpwijzer_endpoint=warn")
        .stdin(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start the endpoint: {e}"))?;
    if let Err(e) = wait_until_listening(addr, &mut child) {
        let _ = child.kill();
        let _ = child.wait();
        let _ = std::fs::remove_dir_all(&dir);
        return Err(e);
    }
    Ok(Endpoint {
        url: format!("http://{addr}"),
        export_token,
        child,
        dir,
    })
}

/// The portal twice (with and without the endpoint) plus the endpoint, for browser tests.
pub struct Stack {
    /// The portal whose `/config.json` names the endpoint (`BASE_URL`).
    pub base_url: String,
    /// The same bundle with `/config.json` = `{}` (`BASE_URL_NO_ENDPOINT`).
    pub base_url_no_endpoint: String,
    /// The endpoint (`ENDPOINT_URL`, `EXPORT_TOKEN`, `AGE_TEST_IDENTITY`).
    pub endpoint: Endpoint,
}

impl Stack {
    /// The environment the Playwright specs read.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        let mut vars = vec![
            ("BASE_URL", self.base_url.clone()),
            ("BASE_URL_NO_ENDPOINT", self.base_url_no_endpoint.clone()),
            ("ENDPOINT_URL", self.endpoint.url.clone()),
            ("AGE_TEST_IDENTITY", TEST_IDENTITY.to_owned()),
        ];
        if let Some(token) = &self.endpoint.export_token {
            vars.push(("EXPORT_TOKEN", token.clone()));
        }
        vars
    }
}

fn serve_on(dir: PathBuf, port: u16, endpoint: Option<String>) -> Result<String, String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let tx2 = tx.clone();
        if let Err(e) = crate::static_server::serve_blocking(dir, addr, endpoint, move |a| {
            let _ = tx2.send(Ok(a));
        }) {
            let _ = tx.send(Err(e));
        }
    });
    let addr = rx.recv().map_err(|e| e.to_string())??;
    Ok(format!("http://{addr}"))
}

/// Serves `dist` twice and starts the endpoint with CORS for the first origin.
///
/// # Errors
/// A message when a port, the endpoint or a server fails.
pub fn spawn_stack(dist: PathBuf) -> Result<Stack, String> {
    let port = free_port()?;
    let origin = format!("http://127.0.0.1:{port}");
    let endpoint = spawn_endpoint(&[origin, format!("http://localhost:{port}")])?;
    let base_url = serve_on(dist.clone(), port, Some(endpoint.url.clone()))?;
    let base_url_no_endpoint = serve_on(dist, 0, None)?;
    Ok(Stack {
        base_url,
        base_url_no_endpoint,
        endpoint,
    })
}
