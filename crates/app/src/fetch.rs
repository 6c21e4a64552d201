//! Fetching the portal's own static files (texts, the municipality table), and a
//! deadline for requests that must not wait forever.

use gloo_net::http::{Request, Response};
#[cfg(any(feature = "host-form", feature = "staff-page"))]
use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};
#[cfg(any(feature = "host-form", feature = "staff-page"))]
use std::time::Duration;

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

/// How long one request to the deployment (`/config.json`, the endpoint) may take before
/// it counts as failed: the form's POST is then tried again later, and the configuration
/// or the list of municipalities is treated as unknown.
#[cfg(any(feature = "host-form", feature = "staff-page"))]
pub const REQUEST_DEADLINE: Duration = Duration::from_secs(15);

/// The body of a successful (2xx) response for `url`, or `Err(())` on any failure,
/// including no complete answer within [`REQUEST_DEADLINE`].
#[cfg(any(feature = "host-form", feature = "staff-page"))]
pub async fn fetch_text_within_deadline(url: &str) -> Result<String, ()> {
    // Kept until the body is read: a connection can also go silent halfway through it.
    let deadline = Deadline::request();
    let response = Request::get(url)
        .abort_signal(deadline.as_ref().map(Deadline::signal).as_ref())
        .send()
        .await
        .map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    response.text().await.map_err(|_| ())
}

/// Aborts a request that has not finished after a while: on a connection that went
/// silent (a phone between cells, a captive portal) `fetch` can wait for minutes, and a
/// form would say "Sending…" all that time instead of trying again.
#[cfg(any(feature = "host-form", feature = "staff-page"))]
pub struct Deadline {
    controller: web_sys::AbortController,
    timer: Option<TimeoutHandle>,
}

#[cfg(any(feature = "host-form", feature = "staff-page"))]
impl Deadline {
    /// A deadline [`REQUEST_DEADLINE`] from now, the one every request to the deployment
    /// gets; `None` where the browser has no `AbortController`.
    pub fn request() -> Option<Deadline> {
        let controller = web_sys::AbortController::new().ok()?;
        let abort = controller.clone();
        let timer = set_timeout_with_handle(move || abort.abort(), REQUEST_DEADLINE).ok();
        Some(Deadline { controller, timer })
    }

    /// The signal to give the request.
    pub fn signal(&self) -> web_sys::AbortSignal {
        self.controller.signal()
    }
}

#[cfg(any(feature = "host-form", feature = "staff-page"))]
impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(timer) = self.timer.take() {
            timer.clear();
        }
    }
}
