//! The one place where the app touches the browser beyond rendering: the document's
//! title and language, focus, the current address, the clipboard, printing, the clock,
//! leaving for another site, reading aloud ([`speech`]), the embedding page ([`frame`]),
//! and for the staff page: the lazily loaded decryption module ([`age`]), chosen and
//! saved files ([`files`]) and the tab's session storage ([`session`]).
//!
//! Components render natively (the pages are pre-rendered at build time) and in the
//! browser, so they call these only from effects and event handlers; outside a browser
//! each function does nothing.

#[cfg(feature = "staff-page")]
pub mod age;
#[cfg(feature = "staff-page")]
pub mod files;
mod frame;
#[cfg(feature = "staff-page")]
pub mod session;

#[cfg(feature = "host-form")]
pub use frame::load_script;
pub use frame::{ask_host_to_leave, frame, tell_host, Frame};

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::JsCast;

    fn document() -> Option<web_sys::Document> {
        web_sys::window()?.document()
    }

    pub fn set_title(title: &str) {
        if let Some(doc) = document() {
            doc.set_title(title);
        }
    }

    #[cfg(any(feature = "host-form", feature = "staff-page"))]
    pub fn focus_element(id: &str) {
        let element = document()
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(el) = element {
            let _ = el.focus();
            el.scroll_into_view_with_bool(true);
        }
    }

    pub fn focus_main_heading() {
        let heading = document()
            .and_then(|d| d.query_selector("main h1").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(h) = heading {
            let _ = h.focus();
        }
    }

    pub fn page_url() -> Option<String> {
        web_sys::window()?.location().href().ok()
    }

    pub fn mark_hydrated() {
        if let Some(html) = document().and_then(|d| d.document_element()) {
            let _ = html.set_attribute("data-hydrated", "true");
        }
    }

    pub fn replace_location(url: &str) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().replace(url);
        }
    }

    pub async fn next_task() {
        let wait = js_sys::Promise::new(&mut |resolve, _| {
            let scheduled =
                web_sys::window().is_some_and(|w| w.set_timeout_with_callback(&resolve).is_ok());
            if !scheduled {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
    }

    pub async fn copy_text(text: &str) -> bool {
        let Some(window) = web_sys::window() else {
            return false;
        };
        let promise = window.navigator().clipboard().write_text(text);
        wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
    }

    pub fn print() {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }

    #[cfg(feature = "hydrate")]
    pub fn can_keep_pages() -> bool {
        web_sys::window().is_some_and(|w| {
            let navigator = w.navigator();
            js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false)
        })
    }

    pub async fn service_worker_controls() -> bool {
        let Some(container) = web_sys::window().map(|w| w.navigator().service_worker()) else {
            return false;
        };
        if container.controller().is_some() {
            return true;
        }
        if let Ok(ready) = container.ready() {
            let _ = wasm_bindgen_futures::JsFuture::from(ready).await;
        }
        container.controller().is_some()
    }

    pub fn meta(name: &str) -> Option<String> {
        document()?
            .query_selector(&format!("meta[name=\"{name}\"]"))
            .ok()??
            .get_attribute("content")
    }

    pub fn now_ms() -> f64 {
        js_sys::Date::now()
    }

    pub fn leave_for(url: &str) {
        // Hide the page at once, before the other site has loaded.
        if let Some(html) = document().and_then(|d| d.document_element()) {
            let _ = html.set_attribute("data-leaving", "true");
        }
        replace_location(url);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod web {
    pub fn set_title(_: &str) {}
    #[cfg(any(feature = "host-form", feature = "staff-page"))]
    pub fn focus_element(_: &str) {}
    pub fn focus_main_heading() {}
    pub fn page_url() -> Option<String> {
        None
    }
    pub fn mark_hydrated() {}
    pub fn replace_location(_: &str) {}
    pub async fn next_task() {}
    pub async fn copy_text(_: &str) -> bool {
        false
    }
    pub fn print() {}
    pub fn can_keep_pages() -> bool {
        false
    }
    pub async fn service_worker_controls() -> bool {
        false
    }
    #[cfg(feature = "hydrate")]
    pub fn meta(_: &str) -> Option<String> {
        None
    }
    pub fn now_ms() -> f64 {
        0.0
    }
    pub fn leave_for(_: &str) {}
}

pub mod speech;

/// Sets the document's `<title>`.
pub fn set_title(title: &str) {
    web::set_title(title);
}

/// Focuses the element `id` and scrolls it to the top of the view (a form's error
/// summary, a field it links to, a receipt).
#[cfg(any(feature = "host-form", feature = "staff-page"))]
pub fn focus_element(id: &str) {
    web::focus_element(id);
}

/// Moves keyboard focus to the page's main heading (after a client-side navigation).
pub fn focus_main_heading() {
    web::focus_main_heading();
}

/// The address in the browser's address bar, with its query.
pub fn page_url() -> Option<String> {
    web::page_url()
}

/// Marks `<html data-hydrated>` once the app is live (outside the hydrated tree; tests
/// and styles can rely on it).
pub fn mark_hydrated() {
    web::mark_hydrated();
}

/// Loads another page in place of this one (no history entry), e.g. another language.
pub fn replace_location(url: &str) {
    web::replace_location(url);
}

/// Waits for a task of its own (a zero timeout): the work after it runs once the browser
/// has had a turn, so starting the app is several short tasks instead of one long one
/// that would keep a tap or a scroll waiting.
pub async fn next_task() {
    web::next_task().await;
}

/// Copies `text` to the clipboard; whether it worked.
pub async fn copy_text(text: &str) -> bool {
    web::copy_text(text).await
}

/// Opens the browser's print dialog.
pub fn print() {
    web::print();
}

/// Whether this browser can keep pages for offline use (it has service workers).
pub fn can_keep_pages() -> bool {
    web::can_keep_pages()
}

/// Whether the service worker controls this page (waiting for it to start if needed).
pub async fn service_worker_controls() -> bool {
    web::service_worker_controls().await
}

/// The content of `<meta name=…>` in the page, written by the page generator.
#[cfg(feature = "hydrate")]
pub fn meta(name: &str) -> Option<String> {
    web::meta(name)
}

/// Milliseconds since the epoch (0 outside a browser).
pub fn now_ms() -> f64 {
    web::now_ms()
}

/// Replaces this page at once with another site (no history entry for this one).
pub fn leave_for(url: &str) {
    web::leave_for(url);
}
