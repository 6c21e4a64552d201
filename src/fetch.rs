//! Fetching the portal's own static files (texts, the municipality table), and a
//! deadline for requests that must not wait forever.

use gloo_net::http::{Request, Response};
#[cfg(host_form)]
use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};
#[cfg(host_form)]
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

/// Aborts a request that has not finished after a while: on a connection that went
/// silent (a phone between cells, a captive portal) `fetch` can wait for minutes, and a
/// form would say "Sending…" all that time instead of trying again.
#[cfg(host_form)]
pub struct Deadline {
    controller: web_sys::AbortController,
    timer: Option<TimeoutHandle>,
}

#[cfg(host_form)]
impl Deadline {
    /// A deadline `after` from now; `None` where the browser has no `AbortController`.
    pub fn after(after: Duration) -> Option<Deadline> {
        let controller = web_sys::AbortController::new().ok()?;
        let abort = controller.clone();
        let timer = set_timeout_with_handle(move || abort.abort(), after).ok();
        Some(Deadline { controller, timer })
    }

    /// The signal to give the request.
    pub fn signal(&self) -> web_sys::AbortSignal {
        self.controller.signal()
    }
}

#[cfg(host_form)]
impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(timer) = self.timer.take() {
            timer.clear();
        }
    }
}
