//! The URL state codec: position and answers live in the URL path.
//!
//! `/{locale}/` is the home page; `/{locale}/{tree}/{answer}/{answer}…` is a position
//! in a tree; `/{locale}/balie/{tree}/{answer}…` is the same outcome as a bilingual card
//! to show at the desk ([`DESK`]); the query may carry `m=GM0034` (the chosen municipality) and
//! `change=a,b,c` (changing the answer `a` to the question at the end of the path,
//! keeping `b` and `c` where they still apply). The path of a change link is itself the
//! question's page, so without JavaScript the link still leads to the question; the
//! older form `edit=N` (changing the N-th answer of the path) is still read.
//! The other first segments name the portal's own pages ([`MUNICIPALITY_INDEX`],
//! [`EMBED_PAGE`], [`STAFF_PAGE`]). A URL decodes once into a [`Route`], whose [`Page`]
//! says what the page is.
//! Decoding is syntactic only: whether a tree or answer exists is for the catalog and
//! [`crate::engine`] to say. Nothing here panics.

use crate::ids::{is_valid_id, OptionId, TreeId};
use crate::model::Catalog;
use crate::LOCALES;
use std::fmt;

mod codec;

/// The most answers a URL may carry; real paths are far shorter.
pub const MAX_ANSWERS: usize = 24;
const MAX_URL_LEN: usize = 1024;

/// What a page is, as its URL says: matched exhaustively wherever pages differ.
///
/// A tree position is a question or an outcome; which of the two is for
/// [`crate::engine::replay`] to say, so the app's match on the engine's position finishes
/// what the URL started. A first segment that names none of the portal's own pages in the
/// form given (`/uk/staff`, `/nl/embed/x`, `/uk/gemeenten/a/b`) is read as a tree id, which
/// no tree may have ([`RESERVED_SEGMENTS`], the validator checks): an unknown topic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// A position in a tree: the home page is the start of [`Catalog::START`].
    Tree {
        /// The tree.
        tree: TreeId,
        /// Option ids chosen from the tree's start.
        answers: Vec<OptionId>,
        /// Index of the answer being changed.
        edit: Option<usize>,
    },
    /// The outcome's card for the desk ([`DESK`]), in the locale and [`desk_partner`]
    /// side by side.
    Desk {
        /// The tree.
        tree: TreeId,
        /// Option ids chosen from the tree's start.
        answers: Vec<OptionId>,
    },
    /// The list of every municipality (`/uk/gemeenten`).
    MunicipalityIndex,
    /// One municipality's page (`/uk/gemeenten/gm0034`): the segment as written; whether
    /// it is a municipality is for the directory to say.
    Municipality(String),
    /// The page for municipal web editors that writes the embedding snippet (`/nl/embed`).
    Embed,
    /// The page where municipal staff make their key and read their offers (`/nl/staff`):
    /// only in [`STAFF_LOCALES`], without answers and without a municipality.
    Staff,
}

impl Page {
    /// The home page: the start of [`Catalog::START`].
    pub fn home() -> Self {
        Page::Tree {
            tree: TreeId::from(Catalog::START),
            answers: Vec::new(),
            edit: None,
        }
    }
}

/// A decoded URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// One of [`LOCALES`].
    pub locale: String,
    /// What the page is.
    pub page: Page,
    /// The chosen municipality's CBS code (`GM0034`).
    pub municipality: Option<String>,
}

/// The first path segment of the municipality pages (`/uk/gemeenten/gm0034`); no tree
/// may carry this id (the validator checks).
pub const MUNICIPALITY_INDEX: &str = "gemeenten";

/// The first path segment of the page for municipal web editors (`/nl/embed`), which
/// writes the snippet that embeds the portal; no tree may carry this id.
pub const EMBED_PAGE: &str = "embed";
/// The first path segment of the desk cards (`/uk/balie/registration/host/yes/ukrainian`):
/// a prefix, so it can never be mistaken for an answer; no tree may carry this id.
pub const DESK: &str = "balie";

/// The first path segment of the page where municipal staff make their key and read
/// their municipality's offers (`/nl/staff`, `/en/staff`; `/staff/` leads to the Dutch
/// one); no tree may carry this id.
pub const STAFF_PAGE: &str = "staff";

/// The languages the staff page is written in (Dutch first), and the only locales whose
/// texts carry its messages (keys starting with [`STAFF_KEY_PREFIX`]).
pub const STAFF_LOCALES: [&str; 2] = ["nl", "en"];

/// The prefix of the staff page's message keys.
pub const STAFF_KEY_PREFIX: &str = "staff-";

/// Path segments no tree may use as its id (the validator checks).
pub const RESERVED_SEGMENTS: [&str; 5] = [
    MUNICIPALITY_INDEX,
    TOPIC_INDEX,
    DESK,
    EMBED_PAGE,
    STAFF_PAGE,
];

/// The first path segment of the page that lists every answer from A to Z
/// (`/uk/onderwerpen`): a page of plain HTML, without the app.
pub const TOPIC_INDEX: &str = "onderwerpen";

/// The path of the A–Z page of answers in `locale` (`/uk/onderwerpen`).
pub fn topic_index_path(locale: &str) -> String {
    format!("/{locale}/{TOPIC_INDEX}")
}

/// The second language of a desk card: Dutch, the clerk's; for Dutch readers, Ukrainian.
pub fn desk_partner(locale: &str) -> &'static str {
    if locale == "nl" {
        crate::DEFAULT_LOCALE
    } else {
        "nl"
    }
}

/// Why a URL cannot be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RouteError {
    /// The URL has no language part (`/`): pick one and redirect.
    NoLocale,
    /// The first segment is not one of the four languages.
    UnknownLocale(String),
    /// A segment is not a valid id.
    BadSegment(String),
    /// More answers than any tree has.
    TooLong,
    /// A query parameter is malformed (`m=banana`, `edit=x`).
    BadQuery(String),
}

impl fmt::Display for RouteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RouteError::NoLocale => f.write_str("the address has no language"),
            RouteError::UnknownLocale(l) => write!(f, "unknown language {l:?}"),
            RouteError::BadSegment(s) => write!(f, "malformed part {s:?}"),
            RouteError::TooLong => f.write_str("the address is too long"),
            RouteError::BadQuery(q) => write!(f, "malformed parameter {q:?}"),
        }
    }
}

impl std::error::Error for RouteError {}

/// Whether `code` looks like a CBS municipality code: `GM` and four digits.
pub fn is_municipality_code(code: &str) -> bool {
    code.len() == 6 && code.starts_with("GM") && code[2..].bytes().all(|b| b.is_ascii_digit())
}

/// The locale a path starts with, if it is one of ours (used to word error pages).
pub fn locale_of(path: &str) -> Option<&'static str> {
    let first = path.trim_start_matches('/').split('/').next()?;
    LOCALES.iter().copied().find(|l| *l == first)
}

impl Route {
    /// The home page in `locale`.
    pub fn home(locale: &str) -> Self {
        Route {
            locale: locale.to_owned(),
            page: Page::home(),
            municipality: None,
        }
    }

    /// A page of its own (`Page::Embed`, `Page::Staff`…) in `locale`, without municipality.
    pub fn of(locale: &str, page: Page) -> Self {
        Route {
            locale: locale.to_owned(),
            page,
            municipality: None,
        }
    }

    /// The tree and answers of a tree position or desk card; `None` for the other pages.
    pub fn position(&self) -> Option<(&TreeId, &[OptionId])> {
        match &self.page {
            Page::Tree { tree, answers, .. } | Page::Desk { tree, answers } => {
                Some((tree, answers))
            }
            Page::MunicipalityIndex | Page::Municipality(_) | Page::Embed | Page::Staff => None,
        }
    }

    /// The index of the answer being changed, on a tree position in edit mode.
    pub fn edit(&self) -> Option<usize> {
        match &self.page {
            Page::Tree { edit, .. } => *edit,
            Page::Desk { .. }
            | Page::MunicipalityIndex
            | Page::Municipality(_)
            | Page::Embed
            | Page::Staff => None,
        }
    }

    /// The start of `tree` in `locale`, keeping the municipality.
    pub fn tree_start(&self, tree: &TreeId) -> Self {
        Route {
            page: Page::Tree {
                tree: tree.clone(),
                answers: Vec::new(),
                edit: None,
            },
            ..self.clone()
        }
    }

    /// The same tree with other answers (leaves edit mode and the desk card); the other
    /// pages have no answers and stay as they are.
    pub fn with_answers(&self, answers: Vec<OptionId>) -> Self {
        match &self.page {
            Page::Tree { tree, .. } | Page::Desk { tree, .. } => Route {
                page: Page::Tree {
                    tree: tree.clone(),
                    answers,
                    edit: None,
                },
                ..self.clone()
            },
            Page::MunicipalityIndex | Page::Municipality(_) | Page::Embed | Page::Staff => {
                self.clone()
            }
        }
    }

    /// The desk card of this position (same answers and municipality).
    pub fn at_desk(&self) -> Self {
        match &self.page {
            Page::Tree {
                tree,
                answers,
                edit,
            } => Route {
                page: Page::Desk {
                    tree: tree.clone(),
                    answers: shown(answers, *edit).to_vec(),
                },
                ..self.clone()
            },
            Page::Desk { .. }
            | Page::MunicipalityIndex
            | Page::Municipality(_)
            | Page::Embed
            | Page::Staff => self.clone(),
        }
    }

    /// The full page of this position (from a desk card).
    pub fn full_page(&self) -> Self {
        match &self.page {
            Page::Desk { tree, answers } => Route {
                page: Page::Tree {
                    tree: tree.clone(),
                    answers: answers.clone(),
                    edit: None,
                },
                ..self.clone()
            },
            Page::Tree { .. }
            | Page::MunicipalityIndex
            | Page::Municipality(_)
            | Page::Embed
            | Page::Staff => self.clone(),
        }
    }

    /// The same position, changing its answer `index` (the link of "change"); the other
    /// pages have no answers to change and stay as they are.
    pub fn changing(&self, index: usize) -> Self {
        match &self.page {
            Page::Tree { tree, answers, .. } => Route {
                page: Page::Tree {
                    tree: tree.clone(),
                    answers: answers.clone(),
                    edit: Some(index),
                },
                ..self.clone()
            },
            Page::Desk { .. }
            | Page::MunicipalityIndex
            | Page::Municipality(_)
            | Page::Embed
            | Page::Staff => self.clone(),
        }
    }

    /// The same page in another language.
    pub fn with_locale(&self, locale: &str) -> Self {
        Route {
            locale: locale.to_owned(),
            ..self.clone()
        }
    }

    /// The route as a static host sees it: the path only, without municipality or edit.
    pub fn without_query(&self) -> Self {
        let page = match &self.page {
            Page::Tree {
                tree,
                answers,
                edit,
            } => Page::Tree {
                tree: tree.clone(),
                answers: shown(answers, *edit).to_vec(),
                edit: None,
            },
            page @ (Page::Desk { .. }
            | Page::MunicipalityIndex
            | Page::Municipality(_)
            | Page::Embed
            | Page::Staff) => page.clone(),
        };
        Route {
            page,
            municipality: None,
            ..self.clone()
        }
    }
}

/// The answers a path shows: in edit mode, those before the one being changed.
fn shown(answers: &[OptionId], edit: Option<usize>) -> &[OptionId] {
    match edit {
        Some(e) => answers.get(..e).unwrap_or(answers),
        None => answers,
    }
}
