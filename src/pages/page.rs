//! The one route: the URL is the state, so this decodes it and picks the view.

use super::{ErrorKind, ErrorPage, LoadingTexts, OutcomePage, QuestionPage, TextsFailed};
use crate::catalog::{catalog, directory_loaded, load_directory};
use crate::i18n::{preferred_locale, remember_locale, use_i18n, TextState};
use crate::municipality::remembered_municipality;
use hulpwijzer_core::engine::{replay, Position};
use hulpwijzer_core::keys::{FORM_CHUNK, OUTCOME_CHUNK};
use hulpwijzer_core::route::{locale_of, Route, RouteError};
use hulpwijzer_core::LOCALES;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// Where the municipality table stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Directory {
    Idle,
    Loading,
    Ready,
    /// Offline or failed: local outcomes show without municipality details.
    Failed,
}

fn static_locale(locale: &str) -> &'static str {
    LOCALES
        .iter()
        .copied()
        .find(|l| *l == locale)
        .unwrap_or_else(preferred_locale)
}

/// The text chunks an outcome adds to its tree's: the registries, and the forms' when it
/// shows a form. Questions need neither.
fn extra_chunks(route: &Route) -> Vec<&'static str> {
    let outcome = catalog()
        .tree(route.tree.as_str())
        .and_then(|tree| replay(tree, &route.answers).ok())
        .and_then(|walk| match walk.position {
            Position::Outcome(outcome) if route.edit.is_none() => Some(outcome),
            _ => None,
        });
    match outcome {
        Some(o) if o.form.is_some() => vec![OUTCOME_CHUNK, FORM_CHUNK],
        Some(_) => vec![OUTCOME_CHUNK],
        None => Vec::new(),
    }
}

/// Decodes the current URL and renders what it points to.
#[component]
pub fn Page() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let decoded = Memo::new(move |_| {
        let search = location.search.get();
        Route::parse(&location.pathname.get(), search.trim_start_matches('?'))
    });
    let navigate = use_navigate();
    let replace = NavigateOptions {
        replace: true,
        ..Default::default()
    };
    Effect::new(move |_| match decoded.get() {
        Err(RouteError::NoLocale) => {
            navigate(&Route::home(preferred_locale()).to_url(), replace.clone())
        }
        Ok(route) => {
            let locale = static_locale(&route.locale);
            i18n.show_with(locale, route.tree.as_str(), extra_chunks(&route));
            remember_locale(locale);
            if route.municipality.is_none() {
                if let Some(code) = remembered_municipality() {
                    let with = Route {
                        municipality: Some(code),
                        ..route
                    };
                    navigate(&with.to_url(), replace.clone());
                }
            }
        }
        Err(_) => {
            let path = location.pathname.get_untracked();
            i18n.set_locale(locale_of(&path).unwrap_or_else(preferred_locale));
        }
    });
    crate::components::focus_heading_after_navigation(location.pathname);
    // The municipality table is fetched only for outcomes that show local details.
    let directory = RwSignal::new(if directory_loaded() {
        Directory::Ready
    } else {
        Directory::Idle
    });
    let want_directory = move || {
        if directory.get_untracked() == Directory::Idle {
            directory.set(Directory::Loading);
            spawn_local(async move {
                let done = load_directory().await.is_ok();
                directory.set(if done {
                    Directory::Ready
                } else {
                    Directory::Failed
                });
            });
        }
    };

    move || {
        match i18n.state() {
            TextState::Loading => return view! { <LoadingTexts /> }.into_any(),
            TextState::Failed => return view! { <TextsFailed /> }.into_any(),
            TextState::Ready => {}
        }
        let route = match decoded.get() {
            Ok(route) => route,
            Err(RouteError::NoLocale) => return view! { <LoadingTexts /> }.into_any(),
            Err(e) => return view! { <ErrorPage kind=ErrorKind::Url(e) route=None /> }.into_any(),
        };
        let Some(tree) = catalog().tree(route.tree.as_str()) else {
            return view! { <ErrorPage kind=ErrorKind::UnknownTree route=Some(route) /> }
                .into_any();
        };
        let walk = match replay(tree, &route.answers) {
            Ok(walk) => walk,
            Err(_) => {
                return view! { <ErrorPage kind=ErrorKind::StaleAnswers route=Some(route) /> }
                    .into_any()
            }
        };
        if let Some(index) = route.edit {
            let question = walk.trail[index].question;
            let current = Some(walk.trail[index].choice.id.clone());
            return view! { <QuestionPage route walk question current /> }.into_any();
        }
        match walk.position.clone() {
            Position::Question(question) => {
                view! { <QuestionPage route walk question current=None /> }.into_any()
            }
            Position::Outcome(outcome) => {
                let local = outcome.local || outcome.hubs || outcome.form.is_some();
                if local && directory.get() != Directory::Ready {
                    want_directory();
                    if directory.get() != Directory::Failed {
                        return view! { <LoadingTexts /> }.into_any();
                    }
                }
                view! { <OutcomePage route walk outcome /> }.into_any()
            }
            Position::Leave(next) => {
                // A URL whose last answer jumps to another tree: go to that tree's start.
                let url = route.tree_start(next).to_url();
                use_navigate()(
                    &url,
                    NavigateOptions {
                        replace: true,
                        ..Default::default()
                    },
                );
                view! { <LoadingTexts /> }.into_any()
            }
        }
    }
}
