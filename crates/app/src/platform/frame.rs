//! The browser's side of embedding: what the page's inline script found out before the
//! first paint (`<html data-embed>`), and messages to the embedding page. Natively every
//! function does nothing.

/// How the page was embedded by `embed.js`, as the inline script marked `<html>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// The embedding page's origin; messages go to it and nowhere else.
    pub host_origin: String,
    /// Whether the snippet lets the reader choose another municipality.
    pub may_change_municipality: bool,
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::Frame;

    fn html() -> Option<web_sys::Element> {
        web_sys::window()?.document()?.document_element()
    }

    pub fn frame() -> Option<Frame> {
        let html = html()?;
        Some(Frame {
            host_origin: html.get_attribute("data-embed")?,
            may_change_municipality: html.has_attribute("data-embed-pick"),
        })
    }

    #[cfg(feature = "host-form")]
    pub fn load_script(src: &str) {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if doc
            .query_selector(&format!("script[src=\"{src}\"]"))
            .ok()
            .flatten()
            .is_some()
        {
            return;
        }
        if let (Ok(script), Some(head)) = (doc.create_element("script"), doc.head()) {
            let _ = script.set_attribute("src", src);
            let _ = head.append_child(&script);
        }
    }

    pub fn tell_host(frame: &Frame, kind: &str) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(Some(parent)) = window.parent() else {
            return;
        };
        let height = html().map_or(0.0, |h| h.get_bounding_client_rect().height().ceil());
        let message = js_sys::Object::new();
        let set = |key: &str, value: wasm_bindgen::JsValue| {
            let _ = js_sys::Reflect::set(&message, &key.into(), &value);
        };
        set("hulpwijzer", 1.into());
        set("type", kind.into());
        set("height", height.into());
        let _ = parent.post_message(&message, &frame.host_origin);
    }

    pub fn ask_host_to_leave(frame: &Frame, url: &str) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(Some(parent)) = window.parent() else {
            return;
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"hulpwijzer".into(), &1.into());
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"leave".into());
        let _ = js_sys::Reflect::set(&message, &"url".into(), &url.into());
        let _ = parent.post_message(&message, &frame.host_origin);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod web {
    use super::Frame;

    pub fn frame() -> Option<Frame> {
        None
    }

    pub fn tell_host(_: &Frame, _: &str) {}

    pub fn ask_host_to_leave(_: &Frame, _: &str) {}

    #[cfg(feature = "host-form")]
    pub fn load_script(_: &str) {}
}

/// The embedding, when this page is in a frame made by `embed.js`.
pub fn frame() -> Option<Frame> {
    web::frame()
}

/// Adds `<script src>` of this origin to the document once (the /embed/ page's preview
/// runs the real `embed.js`); only the wasms with that page have it (decision 31).
#[cfg(feature = "host-form")]
pub fn load_script(src: &str) {
    web::load_script(src);
}

/// Posts `{hulpwijzer: 1, type: kind, height}` to the embedding page, addressed to its
/// origin only (the browser drops it if the parent has another origin).
pub fn tell_host(frame: &Frame, kind: &str) {
    web::tell_host(frame, kind);
}

/// Posts `{hulpwijzer: 1, type: 'leave', url}` to the embedding page (its origin only):
/// `embed.js` then replaces the host page with `url`, so "leave this page quickly" leaves
/// the municipality's page too, not only the frame.
pub fn ask_host_to_leave(frame: &Frame, url: &str) {
    web::ask_host_to_leave(frame, url);
}
