//! Configuration, read once from the environment at start-up (fail fast on bad values).

use axum::http::HeaderName;
use hulpwijzer_listener::Limits;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// The shortest retention accepted: municipalities need time to export an offer, and a
/// typo such as `0` would delete every offer at start-up.
pub const MIN_RETENTION_DAYS: u32 = 30;

/// Why the environment does not make a valid configuration.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A variable is set but cannot be parsed.
    #[error("environment variable {name} has an invalid value: {reason}")]
    Invalid {
        /// The variable's name.
        name: &'static str,
        /// What is wrong.
        reason: String,
    },
    /// `HULPWIJZER_RETENTION_DAYS` is below [`MIN_RETENTION_DAYS`].
    #[error(
        "HULPWIJZER_RETENTION_DAYS={0} would delete offers before municipalities can export them; \
         use at least {MIN_RETENTION_DAYS} days"
    )]
    RetentionTooShort(u32),
}

/// Where submissions are stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Database {
    /// A PostgreSQL connection string (`DATABASE_URL=postgres://…`).
    Postgres(String),
    /// A SQLite file (`HULPWIJZER_DB`), or `:memory:` for tests.
    Sqlite(PathBuf),
}

/// The token-bucket rate limit per client address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests a client may send in a burst (bucket size); 0 disables the limit.
    pub burst: u32,
    /// Requests per minute the bucket refills with.
    pub per_minute: u32,
}

/// The endpoint's configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// `HULPWIJZER_BIND`, default `127.0.0.1:8787` (ignored on Lambda).
    pub bind: SocketAddr,
    /// `DATABASE_URL` when it starts with `postgres://` or `postgresql://`, else the
    /// SQLite file `HULPWIJZER_DB` (default `./data/hulpwijzer.sqlite3`).
    pub database: Database,
    /// `HULPWIJZER_CORS_ORIGINS`: comma-separated origins allowed to call the API from a
    /// browser; empty means same-origin only.
    pub cors_origins: Vec<String>,
    /// `HULPWIJZER_RATE_BURST` (default 5) and `HULPWIJZER_RATE_PER_MINUTE` (default 10).
    pub rate_limit: RateLimit,
    /// `HULPWIJZER_RETENTION_DAYS`, default 180: older submissions are purged.
    pub retention_days: u32,
    /// `HULPWIJZER_BODY_LIMIT`, bytes, default 16384.
    pub body_limit: usize,
    /// `HULPWIJZER_TIMEOUT_MS`, default 10000.
    pub request_timeout: Duration,
    /// `HULPWIJZER_PG_POOL`, PostgreSQL connections, default 8.
    pub pg_pool_size: usize,
    /// `HULPWIJZER_TRUSTED_PROXY_HEADER`: the header (such as `X-Forwarded-For`) in which a
    /// reverse proxy in front of the endpoint puts the client's address; its last entry is
    /// used for the rate limit. Unset (the default): the socket's peer address.
    pub trusted_proxy_header: Option<HeaderName>,
    /// `HULPWIJZER_HEADER_TIMEOUT_MS` (default 10000), `HULPWIJZER_IDLE_TIMEOUT_MS` (default
    /// 30000), `HULPWIJZER_MAX_CONNECTIONS` (default 512) and
    /// `HULPWIJZER_MAX_CONNECTIONS_PER_CLIENT` (default 64; 0, no limit, by default when
    /// `HULPWIJZER_TRUSTED_PROXY_HEADER` is set) for the local listener.
    pub listener: Limits,
}

impl Config {
    /// Reads the configuration from the process environment.
    ///
    /// # Errors
    /// [`ConfigError`] naming the first variable with a bad value.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the configuration through `get` (the environment, or a map in tests).
    ///
    /// # Errors
    /// [`ConfigError`] naming the first variable with a bad value.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| get(name).filter(|v| !v.trim().is_empty());
        let url = get("DATABASE_URL");
        let database = match url {
            Some(u) if u.starts_with("postgres://") || u.starts_with("postgresql://") => {
                Database::Postgres(u)
            }
            _ => Database::Sqlite(
                get("HULPWIJZER_DB")
                    .unwrap_or_else(|| "./data/hulpwijzer.sqlite3".into())
                    .into(),
            ),
        };
        let retention_days = parse(&get, "HULPWIJZER_RETENTION_DAYS", Some(180))?;
        if retention_days < MIN_RETENTION_DAYS {
            return Err(ConfigError::RetentionTooShort(retention_days));
        }
        let defaults = Limits::default();
        let ms = |d: Duration| Some(u64::try_from(d.as_millis()).unwrap_or(u64::MAX));
        let max_connections = parse(
            &get,
            "HULPWIJZER_MAX_CONNECTIONS",
            Some(defaults.max_connections),
        )?;
        let trusted_proxy_header = match get("HULPWIJZER_TRUSTED_PROXY_HEADER") {
            Some(_) => Some(parse(&get, "HULPWIJZER_TRUSTED_PROXY_HEADER", None)?),
            None => None,
        };
        let listener = Limits {
            header_read_timeout: Duration::from_millis(parse(
                &get,
                "HULPWIJZER_HEADER_TIMEOUT_MS",
                ms(defaults.header_read_timeout),
            )?),
            idle_timeout: Duration::from_millis(parse(
                &get,
                "HULPWIJZER_IDLE_TIMEOUT_MS",
                ms(defaults.idle_timeout),
            )?),
            max_connections,
            max_connections_per_client: per_client(
                &get,
                max_connections,
                trusted_proxy_header.is_some(),
            )?,
        };
        Ok(Config {
            bind: parse(&get, "HULPWIJZER_BIND", "127.0.0.1:8787".parse().ok())?,
            database,
            cors_origins: get("HULPWIJZER_CORS_ORIGINS")
                .map(|v| {
                    v.split(',')
                        .map(|o| o.trim().to_owned())
                        .filter(|o| !o.is_empty())
                        .collect()
                })
                .unwrap_or_default(),
            rate_limit: RateLimit {
                burst: parse(&get, "HULPWIJZER_RATE_BURST", Some(5))?,
                per_minute: parse(&get, "HULPWIJZER_RATE_PER_MINUTE", Some(10))?,
            },
            retention_days,
            body_limit: parse(&get, "HULPWIJZER_BODY_LIMIT", Some(16 * 1024))?,
            request_timeout: Duration::from_millis(parse(
                &get,
                "HULPWIJZER_TIMEOUT_MS",
                Some(10_000),
            )?),
            pg_pool_size: parse(&get, "HULPWIJZER_PG_POOL", Some(8))?,
            trusted_proxy_header,
            listener,
        })
    }
}

/// `HULPWIJZER_MAX_CONNECTIONS_PER_CLIENT`: by default 64, or 0 (no limit) behind a
/// trusted proxy, whose own address every connection comes from; a limit must be below
/// `HULPWIJZER_MAX_CONNECTIONS`, else one client could still take every slot.
fn per_client(
    get: &impl Fn(&str) -> Option<String>,
    max_connections: usize,
    behind_proxy: bool,
) -> Result<usize, ConfigError> {
    const NAME: &str = "HULPWIJZER_MAX_CONNECTIONS_PER_CLIENT";
    let default = if behind_proxy {
        0
    } else {
        Limits::default().max_connections_per_client
    };
    let cap: usize = parse(get, NAME, Some(default))?;
    if cap >= max_connections && cap > 0 {
        return Err(ConfigError::Invalid {
            name: NAME,
            reason: format!(
                "{cap} is not below HULPWIJZER_MAX_CONNECTIONS={max_connections}; \
                 one client could take every connection"
            ),
        });
    }
    Ok(cap)
}

fn parse<T: std::str::FromStr>(
    get: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    default: Option<T>,
) -> Result<T, ConfigError>
where
    T::Err: std::fmt::Display,
{
    match get(name) {
        Some(v) => v.trim().parse().map_err(|e: T::Err| ConfigError::Invalid {
            name,
            reason: e.to_string(),
        }),
        None => default.ok_or(ConfigError::Invalid {
            name,
            reason: "missing".into(),
        }),
    }
}
