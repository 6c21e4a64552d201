//! Card proposals in PostgreSQL.

use super::cards::{card_json, CardStatus, CardStore, Decided, StoredCard, Verdict, COLUMNS};
use super::postgres::PgStore;
use super::StoreError;
use hulpwijzer_core::card::CardProposal;
use tokio_postgres::types::ToSql;

impl PgStore {
    /// The proposals `filter` (a `WHERE … ORDER BY …` clause) selects.
    async fn select_cards(
        &self,
        filter: &str,
        args: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<StoredCard>, StoreError> {
        let sql = format!("SELECT {COLUMNS} {filter}");
        let rows = self.client().await?.query(&sql, args).await?;
        rows.iter()
            .map(|r| {
                StoredCard::from_row(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5))
            })
            .collect()
    }
}

#[async_trait::async_trait]
impl CardStore for PgStore {
    async fn add_card(
        &self,
        municipality: &str,
        card: &CardProposal,
        now_ms: i64,
    ) -> Result<i64, StoreError> {
        let sql = "INSERT INTO card_proposals (municipality, card, received_at_ms) \
                   VALUES ($1, $2, $3) RETURNING id";
        let json = card_json(card)?;
        let row = self
            .client()
            .await?
            .query_one(sql, &[&municipality, &json, &now_ms])
            .await?;
        Ok(row.get(0))
    }

    async fn cards_of(
        &self,
        municipality: &str,
        limit: usize,
    ) -> Result<Vec<StoredCard>, StoreError> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let filter = "WHERE municipality = $1 ORDER BY id DESC LIMIT $2";
        self.select_cards(filter, &[&municipality, &limit]).await
    }

    async fn pending_cards(&self) -> Result<Vec<StoredCard>, StoreError> {
        self.select_cards("WHERE status = 'pending' ORDER BY id", &[])
            .await
    }

    async fn card(&self, id: i64) -> Result<Option<StoredCard>, StoreError> {
        Ok(self.select_cards("WHERE id = $1", &[&id]).await?.pop())
    }

    async fn decide_card(
        &self,
        id: i64,
        verdict: Verdict,
        now_ms: i64,
    ) -> Result<Decided, StoreError> {
        let client = self.client().await?;
        let sql = "UPDATE card_proposals SET status = $1, decided_at_ms = $2 \
                   WHERE id = $3 AND status = 'pending'";
        let status = verdict.status().as_str();
        if client.execute(sql, &[&status, &now_ms, &id]).await? > 0 {
            return Ok(Decided::Done);
        }
        let sql = "SELECT status FROM card_proposals WHERE id = $1";
        Ok(match client.query_opt(sql, &[&id]).await? {
            None => Decided::NotFound,
            Some(r) => Decided::Already(CardStatus::parse(r.get(0))?),
        })
    }
}
