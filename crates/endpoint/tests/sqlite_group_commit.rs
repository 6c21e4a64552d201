//! Group commit in the SQLite store: many concurrent inserts share transactions, yet every
//! one gets its own reference, a repeated key gets the first reference, and every
//! acknowledged row is on disk after the store is dropped and opened again.
#![allow(clippy::unwrap_used)]

use crate::common;

use hulpwijzer_endpoint::secret::sha256_hex;
use hulpwijzer_endpoint::store::sqlite::SqliteStore;
use hulpwijzer_endpoint::store::{Inserted, NewSubmission, Store};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

const TASKS: usize = 50;
const PER_TASK: usize = 10;

fn submission(key: &str, municipality: &str) -> NewSubmission {
    NewSubmission {
        idempotency_hash: sha256_hex(key),
        municipality: municipality.to_owned(),
        received_at_ms: hulpwijzer_endpoint::clock::now_ms(),
        sealed: format!(r#"{{"key":"{key}"}}"#).into_bytes(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_inserts_are_distinct_idempotent_and_durable() {
    let dir = std::env::temp_dir().join(format!(
        "hulpwijzer-group-commit-{}-{}",
        std::process::id(),
        common::unique()
    ));
    let path = dir.join("db.sqlite3");
    let m = common::municipality();
    let store = Arc::new(SqliteStore::open(&path).unwrap());

    // 50 tasks, each first sends the same shared key (all at about the same moment, so
    // they meet in the queue and land in one or few batches), then 10 unique keys, each
    // of them twice in a row.
    let start = Arc::new(tokio::sync::Barrier::new(TASKS));
    let mut tasks = Vec::new();
    for t in 0..TASKS {
        let (store, start, m) = (Arc::clone(&store), Arc::clone(&start), m.clone());
        tasks.push(tokio::spawn(async move {
            start.wait().await;
            let shared = store.insert(&submission("shared", &m)).await.unwrap();
            let mut mine = Vec::new();
            for i in 0..PER_TASK {
                let key = format!("task-{t}-{i}");
                let first = store.insert(&submission(&key, &m)).await.unwrap();
                let again = store.insert(&submission(&key, &m)).await.unwrap();
                let Inserted::Created(reference) = first else {
                    panic!("unique key {key} not created: {first:?}")
                };
                assert_eq!(again, Inserted::Existing(reference.clone()));
                mine.push((key, reference));
            }
            (shared, mine)
        }));
    }
    let mut shared = Vec::new();
    let mut by_key = HashMap::new();
    for task in tasks {
        let (s, mine) = task.await.unwrap();
        shared.push(s);
        by_key.extend(mine);
    }

    // The shared key: created exactly once, every other task got that reference.
    let created: Vec<&String> = shared
        .iter()
        .filter_map(|s| match s {
            Inserted::Created(r) => Some(r),
            Inserted::Existing(_) | Inserted::Withdrawn => None,
        })
        .collect();
    assert_eq!(created.len(), 1, "{shared:?}");
    let shared_ref = created[0].clone();
    assert!(shared
        .iter()
        .all(|s| matches!(s, Inserted::Created(r) | Inserted::Existing(r) if *r == shared_ref)));

    // 500 distinct references, none equal to the shared one.
    let refs: HashSet<&String> = by_key.values().collect();
    assert_eq!(by_key.len(), TASKS * PER_TASK);
    assert_eq!(refs.len(), TASKS * PER_TASK);
    assert!(!refs.contains(&shared_ref));

    // Drop (the writer finishes and closes), reopen: every acknowledged row is there.
    drop(store);
    let store = SqliteStore::open(&path).unwrap();
    let stored: HashMap<String, String> = store
        .list(&m)
        .await
        .unwrap()
        .into_iter()
        .map(|s| (s.reference, String::from_utf8(s.sealed).unwrap()))
        .collect();
    assert_eq!(stored.len(), TASKS * PER_TASK + 1);
    for (key, reference) in &by_key {
        assert_eq!(
            stored.get(reference),
            Some(&format!(r#"{{"key":"{key}"}}"#)),
            "{reference}"
        );
    }
    assert_eq!(
        stored.get(&shared_ref),
        Some(&r#"{"key":"shared"}"#.to_owned())
    );
    drop(store);
    let _ = std::fs::remove_dir_all(dir);
}
