//! "Mark all offers that match the filter as handled": one confirmation, then the
//! endpoint's `DELETE` for each (it has no bulk route), a few at a time, with the
//! progress and how many failed.

use super::ask_first::AskFirst;
use super::error_note::ErrorNote;
use super::Session;
use crate::i18n::use_i18n;
use crate::staff::{api, StaffError};
use crate::{key, Key};
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::staff::Offer;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

/// Requests under way at once: enough to keep the line busy, few enough to leave the
/// endpoint's connections to others.
const AT_ONCE: usize = 4;
/// Handled offers leave the list in groups of this many (each removal filters the list).
const REMOVE_EVERY: usize = 250;

/// How a run went: handled, failed, of how many.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Tally {
    done: usize,
    failed: usize,
    total: usize,
}

/// What one run shares between its requests.
struct Run {
    queue: Vec<String>,
    gone: Vec<String>,
    workers: usize,
}

fn remove(offers: RwSignal<Option<Vec<Offer>>>, gone: Vec<String>) {
    let gone: HashSet<String> = gone.into_iter().collect();
    offers.update(|o| {
        if let Some(list) = o {
            list.retain(|offer| !gone.contains(&offer.reference));
        }
    });
}

/// The button, its confirmation and the run's progress.
#[component]
pub fn MarkAll(
    /// The opened offers (the handled ones are removed).
    offers: RwSignal<Option<Vec<Offer>>>,
    /// The references of the offers that match the filter.
    targets: Signal<Vec<String>>,
    /// Where they came from.
    session: RwSignal<Option<Session>>,
    /// While offers are still being opened, the filter does not see them all yet.
    opening: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let confirming = RwSignal::new(false);
    let running = RwSignal::new(false);
    let tally = RwSignal::new(None::<Tally>);
    let error = RwSignal::new(None::<StaffError>);
    let count = Memo::new(move |_| targets.with(Vec::len));
    let worker = move |s: Session, run: Rc<RefCell<Run>>| async move {
        loop {
            let next = run.borrow_mut().queue.pop();
            let Some(reference) = next else { break };
            match api::mark_handled(&s.endpoint, &s.municipality, &s.token, &reference).await {
                Ok(()) => {
                    tally.update(|t| t.get_or_insert_default().done += 1);
                    let full = {
                        let mut r = run.borrow_mut();
                        r.gone.push(reference);
                        r.gone.len() >= REMOVE_EVERY
                    };
                    if full {
                        remove(offers, std::mem::take(&mut run.borrow_mut().gone));
                    }
                }
                Err(e) => {
                    tally.update(|t| t.get_or_insert_default().failed += 1);
                    error.set(Some(e));
                }
            }
        }
        let last = {
            let mut r = run.borrow_mut();
            r.workers -= 1;
            r.workers == 0
        };
        if last {
            remove(offers, std::mem::take(&mut run.borrow_mut().gone));
            running.set(false);
        }
    };
    let confirm = Callback::new(move |()| {
        let Some(s) = session.get_untracked() else {
            return;
        };
        let mut queue = targets.get_untracked();
        if queue.is_empty() {
            return;
        }
        // Popped from the end: the order shown, first first.
        queue.reverse();
        let workers = AT_ONCE.min(queue.len());
        tally.set(Some(Tally {
            total: queue.len(),
            ..Tally::default()
        }));
        error.set(None);
        confirming.set(false);
        running.set(true);
        let run = Rc::new(RefCell::new(Run {
            queue,
            gone: Vec::new(),
            workers,
        }));
        for _ in 0..workers {
            spawn_local(worker(s.clone(), run.clone()));
        }
    });
    let button = move || {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(count.get()));
        i18n.tr_with(key!("staff-handled-all"), &args)
    };
    let progress = move || {
        let t = tally.get().filter(|_| running.get())?;
        let mut args = FluentArgs::new();
        args.set("done", FluentValue::from(t.done + t.failed));
        args.set("total", FluentValue::from(t.total));
        Some(i18n.tr_with(key!("staff-handled-all-progress"), &args))
    };
    let outcome = move || {
        let t = tally.get().filter(|_| !running.get())?;
        let line = |key: Key, n: usize| {
            let mut args = FluentArgs::new();
            args.set("count", FluentValue::from(n));
            view! {
                <span data-count=n>{i18n.tr_with(key, &args)}</span>
                " "
            }
        };
        Some(view! {
            {line(key!("staff-handled-all-done"), t.done)}
            {(t.failed > 0).then(|| line(key!("staff-handled-all-failed"), t.failed))}
        })
    };
    view! {
        <div class="staff-mark-all">
            <AskFirst
                id="staff-handled-all-question".to_owned()
                question=key!("staff-handled-all-question")
                label=Signal::derive(button)
                asking=confirming
                on_confirm=confirm
                busy=running
                disabled=Signal::derive(move || running.get() || opening.get() || count.get() == 0)
            />
            <p class="hint">{progress}</p>
            <p role="status">{outcome}</p>
            <ErrorNote error />
        </div>
    }
}
