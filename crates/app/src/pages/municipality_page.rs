//! One municipality's page: its general contacts and any local details.

use super::municipality_index::index_href;
use super::{ErrorKind, ErrorPage};
use crate::catalog::directory;
use crate::components::KnownMunicipality;
use crate::i18n::use_i18n;
use crate::key;
use leptos::prelude::*;

/// The page of the municipality whose code (lower case, from the path) is `code`.
#[component]
pub fn MunicipalityPage(
    /// The code from the path (`gm1681`).
    code: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let Some(municipality) = directory().by_code(&code.to_ascii_uppercase()) else {
        return view! { <ErrorPage kind=ErrorKind::UnknownMunicipality route=None /> }.into_any();
    };
    view! {
        <a class="back-link" href=index_href(i18n.locale())>
            {i18n.tr(key!("municipality-index-title"))}
        </a>
        <h1 tabindex="-1" data-page="municipality" data-code=municipality.code.clone()>
            {municipality.name.clone()}
        </h1>
        <article class="contact municipality">
            <KnownMunicipality municipality heading=false />
        </article>
    }
    .into_any()
}
