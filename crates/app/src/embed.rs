//! Embedded mode: the portal in a municipality's page, in a frame made by `embed.js`.
//!
//! The server cannot know it (the page is the same pre-rendered file), so the first
//! render is the ordinary page; what differs before hydration is done by the stylesheet
//! from `<html data-embed>` (compact header and footer, no scrollbar). Once hydrated,
//! this context holds the embedding: the header adds a link to the full site, a fixed
//! municipality cannot be changed unless the snippet allows it, sharing uses the full
//! site's address, and every client-side navigation tells the host page to bring the
//! frame's top into view.

use crate::hydration::use_hydrated;
use crate::platform::{self, Frame};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The embedding, provided once inside the router: `None` until hydrated and when the
/// page is not embedded.
#[derive(Clone, Copy)]
pub struct Embedded(RwSignal<Option<Frame>>);

impl Embedded {
    /// The embedding (reactive).
    pub fn get(&self) -> Option<Frame> {
        self.0.get()
    }

    /// The embedding, read once (not reactive), for event handlers.
    pub fn get_untracked(&self) -> Option<Frame> {
        self.0.get_untracked()
    }

    /// Whether the page is embedded (reactive).
    pub fn is_embedded(&self) -> bool {
        self.0.with(Option::is_some)
    }
}

/// Provides the embedding and tells the host page about every later navigation.
pub fn provide_embedded() -> Embedded {
    let hydrated = use_hydrated();
    let embedded = Embedded(RwSignal::new(None));
    provide_context(embedded);
    Effect::new(move |_| {
        if hydrated.get() {
            embedded.0.set(platform::frame());
        }
    });
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let current = format!("{}?{}", location.pathname.get(), location.search.get());
        if previous.is_some_and(|p| p != current) {
            if let Some(frame) = embedded.0.get_untracked() {
                // After the new page has rendered, so the height is the new page's.
                request_animation_frame(move || platform::tell_host(&frame, "navigate"));
            }
        }
        current
    });
    embedded
}

/// The embedding.
pub fn use_embedded() -> Embedded {
    expect_context::<Embedded>()
}
