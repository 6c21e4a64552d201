//! What a page says about itself in `<head>`: title, description and whether search
//! engines should index it. The page generator writes it; the browser updates the
//! title after each client-side navigation.

use crate::catalog::{catalog, directory};
use crate::i18n::I18n;
use crate::key;
use crate::text::outcome_args_on;
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::dated::outcome_on;
use hulpwijzer_core::engine::{replay, Position};
use hulpwijzer_core::ids::{OptionId, TreeId};
use hulpwijzer_core::keys;
use hulpwijzer_core::route::{Page, Route, RouteError};

/// A page's head.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    /// `<title>`: the heading and the portal's name.
    pub title: String,
    /// `<meta name="description">` and Open Graph description.
    pub description: String,
    /// Whether the page belongs in search results and the sitemap (home, a topic's
    /// first question, outcomes, municipality pages); intermediate questions do not.
    pub index: bool,
}

const DESCRIPTION_CHARS: usize = 200;

fn shorten(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= DESCRIPTION_CHARS {
        return text;
    }
    let cut: String = text.chars().take(DESCRIPTION_CHARS - 1).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

fn meta(i18n: &I18n, heading: String, description: String, index: bool) -> PageMeta {
    PageMeta {
        title: format!("{heading} – {}", i18n.tr(key!("app-name"))),
        description: shorten(&description),
        index,
    }
}

/// The head of a page whose texts this wasm does not have: the portal's name.
#[cfg(not(all(feature = "staff-page", feature = "host-form")))]
fn untitled(i18n: &I18n) -> PageMeta {
    PageMeta {
        title: i18n.tr(key!("app-name")),
        description: String::new(),
        index: false,
    }
}

/// The head of the page `route` decodes to (an error page for a broken URL).
pub fn page_meta(i18n: &I18n, route: &Result<Route, RouteError>, day: Date) -> PageMeta {
    let error = || {
        meta(
            i18n,
            i18n.tr(key!("error-title")),
            i18n.tr(key!("meta-description")),
            false,
        )
    };
    let Ok(route) = route else {
        return error();
    };
    match &route.page {
        #[cfg(feature = "host-form")]
        Page::Embed => meta(
            i18n,
            i18n.tr(key!("embed-title")),
            i18n.tr(key!("embed-intro")),
            true,
        ),
        // For municipal staff only: never in search results.
        #[cfg(feature = "staff-page")]
        Page::Staff => meta(
            i18n,
            i18n.tr(key!("staff-title")),
            i18n.tr(key!("staff-intro")),
            false,
        ),
        // The portal's wasm has neither the page for web editors nor the staff page, nor
        // their texts, the host wasm no staff page and the staff wasm no page for web
        // editors: each loads such a page whole (decisions 13, 31, 33), under its title.
        #[cfg(not(feature = "staff-page"))]
        Page::Staff => untitled(i18n),
        #[cfg(not(feature = "host-form"))]
        Page::Embed => untitled(i18n),
        Page::MunicipalityIndex => meta(
            i18n,
            i18n.tr(key!("municipality-index-title")),
            i18n.tr(key!("municipality-index-intro")),
            true,
        ),
        Page::Municipality(code) => match directory().by_code(&code.to_ascii_uppercase()) {
            Some(m) => {
                // Each municipality's own description, never the index's title.
                let mut args = FluentArgs::new();
                args.set("name", FluentValue::from(m.name.clone()));
                let description = i18n.tr_with(key!("municipality-description"), &args);
                meta(i18n, m.name.clone(), description, true)
            }
            None => error(),
        },
        Page::Tree { tree, answers, .. } => {
            position_meta(i18n, tree, answers, false, day).unwrap_or_else(error)
        }
        Page::Desk { tree, answers } => {
            position_meta(i18n, tree, answers, true, day).unwrap_or_else(error)
        }
    }
}

/// The head of a tree position or (`desk`) its desk card; `None` where the page is an
/// error page.
fn position_meta(
    i18n: &I18n,
    tree: &TreeId,
    answers: &[OptionId],
    desk: bool,
    day: Date,
) -> Option<PageMeta> {
    let tree = catalog().tree(tree.as_str())?;
    let walk = replay(tree, answers).ok()?;
    let t = tree.id.as_str();
    match walk.position {
        // A desk card exists only for outcomes that have a desk.
        Position::Question(_) if desk => None,
        Position::Outcome(o) if desk && !o.desk => None,
        Position::Question(q) => {
            let heading = i18n.tr_derived(&keys::node(t, q.id.as_str()));
            let hint = keys::question_hint(t, q.id.as_str());
            let description = if i18n.has_derived(&hint) {
                i18n.tr_derived(&hint)
            } else if answers.is_empty() && tree.id == *hulpwijzer_core::model::Catalog::START {
                i18n.tr(key!("meta-description"))
            } else {
                format!("{}: {heading}", i18n.tr_derived(&keys::tree_title(t)))
            };
            Some(meta(i18n, heading, description, answers.is_empty()))
        }
        Position::Outcome(o) => {
            let shown = outcome_on(catalog(), tree, o, day);
            let args = outcome_args_on(i18n, &shown.fact_vars, None);
            let heading = i18n.tr_derived_with(&shown.heading_key, &args);
            let description = if i18n.has_derived(&shown.intro_key) {
                i18n.tr_derived_with(&shown.intro_key, &args)
            } else {
                shown
                    .step_keys
                    .first()
                    .map(|key| i18n.tr_derived_with(key, &args))
                    .unwrap_or_else(|| heading.clone())
            };
            if desk {
                // The card repeats the outcome in two languages: not for search engines.
                let heading = format!("{heading} · {}", i18n.tr(key!("desk-title")));
                return Some(meta(i18n, heading, description, false));
            }
            Some(meta(i18n, heading, description, true))
        }
        Position::Leave(_) => None,
    }
}
