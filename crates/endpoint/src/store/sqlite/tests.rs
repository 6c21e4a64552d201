//! The writer's batches, on an in-memory database.
#![allow(clippy::unwrap_used)]
use super::writer::{commit_batch, insert};
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
        Inserted::Withdrawn => panic!("no offer was withdrawn"),
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
