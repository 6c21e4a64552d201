//! How the endpoint reaches PostgreSQL: `sslmode` and `sslrootcert` read from the
//! `DATABASE_URL`, TLS through rustls with the server's certificate **and** host name
//! always verified.
//!
//! `tokio-postgres` knows only `sslmode=disable|prefer|require` and rejects
//! `sslrootcert`, so both are taken out of the URL here and the rest is passed on.
//! `prefer` and `allow` are refused: they fall back to plain text without telling. With
//! no `sslmode`, a loopback address or Unix socket is reached in plain text and every
//! other host over verified TLS, so a remote database is never reached in plain text
//! unless `sslmode=disable` says so.

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use rustls::RootCertStore;
use std::net::IpAddr;
use std::str::FromStr;
use std::sync::Arc;
use tokio_postgres::config::Host;

/// The transport security the endpoint uses for PostgreSQL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SslMode {
    /// Plain text: `sslmode=disable`, or no `sslmode` and a loopback host.
    Disable,
    /// TLS; the certificate must chain to a trusted root and name the host:
    /// `sslmode=verify-full`, `verify-ca` or `require`, or no `sslmode` and any other host.
    VerifyFull,
}

/// Why `DATABASE_URL` does not make a PostgreSQL connection the endpoint accepts.
#[derive(Debug, thiserror::Error)]
pub enum PgUrlError {
    /// `sslmode=prefer` or `allow`.
    #[error(
        "DATABASE_URL: sslmode={0} may fall back to plain text without telling; use \
         sslmode=verify-full (with sslrootcert=/path/to/ca.pem for a private CA), or \
         sslmode=disable for a database on this machine"
    )]
    SilentFallback(String),
    /// An `sslmode` PostgreSQL does not define.
    #[error("DATABASE_URL: unknown sslmode={0}; use verify-full, verify-ca, require or disable")]
    UnknownMode(String),
    /// `sslrootcert` together with `sslmode=disable`.
    #[error("DATABASE_URL: sslrootcert is set but sslmode=disable turns TLS off")]
    RootCertWithoutTls,
    /// The `sslrootcert` file cannot be read or holds no usable certificate.
    #[error("DATABASE_URL: cannot use sslrootcert={path}: {reason}")]
    RootCert {
        /// The file named.
        path: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The rest of the URL does not parse (the message names no password).
    #[error("DATABASE_URL: {0}")]
    Url(#[from] tokio_postgres::Error),
    /// rustls refused the configuration.
    #[error("DATABASE_URL: TLS set-up: {0}")]
    Tls(#[from] rustls::Error),
}

/// A parsed `DATABASE_URL`: the connection settings and, for TLS, the rustls client
/// configuration (ring, the roots from `sslrootcert` or Mozilla's public roots).
pub struct PgSettings {
    /// Everything but the TLS choice, with `ssl_mode` set to match [`Self::mode`].
    pub config: tokio_postgres::Config,
    /// Plain text or verified TLS.
    pub mode: SslMode,
    /// The TLS client configuration when [`Self::mode`] is [`SslMode::VerifyFull`].
    pub tls: Option<rustls::ClientConfig>,
}

impl PgSettings {
    /// Parses `url` (`postgres://…?sslmode=…&sslrootcert=…`) and reads the root file.
    ///
    /// # Errors
    /// [`PgUrlError`] naming what is refused or unreadable.
    pub fn from_url(url: &str) -> Result<Self, PgUrlError> {
        let (rest, sslmode, rootcert) = take_tls_params(url);
        let mut config = tokio_postgres::Config::from_str(&rest)?;
        let mode = match sslmode.as_deref() {
            None if is_local(&config) => SslMode::Disable,
            None | Some("verify-full" | "verify-ca" | "require") => SslMode::VerifyFull,
            Some("disable") => SslMode::Disable,
            Some(m @ ("prefer" | "allow")) => return Err(PgUrlError::SilentFallback(m.into())),
            Some(other) => return Err(PgUrlError::UnknownMode(other.into())),
        };
        let tls = match (mode, rootcert) {
            (SslMode::Disable, Some(_)) => return Err(PgUrlError::RootCertWithoutTls),
            (SslMode::Disable, None) => None,
            (SslMode::VerifyFull, root) => Some(client_config(roots(root.as_deref())?)?),
        };
        config.ssl_mode(match mode {
            SslMode::Disable => tokio_postgres::config::SslMode::Disable,
            SslMode::VerifyFull => tokio_postgres::config::SslMode::Require,
        });
        Ok(PgSettings { config, mode, tls })
    }

    /// Whether every host (and `hostaddr`) is a loopback address or a Unix socket.
    pub fn is_local(&self) -> bool {
        is_local(&self.config)
    }
}

/// `url` without its `sslmode` and `sslrootcert` parameters, and their (decoded) values.
fn take_tls_params(url: &str) -> (String, Option<String>, Option<String>) {
    // The query starts after the credentials (a password may hold a `?`… encoded or not).
    let after_at = url.rfind('@').map_or(0, |i| i + 1);
    let Some(q) = url[after_at..].find('?').map(|i| after_at + i) else {
        return (url.to_owned(), None, None);
    };
    let (mut sslmode, mut rootcert, mut kept) = (None, None, Vec::new());
    for pair in url[q + 1..].split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("sslmode", v)) => sslmode = Some(percent_decode(v)),
            Some(("sslrootcert", v)) => rootcert = Some(percent_decode(v)),
            _ => kept.push(pair),
        }
    }
    let mut rest = url[..q].to_owned();
    if !kept.is_empty() {
        rest.push('?');
        rest.push_str(&kept.join("&"));
    }
    (rest, sslmode, rootcert)
}

/// Decodes `%XX` escapes; anything malformed is kept as written.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn is_local(config: &tokio_postgres::Config) -> bool {
    let loopback = |ip: &IpAddr| ip.is_loopback();
    let hosts_local = config.get_hosts().iter().all(|h| match h {
        Host::Tcp(name) => {
            name == "localhost" || name.parse::<IpAddr>().is_ok_and(|ip| loopback(&ip))
        }
        Host::Unix(_) => true,
    });
    hosts_local && config.get_hostaddrs().iter().all(loopback)
}

/// The roots in the PEM file `path`, or Mozilla's public roots (`None` or `system`).
fn roots(path: Option<&str>) -> Result<RootCertStore, PgUrlError> {
    let Some(path) = path.filter(|p| *p != "system") else {
        return Ok(RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        });
    };
    let bad = |reason: String| PgUrlError::RootCert {
        path: path.to_owned(),
        reason,
    };
    let mut store = RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(path).map_err(|e| bad(e.to_string()))? {
        store
            .add(cert.map_err(|e| bad(e.to_string()))?)
            .map_err(|e| bad(e.to_string()))?;
    }
    if store.is_empty() {
        return Err(bad("no PEM certificate in the file".into()));
    }
    Ok(store)
}

fn client_config(roots: RootCertStore) -> Result<rustls::ClientConfig, PgUrlError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn mode(url: &str) -> Result<SslMode, String> {
        PgSettings::from_url(url)
            .map(|s| s.mode)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn plain_text_only_for_loopback_or_when_asked() {
        assert_eq!(
            mode("postgres://u:p@127.0.0.1:5432/db"),
            Ok(SslMode::Disable)
        );
        assert_eq!(mode("postgres://u:p@localhost/db"), Ok(SslMode::Disable));
        assert_eq!(mode("postgres://u:p@[::1]/db"), Ok(SslMode::Disable));
        assert_eq!(
            mode("postgres://u:p@db.example.org/db"),
            Ok(SslMode::VerifyFull)
        );
        assert_eq!(mode("postgres://u:p@10.0.0.5/db"), Ok(SslMode::VerifyFull));
        // A loopback name whose address is remote is remote.
        assert_eq!(
            mode("postgres://u:p@localhost/db?hostaddr=10.0.0.5"),
            Ok(SslMode::VerifyFull)
        );
        for m in ["require", "verify-ca", "verify-full"] {
            assert_eq!(
                mode(&format!("postgres://u:p@127.0.0.1/db?sslmode={m}")),
                Ok(SslMode::VerifyFull)
            );
        }
        assert_eq!(
            mode("postgres://u:p@db.example.org/db?sslmode=disable"),
            Ok(SslMode::Disable)
        );
    }

    #[test]
    fn refuses_silent_fallback_and_unknown_modes() {
        for m in ["prefer", "allow"] {
            let err = mode(&format!("postgres://u:p@db.example.org/db?sslmode={m}")).unwrap_err();
            assert!(
                err.contains("plain text") && err.contains("verify-full"),
                "{err}"
            );
        }
        let err = mode("postgres://u:p@h/db?sslmode=verify_full").unwrap_err();
        assert!(err.contains("unknown sslmode=verify_full"), "{err}");
        let err = mode("postgres://u:p@h/db?sslmode=disable&sslrootcert=/x.pem").unwrap_err();
        assert!(err.contains("sslrootcert"), "{err}");
        let err =
            mode("postgres://u:p@h/db?sslmode=verify-full&sslrootcert=/no/such.pem").unwrap_err();
        assert!(err.contains("cannot use sslrootcert=/no/such.pem"), "{err}");
    }

    #[test]
    fn keeps_other_parameters_and_decodes_the_root_path() {
        let (rest, mode, root) = take_tls_params(
            "postgres://u:p%3F@h:5/db?options=-c%20search_path%3Ds&sslmode=verify-full&sslrootcert=%2Ftmp%2Fca.pem",
        );
        assert_eq!(
            rest,
            "postgres://u:p%3F@h:5/db?options=-c%20search_path%3Ds"
        );
        assert_eq!(mode.as_deref(), Some("verify-full"));
        assert_eq!(root.as_deref(), Some("/tmp/ca.pem"));
        let settings =
            PgSettings::from_url("postgres://u:p@127.0.0.1/db?application_name=x").unwrap();
        assert_eq!(settings.config.get_application_name(), Some("x"));
        assert!(settings.tls.is_none() && settings.is_local());
    }
}
