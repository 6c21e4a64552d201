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

use super::migrations::{binary, MIGRATIONS};
use super::{
    Inserted, NewSubmission, Store, StoreError, StoredSubmission, Unregistered, REFERENCE_ATTEMPTS,
};
use crate::secret::new_reference;
use rusqlite::{params, Connection, ErrorCode, OptionalExtension};
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
            .spawn(move || write_loop(conn, rx))
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

/// The writer thread: batches consecutive inserts, runs other jobs one by one, in order.
fn write_loop(mut conn: Connection, mut jobs: mpsc::Receiver<Job>) {
    let mut batch: Vec<(NewSubmission, Reply<Inserted>)> = Vec::with_capacity(MAX_BATCH_ROWS);
    let mut next: Option<Job> = None;
    loop {
        let job = match next.take() {
            Some(job) => job,
            None => match jobs.blocking_recv() {
                Some(job) => job,
                None => return,
            },
        };
        match job {
            Job::Run(f) => f(&mut conn),
            Job::Insert(new, reply) => {
                let mut bytes = new.sealed.len();
                batch.push((new, reply));
                while batch.len() < MAX_BATCH_ROWS && bytes < MAX_BATCH_BYTES {
                    match jobs.try_recv() {
                        Ok(Job::Insert(new, reply)) => {
                            bytes += new.sealed.len();
                            batch.push((new, reply));
                        }
                        Ok(other) => {
                            next = Some(other);
                            break;
                        }
                        Err(_) => break,
                    }
                }
                commit_batch(&mut conn, &mut batch);
            }
        }
    }
}

/// Inserts the whole batch in one transaction and answers every request after the
/// commit. If the transaction fails as a whole (a database error, not a per-row
/// outcome), nothing of it was committed and each row is retried in its own transaction,
/// so one bad row cannot fail the others.
fn commit_batch(conn: &mut Connection, batch: &mut Vec<(NewSubmission, Reply<Inserted>)>) {
    match insert_batch(conn, batch) {
        Ok(results) => {
            for ((_, reply), result) in batch.drain(..).zip(results) {
                let _ = reply.send(result);
            }
        }
        Err(e) if batch.len() == 1 => {
            if let Some((_, reply)) = batch.pop() {
                let _ = reply.send(Err(e.into()));
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, rows = batch.len(), "group commit failed; inserting the rows one by one");
            for (new, reply) in batch.drain(..) {
                let _ = reply.send(insert(conn, &new));
            }
        }
    }
}

/// One transaction for all rows of `batch`: per row the outcome [`insert`] would give;
/// `Err` when the transaction itself failed (then it was rolled back).
fn insert_batch(
    conn: &mut Connection,
    batch: &[(NewSubmission, Reply<Inserted>)],
) -> Result<Vec<Result<Inserted, StoreError>>, rusqlite::Error> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let mut results = Vec::with_capacity(batch.len());
    for (new, _) in batch {
        match insert_row(&tx, new) {
            Err(StoreError::Sqlite(e)) => return Err(e),
            // Per-row outcomes (created, existing, no free reference, random source
            // failed) leave the transaction usable.
            other => results.push(other),
        }
    }
    tx.commit()?;
    Ok(results)
}

fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let done: usize = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(done) {
        tx.execute_batch(&binary(sql, "BLOB"))?;
        tx.pragma_update(None, "user_version", i + 1)?;
    }
    tx.commit()?;
    Ok(())
}

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == ErrorCode::ConstraintViolation)
}

/// One insert in its own transaction (the fallback when a batch fails).
fn insert(conn: &mut Connection, new: &NewSubmission) -> Result<Inserted, StoreError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let inserted = insert_row(&tx, new)?;
    tx.commit()?;
    Ok(inserted)
}

/// Inserts `new` inside the caller's write transaction, or finds the reference already
/// stored for its idempotency key — also one inserted earlier in the same transaction.
fn insert_row(conn: &Connection, new: &NewSubmission) -> Result<Inserted, StoreError> {
    let existing: Option<String> = conn
        .prepare_cached("SELECT reference FROM host_interest WHERE idempotency_hash = ?1")?
        .query_row([&new.idempotency_hash], |r| r.get(0))
        .optional()?;
    if let Some(reference) = existing {
        return Ok(Inserted::Existing(reference));
    }
    let mut stmt = conn.prepare_cached(
        "INSERT INTO host_interest (reference, idempotency_hash, municipality, \
         received_at_ms, sealed) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for _ in 0..REFERENCE_ATTEMPTS {
        let reference = new_reference()?;
        let result = stmt.execute(params![
            reference,
            new.idempotency_hash,
            new.municipality,
            new.received_at_ms,
            new.sealed
        ]);
        match result {
            Ok(_) => return Ok(Inserted::Created(reference)),
            // Only the reference can collide: the idempotency hash was checked above
            // inside this write transaction, and this thread is the only writer. A
            // failed statement is undone on its own; the transaction goes on.
            Err(e) if is_unique_violation(&e) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(StoreError::ReferencesExhausted)
}

#[async_trait::async_trait]
impl Store for SqliteStore {
    async fn insert(&self, new: &NewSubmission) -> Result<Inserted, StoreError> {
        let (reply, answer) = oneshot::channel();
        self.submit(Job::Insert(new.clone(), reply)).await?;
        answer.await.map_err(|_| writer_stopped())?
    }

    async fn list(&self, municipality: &str) -> Result<Vec<StoredSubmission>, StoreError> {
        let m = municipality.to_owned();
        self.read(move |c| {
            let mut stmt = c.prepare_cached(
                "SELECT reference, received_at_ms, sealed FROM host_interest \
                 WHERE municipality = ?1 ORDER BY received_at_ms, reference",
            )?;
            let rows = stmt.query_map([m], |r| {
                Ok(StoredSubmission {
                    reference: r.get(0)?,
                    received_at_ms: r.get(1)?,
                    sealed: r.get(2)?,
                })
            })?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await
    }

    async fn withdraw(&self, reference: &str, idempotency_hash: &str) -> Result<bool, StoreError> {
        let (r, h) = (reference.to_owned(), idempotency_hash.to_owned());
        self.write(move |c| {
            let sql = "DELETE FROM host_interest WHERE reference = ?1 AND idempotency_hash = ?2";
            let deleted = c.execute(sql, [r, h])? > 0;
            if deleted {
                erase(c);
            }
            Ok(deleted)
        })
        .await
    }

    async fn handled(&self, municipality: &str, reference: &str) -> Result<bool, StoreError> {
        let (m, r) = (municipality.to_owned(), reference.to_owned());
        self.write(move |c| {
            let sql = "DELETE FROM host_interest WHERE municipality = ?1 AND reference = ?2";
            let deleted = c.execute(sql, [m, r])? > 0;
            if deleted {
                erase(c);
            }
            Ok(deleted)
        })
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
            let n = c.execute(
                "DELETE FROM host_interest WHERE received_at_ms < ?1",
                [before_ms],
            )?;
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
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn submission(key: &str) -> NewSubmission {
        NewSubmission {
            idempotency_hash: crate::secret::sha256_hex(key),
            municipality: "GM0034".into(),
            received_at_ms: 1,
            sealed: b"sealed".to_vec(),
        }
    }

    /// A repeated key inside one batch gets the reference of its first row, and only
    /// the first row is stored.
    #[test]
    fn repeated_key_inside_one_batch() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let mut batch = Vec::new();
        let mut answers = Vec::new();
        for key in ["a", "b", "a", "c", "b", "a"] {
            let (reply, answer) = oneshot::channel();
            batch.push((submission(key), reply));
            answers.push(answer);
        }
        commit_batch(&mut conn, &mut batch);
        assert!(batch.is_empty());
        let got: Vec<Inserted> = answers
            .into_iter()
            .map(|mut a| a.try_recv().unwrap().unwrap())
            .collect();
        let reference = |i: usize| match &got[i] {
            Inserted::Created(r) | Inserted::Existing(r) => r.clone(),
        };
        assert!(matches!(got[0], Inserted::Created(_)));
        assert!(matches!(got[1], Inserted::Created(_)));
        assert!(matches!(got[3], Inserted::Created(_)));
        assert_eq!(got[2], Inserted::Existing(reference(0)));
        assert_eq!(got[4], Inserted::Existing(reference(1)));
        assert_eq!(got[5], Inserted::Existing(reference(0)));
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM host_interest", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 3);
    }

    /// A key committed by an earlier batch answers `Existing` in a later one.
    #[test]
    fn key_from_an_earlier_batch() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let first = insert(&mut conn, &submission("k")).unwrap();
        let (reply, mut answer) = oneshot::channel();
        let mut batch = vec![(submission("k"), reply)];
        commit_batch(&mut conn, &mut batch);
        let Inserted::Created(reference) = first else {
            panic!("first insert not created: {first:?}")
        };
        assert_eq!(
            answer.try_recv().unwrap().unwrap(),
            Inserted::Existing(reference)
        );
    }
}
