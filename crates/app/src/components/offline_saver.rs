//! "Save this language for offline use": downloads every page of the language through
//! the service worker, which keeps what it fetches. It says how much it will download
//! before it starts, counts while it works, and says when it is done.

use crate::hydration::use_hydrated;
use crate::i18n::use_i18n;
use crate::key;
use crate::platform;
use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Where the download stands.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Saving {
    /// Nothing asked yet.
    Idle,
    /// The list is known: this many bytes in this many files, waiting for a yes.
    Confirm { bytes: u64, urls: Vec<String> },
    /// This many of `total` files are saved.
    Busy { done: usize, total: usize },
    /// Every file is saved.
    Done,
    /// The list or a file could not be fetched, or there is no service worker.
    Failed,
}

/// The list for `locale`: bytes on the first line, then one URL a line.
fn parse_list(text: &str) -> Option<(u64, Vec<String>)> {
    let mut lines = text.lines();
    let bytes = lines.next()?.trim().parse().ok()?;
    let urls: Vec<String> = lines
        .filter(|l| l.starts_with('/'))
        .map(str::to_owned)
        .collect();
    (!urls.is_empty()).then_some((bytes, urls))
}

/// Megabytes with one decimal, in the language's number format.
fn megabytes(locale: &str, bytes: u64) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    let separator = if locale == "en" { '.' } else { ',' };
    format!("{}{separator}{}", tenths / 10, tenths % 10)
}

async fn fetch_list(locale: &str) -> Option<(u64, Vec<String>)> {
    let response = crate::fetch::fetch_ok(&format!("/offline/{locale}.txt"))
        .await
        .ok()?;
    parse_list(&response.text().await.ok()?)
}

/// The control, in the footer of every page once it is live (and only where a service
/// worker can keep the files).
#[component]
pub fn OfflineSaver() -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = use_hydrated();
    let state = RwSignal::new(Saving::Idle);
    let ask = move |_| {
        spawn_local(async move {
            state.set(match fetch_list(i18n.locale()).await {
                Some((bytes, urls)) => Saving::Confirm { bytes, urls },
                None => Saving::Failed,
            });
        });
    };
    let start = move |urls: Vec<String>| {
        spawn_local(async move {
            if !platform::service_worker_controls().await {
                state.set(Saving::Failed);
                return;
            }
            let total = urls.len();
            for (done, url) in urls.iter().enumerate() {
                state.set(Saving::Busy { done, total });
                if crate::fetch::fetch_ok(url).await.is_err() {
                    state.set(Saving::Failed);
                    return;
                }
            }
            state.set(Saving::Done);
        });
    };
    let view = move || {
        if !hydrated.get() || !platform::can_keep_pages() {
            return ().into_any();
        }
        let mut args = FluentArgs::new();
        match state.get() {
            Saving::Idle => view! {
                <button
                    class="utrecht-button utrecht-button--secondary-action"
                    type="button"
                    on:click=ask
                >
                    {i18n.tr(key!("offline-save"))}
                </button>
            }
            .into_any(),
            Saving::Confirm { bytes, urls } => {
                args.set("size", FluentValue::from(megabytes(i18n.locale(), bytes)));
                view! {
                    <p role="status">{i18n.tr_with(key!("offline-size"), &args)}</p>
                    <button
                        class="utrecht-button utrecht-button--primary-action"
                        type="button"
                        on:click=move |_| start(urls.clone())
                    >
                        {i18n.tr(key!("offline-start"))}
                    </button>
                }
                .into_any()
            }
            Saving::Busy { done, total } => {
                args.set("done", FluentValue::from(done));
                args.set("total", FluentValue::from(total));
                view! {
                    <p role="status">{i18n.tr_with(key!("offline-progress"), &args)}</p>
                    <progress max=total value=done aria-hidden="true"></progress>
                }
                .into_any()
            }
            Saving::Done => {
                view! { <p role="status">{i18n.tr(key!("offline-done"))}</p> }.into_any()
            }
            Saving::Failed => {
                view! { <p role="status">{i18n.tr(key!("offline-failed"))}</p> }.into_any()
            }
        }
    };
    view! { <div class="offline-saver">{view}</div> }
}

#[cfg(test)]
mod tests {
    use super::{megabytes, parse_list};

    #[test]
    fn the_list_reads_its_size_and_urls() {
        assert_eq!(
            parse_list("1234\n/uk/\n/uk/registration\n"),
            Some((1234, vec!["/uk/".to_owned(), "/uk/registration".to_owned()]))
        );
        assert_eq!(parse_list("x\n/uk/\n"), None);
        assert_eq!(parse_list("12\n"), None);
        assert_eq!(megabytes("uk", 1_260_000), "1,3");
        assert_eq!(megabytes("en", 940_000), "0.9");
    }
}
