//! The document around the app: its title, and where keyboard focus goes.

use crate::i18n::use_i18n;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Sets `<title>` to "heading – app name".
pub fn set_title(heading: &str) {
    let i18n = use_i18n();
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&format!("{heading} – {}", i18n.tr("app-name")));
    }
}

/// After every navigation (not the first load), moves focus to the page's heading so
/// screen readers announce the new question instead of staying on the old link.
pub fn focus_heading_after_navigation(path: Memo<String>) {
    Effect::new(move |previous: Option<String>| {
        let current = path.get();
        if previous.is_some_and(|p| p != current) {
            request_animation_frame(|| {
                let heading = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.query_selector("main h1").ok().flatten())
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(h) = heading {
                    let _ = h.focus();
                }
            });
        }
        current
    });
}
