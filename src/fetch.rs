//! Fetching the portal's own static files (texts, the municipality table).

use gloo_net::http::{Request, Response};

/// A successful (2xx) response for `url` on this origin; any failure is `Err(())`,
/// because every caller handles all failures the same way (show a retry).
pub async fn fetch_ok(url: &str) -> Result<Response, ()> {
    let response = Request::get(url).send().await.map_err(|_| ())?;
    if response.ok() {
        Ok(response)
    } else {
        Err(())
    }
}
