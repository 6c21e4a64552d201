//! "Asked often": links under a question straight to pages people ask for most (the tree
//! data's `shortcuts`, see [`hulpwijzer_core::shortcut`]), labelled like the answer they skip to.

use crate::catalog::catalog;
use crate::i18n::use_i18n;
use hulpwijzer_core::model::Shortcut;
use hulpwijzer_core::route::Route;
use hulpwijzer_core::shortcut::{label_key, path};
use leptos::prelude::*;

/// The question's shortcuts as links (keeping language and municipality); absent when it has none.
#[component]
pub fn Shortcuts(
    /// The decoded URL.
    route: Route,
    /// The question's shortcuts.
    shortcuts: &'static [Shortcut],
) -> impl IntoView {
    let i18n = use_i18n();
    // The validator proves every shortcut leads to a page (`check_shortcuts`).
    let list: Vec<_> = shortcuts
        .iter()
        .filter_map(|shortcut| {
            let label = i18n.tr(&label_key(catalog(), shortcut).ok()?);
            let href = route
                .tree_start(&shortcut.tree)
                .with_answers(shortcut.answers.clone())
                .to_url();
            Some(view! {
                <li>
                    <a href=href data-shortcut=path(shortcut)>
                        {label}
                    </a>
                </li>
            })
        })
        .collect();
    (!list.is_empty()).then(|| {
        view! {
            <nav class="shortcuts" aria-labelledby="asked-often">
                <h2 id="asked-often">{i18n.tr("asked-often")}</h2>
                <ul class="links">{list}</ul>
            </nav>
        }
    })
}
