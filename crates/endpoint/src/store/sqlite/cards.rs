//! Card proposals in SQLite: writes on the writer thread, reads on the read connection.

use super::SqliteStore;
use crate::store::cards::{
    card_json, CardStatus, CardStore, Decided, StoredCard, Verdict, COLUMNS,
};
use crate::store::StoreError;
use hulpwijzer_core::card::CardProposal;
use rusqlite::{params, Connection, OptionalExtension, Params, Row};

fn row(r: &Row<'_>) -> rusqlite::Result<(i64, String, String, i64, String, Option<i64>)> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
    ))
}

/// The proposals `filter` (a `WHERE … ORDER BY …` clause) selects.
fn select(c: &Connection, filter: &str, args: impl Params) -> Result<Vec<StoredCard>, StoreError> {
    let mut stmt = c.prepare_cached(&format!("SELECT {COLUMNS} {filter}"))?;
    let rows = stmt.query_map(args, row)?.collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(id, m, card, at, status, decided)| {
            StoredCard::from_row(id, m, &card, at, &status, decided)
        })
        .collect()
}

#[async_trait::async_trait]
impl CardStore for SqliteStore {
    async fn add_card(
        &self,
        municipality: &str,
        card: &CardProposal,
        now_ms: i64,
    ) -> Result<i64, StoreError> {
        let (m, json) = (municipality.to_owned(), card_json(card)?);
        self.write(move |c| {
            c.execute(
                "INSERT INTO card_proposals (municipality, card, received_at_ms) \
                 VALUES (?1, ?2, ?3)",
                params![m, json, now_ms],
            )?;
            Ok(c.last_insert_rowid())
        })
        .await
    }

    async fn cards_of(
        &self,
        municipality: &str,
        limit: usize,
    ) -> Result<Vec<StoredCard>, StoreError> {
        let m = municipality.to_owned();
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.read(move |c| {
            let filter = "WHERE municipality = ?1 ORDER BY id DESC LIMIT ?2";
            select(c, filter, params![m, limit])
        })
        .await
    }

    async fn pending_cards(&self) -> Result<Vec<StoredCard>, StoreError> {
        self.read(|c| select(c, "WHERE status = 'pending' ORDER BY id", []))
            .await
    }

    async fn card(&self, id: i64) -> Result<Option<StoredCard>, StoreError> {
        self.read(move |c| Ok(select(c, "WHERE id = ?1", [id])?.pop()))
            .await
    }

    async fn decide_card(
        &self,
        id: i64,
        verdict: Verdict,
        now_ms: i64,
    ) -> Result<Decided, StoreError> {
        let status = verdict.status().as_str();
        self.write(move |c| {
            let sql = "UPDATE card_proposals SET status = ?1, decided_at_ms = ?2 \
                       WHERE id = ?3 AND status = 'pending'";
            if c.execute(sql, params![status, now_ms, id])? > 0 {
                return Ok(Decided::Done);
            }
            let sql = "SELECT status FROM card_proposals WHERE id = ?1";
            let before: Option<String> = c.query_row(sql, [id], |r| r.get(0)).optional()?;
            Ok(match before {
                None => Decided::NotFound,
                Some(s) => Decided::Already(CardStatus::parse(&s)?),
            })
        })
        .await
    }
}
