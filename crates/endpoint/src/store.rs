//! Storage of submissions and export tokens behind one trait, with SQLite and PostgreSQL.
//!
//! A submission row holds the reference, the SHA-256 of the client's idempotency key
//! (the proof for withdrawing; the key itself is never stored), the municipality, the
//! time received and the offer **sealed** to the municipality's key ([`crate::seal`]):
//! nothing personal is stored readable. Municipalities take offers only once their key
//! is registered (`municipality_key`). Of a withdrawn or handled offer only the hash of
//! its idempotency key and the time it was received stay (`withdrawn_key`), until the
//! retention ends, so that sending it again does not bring it back.

/// Municipalities' proposals for their own card.
pub mod cards;
/// The schema, shared by both databases.
mod migrations;
/// `DATABASE_URL`'s `sslmode` and `sslrootcert`: plain text or verified TLS (rustls).
pub mod pg_tls;
/// PostgreSQL through a `deadpool-postgres` pool.
pub mod postgres;
/// [`CardStore`] for PostgreSQL.
mod postgres_cards;
/// SQLite through `rusqlite` in WAL mode: one writer thread with group commit, one reader.
pub mod sqlite;

use crate::config::{Config, Database};
pub use cards::{CardStatus, CardStore, Decided, StoredCard, Verdict};
use std::sync::Arc;

/// How many fresh references an insert tries before giving up (collisions are rare).
pub(crate) const REFERENCE_ATTEMPTS: usize = 8;

/// What the store failed at; never shown to clients.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite reported an error.
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL reported an error.
    #[error("postgres: {0}")]
    Postgres(#[from] tokio_postgres::Error),
    /// `DATABASE_URL` names a connection the endpoint refuses (such as `sslmode=prefer`).
    #[error(transparent)]
    PgUrl(#[from] pg_tls::PgUrlError),
    /// No PostgreSQL connection could be taken from the pool.
    #[error("postgres pool: {0}")]
    Pool(String),
    /// The operating system's random source failed.
    #[error("random source: {0}")]
    Random(#[from] getrandom::Error),
    /// A worker thread panicked or a lock was poisoned.
    #[error("internal: {0}")]
    Internal(String),
    /// No unused reference was found in [`REFERENCE_ATTEMPTS`] tries.
    #[error("no free reference found")]
    ReferencesExhausted,
}

/// A submission to store.
#[derive(Clone, Debug)]
pub struct NewSubmission {
    /// Hex SHA-256 of the client's idempotency key.
    pub idempotency_hash: String,
    /// CBS code of the municipality the offer is for.
    pub municipality: String,
    /// When it was received, milliseconds since the Unix epoch.
    pub received_at_ms: i64,
    /// The normalised form as JSON, sealed to the municipality's key (age format).
    pub sealed: Vec<u8>,
}

/// The outcome of [`Store::insert`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inserted {
    /// A new row was committed under this reference.
    Created(String),
    /// The idempotency key was seen before; this is the first submission's reference.
    Existing(String),
    /// The offer sent with this idempotency key was withdrawn or handled (its key's hash
    /// is kept until the retention ends); nothing was stored.
    Withdrawn,
}

/// The order of an export's pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// By time received, then reference (the export's own order).
    OldestFirst,
    /// The reverse: the staff page shows the newest offers first, as soon as they arrive.
    NewestFirst,
}

impl Order {
    /// The page's SQL, the same in both stores but for the placeholders: `$1`…`$4`
    /// (municipality, time and reference after which it starts, limit), written `?1`… for
    /// SQLite.
    pub fn page_sql(self) -> &'static str {
        match self {
            Order::OldestFirst => {
                "SELECT reference, received_at_ms, sealed FROM host_interest \
                 WHERE municipality = $1 AND (received_at_ms, reference) > ($2, $3) \
                 ORDER BY received_at_ms, reference LIMIT $4"
            }
            Order::NewestFirst => {
                "SELECT reference, received_at_ms, sealed FROM host_interest \
                 WHERE municipality = $1 AND (received_at_ms, reference) < ($2, $3) \
                 ORDER BY received_at_ms DESC, reference DESC LIMIT $4"
            }
        }
    }
}

/// Where a page of an export ends: the last offer on it, in the page's [`Order`] (time
/// received, then reference, or the reverse). The next page starts after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    /// When that offer was received, milliseconds since the Unix epoch.
    pub received_at_ms: i64,
    /// Its reference.
    pub reference: String,
}

impl Position {
    /// Before every offer in `order`.
    pub fn start(order: Order) -> Self {
        // No offer is received at either end of an i64 of milliseconds, and `""` sorts
        // before every reference.
        let received_at_ms = match order {
            Order::OldestFirst => i64::MIN,
            Order::NewestFirst => i64::MAX,
        };
        Position {
            received_at_ms,
            reference: String::new(),
        }
    }
}

/// A stored submission, as exported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredSubmission {
    /// The human-readable reference.
    pub reference: String,
    /// When it was received, milliseconds since the Unix epoch.
    pub received_at_ms: i64,
    /// The sealed offer (age format), as stored.
    pub sealed: Vec<u8>,
}

/// The outcome of [`Store::unregister`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unregistered {
    /// The municipality had no registered key; nothing changed.
    NotRegistered,
    /// Offers for it are still stored and `purge` was not asked for; nothing changed.
    OffersRemain(u64),
    /// Its key is gone (it takes no more offers), its export tokens are revoked, and
    /// this many stored offers and card proposals were deleted (0 unless `purge`).
    Done {
        /// Stored offers deleted.
        offers_deleted: u64,
        /// Active export tokens revoked.
        tokens_revoked: u64,
        /// Card proposals deleted.
        proposals_deleted: u64,
    },
}

/// Durable storage. Every write returns only after it is committed. Card proposals are
/// the supertrait [`CardStore`] (in its own file).
#[async_trait::async_trait]
pub trait Store: CardStore + Send + Sync {
    /// Stores `new` under a fresh reference, or returns the reference already stored for
    /// the same idempotency key.
    async fn insert(&self, new: &NewSubmission) -> Result<Inserted, StoreError>;
    /// Up to `limit` submissions for `municipality` after `after` in `order` (by time
    /// received, then reference, or the reverse).
    async fn list_page(
        &self,
        municipality: &str,
        after: &Position,
        limit: usize,
        order: Order,
    ) -> Result<Vec<StoredSubmission>, StoreError>;
    /// All submissions for `municipality`, oldest first.
    async fn list(&self, municipality: &str) -> Result<Vec<StoredSubmission>, StoreError> {
        let order = Order::OldestFirst;
        self.list_page(municipality, &Position::start(order), usize::MAX, order)
            .await
    }
    /// Deletes the submission with `reference` if its idempotency hash matches, keeping
    /// only that hash (and the time received, for the retention) so that sending the
    /// offer again answers [`Inserted::Withdrawn`]; whether a row was deleted.
    async fn withdraw(&self, reference: &str, idempotency_hash: &str) -> Result<bool, StoreError>;
    /// Deletes the submission `reference` of `municipality` (staff marked it handled),
    /// keeping its idempotency hash as [`Store::withdraw`] does; whether a row was deleted.
    async fn handled(&self, municipality: &str, reference: &str) -> Result<bool, StoreError>;
    /// Deletes submissions received before `before_ms`, and the kept hashes of withdrawn
    /// and handled ones received before then; how many submissions.
    async fn purge(&self, before_ms: i64) -> Result<u64, StoreError>;
    /// Registers (or replaces) the public key `recipient` (`age1…`) of `municipality`,
    /// which from then on takes offers.
    async fn register_key(
        &self,
        municipality: &str,
        recipient: &str,
        now_ms: i64,
    ) -> Result<(), StoreError>;
    /// Stops `municipality` taking offers, in one transaction: refuses while offers for
    /// it are stored unless `purge` (which deletes them and its card proposals); else
    /// removes its key and revokes its export tokens.
    async fn unregister(
        &self,
        municipality: &str,
        purge: bool,
        now_ms: i64,
    ) -> Result<Unregistered, StoreError>;
    /// The registered public key of `municipality`, if it takes offers.
    async fn key_of(&self, municipality: &str) -> Result<Option<String>, StoreError>;
    /// The municipalities that take offers, by code.
    async fn registered(&self) -> Result<Vec<String>, StoreError>;
    /// Stores a new export token (only its hash) for `municipality`.
    async fn add_token(
        &self,
        id: &str,
        municipality: &str,
        token_hash: &str,
        now_ms: i64,
    ) -> Result<(), StoreError>;
    /// Revokes the token `id`; whether an active token was revoked.
    async fn revoke_token(&self, id: &str, now_ms: i64) -> Result<bool, StoreError>;
    /// The municipality of the active token with this hash.
    async fn token_municipality(&self, token_hash: &str) -> Result<Option<String>, StoreError>;
    /// Checks the database answers.
    async fn ping(&self) -> Result<(), StoreError>;
}

/// Opens (and migrates) the database the configuration names.
///
/// # Errors
/// [`StoreError`] when the database cannot be opened or migrated.
pub async fn open(config: &Config) -> Result<Arc<dyn Store>, StoreError> {
    Ok(match &config.database {
        Database::Sqlite(path) => Arc::new(sqlite::SqliteStore::open(path)?),
        Database::Postgres(url) => {
            Arc::new(postgres::PgStore::connect(url, config.pg_pool_size).await?)
        }
    })
}
