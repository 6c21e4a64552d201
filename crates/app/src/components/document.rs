//! Where keyboard focus goes after a client-side navigation.

use crate::platform;
use leptos::prelude::*;

/// After every navigation (not the first load), moves focus to the page's heading so
/// screen readers announce the new question instead of staying on the old link.
pub fn focus_heading_after_navigation(path: Memo<String>) {
    Effect::new(move |previous: Option<String>| {
        let current = path.get();
        if previous.is_some_and(|p| p != current) {
            request_animation_frame(platform::focus_main_heading);
        }
        current
    });
}
