//! The writer thread: group commit of inserts, the insert of one row (which knows an
//! idempotency key seen before, and one whose offer was withdrawn or handled), and the
//! end of an offer (withdrawn or handled), which keeps only its key's hash.

use super::{erase, Job, Reply, MAX_BATCH_BYTES, MAX_BATCH_ROWS};
use crate::secret::new_reference;
use crate::store::{Inserted, NewSubmission, StoreError, REFERENCE_ATTEMPTS};
use rusqlite::{params, params_from_iter, Connection, ErrorCode, OptionalExtension, Transaction};
use tokio::sync::mpsc;

/// The writer thread: batches consecutive inserts, runs other jobs one by one, in order.
pub(super) fn write_loop(mut conn: Connection, mut jobs: mpsc::Receiver<Job>) {
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
pub(super) fn commit_batch(
    conn: &mut Connection,
    batch: &mut Vec<(NewSubmission, Reply<Inserted>)>,
) {
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
            // Per-row outcomes (created, existing, withdrawn, no free reference, random
            // source failed) leave the transaction usable.
            other => results.push(other),
        }
    }
    tx.commit()?;
    Ok(results)
}

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == ErrorCode::ConstraintViolation)
}

/// One insert in its own transaction (the fallback when a batch fails).
pub(super) fn insert(conn: &mut Connection, new: &NewSubmission) -> Result<Inserted, StoreError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let inserted = insert_row(&tx, new)?;
    tx.commit()?;
    Ok(inserted)
}

/// Inserts `new` inside the caller's write transaction, or finds the reference already
/// stored for its idempotency key — also one inserted earlier in the same transaction —
/// or finds that the offer sent with that key was withdrawn or handled.
fn insert_row(conn: &Connection, new: &NewSubmission) -> Result<Inserted, StoreError> {
    let withdrawn = conn
        .prepare_cached("SELECT 1 FROM withdrawn_key WHERE idempotency_hash = ?1")?
        .query_row([&new.idempotency_hash], |_| Ok(()))
        .optional()?;
    if withdrawn.is_some() {
        return Ok(Inserted::Withdrawn);
    }
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

/// Deletes the offer `filter` selects (over the two `args`) and keeps its idempotency
/// key's hash and the time it was received in `withdrawn_key`, in one transaction, then
/// erases its bytes; whether an offer was deleted.
pub(super) fn end_offer(
    conn: &mut Connection,
    filter: &str,
    args: [String; 2],
) -> Result<bool, StoreError> {
    let tx: Transaction<'_> = conn.transaction()?;
    let keep = format!(
        "INSERT OR IGNORE INTO withdrawn_key (idempotency_hash, received_at_ms) \
         SELECT idempotency_hash, received_at_ms FROM host_interest WHERE {filter}"
    );
    tx.execute(&keep, params_from_iter(&args))?;
    let delete = format!("DELETE FROM host_interest WHERE {filter}");
    let deleted = tx.execute(&delete, params_from_iter(&args))? > 0;
    tx.commit()?;
    if deleted {
        erase(conn);
    }
    Ok(deleted)
}
