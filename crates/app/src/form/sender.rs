//! Sends the outbox to the endpoint: at once, again with exponential backoff after a
//! failure, and as soon as the browser is back online, until every submission is
//! acknowledged (201/200) or refused (422).

use super::draft::Draft;
use super::notice::Notice;
use super::outbox::{self, backoff_ms, classify, Outcome, Pending, Sent, Withdrawal, Written};
use crate::fetch::Deadline;
use hulpwijzer_core::form::{FieldErrors, HostInterest};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;

/// Where the latest submission stands, as the form shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendStatus {
    /// Nothing sent in this visit.
    Idle,
    /// An attempt is under way.
    Sending,
    /// Not sent yet; tried again automatically. `kept`: a copy is on the device, so it
    /// survives closing the page (otherwise it lives only as long as the page is open).
    Queued {
        /// Whether the device kept the copy.
        kept: bool,
    },
    /// Acknowledged with this reference.
    Received(String),
    /// Refused; back to the form with these errors.
    Rejected(FieldErrors),
}

/// The sender, provided once at the root so sending survives page changes.
#[derive(Clone, Copy)]
pub struct Sender {
    endpoint: RwSignal<Option<String>>,
    status: RwSignal<SendStatus>,
    notices: RwSignal<Vec<Notice>>,
    /// The idempotency key of the offer submitted in this visit, if any.
    current: StoredValue<Option<String>>,
    busy: StoredValue<bool>,
    attempt: StoredValue<u32>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// Bumped when the list of sent offers changes, so views of it read it again.
    sent_changed: RwSignal<u32>,
    /// Whether the device kept the latest change of the outbox.
    kept: StoredValue<bool>,
}

async fn post(endpoint: &str, item: &Pending) -> Outcome {
    let url = format!("{endpoint}/v1/host-interest");
    let deadline = Deadline::request();
    let request = gloo_net::http::Request::post(&url)
        .header("Content-Type", "application/json")
        .abort_signal(deadline.as_ref().map(Deadline::signal).as_ref())
        .body(item.body.clone());
    let Ok(request) = request else {
        return Outcome::Retry(None);
    };
    match request.send().await {
        Ok(response) => {
            let retry_after = response.headers().get("retry-after");
            let body = response.text().await.unwrap_or_default();
            classify(response.status(), &body, retry_after.as_deref())
        }
        Err(_) => Outcome::Retry(None),
    }
}

impl Sender {
    /// The status of the latest submission (reactive).
    pub fn status(&self) -> SendStatus {
        self.status.get()
    }

    /// The notices to show (reactive).
    pub fn notices(&self) -> Vec<Notice> {
        self.notices.get()
    }

    /// Shows `notice` (once).
    pub fn notice(&self, notice: Notice) {
        if !self.notices.with_untracked(|n| n.contains(&notice)) {
            self.notices.update(|n| n.push(notice));
        }
    }

    /// Reports what went wrong with a change of the outbox (`sent_list`: or the sent list).
    fn report(&self, written: Written, sent_list: bool) {
        if written.unreadable {
            self.notice(if sent_list {
                Notice::SentUnreadable
            } else {
                Notice::OutboxUnreadable
            });
        }
        if written.refused.is_some() {
            self.notice(Notice::StorageRefused);
        }
        if !sent_list {
            self.kept.set_value(written.refused.is_none());
        }
    }

    /// The waiting submissions, reporting a corrupt outbox.
    fn pending(&self) -> Vec<Pending> {
        outbox::pending().unwrap_or_else(|outbox::Unreadable| {
            self.notice(Notice::OutboxUnreadable);
            Vec::new()
        })
    }

    /// Shows the receipt of the offer with idempotency `key` if it was acknowledged (in
    /// another tab); whether it was.
    pub fn received_elsewhere(&self, key: &str) -> bool {
        let reference = outbox::sent()
            .ok()
            .and_then(|all| all.into_iter().find(|s| s.key == key))
            .map(|s| s.reference);
        let found = reference.is_some();
        if let Some(reference) = reference {
            self.status.set(SendStatus::Received(reference));
        }
        found
    }

    /// Back to an empty form after a receipt.
    pub fn reset(&self) {
        self.status.set(SendStatus::Idle);
    }

    /// The offers acknowledged on this phone (reactive; reads storage, so call it once
    /// the page is live). An unreadable list is removed and reported.
    pub fn sent(&self) -> Vec<Sent> {
        self.sent_changed.track();
        outbox::sent().unwrap_or_else(|_| {
            self.notice(Notice::SentUnreadable);
            Vec::new()
        })
    }

    /// Withdraws `sent` at the endpoint and, once it is gone there, forgets it here.
    pub async fn withdraw(self, sent: Sent) -> Withdrawal {
        let Some(endpoint) = self.endpoint.get_untracked() else {
            return Withdrawal::Failed;
        };
        let result = super::withdraw::withdraw(&endpoint, &sent).await;
        if result == Withdrawal::Gone {
            self.report(outbox::forget_sent(&sent.key), true);
            self.sent_changed.update(|n| *n = n.wrapping_add(1));
        }
        result
    }

    /// Sets the endpoint once `/config.json` is read, and sends what is waiting.
    pub fn set_endpoint(&self, endpoint: Option<String>) {
        let has = endpoint.is_some();
        self.endpoint.set(endpoint);
        if has && !self.pending().is_empty() {
            self.status.set(SendStatus::Queued {
                kept: self.kept.get_value(),
            });
            self.flush();
        }
    }

    /// Puts a checked form in the outbox (in memory, and on the phone when it allows)
    /// and starts sending it.
    pub fn submit(&self, form: &HostInterest) {
        self.current.set_value(Some(form.idempotency_key.clone()));
        self.report(outbox::push(Pending::new(form)), false);
        self.status.set(SendStatus::Sending);
        self.attempt.set_value(0);
        self.flush();
    }

    fn schedule(&self) {
        let attempt = self.attempt.get_value();
        self.attempt.set_value(attempt.saturating_add(1));
        self.schedule_in(backoff_ms(attempt));
    }

    fn schedule_in(&self, ms: u32) {
        let this = *self;
        if let Some(t) = self.timer.get_value() {
            t.clear();
        }
        let handle =
            set_timeout_with_handle(move || this.flush(), Duration::from_millis(u64::from(ms)));
        self.timer.set_value(handle.ok());
    }

    /// Sends every waiting submission, one after another; on a failure waits and retries.
    pub fn flush(&self) {
        let Some(endpoint) = self.endpoint.get_untracked() else {
            return;
        };
        if self.busy.get_value() {
            return;
        }
        self.busy.set_value(true);
        let this = *self;
        spawn_local(async move {
            for item in this.pending() {
                let outcome = post(&endpoint, &item).await;
                match outcome {
                    Outcome::Received(reference) => {
                        this.report(outbox::remove(&item.key), false);
                        let sent = Sent {
                            reference: reference.clone(),
                            key: item.key.clone(),
                            municipality: item.municipality(),
                            sent_ms: super::now_ms(),
                        };
                        this.report(outbox::remember_sent(sent), true);
                        this.sent_changed.update(|n| *n = n.wrapping_add(1));
                        if let super::DraftLoad::Found(d) = Draft::load(super::now_ms()) {
                            if d.key.as_deref() == Some(item.key.as_str()) {
                                Draft::clear();
                            }
                        }
                        this.attempt.set_value(0);
                        this.status.set(SendStatus::Received(reference));
                    }
                    Outcome::Rejected(errors) => {
                        this.report(outbox::remove(&item.key), false);
                        let current = this.current.get_value();
                        if current.as_deref() == Some(item.key.as_str()) {
                            this.status.set(SendStatus::Rejected(errors));
                        } else {
                            // Saved in an earlier visit: its form is gone, so say so.
                            this.notice(Notice::RejectedEarlier);
                        }
                    }
                    Outcome::Retry(wait) => {
                        this.status.set(SendStatus::Queued {
                            kept: this.kept.get_value(),
                        });
                        this.busy.set_value(false);
                        match wait {
                            Some(ms) => this.schedule_in(ms.max(backoff_ms(0))),
                            None => this.schedule(),
                        }
                        return;
                    }
                }
            }
            this.busy.set_value(false);
        });
    }
}

/// Creates the sender and sends the outbox again whenever the browser comes back online.
pub fn provide_sender() -> Sender {
    let sender = Sender {
        endpoint: RwSignal::new(None),
        status: RwSignal::new(SendStatus::Idle),
        notices: RwSignal::new(Vec::new()),
        current: StoredValue::new(None),
        busy: StoredValue::new(false),
        attempt: StoredValue::new(0),
        timer: StoredValue::new(None),
        sent_changed: RwSignal::new(0),
        kept: StoredValue::new(true),
    };
    provide_context(sender);
    let handle = window_event_listener(leptos::ev::online, move |_| {
        sender.attempt.set_value(0);
        sender.flush();
    });
    // Another tab changed the outbox or the sent list: this tab's views read them again.
    let elsewhere = crate::storage::on_change_elsewhere(move |key| {
        if key.is_none_or(|k| k == super::OUTBOX || k == super::SENT) {
            sender.sent_changed.update(|n| *n = n.wrapping_add(1));
        }
    });
    // The sender lives as long as the app.
    std::mem::forget(handle);
    std::mem::forget(elsewhere);
    sender
}

/// The sender context.
pub fn use_sender() -> Sender {
    expect_context::<Sender>()
}
