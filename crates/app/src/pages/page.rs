//! The one route: the URL is the state, so this decodes it and picks the view.

use super::meta::page_meta;
#[cfg(feature = "host-form")]
use super::EmbedPage;
#[cfg(feature = "staff-page")]
use super::StaffPage;
use super::{
    DeskPage, ErrorKind, ErrorPage, MunicipalityIndex, MunicipalityPage, OutcomePage, QuestionPage,
    Waiting,
};
use crate::catalog::{catalog, use_directory_status};
use crate::current_route::use_current_route;
use crate::hydration::use_hydrated;
use crate::i18n::{preferred_locale, remember_locale, use_i18n, use_partner, I18n};
use crate::municipality::remembered_municipality;
use crate::platform;
use crate::today::{use_today, Today};
use hulpwijzer_core::engine::{replay, Position};
use hulpwijzer_core::ids::{OptionId, TreeId};
use hulpwijzer_core::keys;
use hulpwijzer_core::route::{Page, Route, RouteError};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

fn replace() -> NavigateOptions {
    NavigateOptions {
        replace: true,
        ..Default::default()
    }
}

/// Decodes the current URL and renders what it points to.
#[component]
pub fn Page() -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = use_hydrated();
    let decoded = use_current_route().0;
    let directory = use_directory_status();
    let location = use_location();
    let navigate = use_navigate();
    let today = use_today();
    // After hydration only: what the device remembers, and the document's title.
    Effect::new(move |_| {
        if !hydrated.get() {
            return;
        }
        let current = decoded.get();
        platform::set_title(&page_meta(&i18n, &current, today.get()).title);
        let Ok(route) = current else {
            if current == Err(RouteError::NoLocale) {
                platform::replace_location(&Route::home(preferred_locale()).to_url());
            }
            return;
        };
        remember_locale(&route.locale);
        // A tree's pages take the remembered municipality; the pages of their own do not.
        let takes_municipality = match route.page {
            Page::Tree { .. } | Page::Desk { .. } => true,
            Page::MunicipalityIndex | Page::Municipality(_) | Page::Embed | Page::Staff => false,
        };
        if route.municipality.is_some() {
            directory.want();
        } else if takes_municipality {
            if let Some(code) = remembered_municipality() {
                let with = Route {
                    municipality: Some(code),
                    ..route
                };
                navigate(&with.to_url(), replace());
            }
        }
    });
    crate::components::focus_heading_after_navigation(location.pathname);

    move || {
        let route = match decoded.get() {
            Ok(route) => route,
            Err(RouteError::NoLocale) => return view! { <Waiting /> }.into_any(),
            Err(e) => return view! { <ErrorPage kind=ErrorKind::Url(e) route=None /> }.into_any(),
        };
        if route.locale != i18n.locale() {
            // Another language is another pre-rendered page with its own texts.
            platform::replace_location(&route.to_url());
            return view! { <Waiting /> }.into_any();
        }
        if route.municipality.is_some() {
            // Redraw once the table arrives: the municipality's name is in the texts.
            directory.get();
        }
        match route.page.clone() {
            Page::Embed => {
                // The page for web editors is in the host wasm, not the portal's (decision 31),
                // and its texts are a part of their own (`TextPart::Embed`): its page loads both.
                #[cfg(feature = "host-form")]
                if i18n.has(crate::key!("embed-title")) {
                    return view! { <EmbedPage route /> }.into_any();
                }
                let url = route.to_url();
                Effect::new(move |_| platform::replace_location(&url));
                view! { <Waiting /> }.into_any()
            }
            Page::Staff => staff_view(&route),
            Page::MunicipalityIndex => view! { <MunicipalityIndex /> }.into_any(),
            Page::Municipality(code) => view! { <MunicipalityPage code /> }.into_any(),
            Page::Tree {
                tree,
                answers,
                edit,
            } => position_view(i18n, today, route, &tree, &answers, edit, false),
            Page::Desk { tree, answers } => {
                position_view(i18n, today, route, &tree, &answers, None, true)
            }
        }
    }
}

/// The staff page.
#[cfg(feature = "staff-page")]
fn staff_view(_: &Route) -> AnyView {
    view! { <StaffPage /> }.into_any()
}

/// The portal's wasm has no staff page (decision 13): its pre-rendered page loads the
/// staff page's own wasm.
#[cfg(not(feature = "staff-page"))]
fn staff_view(route: &Route) -> AnyView {
    let url = route.to_url();
    Effect::new(move |_| platform::replace_location(&url));
    view! { <Waiting /> }.into_any()
}

/// A tree position, or (`desk`) its desk card: the engine's position after replaying
/// the answers says which page it is.
fn position_view(
    i18n: I18n,
    today: Today,
    route: Route,
    tree: &TreeId,
    answers: &[OptionId],
    edit: Option<usize>,
    desk: bool,
) -> AnyView {
    let Some(tree) = catalog().tree(tree.as_str()) else {
        return view! { <ErrorPage kind=ErrorKind::UnknownTree route=Some(route) /> }.into_any();
    };
    if !i18n.has_derived(&keys::node(tree.id.as_str(), tree.start.as_str())) {
        // The tree's texts are in a part this page did not load (`TextPart`): its page
        // loads them.
        let url = route.to_url();
        Effect::new(move |_| platform::replace_location(&url));
        return view! { <Waiting /> }.into_any();
    }
    let walk = match replay(tree, answers) {
        Ok(walk) => walk,
        Err(_) => {
            return view! { <ErrorPage kind=ErrorKind::StaleAnswers route=Some(route) /> }
                .into_any()
        }
    };
    if desk {
        return match walk.position.clone() {
            Position::Outcome(outcome) if !outcome.desk => {
                view! { <ErrorPage kind=ErrorKind::StaleAnswers route=Some(route) /> }.into_any()
            }
            Position::Outcome(_) if use_partner().is_none() => {
                // Reached without a full load: the card's second language comes with its page.
                platform::replace_location(&route.to_url());
                view! { <Waiting /> }.into_any()
            }
            Position::Outcome(outcome) => {
                let day = today.get();
                view! { <DeskPage route walk outcome day /> }.into_any()
            }
            Position::Question(_) | Position::Leave(_) => {
                view! { <ErrorPage kind=ErrorKind::StaleAnswers route=Some(route) /> }.into_any()
            }
        };
    }
    if let Some(answered) = edit.and_then(|index| walk.trail.get(index)) {
        let question = answered.question;
        let current = Some(answered.choice.id.clone());
        return view! { <QuestionPage route walk question current /> }.into_any();
    }
    match walk.position.clone() {
        Position::Question(question) => {
            view! { <QuestionPage route walk question current=None /> }.into_any()
        }
        // The portal's wasm has no form (decision 14): that page comes with the host wasm.
        #[cfg(not(feature = "host-form"))]
        Position::Outcome(outcome) if outcome.form.is_some() => {
            let url = route.to_url();
            Effect::new(move |_| platform::replace_location(&url));
            view! { <Waiting /> }.into_any()
        }
        Position::Outcome(outcome) => {
            let day = today.get();
            view! { <OutcomePage route walk outcome day /> }.into_any()
        }
        Position::Leave(next) => {
            // A URL whose last answer jumps to another tree: go to that tree's start.
            let url = route.tree_start(next).to_url();
            use_navigate()(&url, replace());
            view! { <Waiting /> }.into_any()
        }
    }
}
