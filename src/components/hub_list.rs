//! Ukrainian social hubs, the user's province first.

use hulpwijzer_core::route::Route;
use leptos::prelude::*;

/// The list of hubs.
#[component]
pub fn HubList(
    /// The decoded URL.
    route: Route,
) -> impl IntoView {
    let _ = route;
}
