//! The endpoint's export routes, with the municipality's bearer token:
//! `GET /v1/municipalities/{cbs}/host-interest` and `DELETE …/{reference}`.

use super::StaffError;
use hulpwijzer_core::staff::{parse_export, SealedItem};

fn url(endpoint: &str, municipality: &str) -> String {
    format!("{endpoint}/v1/municipalities/{municipality}/host-interest")
}

fn status_error(status: u16) -> StaffError {
    match status {
        401 => StaffError::WrongToken,
        403 => StaffError::OtherMunicipality,
        _ => StaffError::Server,
    }
}

/// The municipality's sealed offers.
///
/// # Errors
/// [`StaffError::WrongToken`] (401), [`StaffError::OtherMunicipality`] (403),
/// [`StaffError::Unreachable`] without an answer, [`StaffError::Server`] otherwise.
pub async fn export(
    endpoint: &str,
    municipality: &str,
    token: &str,
) -> Result<Vec<SealedItem>, StaffError> {
    let response = gloo_net::http::Request::get(&url(endpoint, municipality))
        .header("Authorization", &format!("Bearer {token}"))
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|_| StaffError::Unreachable)?;
    if !response.ok() {
        return Err(status_error(response.status()));
    }
    let body = response.text().await.map_err(|_| StaffError::Unreachable)?;
    parse_export(&body).ok_or(StaffError::Server)
}

/// Marks an offer handled: the endpoint deletes it. An offer already gone (404) counts
/// as handled.
///
/// # Errors
/// As [`export`].
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
