//! The decoded URL, shared by the page and the header.

use crate::hydration::use_hydrated;
use hulpwijzer_core::route::{Route, RouteError};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The decoded URL as a memo, provided once inside the router.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub Memo<Result<Route, RouteError>>);

/// Decodes the location: the path alone until the page is hydrated (that is all the
/// pre-rendered HTML knew), the path and the query after.
pub fn provide_current_route() -> CurrentRoute {
    let hydrated = use_hydrated();
    let location = use_location();
    let memo = Memo::new(move |_| {
        let query = if hydrated.get() {
            location.search.get()
        } else {
            String::new()
        };
        Route::parse(&location.pathname.get(), query.trim_start_matches('?'))
    });
    let current = CurrentRoute(memo);
    provide_context(current);
    current
}

/// The decoded URL.
pub fn use_current_route() -> CurrentRoute {
    expect_context::<CurrentRoute>()
}
