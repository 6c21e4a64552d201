//! SQLite store: one connection in WAL mode with `synchronous = FULL`, so a committed
//! submission survives a crash or power loss. Calls run on tokio's blocking pool.

use super::migrations::MIGRATIONS;
use super::{Inserted, NewSubmission, Store, StoreError, StoredSubmission, REFERENCE_ATTEMPTS};
use crate::secret::new_reference;
use rusqlite::{params, Connection, ErrorCode, OptionalExtension};
use std::path::Path;
use std::sync::{Arc, Mutex};

/// A SQLite database file (or `:memory:`).
pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
}

impl SqliteStore {
    /// Opens or creates the database at `path` (creating its directory) and migrates it.
    ///
    /// # Errors
    /// [`StoreError`] when the file cannot be opened or migrated.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Internal(e.to_string()))?;
        }
        let mut conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut conn)?;
        Ok(SqliteStore {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` with the connection on the blocking pool.
    async fn with<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            let mut guard = conn
                .lock()
                .map_err(|_| StoreError::Internal("poisoned".into()))?;
            f(&mut guard)
        })
        .await
        .map_err(|e| StoreError::Internal(e.to_string()))?
    }
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let done: usize = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(done) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i + 1)?;
    }
    tx.commit()?;
    Ok(())
}

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == ErrorCode::ConstraintViolation)
}

fn insert(conn: &mut Connection, new: &NewSubmission) -> Result<Inserted, StoreError> {
    for _ in 0..REFERENCE_ATTEMPTS {
        let reference = new_reference()?;
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let existing: Option<String> = tx
            .query_row(
                "SELECT reference FROM host_interest WHERE idempotency_hash = ?1",
                [&new.idempotency_hash],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(reference) = existing {
            return Ok(Inserted::Existing(reference));
        }
        let result = tx.execute(
            "INSERT INTO host_interest (reference, idempotency_hash, municipality, \
             received_at_ms, payload) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                reference,
                new.idempotency_hash,
                new.municipality,
                new.received_at_ms,
                new.payload
            ],
        );
        match result {
            Ok(_) => {
                tx.commit()?;
                return Ok(Inserted::Created(reference));
            }
            // Only the reference can collide: the idempotency hash was checked above
            // inside this write transaction.
            Err(e) if is_unique_violation(&e) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(StoreError::ReferencesExhausted)
}

#[async_trait::async_trait]
impl Store for SqliteStore {
    async fn insert(&self, new: &NewSubmission) -> Result<Inserted, StoreError> {
        let new = new.clone();
        self.with(move |c| insert(c, &new)).await
    }

    async fn list(&self, municipality: &str) -> Result<Vec<StoredSubmission>, StoreError> {
        let m = municipality.to_owned();
        self.with(move |c| {
            let mut stmt = c.prepare_cached(
                "SELECT reference, received_at_ms, payload FROM host_interest \
                 WHERE municipality = ?1 ORDER BY received_at_ms, reference",
            )?;
            let rows = stmt.query_map([m], |r| {
                Ok(StoredSubmission {
                    reference: r.get(0)?,
                    received_at_ms: r.get(1)?,
                    payload: r.get(2)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await
    }

    async fn withdraw(&self, reference: &str, idempotency_hash: &str) -> Result<bool, StoreError> {
        let (r, h) = (reference.to_owned(), idempotency_hash.to_owned());
        self.with(move |c| {
            let sql = "DELETE FROM host_interest WHERE reference = ?1 AND idempotency_hash = ?2";
            Ok(c.execute(sql, [r, h])? > 0)
        })
        .await
    }

    async fn purge(&self, before_ms: i64) -> Result<u64, StoreError> {
        self.with(move |c| {
            let n = c.execute(
                "DELETE FROM host_interest WHERE received_at_ms < ?1",
                [before_ms],
            )?;
            Ok(n as u64)
        })
        .await
    }

    async fn add_token(
        &self,
        id: &str,
        m: &str,
        hash: &str,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let (id, m, hash) = (id.to_owned(), m.to_owned(), hash.to_owned());
        self.with(move |c| {
            c.execute(
                "INSERT INTO export_token (id, municipality, token_hash, created_at_ms) \
                 VALUES (?1, ?2, ?3, ?4)",
                params![id, m, hash, now_ms],
            )?;
            Ok(())
        })
        .await
    }

    async fn revoke_token(&self, id: &str, now_ms: i64) -> Result<bool, StoreError> {
        let id = id.to_owned();
        self.with(move |c| {
            let sql = "UPDATE export_token SET revoked_at_ms = ?1 WHERE id = ?2 AND revoked_at_ms IS NULL";
            Ok(c.execute(sql, params![now_ms, id])? > 0)
        })
        .await
    }

    async fn token_municipality(&self, token_hash: &str) -> Result<Option<String>, StoreError> {
        let h = token_hash.to_owned();
        self.with(move |c| {
            let sql = "SELECT municipality FROM export_token WHERE token_hash = ?1 AND revoked_at_ms IS NULL";
            Ok(c.query_row(sql, [h], |r| r.get(0)).optional()?)
        })
        .await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.with(|c| Ok(c.query_row("SELECT 1", [], |_| Ok(()))?))
            .await
    }
}
