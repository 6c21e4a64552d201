//! Shortcuts: links under a question straight to a page people ask for most, such as what
//! happens when temporary protection ends, from the home page. A shortcut is a path as in the
//! URL (`status/ukrainian/after`). Its label is the text of its last answer (the option "What
//! happens after temporary protection ends"), or the tree's title when it gives none, so it
//! needs no text of its own and reads like the option it skips to.

use crate::engine::{replay, EngineError, Position};
use crate::ids::{OptionId, TreeId};
use crate::keys;
use crate::model::{Catalog, Node, Shortcut, Tree};
use crate::texts::TextPart;
use crate::validate::Problem;
use std::fmt;

/// A shortcut from its path (`tree/answer/answer`); [`check_shortcuts`] says whether it leads
/// anywhere.
pub fn parse(path: &str) -> Shortcut {
    let mut parts = path.split('/');
    let tree = TreeId::from(parts.next().unwrap_or_default());
    Shortcut {
        tree,
        answers: parts.map(OptionId::from).collect(),
    }
}

/// The shortcut's path, as written in the tree file.
pub fn path(shortcut: &Shortcut) -> String {
    std::iter::once(shortcut.tree.as_str())
        .chain(shortcut.answers.iter().map(OptionId::as_str))
        .collect::<Vec<_>>()
        .join("/")
}

/// Why a shortcut leads to no page of its tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShortcutError {
    /// No tree has this id.
    UnknownTree,
    /// The answers do not replay on the tree.
    Answers(EngineError),
    /// The last answer leads into this other tree.
    LeavesFor(TreeId),
}

impl fmt::Display for ShortcutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShortcutError::UnknownTree => write!(f, "unknown tree"),
            ShortcutError::Answers(e) => write!(f, "{e}"),
            ShortcutError::LeavesFor(t) => {
                write!(
                    f,
                    "its last answer leads into tree {t}: name that tree instead"
                )
            }
        }
    }
}

/// The message key of the shortcut's label, or why it leads to no page of its tree.
pub fn label_key(catalog: &Catalog, shortcut: &Shortcut) -> Result<String, ShortcutError> {
    let tree = catalog
        .tree(shortcut.tree.as_str())
        .ok_or(ShortcutError::UnknownTree)?;
    let walk = replay(tree, &shortcut.answers).map_err(ShortcutError::Answers)?;
    if let Position::Leave(next) = walk.position {
        return Err(ShortcutError::LeavesFor(next.clone()));
    }
    Ok(match walk.trail.last() {
        Some(a) => keys::option(
            tree.id.as_str(),
            a.question.id.as_str(),
            a.choice.id.as_str(),
        ),
        None => keys::tree_title(tree.id.as_str()),
    })
}

/// Why the question's page (of `from`) cannot show the shortcut's label, if it cannot: the
/// label is a text of the target tree, and a page loads only its own part of the texts
/// ([`TextPart`]).
fn unreadable_label(catalog: &Catalog, from: &Tree, shortcut: &Shortcut) -> Option<String> {
    let to = TextPart::of_tree(catalog.tree(shortcut.tree.as_str())?);
    (to != TextPart::Portal && to != TextPart::of_tree(from))
        .then(|| format!("its label is in the texts of {to:?}, which this page does not load"))
}

/// One error per shortcut that leads to no page, or whose label the page does not load,
/// naming file, node and path.
pub fn check_shortcuts(catalog: &Catalog) -> Vec<Problem> {
    let mut out = Vec::new();
    for tree in &catalog.trees {
        for node in &tree.nodes {
            let Node::Question(q) = node else { continue };
            for shortcut in &q.shortcuts {
                let problem = label_key(catalog, shortcut)
                    .err()
                    .map(|e| e.to_string())
                    .or_else(|| unreadable_label(catalog, tree, shortcut));
                if let Some(why) = problem {
                    out.push(
                        Problem::error(&tree.file, format!("shortcut {:?}: {why}", path(shortcut)))
                            .at(format!("node {}", q.id)),
                    );
                }
            }
        }
    }
    out
}
