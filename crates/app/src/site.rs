//! Where this deployment lives, so links that leave the site (sharing) are absolute.
//! The page generator knows it from the build's configuration and writes it into each
//! page (`<meta name="hw-site">`), where the browser reads it before hydrating.

use leptos::prelude::*;

/// The deployment's origin, e.g. `https://hulpwijzer.example.nl`, without a trailing slash;
/// empty when the build was not told (links then stay relative).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Site {
    /// The origin, or empty.
    pub origin: String,
}

impl Site {
    /// `path` as an absolute URL when the origin is known.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }
}

/// Provides the deployment's origin.
pub fn provide_site(site: Site) {
    provide_context(site);
}

/// The deployment's origin.
pub fn use_site() -> Site {
    use_context::<Site>().unwrap_or_default()
}
