//! PostgreSQL store: a small connection pool; each write is one committed statement.
//! Plain text or verified TLS as `DATABASE_URL` says ([`super::pg_tls`]).

use super::migrations::{for_database, MIGRATIONS, POSTGRES_ID};
use super::pg_tls::{PgSettings, SslMode};
use super::{
    Inserted, NewSubmission, Order, Position, Store, StoreError, StoredSubmission, Unregistered,
    REFERENCE_ATTEMPTS,
};
use crate::secret::new_reference;
use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod, Runtime};
use tokio_postgres::error::SqlState;
use tokio_postgres::NoTls;
use tokio_postgres_rustls::MakeRustlsConnect;

/// A PostgreSQL database.
pub struct PgStore {
    pool: Pool,
}

/// An arbitrary constant naming the migration lock, so concurrent cold starts wait.
const MIGRATION_LOCK: i64 = 0x6877_7a31;

impl PgStore {
    /// Connects to `url` with up to `pool_size` connections and migrates the schema. Over
    /// TLS, a certificate that does not chain to the roots or name the host fails here.
    ///
    /// # Errors
    /// [`StoreError`] when the URL is refused or the database cannot be reached or
    /// migrated.
    pub async fn connect(url: &str, pool_size: usize) -> Result<Self, StoreError> {
        let settings = PgSettings::from_url(url)?;
        if settings.mode == SslMode::Disable && !settings.is_local() {
            tracing::warn!("sslmode=disable: PostgreSQL traffic to a remote host is plain text");
        }
        let manager_config = ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        };
        let manager = match settings.tls {
            Some(tls) => {
                Manager::from_config(settings.config, MakeRustlsConnect::new(tls), manager_config)
            }
            None => Manager::from_config(settings.config, NoTls, manager_config),
        };
        let pool = Pool::builder(manager)
            .max_size(pool_size.max(1))
            .runtime(Runtime::Tokio1)
            .build()
            .map_err(|e| StoreError::Pool(e.to_string()))?;
        let store = PgStore { pool };
        if let Err(e) = store.migrate().await {
            return Err(match (settings.mode, e) {
                (SslMode::VerifyFull, StoreError::Pool(e)) => StoreError::Pool(format!(
                    "{e} (over TLS: the server's certificate must chain to sslrootcert, or to \
                     the public roots without it, and name the host in DATABASE_URL)"
                )),
                (_, e) => e,
            });
        }
        tracing::info!(tls = store.tls_in_use().await?, "connected to PostgreSQL");
        Ok(store)
    }

    /// Whether this store's connections are encrypted, as the server sees it
    /// (`pg_stat_ssl`).
    ///
    /// # Errors
    /// [`StoreError`] when the database fails.
    pub async fn tls_in_use(&self) -> Result<bool, StoreError> {
        let sql = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()";
        Ok(self.client().await?.query_one(sql, &[]).await?.get(0))
    }

    pub(super) async fn client(&self) -> Result<Object, StoreError> {
        self.pool
            .get()
            .await
            .map_err(|e| StoreError::Pool(with_causes(&e)))
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS hulpwijzer_migrations (version INT PRIMARY KEY)",
        )
        .await?;
        let row = tx
            .query_one(
                "SELECT COALESCE(MAX(version), 0) FROM hulpwijzer_migrations",
                &[],
            )
            .await?;
        let done = usize::try_from(row.get::<_, i32>(0)).unwrap_or(0);
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(done) {
            tx.batch_execute(&for_database(sql, "BYTEA", POSTGRES_ID))
                .await?;
            let version = i32::try_from(i + 1).map_err(|e| StoreError::Internal(e.to_string()))?;
            tx.execute(
                "INSERT INTO hulpwijzer_migrations (version) VALUES ($1)",
                &[&version],
            )
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

impl PgStore {
    /// Deletes the offer `filter` selects (over the two `args`) and keeps its idempotency
    /// key's hash and the time it was received in `withdrawn_key`, in one statement;
    /// whether an offer was deleted.
    async fn end_offer(&self, filter: &str, args: [&str; 2]) -> Result<bool, StoreError> {
        let sql = format!(
            "WITH gone AS (DELETE FROM host_interest WHERE {filter} \
             RETURNING idempotency_hash, received_at_ms), \
             kept AS (INSERT INTO withdrawn_key (idempotency_hash, received_at_ms) \
             SELECT idempotency_hash, received_at_ms FROM gone ON CONFLICT DO NOTHING) \
             SELECT count(*) FROM gone"
        );
        let row = self
            .client()
            .await?
            .query_one(&sql, &[&args[0], &args[1]])
            .await?;
        Ok(row.get::<_, i64>(0) > 0)
    }
}

/// `e` and the causes its message leaves out (deadpool's names only the first), such as
/// the certificate problem under a failed TLS handshake.
fn with_causes(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        let part = c.to_string();
        if !text.contains(&part) {
            text = format!("{text}: {part}");
        }
        cause = c.source();
    }
    text
}

#[async_trait::async_trait]
impl Store for PgStore {
    async fn insert(&self, new: &NewSubmission) -> Result<Inserted, StoreError> {
        let client = self.client().await?;
        // Not when the offer sent with this key was withdrawn or handled.
        let insert = client
            .prepare_cached(
                "INSERT INTO host_interest (reference, idempotency_hash, municipality, \
                 received_at_ms, sealed) SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS \
                 (SELECT 1 FROM withdrawn_key WHERE idempotency_hash = $2) \
                 ON CONFLICT (idempotency_hash) DO NOTHING RETURNING reference",
            )
            .await?;
        let select = "SELECT reference FROM host_interest WHERE idempotency_hash = $1";
        let withdrawn = "SELECT 1 FROM withdrawn_key WHERE idempotency_hash = $1";
        for _ in 0..REFERENCE_ATTEMPTS {
            let reference = new_reference()?;
            let args: [&(dyn tokio_postgres::types::ToSql + Sync); 5] = [
                &reference,
                &new.idempotency_hash,
                &new.municipality,
                &new.received_at_ms,
                &new.sealed,
            ];
            match client.query_opt(&insert, &args).await {
                Ok(Some(_)) => return Ok(Inserted::Created(reference)),
                Ok(None) => {
                    if let Some(row) = client.query_opt(select, &[&new.idempotency_hash]).await? {
                        return Ok(Inserted::Existing(row.get(0)));
                    }
                    let hash = &new.idempotency_hash;
                    if client.query_opt(withdrawn, &[hash]).await?.is_some() {
                        return Ok(Inserted::Withdrawn);
                    }
                    // The earlier row was withdrawn in between: look again.
                }
                Err(e) if e.code() == Some(&SqlState::UNIQUE_VIOLATION) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Err(StoreError::ReferencesExhausted)
    }

    async fn list_page(
        &self,
        municipality: &str,
        after: &Position,
        limit: usize,
        order: Order,
    ) -> Result<Vec<StoredSubmission>, StoreError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = self
            .client()
            .await?
            .query(
                order.page_sql(),
                &[
                    &municipality,
                    &after.received_at_ms,
                    &after.reference,
                    &limit,
                ],
            )
            .await?;
        Ok(rows
            .iter()
            .map(|r| StoredSubmission {
                reference: r.get(0),
                received_at_ms: r.get(1),
                sealed: r.get(2),
            })
            .collect())
    }

    async fn withdraw(&self, reference: &str, idempotency_hash: &str) -> Result<bool, StoreError> {
        self.end_offer(
            "reference = $1 AND idempotency_hash = $2",
            [reference, idempotency_hash],
        )
        .await
    }

    async fn handled(&self, municipality: &str, reference: &str) -> Result<bool, StoreError> {
        self.end_offer(
            "municipality = $1 AND reference = $2",
            [municipality, reference],
        )
        .await
    }

    async fn register_key(
        &self,
        municipality: &str,
        recipient: &str,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let sql = "INSERT INTO municipality_key (municipality, recipient, registered_at_ms) \
                   VALUES ($1, $2, $3) ON CONFLICT (municipality) DO UPDATE \
                   SET recipient = excluded.recipient, registered_at_ms = excluded.registered_at_ms";
        self.client()
            .await?
            .execute(sql, &[&municipality, &recipient, &now_ms])
            .await?;
        Ok(())
    }

    async fn unregister(
        &self,
        municipality: &str,
        purge: bool,
        now_ms: i64,
    ) -> Result<Unregistered, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await?;
        let sql = "DELETE FROM municipality_key WHERE municipality = $1";
        if tx.execute(sql, &[&municipality]).await? == 0 {
            return Ok(Unregistered::NotRegistered);
        }
        let sql = "SELECT count(*) FROM host_interest WHERE municipality = $1";
        let stored =
            u64::try_from(tx.query_one(sql, &[&municipality]).await?.get::<_, i64>(0)).unwrap_or(0);
        if stored > 0 && !purge {
            // Dropping `tx` rolls the key's deletion back.
            return Ok(Unregistered::OffersRemain(stored));
        }
        let sql = "DELETE FROM host_interest WHERE municipality = $1";
        let offers_deleted = tx.execute(sql, &[&municipality]).await?;
        let sql = "DELETE FROM card_proposals WHERE municipality = $1";
        let proposals_deleted = if purge {
            tx.execute(sql, &[&municipality]).await?
        } else {
            0
        };
        let sql = "UPDATE export_token SET revoked_at_ms = $1 \
                   WHERE municipality = $2 AND revoked_at_ms IS NULL";
        let tokens_revoked = tx.execute(sql, &[&now_ms, &municipality]).await?;
        tx.commit().await?;
        Ok(Unregistered::Done {
            offers_deleted,
            tokens_revoked,
            proposals_deleted,
        })
    }

    async fn key_of(&self, municipality: &str) -> Result<Option<String>, StoreError> {
        let sql = "SELECT recipient FROM municipality_key WHERE municipality = $1";
        let row = self
            .client()
            .await?
            .query_opt(sql, &[&municipality])
            .await?;
        Ok(row.map(|r| r.get(0)))
    }

    async fn registered(&self) -> Result<Vec<String>, StoreError> {
        let sql = "SELECT municipality FROM municipality_key ORDER BY municipality";
        let rows = self.client().await?.query(sql, &[]).await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    async fn purge(&self, before_ms: i64) -> Result<u64, StoreError> {
        let sql = "WITH kept AS (DELETE FROM withdrawn_key WHERE received_at_ms < $1) \
                   DELETE FROM host_interest WHERE received_at_ms < $1";
        Ok(self.client().await?.execute(sql, &[&before_ms]).await?)
    }

    async fn add_token(
        &self,
        id: &str,
        m: &str,
        hash: &str,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let sql = "INSERT INTO export_token (id, municipality, token_hash, created_at_ms) \
                   VALUES ($1, $2, $3, $4)";
        self.client()
            .await?
            .execute(sql, &[&id, &m, &hash, &now_ms])
            .await?;
        Ok(())
    }

    async fn revoke_token(&self, id: &str, now_ms: i64) -> Result<bool, StoreError> {
        let sql =
            "UPDATE export_token SET revoked_at_ms = $1 WHERE id = $2 AND revoked_at_ms IS NULL";
        Ok(self.client().await?.execute(sql, &[&now_ms, &id]).await? > 0)
    }

    async fn token_municipality(&self, token_hash: &str) -> Result<Option<String>, StoreError> {
        let sql =
            "SELECT municipality FROM export_token WHERE token_hash = $1 AND revoked_at_ms IS NULL";
        let row = self.client().await?.query_opt(sql, &[&token_hash]).await?;
        Ok(row.map(|r| r.get(0)))
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.client().await?.query_one("SELECT 1", &[]).await?;
        Ok(())
    }
}
