//! SQLite store with group commit, in WAL mode with `synchronous = FULL`, so a committed
//! submission survives a crash or power loss.
//!
//! One writer thread owns the write connection and is fed through a bounded channel.
//! It takes every insert waiting in the channel (up to [`MAX_BATCH_ROWS`] rows or
//! [`MAX_BATCH_BYTES`] of payload), runs them in **one** transaction, commits (one fsync
//! for the whole batch) and only then answers each waiting request: an `Ok` still means
//! "committed to disk". Batches form by themselves while the previous commit is being
//! synced; the writer never waits for more work, so a lone insert is not delayed.
//! Withdrawals, purges and token changes run on the writer too, in arrival order.
//! Reads (export, token lookups) use a separate read connection on tokio's blocking
//! pool; WAL lets it read while the writer writes.

/// [`crate::store::CardStore`] for SQLite.
mod cards;
/// The writer thread and the insert of one row.
mod writer;

use super::migrations::{for_database, MIGRATIONS, SQLITE_ID};
use super::{
    Inserted, NewSubmission, Order, Position, Store, StoreError, StoredSubmission, Unregistered,
};
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;
use std::sync::{Arc, Mutex};
use tokio::sync::{mpsc, oneshot};

/// At most this many inserts share one transaction.
pub const MAX_BATCH_ROWS: usize = 256;
/// A batch stops growing once its payloads reach this many bytes.
pub const MAX_BATCH_BYTES: usize = 4 << 20;
/// Jobs waiting for the writer; senders wait (backpressure) when it is full.
const QUEUE_CAPACITY: usize = 1024;

/// Where a job's result goes.
type Reply<T> = oneshot::Sender<Result<T, StoreError>>;

/// Work for the writer thread.
enum Job {
    /// An insert, grouped with other inserts into one transaction.
    Insert(NewSubmission, Reply<Inserted>),
    /// Any other statement; the closure sends its own reply.
    Run(Box<dyn FnOnce(&mut Connection) + Send>),
}

/// A SQLite database file (or `:memory:`).
pub struct SqliteStore {
    /// The writer's queue; `None` only while dropping.
    jobs: Option<mpsc::Sender<Job>>,
    /// The writer thread, joined on drop so the connection is closed afterwards.
    writer: Option<std::thread::JoinHandle<()>>,
    /// The read connection; `None` for `:memory:` (a second connection would open a
    /// second, empty database), where reads go through the writer.
    reader: Option<Arc<Mutex<Connection>>>,
}

fn internal(what: impl ToString) -> StoreError {
    StoreError::Internal(what.to_string())
}

fn writer_stopped() -> StoreError {
    internal("sqlite writer stopped")
}

impl SqliteStore {
    /// Opens or creates the database at `path` (creating its directory), migrates it and
    /// starts the writer thread.
    ///
    /// # Errors
    /// [`StoreError`] when the file cannot be opened or migrated.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(internal)?;
        }
        if path != Path::new(":memory:") {
            owner_only(path).map_err(internal)?;
        }
        let mut conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Deleted rows are overwritten with zeros, so a withdrawn or purged offer cannot
        // be read back from the file (the WAL is emptied after each delete, see `erase`).
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrate(&mut conn)?;
        let reader = if path == Path::new(":memory:") {
            None
        } else {
            let r = Connection::open(path)?;
            r.busy_timeout(std::time::Duration::from_secs(5))?;
            r.pragma_update(None, "query_only", "ON")?;
            Some(Arc::new(Mutex::new(r)))
        };
        let (tx, rx) = mpsc::channel(QUEUE_CAPACITY);
        let writer = std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || writer::write_loop(conn, rx))
            .map_err(internal)?;
        Ok(SqliteStore {
            jobs: Some(tx),
            writer: Some(writer),
            reader,
        })
    }

    async fn submit(&self, job: Job) -> Result<(), StoreError> {
        let jobs = self.jobs.as_ref().ok_or_else(writer_stopped)?;
        jobs.send(job).await.map_err(|_| writer_stopped())
    }

    /// Runs `f` on the writer thread, in order with the inserts.
    async fn write<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        self.submit(Job::Run(Box::new(move |c| {
            // The caller may have gone (request timeout); the work is done either way.
            let _ = reply.send(f(c));
        })))
        .await?;
        answer.await.map_err(|_| writer_stopped())?
    }

    /// Runs `f` with the read connection on the blocking pool (on the writer for
    /// `:memory:`).
    async fn read<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let Some(reader) = &self.reader else {
            return self.write(f).await;
        };
        let conn = Arc::clone(reader);
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().map_err(|_| internal("poisoned"))?;
            f(&mut guard)
        })
        .await
        .map_err(internal)?
    }
}

impl Drop for SqliteStore {
    fn drop(&mut self) {
        // Closing the queue lets the writer finish the jobs already queued and stop.
        drop(self.jobs.take());
        if let Some(writer) = self.writer.take() {
            let _ = writer.join();
        }
    }
}

/// Creates the database file readable by its owner only (`0600`; SQLite gives its WAL
/// and shared-memory files the same mode), and tightens an existing one.
fn owner_only(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(path)?;
        let mut files = vec![path.to_path_buf()];
        for suffix in ["-wal", "-shm"] {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            files.push(name.into());
        }
        for file in files.iter().filter(|f| f.exists()) {
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// After a delete: copies the zeroed pages into the database file and empties the WAL,
/// which still holds the rows' earlier versions. A checkpoint that a reader keeps from
/// completing is finished by a later one.
fn erase(conn: &Connection) {
    let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let done: usize = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(done) {
        tx.execute_batch(&for_database(sql, "BLOB", SQLITE_ID))?;
        tx.pragma_update(None, "user_version", i + 1)?;
    }
    tx.commit()?;
    Ok(())
}

#[async_trait::async_trait]
impl Store for SqliteStore {
    async fn insert(&self, new: &NewSubmission) -> Result<Inserted, StoreError> {
        let (reply, answer) = oneshot::channel();
        self.submit(Job::Insert(new.clone(), reply)).await?;
        answer.await.map_err(|_| writer_stopped())?
    }

    async fn list_page(
        &self,
        municipality: &str,
        after: &Position,
        limit: usize,
        order: Order,
    ) -> Result<Vec<StoredSubmission>, StoreError> {
        let (m, after) = (municipality.to_owned(), after.clone());
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.read(move |c| {
            let mut stmt = c.prepare_cached(&order.page_sql().replace('$', "?"))?;
            let rows = stmt.query_map(
                params![m, after.received_at_ms, after.reference, limit],
                |r| {
                    Ok(StoredSubmission {
                        reference: r.get(0)?,
                        received_at_ms: r.get(1)?,
                        sealed: r.get(2)?,
                    })
                },
            )?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await
    }

    async fn withdraw(&self, reference: &str, idempotency_hash: &str) -> Result<bool, StoreError> {
        let args = [reference.to_owned(), idempotency_hash.to_owned()];
        self.write(move |c| writer::end_offer(c, "reference = ?1 AND idempotency_hash = ?2", args))
            .await
    }

    async fn handled(&self, municipality: &str, reference: &str) -> Result<bool, StoreError> {
        let args = [municipality.to_owned(), reference.to_owned()];
        self.write(move |c| writer::end_offer(c, "municipality = ?1 AND reference = ?2", args))
            .await
    }

    async fn register_key(
        &self,
        municipality: &str,
        recipient: &str,
        now_ms: i64,
    ) -> Result<(), StoreError> {
        let (m, key) = (municipality.to_owned(), recipient.to_owned());
        self.write(move |c| {
            c.execute(
                "INSERT INTO municipality_key (municipality, recipient, registered_at_ms) \
                 VALUES (?1, ?2, ?3) ON CONFLICT (municipality) DO UPDATE \
                 SET recipient = excluded.recipient, registered_at_ms = excluded.registered_at_ms",
                params![m, key, now_ms],
            )?;
            Ok(())
        })
        .await
    }

    async fn unregister(
        &self,
        municipality: &str,
        purge: bool,
        now_ms: i64,
    ) -> Result<Unregistered, StoreError> {
        let m = municipality.to_owned();
        self.write(move |c| {
            let tx = c.transaction()?;
            let sql = "DELETE FROM municipality_key WHERE municipality = ?1";
            if tx.execute(sql, [&m])? == 0 {
                return Ok(Unregistered::NotRegistered);
            }
            let sql = "SELECT count(*) FROM host_interest WHERE municipality = ?1";
            let stored: u64 = tx.query_row(sql, [&m], |r| r.get(0))?;
            if stored > 0 && !purge {
                // Dropping `tx` rolls the key's deletion back.
                return Ok(Unregistered::OffersRemain(stored));
            }
            let sql = "DELETE FROM host_interest WHERE municipality = ?1";
            let offers_deleted = tx.execute(sql, [&m])? as u64;
            let sql = "DELETE FROM card_proposals WHERE municipality = ?1";
            let proposals_deleted = if purge {
                tx.execute(sql, [&m])? as u64
            } else {
                0
            };
            let sql = "UPDATE export_token SET revoked_at_ms = ?1 \
                       WHERE municipality = ?2 AND revoked_at_ms IS NULL";
            let tokens_revoked = tx.execute(sql, params![now_ms, m])? as u64;
            tx.commit()?;
            if offers_deleted > 0 {
                erase(c);
            }
            Ok(Unregistered::Done {
                offers_deleted,
                tokens_revoked,
                proposals_deleted,
            })
        })
        .await
    }

    async fn key_of(&self, municipality: &str) -> Result<Option<String>, StoreError> {
        let m = municipality.to_owned();
        self.read(move |c| {
            let sql = "SELECT recipient FROM municipality_key WHERE municipality = ?1";
            Ok(c.prepare_cached(sql)?
                .query_row([m], |r| r.get(0))
                .optional()?)
        })
        .await
    }

    async fn registered(&self) -> Result<Vec<String>, StoreError> {
        self.read(|c| {
            let sql = "SELECT municipality FROM municipality_key ORDER BY municipality";
            let mut stmt = c.prepare_cached(sql)?;
            let codes = stmt.query_map([], |r| r.get(0))?;
            Ok(codes.collect::<Result<Vec<String>, _>>()?)
        })
        .await
    }

    async fn purge(&self, before_ms: i64) -> Result<u64, StoreError> {
        self.write(move |c| {
            let tx = c.transaction()?;
            let sql = "DELETE FROM host_interest WHERE received_at_ms < ?1";
            let n = tx.execute(sql, [before_ms])?;
            let sql = "DELETE FROM withdrawn_key WHERE received_at_ms < ?1";
            tx.execute(sql, [before_ms])?;
            tx.commit()?;
            if n > 0 {
                erase(c);
            }
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
        self.write(move |c| {
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
        self.write(move |c| {
            let sql = "UPDATE export_token SET revoked_at_ms = ?1 WHERE id = ?2 AND revoked_at_ms IS NULL";
            Ok(c.execute(sql, params![now_ms, id])? > 0)
        })
        .await
    }

    async fn token_municipality(&self, token_hash: &str) -> Result<Option<String>, StoreError> {
        let h = token_hash.to_owned();
        self.read(move |c| {
            let sql = "SELECT municipality FROM export_token WHERE token_hash = ?1 AND revoked_at_ms IS NULL";
            Ok(c.query_row(sql, [h], |r| r.get(0)).optional()?)
        })
        .await
    }

    /// Goes through the writer, so a stopped writer thread fails the health check.
    async fn ping(&self) -> Result<(), StoreError> {
        // Reads the schema, so a database locked by another process reports busy.
        self.write(|c| Ok(c.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?))
            .await
    }
}

#[cfg(test)]
mod tests;
