//! A local PostgreSQL for the endpoint's tests and benchmarks (Debian, run as root).
//!
//! [`ensure_postgres`] installs Debian's `postgresql` if needed, makes sure a cluster
//! listens on 127.0.0.1 only and is running, creates the role and database for tests,
//! and returns their URL. Every step checks before it acts, so a second call takes a
//! few hundred milliseconds. Only `std::process::Command`; no crates.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The test role, its password and the test database (local, loopback only).
const ROLE: &str = "hulpwijzer";
const PASSWORD: &str = "hulpwijzer";
const DATABASE: &str = "hulpwijzer_test";

/// Makes sure a local PostgreSQL runs and has the test database; returns its URL,
/// e.g. `postgres://hulpwijzer:hulpwijzer@127.0.0.1:5432/hulpwijzer_test`, for
/// `HULPWIJZER_TEST_DATABASE_URL`.
///
/// # Errors
/// A message naming the step that failed (with the tool's stderr).
pub fn ensure_postgres() -> Result<String, String> {
    if !tool_exists("pg_ctlcluster") || !Path::new("/usr/lib/postgresql").exists() {
        install()?;
    }
    let cluster = match clusters()?.into_iter().next() {
        Some(c) => c,
        None => create_cluster()?,
    };
    // A drop-in file (Debian's postgresql.conf ends with `include_dir = 'conf.d'`), so
    // the packaged configuration stays untouched.
    let drop_in = format!(
        "/etc/postgresql/{}/{}/conf.d/hulpwijzer.conf",
        cluster.version, cluster.name
    );
    let wanted = "listen_addresses = '127.0.0.1'\n";
    if std::fs::read_to_string(&drop_in).ok().as_deref() != Some(wanted) {
        std::fs::write(&drop_in, wanted).map_err(|e| format!("writing {drop_in}: {e}"))?;
        if cluster.online {
            run(Command::new("pg_ctlcluster").args([&cluster.version, &cluster.name, "restart"]))?;
        }
    }
    if !cluster.online {
        run(Command::new("pg_ctlcluster").args([&cluster.version, &cluster.name, "start"]))?;
    }
    wait_ready(&cluster.port)?;
    psql(
        &cluster.port,
        &format!(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{ROLE}') \
             THEN CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'; END IF; END $$;"
        ),
    )?;
    let exists = psql(
        &cluster.port,
        &format!("SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"),
    )?;
    if exists.trim() != "1" {
        psql(
            &cluster.port,
            &format!("CREATE DATABASE {DATABASE} OWNER {ROLE}"),
        )?;
    }
    Ok(format!(
        "postgres://{ROLE}:{PASSWORD}@127.0.0.1:{}/{DATABASE}",
        cluster.port
    ))
}

/// One line of `pg_lsclusters`.
struct Cluster {
    version: String,
    name: String,
    port: String,
    online: bool,
}

fn clusters() -> Result<Vec<Cluster>, String> {
    let out = run(Command::new("pg_lsclusters").arg("--no-header"))?;
    Ok(out
        .lines()
        .filter_map(|line| {
            let cols: Vec<&str> = line.split_whitespace().collect();
            match cols.as_slice() {
                [version, name, port, status, ..] => Some(Cluster {
                    version: (*version).to_owned(),
                    name: (*name).to_owned(),
                    port: (*port).to_owned(),
                    online: status.starts_with("online"),
                }),
                _ => None,
            }
        })
        .collect())
}

fn create_cluster() -> Result<Cluster, String> {
    let versions = std::fs::read_dir("/usr/lib/postgresql")
        .map_err(|e| format!("no PostgreSQL in /usr/lib/postgresql: {e}"))?;
    let version = versions
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|v| v.parse::<u32>().ok())
        .max()
        .ok_or("no PostgreSQL version in /usr/lib/postgresql")?
        .to_string();
    run(Command::new("pg_createcluster").args([&version, "main"]))?;
    clusters()?
        .into_iter()
        .next()
        .ok_or_else(|| "pg_createcluster made no cluster".to_owned())
}

fn install() -> Result<(), String> {
    eprintln!("installing PostgreSQL with apt-get (once)…");
    let apt = |args: &[&str]| {
        let mut cmd = Command::new("apt-get");
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut cmd)
    };
    apt(&["update", "-q"])?;
    apt(&[
        "install",
        "-y",
        "-q",
        "--no-install-recommends",
        "postgresql",
    ])?;
    Ok(())
}

fn wait_ready(port: &str) -> Result<(), String> {
    let start = Instant::now();
    loop {
        let ready = Command::new("pg_isready")
            .args(["-q", "-h", "127.0.0.1", "-p", port])
            .status()
            .is_ok_and(|s| s.success());
        if ready {
            return Ok(());
        }
        if start.elapsed() > Duration::from_secs(30) {
            return Err(format!(
                "PostgreSQL on 127.0.0.1:{port} not ready after 30 s"
            ));
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Runs one SQL statement as the `postgres` superuser over the local socket.
fn psql(port: &str, sql: &str) -> Result<String, String> {
    run(Command::new("runuser")
        .args([
            "-u",
            "postgres",
            "--",
            "psql",
            "-X",
            "-q",
            "-t",
            "-A",
            "-v",
            "ON_ERROR_STOP=1",
        ])
        .args(["-p", port, "-c", sql])
        .current_dir("/tmp"))
}

fn tool_exists(name: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs `cmd`, returning its stdout, or an error with its stderr.
fn run(cmd: &mut Command) -> Result<String, String> {
    let describe = format!("{cmd:?}");
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().map_err(|e| format!("{describe}: {e}"))?;
    if status.success() {
        Ok(String::from_utf8_lossy(&stdout).into_owned())
    } else {
        Err(format!(
            "{describe} failed ({status}): {}",
            String::from_utf8_lossy(&stderr).trim()
        ))
    }
}
