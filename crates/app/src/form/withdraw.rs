//! Withdrawing an offer sent from this phone: `DELETE /v1/host-interest/{reference}`
//! with its idempotency key as the proof, then forgetting it here.

use super::outbox::{classify_withdrawal, Sent, Withdrawal};
use crate::fetch::Deadline;

/// Asks the endpoint to delete `sent`; what its answer means (a request past the
/// deadline has failed: the host can try again).
pub async fn withdraw(endpoint: &str, sent: &Sent) -> Withdrawal {
    let url = format!("{endpoint}/v1/host-interest/{}", sent.reference);
    let deadline = Deadline::request();
    let request = gloo_net::http::Request::delete(&url)
        .header("Idempotency-Key", &sent.key)
        .abort_signal(deadline.as_ref().map(Deadline::signal).as_ref())
        .send()
        .await;
    match request {
        Ok(response) => classify_withdrawal(response.status()),
        Err(_) => Withdrawal::Failed,
    }
}
