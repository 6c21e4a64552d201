//! What a page says about itself in `<head>`: title, description and whether search
//! engines should index it. The page generator writes it; the browser updates the
//! title after each client-side navigation.

use crate::catalog::{catalog, directory};
use crate::i18n::I18n;
use crate::text::outcome_args_on;
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::dated::outcome_on;
use hulpwijzer_core::engine::{replay, Position};
use hulpwijzer_core::keys;
use hulpwijzer_core::route::{
    Route, RouteError, EMBED_PAGE, MUNICIPALITY_INDEX, STAFF_LOCALES, STAFF_PAGE,
};

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
        title: format!("{heading} – {}", i18n.tr("app-name")),
        description: shorten(&description),
        index,
    }
}

/// The head of the page `route` decodes to (an error page for a broken URL).
pub fn page_meta(i18n: &I18n, route: &Result<Route, RouteError>, day: Date) -> PageMeta {
    let error = || {
        meta(
            i18n,
            i18n.tr("error-title"),
            i18n.tr("meta-description"),
            false,
        )
    };
    let Ok(route) = route else {
        return error();
    };
    if route.tree == *EMBED_PAGE && route.answers.is_empty() {
        return meta(i18n, i18n.tr("embed-title"), i18n.tr("embed-intro"), true);
    }
    if route.tree == *STAFF_PAGE
        && route.answers.is_empty()
        && route.municipality.is_none()
        && STAFF_LOCALES.contains(&route.locale.as_str())
    {
        // For municipal staff only: never in search results.
        return meta(i18n, i18n.tr("staff-title"), i18n.tr("staff-intro"), false);
    }
    if route.tree == *MUNICIPALITY_INDEX {
        let index_title = i18n.tr("municipality-index-title");
        return match route.answers.first() {
            None => meta(i18n, index_title, i18n.tr("municipality-index-intro"), true),
            Some(code) => match directory().by_code(&code.as_str().to_ascii_uppercase()) {
                Some(m) => {
                    // Each municipality's own description, never the index's title.
                    let mut args = FluentArgs::new();
                    args.set("name", FluentValue::from(m.name.clone()));
                    let description = i18n.tr_with("municipality-description", &args);
                    meta(i18n, m.name.clone(), description, true)
                }
                None => error(),
            },
        };
    }
    let Some(tree) = catalog().tree(route.tree.as_str()) else {
        return error();
    };
    let Ok(walk) = replay(tree, &route.answers) else {
        return error();
    };
    let t = tree.id.as_str();
    match walk.position {
        // A desk card exists only for outcomes that have a desk.
        Position::Question(_) if route.desk => error(),
        Position::Outcome(o) if route.desk && !o.desk => error(),
        Position::Question(q) => {
            let heading = i18n.tr(&keys::node(t, q.id.as_str()));
            let hint = keys::question_hint(t, q.id.as_str());
            let description = if i18n.has(&hint) {
                i18n.tr(&hint)
            } else if route.answers.is_empty() && tree.id == *hulpwijzer_core::model::Catalog::START
            {
                i18n.tr("meta-description")
            } else {
                format!("{}: {heading}", i18n.tr(&keys::tree_title(t)))
            };
            meta(i18n, heading, description, route.answers.is_empty())
        }
        Position::Outcome(o) => {
            let shown = outcome_on(catalog(), tree, o, day);
            let args = outcome_args_on(i18n, &shown.fact_vars, None);
            let heading = i18n.tr_with(&shown.heading_key, &args);
            let description = if i18n.has(&shown.intro_key) {
                i18n.tr_with(&shown.intro_key, &args)
            } else {
                shown
                    .step_keys
                    .first()
                    .map(|key| i18n.tr_with(key, &args))
                    .unwrap_or_else(|| heading.clone())
            };
            if route.desk {
                // The card repeats the outcome in two languages: not for search engines.
                let heading = format!("{heading} · {}", i18n.tr("desk-title"));
                return meta(i18n, heading, description, false);
            }
            meta(i18n, heading, description, true)
        }
        Position::Leave(_) => error(),
    }
}
