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
    complete_navigations(location.pathname);
    let current = CurrentRoute(memo);
    provide_context(current);
    current
}

/// Lets the router write each new address into the history once the page has followed it.
///
/// Every address is the one page component, which follows the location by itself, so the
/// app needs no route table; the router's route views would otherwise say when a
/// navigation is complete (decision 16).
fn complete_navigations(pathname: Memo<String>) {
    #[cfg(feature = "hydrate")]
    {
        use leptos_router::location::{BrowserUrl, LocationProvider};
        let browser = use_context::<BrowserUrl>();
        Effect::new(move |_| {
            pathname.track();
            if let Some(browser) = &browser {
                browser.ready_to_complete();
            }
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = pathname;
}

/// The decoded URL.
pub fn use_current_route() -> CurrentRoute {
    expect_context::<CurrentRoute>()
}
