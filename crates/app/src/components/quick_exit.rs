//! "Leave this page quickly" on pages about violence, abuse, exploitation and crisis
//! (marked in the tree data): GOV.UK's "exit this page" pattern. The button, or Shift
//! pressed three times, replaces the page at once with a neutral site, so Back does not
//! return to it; a short note says how to browse privately. Without JavaScript the
//! button is a plain link to the same site. Embedded in a municipality's page, both also
//! ask the host page to leave for the same site (`embed.js` follows), so the
//! municipality's page does not stay on screen around an empty frame; before the app is
//! live the link's `target="_top"` takes the whole page there.

use crate::catalog::catalog;
use crate::current_route::use_current_route;
use crate::embed::use_embedded;
use crate::hydration::use_hydrated;
use crate::i18n::use_i18n;
use crate::key;
use crate::platform;
use hulpwijzer_core::engine::{replay, Position};
use hulpwijzer_core::route::Route;
use leptos::ev;
use leptos::prelude::*;

/// Where the button leads: Buienradar, the weather site most people in the Netherlands
/// open every day, so it is unremarkable in a browser's history or on a screen
/// (docs/decisions/0007-leave-this-page-quickly.md).
pub const NEUTRAL_SITE: &str = "https://www.buienradar.nl/";

/// Shift presses that leave, and the time within which they must fall.
const PRESSES: u8 = 3;
const WITHIN_MS: f64 = 5000.0;

/// Whether the page `route` points to is marked as sensitive.
pub fn is_marked(route: &Route) -> bool {
    let Some((tree, answers)) = route.position() else {
        return false;
    };
    let Some(tree) = catalog().tree(tree.as_str()) else {
        return false;
    };
    match replay(tree, answers).map(|w| w.position) {
        Ok(Position::Question(q)) => !q.marks.is_empty(),
        Ok(Position::Outcome(o)) => !o.marks.is_empty(),
        _ => false,
    }
}

/// The exit button and the note, on marked pages only.
#[component]
pub fn QuickExit() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_current_route().0;
    let hydrated = use_hydrated();
    let embedded = use_embedded();
    let go = move || {
        if let Some(frame) = embedded.get_untracked() {
            platform::ask_host_to_leave(&frame, NEUTRAL_SITE);
        }
        platform::leave_for(NEUTRAL_SITE);
    };
    let marked = Memo::new(move |_| route.get().is_ok_and(|r| is_marked(&r)));
    // Shift three times within five seconds; any other key starts the count again.
    let presses = StoredValue::new((0u8, 0.0f64));
    Effect::new(move |_| {
        if !(hydrated.get() && marked.get()) {
            return;
        }
        let handle = window_event_listener(ev::keydown, move |e| {
            if e.key() != "Shift" {
                presses.set_value((0, 0.0));
                return;
            }
            if e.repeat() {
                return;
            }
            let now = platform::now_ms();
            let (count, first) = match presses.get_value() {
                (n, first) if n > 0 && now - first <= WITHIN_MS => (n + 1, first),
                _ => (1, now),
            };
            if count >= PRESSES {
                presses.set_value((0, 0.0));
                go();
            } else {
                presses.set_value((count, first));
            }
        });
        on_cleanup(move || handle.remove());
    });
    let leave = move |e: ev::MouseEvent| {
        e.prevent_default();
        go();
    };
    move || {
        marked.get().then(|| {
            view! {
                <aside
                    class="quick-exit"
                    aria-label=i18n.tr(key!("quick-exit-region"))
                    data-no-read=""
                >
                    <a
                        class="utrecht-button-link utrecht-button-link--html-a quick-exit-button"
                        href=NEUTRAL_SITE
                        rel="noreferrer"
                        target="_top"
                        on:click=leave
                    >
                        {i18n.tr(key!("quick-exit"))}
                    </a>
                    <details class="quick-exit-note">
                        <summary>{i18n.tr(key!("quick-exit-more"))}</summary>
                        <p>{i18n.tr(key!("quick-exit-shortcut"))}</p>
                        <p>{i18n.tr(key!("quick-exit-private"))}</p>
                    </details>
                </aside>
            }
        })
    }
}
