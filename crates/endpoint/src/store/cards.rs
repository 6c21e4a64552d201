//! Municipalities' proposals for their own card ([`CardProposal`]): public information,
//! stored as the checked JSON, reviewed by the operator with `cards accept` / `reject`.

use super::StoreError;
use hulpwijzer_core::card::CardProposal;

/// Where a proposal stands: a closed set, stored as text under a `CHECK` constraint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CardStatus {
    /// Waiting for the operator.
    Pending,
    /// Accepted: written to `content/local/<code>.toml`.
    Accepted,
    /// Not accepted.
    Rejected,
}

/// The operator's decision on a pending proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Accept it.
    Accept,
    /// Reject it.
    Reject,
}

impl CardStatus {
    /// The text in the `status` column and on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            CardStatus::Pending => "pending",
            CardStatus::Accepted => "accepted",
            CardStatus::Rejected => "rejected",
        }
    }

    /// The status in the text of the `status` column.
    pub(crate) fn parse(text: &str) -> Result<CardStatus, StoreError> {
        match text {
            "pending" => Ok(CardStatus::Pending),
            "accepted" => Ok(CardStatus::Accepted),
            "rejected" => Ok(CardStatus::Rejected),
            other => Err(StoreError::Internal(format!("card status {other:?}"))),
        }
    }
}

impl Verdict {
    /// The status a proposal gets.
    pub fn status(self) -> CardStatus {
        match self {
            Verdict::Accept => CardStatus::Accepted,
            Verdict::Reject => CardStatus::Rejected,
        }
    }
}

/// A stored proposal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredCard {
    /// Its number, increasing.
    pub id: i64,
    /// CBS code of the municipality that proposed it.
    pub municipality: String,
    /// The proposal, as checked when it was received.
    pub card: CardProposal,
    /// When it was received, milliseconds since the Unix epoch.
    pub received_at_ms: i64,
    /// Where it stands.
    pub status: CardStatus,
    /// When it was accepted or rejected.
    pub decided_at_ms: Option<i64>,
}

/// The outcome of [`CardStore::decide_card`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decided {
    /// The pending proposal now has the verdict's status.
    Done,
    /// No proposal has that id.
    NotFound,
    /// It was decided before (this status); nothing changed.
    Already(CardStatus),
}

/// The columns every query selects, in [`StoredCard::from_row`]'s order.
pub(crate) const COLUMNS: &str =
    "id, municipality, card, received_at_ms, status, decided_at_ms FROM card_proposals";

/// At most this many proposals of one municipality are listed.
pub const LIST_LIMIT: usize = 20;

impl StoredCard {
    /// A row of [`COLUMNS`].
    pub(crate) fn from_row(
        id: i64,
        municipality: String,
        card: &str,
        received_at_ms: i64,
        status: &str,
        decided_at_ms: Option<i64>,
    ) -> Result<StoredCard, StoreError> {
        Ok(StoredCard {
            id,
            municipality,
            card: serde_json::from_str(card).map_err(|e| StoreError::Internal(e.to_string()))?,
            received_at_ms,
            status: CardStatus::parse(status)?,
            decided_at_ms,
        })
    }
}

/// The JSON text stored for `card`.
pub(crate) fn card_json(card: &CardProposal) -> Result<String, StoreError> {
    serde_json::to_string(card).map_err(|e| StoreError::Internal(e.to_string()))
}

/// Storage of card proposals (part of every [`super::Store`]).
#[async_trait::async_trait]
pub trait CardStore: Send + Sync {
    /// Stores a checked proposal of `municipality` as pending; its id.
    async fn add_card(
        &self,
        municipality: &str,
        card: &CardProposal,
        now_ms: i64,
    ) -> Result<i64, StoreError>;
    /// Up to `limit` proposals of `municipality`, newest first.
    async fn cards_of(
        &self,
        municipality: &str,
        limit: usize,
    ) -> Result<Vec<StoredCard>, StoreError>;
    /// Every pending proposal, oldest first.
    async fn pending_cards(&self) -> Result<Vec<StoredCard>, StoreError>;
    /// The proposal `id`.
    async fn card(&self, id: i64) -> Result<Option<StoredCard>, StoreError>;
    /// Gives the pending proposal `id` the verdict's status, once.
    async fn decide_card(
        &self,
        id: i64,
        verdict: Verdict,
        now_ms: i64,
    ) -> Result<Decided, StoreError>;
}
