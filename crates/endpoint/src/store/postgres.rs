//! PostgreSQL store: a small connection pool; each write is one committed statement.

use super::migrations::{binary, MIGRATIONS};
use super::{Inserted, NewSubmission, Store, StoreError, StoredSubmission, REFERENCE_ATTEMPTS};
use crate::secret::new_reference;
use deadpool_postgres::{Object, Pool, Runtime};
use tokio_postgres::error::SqlState;
use tokio_postgres::NoTls;

/// A PostgreSQL database.
pub struct PgStore {
    pool: Pool,
}

/// An arbitrary constant naming the migration lock, so concurrent cold starts wait.
const MIGRATION_LOCK: i64 = 0x6877_7a31;

impl PgStore {
    /// Connects to `url` with up to `pool_size` connections and migrates the schema.
    ///
    /// # Errors
    /// [`StoreError`] when the database cannot be reached or migrated.
    pub async fn connect(url: &str, pool_size: usize) -> Result<Self, StoreError> {
        let mut cfg = deadpool_postgres::Config::new();
        cfg.url = Some(url.to_owned());
        cfg.pool = Some(deadpool_postgres::PoolConfig::new(pool_size.max(1)));
        let pool = cfg
            .create_pool(Some(Runtime::Tokio1), NoTls)
            .map_err(|e| StoreError::Pool(e.to_string()))?;
        let store = PgStore { pool };
        store.migrate().await?;
        Ok(store)
    }

    async fn client(&self) -> Result<Object, StoreError> {
        self.pool
            .get()
            .await
            .map_err(|e| StoreError::Pool(e.to_string()))
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
            tx.batch_execute(&binary(sql, "BYTEA")).await?;
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

#[async_trait::async_trait]
impl Store for PgStore {
    async fn insert(&self, new: &NewSubmission) -> Result<Inserted, StoreError> {
        let client = self.client().await?;
        let insert = client
            .prepare_cached(
                "INSERT INTO host_interest (reference, idempotency_hash, municipality, \
                 received_at_ms, sealed) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (idempotency_hash) DO NOTHING RETURNING reference",
            )
            .await?;
        let select = "SELECT reference FROM host_interest WHERE idempotency_hash = $1";
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
                    // The earlier row was withdrawn in between: try again.
                }
                Err(e) if e.code() == Some(&SqlState::UNIQUE_VIOLATION) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Err(StoreError::ReferencesExhausted)
    }

    async fn list(&self, municipality: &str) -> Result<Vec<StoredSubmission>, StoreError> {
        let rows = self
            .client()
            .await?
            .query(
                "SELECT reference, received_at_ms, sealed FROM host_interest \
                 WHERE municipality = $1 ORDER BY received_at_ms, reference",
                &[&municipality],
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
        let sql = "DELETE FROM host_interest WHERE reference = $1 AND idempotency_hash = $2";
        Ok(self
            .client()
            .await?
            .execute(sql, &[&reference, &idempotency_hash])
            .await?
            > 0)
    }

    async fn handled(&self, municipality: &str, reference: &str) -> Result<bool, StoreError> {
        let sql = "DELETE FROM host_interest WHERE municipality = $1 AND reference = $2";
        Ok(self
            .client()
            .await?
            .execute(sql, &[&municipality, &reference])
            .await?
            > 0)
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
        let sql = "DELETE FROM host_interest WHERE received_at_ms < $1";
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
