//! The endpoint's routes for staff, with the municipality's bearer token:
//! `GET /v1/municipalities/{cbs}/host-interest` and `DELETE …/{reference}`, and
//! `POST`/`GET …/card-proposals` for the municipality's own card.

use super::StaffError;
use hulpwijzer_core::card::{CardErrors, CardProposal};
use hulpwijzer_core::staff::SealedItem;
use serde::Deserialize;

fn url(endpoint: &str, municipality: &str) -> String {
    format!("{endpoint}/v1/municipalities/{municipality}/host-interest")
}

fn status_error(status: u16) -> StaffError {
    match status {
        401 => StaffError::WrongToken,
        403 => StaffError::OtherMunicipality,
        404 => StaffError::UnknownMunicipality,
        _ => StaffError::Server,
    }
}

/// The body of a `GET` with the token, or the error its status means.
async fn get_body(url: &str, token: &str) -> Result<String, StaffError> {
    let response = gloo_net::http::Request::get(url)
        .header("Authorization", &format!("Bearer {token}"))
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|_| StaffError::Unreachable)?;
    if !response.ok() {
        return Err(status_error(response.status()));
    }
    response.text().await.map_err(|_| StaffError::Unreachable)
}

/// The most offers one page of the export holds (the endpoint's largest `limit`).
pub const EXPORT_PAGE: usize = 1000;

/// One page of the export: its items and the cursor of the next page, if any.
#[derive(Deserialize)]
pub struct ExportPage {
    /// The page's sealed offers, newest first.
    pub items: Vec<SealedItem>,
    /// Passed back as `cursor` for the next page; `None` on the last.
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// One page of the municipality's sealed offers, newest first, after `cursor` (from the
/// newest without one).
///
/// # Errors
/// [`StaffError::WrongToken`] (401), [`StaffError::OtherMunicipality`] (403),
/// [`StaffError::Unreachable`] without an answer, [`StaffError::Server`] otherwise.
pub async fn export_page(
    endpoint: &str,
    municipality: &str,
    token: &str,
    cursor: Option<&str>,
) -> Result<ExportPage, StaffError> {
    let mut url = format!(
        "{}?limit={EXPORT_PAGE}&order=newest",
        url(endpoint, municipality)
    );
    if let Some(c) = cursor {
        // A cursor is digits, `.`, letters and `-` (the OpenAPI pattern): nothing in it
        // needs escaping.
        url.push_str("&cursor=");
        url.push_str(c);
    }
    let body = get_body(&url, token).await?;
    serde_json::from_str(&body).map_err(|_| StaffError::Server)
}

/// Marks an offer handled: the endpoint deletes it. An offer already gone (404) counts
/// as handled.
///
/// # Errors
/// As [`export_page`].
pub async fn mark_handled(
    endpoint: &str,
    municipality: &str,
    token: &str,
    reference: &str,
) -> Result<(), StaffError> {
    let response =
        gloo_net::http::Request::delete(&format!("{}/{reference}", url(endpoint, municipality)))
            .header("Authorization", &format!("Bearer {token}"))
            .send()
            .await
            .map_err(|_| StaffError::Unreachable)?;
    match response.status() {
        204 | 404 => Ok(()),
        status => Err(status_error(status)),
    }
}

/// The endpoint's answer to a stored proposal (201).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Received {
    /// The proposal's number.
    pub id: u64,
    /// When the endpoint stored it (RFC 3339, UTC).
    pub received_at: String,
}

/// Where an earlier proposal stands with the operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProposalStatus {
    /// Not reviewed yet.
    Pending,
    /// Taken into the portal's content.
    Accepted,
    /// Not taken.
    Rejected,
}

/// One of the municipality's proposals, as `GET …/card-proposals` lists it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct EarlierProposal {
    /// Its number.
    pub id: u64,
    /// When the endpoint stored it (RFC 3339, UTC).
    pub received_at: String,
    /// Where it stands.
    pub status: ProposalStatus,
    /// What was proposed (checked and trimmed).
    pub card: CardProposal,
}

#[derive(Deserialize)]
struct ProposalList {
    proposals: Vec<EarlierProposal>,
}

/// Why a proposal was not stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardSendError {
    /// The token, the municipality or the connection (as [`export_page`]).
    Refused(StaffError),
    /// The endpoint found problems in fields (422), shown at those fields.
    Invalid(CardErrors),
}

fn card_url(endpoint: &str, municipality: &str) -> String {
    format!("{endpoint}/v1/municipalities/{municipality}/card-proposals")
}

/// Proposes `card` (already [`CardProposal::checked`]) for the municipality's card.
///
/// # Errors
/// [`CardSendError::Invalid`] with the endpoint's problems (422), else
/// [`CardSendError::Refused`] as [`export_page`] (404: [`StaffError::UnknownMunicipality`]).
pub async fn propose_card(
    endpoint: &str,
    municipality: &str,
    token: &str,
    card: &CardProposal,
) -> Result<Received, CardSendError> {
    let refused = |e| CardSendError::Refused(e);
    let body = serde_json::to_string(card).map_err(|_| refused(StaffError::Server))?;
    let response = gloo_net::http::Request::post(&card_url(endpoint, municipality))
        .header("Authorization", &format!("Bearer {token}"))
        .header("Content-Type", "application/json")
        .body(body)
        .map_err(|_| refused(StaffError::Server))?
        .send()
        .await
        .map_err(|_| refused(StaffError::Unreachable))?;
    let status = response.status();
    let text = response
        .text()
        .await
        .map_err(|_| refused(StaffError::Unreachable))?;
    match status {
        201 => serde_json::from_str(&text).map_err(|_| refused(StaffError::Server)),
        422 => Err(serde_json::from_str::<CardErrors>(&text)
            .map_or(refused(StaffError::Server), CardSendError::Invalid)),
        other => Err(refused(status_error(other))),
    }
}

/// The municipality's proposals, newest first.
///
/// # Errors
/// As [`export_page`].
pub async fn card_proposals(
    endpoint: &str,
    municipality: &str,
    token: &str,
) -> Result<Vec<EarlierProposal>, StaffError> {
    let body = get_body(&card_url(endpoint, municipality), token).await?;
    serde_json::from_str::<ProposalList>(&body)
        .map(|l| l.proposals)
        .map_err(|_| StaffError::Server)
}
