//! Finding a municipality by postcode or name, offline, and putting it in the URL.

use crate::catalog::{directory, use_directory_status};
use crate::i18n::use_i18n;
use crate::key;
use crate::municipality::remember_municipality;
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::municipality::{Municipality, SearchResult};
use hulpwijzer_core::route::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// What a search shows under the field.
enum Found {
    Nothing,
    Matches(Vec<&'static Municipality>),
    UnknownPostcode(u16),
}

fn find(query: &str) -> Found {
    if query.trim().is_empty() {
        return Found::Nothing;
    }
    match directory().search(query) {
        SearchResult::Postcode { municipality, .. } => Found::Matches(vec![municipality]),
        SearchResult::UnknownPostcode { pc4 } => Found::UnknownPostcode(pc4),
        SearchResult::Names(list) => Found::Matches(list),
    }
}

/// What a search shows: nothing, a notice, or buttons that choose a municipality.
fn results_view(found: Found, choose: impl Fn(String) + Clone + 'static) -> AnyView {
    let i18n = use_i18n();
    match found {
        Found::Nothing => ().into_any(),
        Found::UnknownPostcode(pc4) => {
            let mut args = FluentArgs::new();
            args.set("postcode", FluentValue::from(format!("{pc4:04}")));
            view! { <p role="status">{i18n.tr_with(key!("municipality-unknown-postcode"), &args)}</p> }
                .into_any()
        }
        Found::Matches(list) if list.is_empty() => {
            view! { <p role="status">{i18n.tr(key!("municipality-no-results"))}</p> }.into_any()
        }
        Found::Matches(list) => {
            let items = list
                .into_iter()
                .map(|m| {
                    let code = m.code.clone();
                    let choose = choose.clone();
                    view! {
                        <li>
                            <button
                                class="utrecht-button utrecht-button--secondary-action"
                                type="button"
                                on:click=move |_| choose(code.clone())
                            >
                                {m.name.clone()}
                                " ("
                                {m.province.clone()}
                                ")"
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="results">{items}</ul> }.into_any()
        }
    }
}

/// A search field with results; choosing one sets `?m=` and remembers it.
#[component]
pub fn MunicipalityPicker(
    /// The current URL, kept apart from the municipality.
    route: Route,
) -> impl IntoView {
    let i18n = use_i18n();
    let status = use_directory_status();
    let (query, set_query) = signal(String::new());
    let choose = move |code: String| {
        remember_municipality(&code);
        let target = Route {
            municipality: Some(code),
            ..route.clone()
        };
        use_navigate()(&target.to_url(), Default::default());
    };
    let results = move || {
        // Searching needs the table: redraw when it arrives.
        status.get();
        let found = find(&query.get());
        results_view(found, choose.clone())
    };
    view! {
        <div class="field">
            <label for="municipality-search">{i18n.tr(key!("municipality-search-label"))}</label>
            <p class="hint" id="municipality-search-hint">
                {i18n.tr(key!("municipality-search-hint"))}
            </p>
            <input
                id="municipality-search"
                type="search"
                autocomplete="off"
                aria-describedby="municipality-search-hint"
                prop:value=query
                on:focus=move |_| status.want()
                on:input=move |ev| {
                    status.want();
                    set_query.set(event_target_value(&ev));
                }
            />
        </div>
        <div aria-live="polite">{results}</div>
    }
}
