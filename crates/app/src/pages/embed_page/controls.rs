//! The /embed/ page's choices: a labelled `<select>` and the lists it offers.

use crate::catalog::catalog;
use crate::i18n::use_i18n;
use crate::{key, Key};
use hulpwijzer_core::keys;
use hulpwijzer_core::model::Catalog;
use hulpwijzer_core::LOCALES;
use leptos::prelude::*;

/// One option of a [`Select`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// What the select's value becomes.
    pub value: String,
    /// What it shows.
    pub label: String,
}

/// The languages: automatic, then each in its own name.
pub fn languages() -> Vec<Choice> {
    let i18n = use_i18n();
    let mut out = vec![Choice {
        value: "auto".to_owned(),
        label: i18n.tr(key!("embed-language-auto")),
    }];
    out.extend(LOCALES.iter().map(|l| Choice {
        value: (*l).to_owned(),
        label: crate::components::own_name(l).to_owned(),
    }));
    out
}

/// The topics: all (the home page), then every tree's start.
pub fn topics() -> Vec<Choice> {
    let i18n = use_i18n();
    let mut out = vec![Choice {
        value: String::new(),
        label: i18n.tr(key!("embed-start-home")),
    }];
    out.extend(
        catalog()
            .trees
            .iter()
            .filter(|t| t.id.as_str() != Catalog::START)
            .map(|t| Choice {
                value: t.id.as_str().to_owned(),
                label: i18n.tr_derived(&keys::tree_title(t.id.as_str())),
            }),
    );
    out
}

/// A labelled `<select>`; `on_choose` gets the chosen value.
#[component]
pub fn Select(
    /// The element's id.
    id: &'static str,
    /// The label's message key.
    label: Key,
    /// The options, the first chosen at first.
    choices: Vec<Choice>,
    /// Called with the chosen value.
    on_choose: impl Fn(String) + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let options = choices
        .into_iter()
        .map(|c| view! { <option value=c.value>{c.label}</option> })
        .collect_view();
    view! {
        <p class="field">
            <label for=id>{i18n.tr(label)}</label>
            <select id=id on:change=move |ev| on_choose(event_target_value(&ev))>
                {options}
            </select>
        </p>
    }
}
