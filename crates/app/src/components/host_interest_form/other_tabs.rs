//! The same draft open in two tabs: each follows the other's changes, and when one sends
//! it, the other shows the same receipt, so one draft stays one offer.

use super::fields::FormState;
use crate::form::{now_ms, Draft, DraftLoad, Sender, DRAFT};
use leptos::prelude::*;

/// Follows the draft other tabs keep on the device while the form is shown: a change is
/// taken over, a draft another tab sent shows its receipt, and one it cleared is
/// replaced here by `fresh()`.
pub fn follow_other_tabs(state: FormState, sender: Sender, fresh: impl Fn() -> Draft + 'static) {
    let handle = crate::storage::on_change_elsewhere(move |key| {
        if key.is_some_and(|k| k != DRAFT) {
            return;
        }
        match Draft::load(now_ms()) {
            DraftLoad::Found(stored) => {
                let differs = state.draft.with_untracked(|d| {
                    let mine = Draft {
                        saved_ms: stored.saved_ms,
                        ..d.clone()
                    };
                    mine != *stored
                });
                if differs {
                    state.draft.set(*stored);
                }
            }
            DraftLoad::Empty | DraftLoad::Discarded => {
                if let Some(key) = state.draft.with_untracked(|d| d.key.clone()) {
                    sender.received_elsewhere(&key);
                }
                state.draft.set(fresh());
            }
        }
    });
    on_cleanup(move || handle.remove());
}
