//! PostgreSQL over TLS: a private cluster of this test's own (temporary directory, free
//! port, loopback only) with `ssl = on` and only `hostssl` rules, and a CA and server
//! certificate generated here. Verified TLS works; an unknown CA, a wrong host name and
//! plain text are refused at start-up.
//!
//! Runs when `HULPWIJZER_TEST_DATABASE_URL` is set (`cargo xtask test` installs Debian's
//! PostgreSQL and sets it); without it the test prints a skip notice, or fails when `CI`
//! is set.
#![allow(clippy::unwrap_used)]

use crate::common;

use common::{form, key, open, register};
use hulpwijzer_endpoint::cli;
use hulpwijzer_endpoint::store::postgres::PgStore;
use hulpwijzer_endpoint::store::Store;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose};
use reqwest::{Client, StatusCode};
use serde_json::Value;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

const PASSWORD: &str = "tls-test-password";

/// A CA: its certificate (PEM) and the issuer that signs server certificates.
fn ca(name: &str) -> (String, Issuer<'static, KeyPair>) {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, name);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let key = KeyPair::generate().unwrap();
    let pem = params.self_signed(&key).unwrap().pem();
    (pem, Issuer::new(params, key))
}

/// A PostgreSQL cluster in a temporary directory, stopped and removed on drop.
struct TlsCluster {
    dir: PathBuf,
    bin: PathBuf,
    port: u16,
    /// Whether commands run as the `postgres` user (the test runs as root).
    as_postgres: bool,
}

impl TlsCluster {
    /// initdb, a server certificate for `localhost` and 127.0.0.1 signed by `issuer`,
    /// `ssl = on`, only `hostssl` rules, then start.
    fn start(issuer: &Issuer<'_, KeyPair>) -> TlsCluster {
        let versions = std::fs::read_dir("/usr/lib/postgresql")
            .expect("Debian's postgresql (cargo xtask test installs it)");
        let version = versions
            .filter_map(|e| e.ok()?.file_name().into_string().ok()?.parse::<u32>().ok())
            .max()
            .unwrap();
        let bin = PathBuf::from(format!("/usr/lib/postgresql/{version}/bin"));
        let dir = std::env::temp_dir().join(format!(
            "hulpwijzer-pgtls-{}-{}",
            std::process::id(),
            common::unique()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let as_postgres = std::fs::metadata("/proc/self").unwrap().uid() == 0;
        let mut params =
            CertificateParams::new(vec!["localhost".into(), "127.0.0.1".into()]).unwrap();
        params
            .distinguished_name
            .push(DnType::CommonName, "localhost");
        let key = KeyPair::generate().unwrap();
        let cert = params.signed_by(&key, issuer).unwrap();
        std::fs::write(dir.join("server.crt"), cert.pem()).unwrap();
        std::fs::write(dir.join("server.key"), key.serialize_pem()).unwrap();
        std::fs::set_permissions(dir.join("server.key"), PermissionsExt::from_mode(0o600)).unwrap();
        std::fs::write(dir.join("pw"), PASSWORD).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let cluster = TlsCluster {
            dir,
            bin,
            port,
            as_postgres,
        };
        if as_postgres {
            let status = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&cluster.dir)
                .status()
                .unwrap();
            assert!(status.success());
        }
        let data = cluster.dir.join("data");
        cluster.run(
            "initdb",
            &[
                "-D",
                path(&data),
                "-U",
                "postgres",
                "--pwfile",
                path(&cluster.dir.join("pw")),
                "--auth",
                "scram-sha-256",
                "--no-sync",
                "-E",
                "UTF8",
            ],
        );
        let conf = format!(
            "\nlisten_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{dir}'\n\
             ssl = on\nssl_cert_file = '{dir}/server.crt'\nssl_key_file = '{dir}/server.key'\n\
             fsync = off\n",
            dir = cluster.dir.display()
        );
        let mut pg_conf = std::fs::read_to_string(data.join("postgresql.conf")).unwrap();
        pg_conf.push_str(&conf);
        std::fs::write(data.join("postgresql.conf"), pg_conf).unwrap();
        // Only TLS over TCP; no plain-text rule at all.
        std::fs::write(
            data.join("pg_hba.conf"),
            "hostssl all all 127.0.0.1/32 scram-sha-256\n",
        )
        .unwrap();
        let log = cluster.dir.join("log");
        cluster.run(
            "pg_ctl",
            &[
                "-D",
                path(&data),
                "-l",
                path(&log),
                "-w",
                "-t",
                "60",
                "start",
            ],
        );
        cluster
    }

    /// Runs a PostgreSQL tool (as `postgres` when root), asserting it succeeds.
    fn run(&self, tool: &str, args: &[&str]) {
        let exe = self.bin.join(tool);
        let mut cmd = if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(exe);
            c
        } else {
            Command::new(exe)
        };
        let out = cmd.args(args).current_dir(&self.dir).output().unwrap();
        let log = std::fs::read_to_string(self.dir.join("log")).unwrap_or_default();
        assert!(out.status.success(), "{tool} failed: {out:?}\n{log}");
    }

    /// A URL for this cluster with `host` and these query parameters.
    fn url(&self, host: &str, query: &str) -> String {
        format!(
            "postgres://postgres:{PASSWORD}@{host}:{}/postgres?hostaddr=127.0.0.1&{query}",
            self.port
        )
    }
}

impl Drop for TlsCluster {
    fn drop(&mut self) {
        let data = self.dir.join("data");
        let exe = self.bin.join("pg_ctl");
        let args = ["-D", path(&data), "-m", "immediate", "-w", "stop"];
        let _ = if self.as_postgres {
            Command::new("runuser")
                .args(["-u", "postgres", "--"])
                .arg(exe)
                .args(args)
                .output()
        } else {
            Command::new(exe).args(args).output()
        };
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The start-up error for `url`.
async fn refused(url: &str) -> String {
    match PgStore::connect(url, 1).await {
        Ok(_) => panic!("connected with {url}"),
        Err(e) => e.to_string(),
    }
}

#[tokio::test]
async fn postgres_over_verified_tls() {
    if common::postgres_url().is_none() {
        return;
    }
    let (ca_pem, issuer) = ca("Hulpwijzer test CA");
    let (other_ca_pem, _) = ca("Another CA");
    let cluster = TlsCluster::start(&issuer);
    let ca_file = cluster.dir.join("ca.pem");
    std::fs::write(&ca_file, &ca_pem).unwrap();
    let other_ca_file = cluster.dir.join("other-ca.pem");
    std::fs::write(&other_ca_file, &other_ca_pem).unwrap();
    let root = |file: &Path| format!("sslmode=verify-full&sslrootcert={}", file.display());

    // (a) verify-full with the CA: connected over TLS, offers stored and exported.
    let store = PgStore::connect(&cluster.url("localhost", &root(&ca_file)), 2)
        .await
        .unwrap();
    assert!(store.tls_in_use().await.unwrap());
    let store: Arc<dyn Store> = Arc::new(store);
    let base = common::serve(Arc::clone(&store)).await;
    let m = common::municipality();
    let staff = register(store.as_ref(), &m).await;
    let http = Client::builder().no_proxy().build().unwrap();
    let res = http
        .post(format!("{base}/v1/host-interest"))
        .json(&form(&m, &key()))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let (_, token) = cli::create_token(store.as_ref(), &m).await.unwrap();
    let items = http
        .get(format!("{base}/v1/municipalities/{m}/host-interest"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap()["items"]
        .clone();
    assert_eq!(items.as_array().unwrap().len(), 1);
    assert_eq!(open(&staff, &items[0])["name"], "Олена Коваленко");

    // (b) verify-full without the CA (public roots) or with another CA: refused.
    for url in [
        cluster.url("localhost", "sslmode=verify-full"),
        cluster.url("localhost", &root(&other_ca_file)),
    ] {
        let err = refused(&url).await;
        assert!(
            err.contains("invalid peer certificate") && err.contains("UnknownIssuer"),
            "{err}"
        );
        assert!(err.contains("must chain to sslrootcert"), "{err}");
        assert!(!err.contains(PASSWORD), "{err}");
    }
    // … and the binary stops at start-up with that message.
    let out = Command::new(env!("CARGO_BIN_EXE_hulpwijzer-endpoint"))
        .arg("migrate")
        .env(
            "DATABASE_URL",
            cluster.url("localhost", &root(&other_ca_file)),
        )
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.contains("UnknownIssuer"),
        "{stderr}"
    );

    // (c) The right CA but a host name the certificate does not name: refused.
    let err = refused(&cluster.url("db.hulpwijzer.invalid", &root(&ca_file))).await;
    assert!(err.contains("not valid for name"), "{err}");
    // With no sslmode a non-loopback host name gets verified TLS, not plain text.
    let err = refused(&cluster.url("db.hulpwijzer.invalid", "")).await;
    assert!(err.contains("invalid peer certificate"), "{err}");

    // (d) Plain text to the hostssl-only server: refused by the server.
    let err = refused(&cluster.url("localhost", "sslmode=disable")).await;
    assert!(err.contains("no encryption"), "{err}");
    // `prefer` would fall back to plain text silently: refused before connecting.
    let err = refused(&cluster.url("localhost", "sslmode=prefer")).await;
    assert!(err.contains("sslmode=prefer may fall back"), "{err}");
}
