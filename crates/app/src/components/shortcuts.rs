//! "Asked often": links under a question straight to pages people ask for most (the tree
//! data's `shortcuts`, see [`hulpwijzer_core::shortcut`]), labelled like the answer they skip to.

use super::TopicLinks;
use crate::catalog::catalog;
use crate::i18n::use_i18n;
use crate::key;
use hulpwijzer_core::model::Shortcut;
use hulpwijzer_core::route::Route;
use hulpwijzer_core::shortcut::label_key;
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
    let mut links = Vec::with_capacity(shortcuts.len());
    for shortcut in shortcuts {
        // The validator proves every shortcut leads to a page (`check_shortcuts`).
        if let Ok(key) = label_key(catalog(), shortcut) {
            let href = route
                .tree_start(&shortcut.tree)
                .with_answers(shortcut.answers.clone())
                .to_url();
            links.push((href, i18n.tr_derived(&key)));
        }
    }
    view! { <TopicLinks heading=key!("asked-often") links /> }
}
