//! How a language's texts are shipped to the browser: in three files, so a visitor downloads
//! only what the page renders.
//!
//! - [`TextPart::Portal`]: what every page needs (`boot.ftl` first), with the questions and
//!   outcomes of the trees for refugees and of the home page;
//! - [`TextPart::Hosts`]: the questions and outcomes of the trees written for hosts, which only
//!   those trees' pages fetch, after the portal's;
//! - [`TextPart::Form`]: the host-interest form's texts (`form.ftl`), which only the host and
//!   staff wasms render; they fetch this file last;
//! - [`TextPart::Embed`]: the embedding page's texts (`embed.ftl`), where a municipality's
//!   staff make the snippet for their website; only that page fetches them, after the portal's;
//! - [`TextPart::Staff`]: the staff page's texts (`staff.ftl`, Dutch and English only), which
//!   only the staff wasm fetches, last.
//!
//! The page generator's own messages ([`GENERATOR_FILE`]) and the words search finds each
//! answer by ([`SEARCH_FILE`]) are in no part: no wasm renders them.
//!
//! A message belongs to a tree's part when its key is one the tree derives ([`crate::keys`]),
//! except the tree's title, which menus and related topics show on every page. They are
//! `locales/<locale>-<version>[-hosts|-form|-embed|-staff].ftl`, without the translators'
//! comments.

use crate::model::{Audience, Catalog, Tree};
use std::collections::{BTreeMap, BTreeSet};

/// A part of a language's texts, in its own file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextPart {
    /// What every page of the portal needs.
    Portal,
    /// What only the pages of the trees for hosts need.
    Hosts,
    /// What only the host-interest form needs.
    Form,
    /// What only the embedding page needs.
    Embed,
    /// What only the staff page needs.
    Staff,
}

/// The source file whose messages make up [`TextPart::Form`].
pub const FORM_FILE: &str = "form.ftl";

/// The source file whose messages make up [`TextPart::Embed`].
pub const EMBED_FILE: &str = "embed.ftl";

/// The source file whose messages make up [`TextPart::Staff`] (in the staff page's languages).
pub const STAFF_FILE: &str = "staff.ftl";

/// The source file of the messages only the page generator renders (the language chooser
/// at `/`, the offline page): shipped in no part.
pub const GENERATOR_FILE: &str = "generator.ftl";

/// The source file of the words people use for each answer ([`crate::keys::outcome_words`]),
/// which only the page generator reads, into the search index: shipped in no part.
pub const SEARCH_FILE: &str = "search.ftl";

/// The source files shipped in no part.
pub const UNSHIPPED_FILES: [&str; 2] = [GENERATOR_FILE, SEARCH_FILE];

impl TextPart {
    /// Every part.
    pub const ALL: [TextPart; 5] = [
        TextPart::Portal,
        TextPart::Hosts,
        TextPart::Form,
        TextPart::Embed,
        TextPart::Staff,
    ];

    /// The part with the questions and outcomes of `tree`.
    pub fn of_tree(tree: &Tree) -> TextPart {
        match tree.audience {
            Audience::Host => TextPart::Hosts,
            Audience::Refugee | Audience::Everyone => TextPart::Portal,
        }
    }

    /// The part with the texts of `page` beside the portal's (which every page loads
    /// first): its tree's, or the embedding page's; `None` for the portal's.
    pub fn of_page(page: &crate::route::Page, catalog: &Catalog) -> Option<TextPart> {
        use crate::route::Page;
        match page {
            Page::Embed => Some(TextPart::Embed),
            Page::Tree { tree, .. } | Page::Desk { tree, .. } => {
                let part = TextPart::of_tree(catalog.tree(tree.as_str())?);
                (part != TextPart::Portal).then_some(part)
            }
            Page::MunicipalityIndex | Page::Municipality(_) | Page::Staff => None,
        }
    }

    /// The part a source file (`locales/<locale>/<name>`) belongs to.
    pub fn of_file(name: &str) -> TextPart {
        match name {
            FORM_FILE => TextPart::Form,
            EMBED_FILE => TextPart::Embed,
            STAFF_FILE => TextPart::Staff,
            _ => TextPart::Portal,
        }
    }

    /// The URL path of this part of `locale`'s texts for a text `version`.
    pub fn url(self, locale: &str, version: &str) -> String {
        match self {
            TextPart::Portal => format!("/locales/{locale}-{version}.ftl"),
            TextPart::Hosts => format!("/locales/{locale}-{version}-hosts.ftl"),
            TextPart::Form => format!("/locales/{locale}-{version}-form.ftl"),
            TextPart::Embed => format!("/locales/{locale}-{version}-embed.ftl"),
            TextPart::Staff => format!("/locales/{locale}-{version}-staff.ftl"),
        }
    }
}

/// One of the portal's three wasms (decisions 13, 14 and 31).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wasm {
    /// Every page's, but the ones below.
    Portal,
    /// The pages with the host-interest form, and the page for web editors.
    Host,
    /// The staff page.
    Staff,
}

impl Wasm {
    /// The wasm an app build is, from the features its crate gives the app (decision 33):
    /// the staff page makes the staff wasm, else the form the host wasm, else the portal's.
    pub const fn of_features(staff_page: bool, host_form: bool) -> Wasm {
        if staff_page {
            Wasm::Staff
        } else if host_form {
            Wasm::Host
        } else {
            Wasm::Portal
        }
    }

    /// The parts only this wasm renders, which it loads after the page's: the form's in
    /// the host and staff wasms, the staff page's in the staff wasm; none in the portal's.
    pub fn own_parts(self) -> &'static [TextPart] {
        match self {
            Wasm::Portal => &[],
            Wasm::Host => &[TextPart::Form],
            Wasm::Staff => &[TextPart::Form, TextPart::Staff],
        }
    }

    /// Every part a page that loads this wasm may have loaded: the portal's, those of the
    /// pages that load it ([`TextPart::of_page`]) and its own. The portal's wasm is loaded
    /// by the pages of every tree; the host wasm also by the form's pages and the page for
    /// web editors; the staff wasm by the staff page, and it shows the pages of every tree
    /// but not the page for web editors, which it loads whole (decision 33).
    pub fn loadable_parts(self) -> &'static [TextPart] {
        match self {
            Wasm::Portal => &[TextPart::Portal, TextPart::Hosts],
            Wasm::Host => &[
                TextPart::Portal,
                TextPart::Hosts,
                TextPart::Embed,
                TextPart::Form,
            ],
            Wasm::Staff => &[
                TextPart::Portal,
                TextPart::Hosts,
                TextPart::Form,
                TextPart::Staff,
            ],
        }
    }
}

/// The keys of the messages that go to the part of their tree rather than the portal's:
/// every key a tree of another part derives, but its title.
pub fn tree_part_keys(catalog: &Catalog) -> BTreeMap<String, TextPart> {
    let titles: BTreeSet<String> = catalog
        .trees
        .iter()
        .map(|t| crate::keys::tree_title(t.id.as_str()))
        .collect();
    crate::keys::derive_all(catalog)
        .into_iter()
        .filter(|k| !titles.contains(&k.key))
        .filter_map(|k| {
            let tree = catalog.trees.iter().find(|t| t.file == k.file)?;
            let part = TextPart::of_tree(tree);
            (part != TextPart::Portal).then_some((k.key, part))
        })
        .collect()
}

/// The messages of `text` (without comments) that belong to `part`, in order: a message
/// starts on a line that starts with a letter (a term with `-`) and runs to the next such
/// line. Terms and the messages of no tree belong to the portal's part.
pub fn messages_of(text: &str, part: TextPart, tree_keys: &BTreeMap<String, TextPart>) -> String {
    let part_of = |first: &str| {
        let key = first.split('=').next().unwrap_or_default().trim();
        tree_keys.get(key).copied().unwrap_or(TextPart::Portal)
    };
    let mut out = String::new();
    let mut keep = false;
    for line in text.lines() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
            keep = part_of(line) == part;
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// `text` without the translators' comments: Fluent comments start a line with `#`, and a
/// message's own lines never do (continuation lines are indented).
pub fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The shipped text of `part` of `locale`: for the form, the embedding page and the staff
/// page, their file (empty where the language has none); for the portal and the
/// hosts' trees, their messages of every other file, `boot.ftl` first; in file order,
/// without comments. `catalog` says which tree derives which key.
///
/// # Errors
/// A message naming the file that cannot be read.
#[cfg(feature = "load")]
pub fn shipped(
    root: &std::path::Path,
    locale: &str,
    part: TextPart,
    catalog: &Catalog,
) -> Result<String, String> {
    use crate::load::{locale_files, BOOT_FILE};
    let name = |p: &std::path::Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let mut files = locale_files(root, locale);
    // The boot texts come first: the loader's messages are needed before anything else.
    files.sort_by_key(|p| name(p) != BOOT_FILE);
    let mut out = String::new();
    let in_file = |p: &std::path::Path| {
        let name = name(p);
        !UNSHIPPED_FILES.contains(&name.as_str())
            && match TextPart::of_file(&name) {
                own @ (TextPart::Form | TextPart::Embed | TextPart::Staff) => part == own,
                TextPart::Portal | TextPart::Hosts => {
                    matches!(part, TextPart::Portal | TextPart::Hosts)
                }
            }
    };
    for path in files.iter().filter(|p| in_file(p)) {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        out.push_str(&text);
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    let text = without_comments(&out);
    Ok(match part {
        TextPart::Form | TextPart::Embed | TextPart::Staff => text,
        TextPart::Portal | TextPart::Hosts => messages_of(&text, part, &tree_part_keys(catalog)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_embed_and_staff_files_are_parts_of_their_own() {
        assert_eq!(TextPart::of_file("form.ftl"), TextPart::Form);
        assert_eq!(TextPart::of_file("embed.ftl"), TextPart::Embed);
        assert_eq!(TextPart::of_file("staff.ftl"), TextPart::Staff);
        assert_eq!(TextPart::of_file("ui.ftl"), TextPart::Portal);
        assert_eq!(TextPart::of_file("boot.ftl"), TextPart::Portal);
    }

    #[test]
    fn the_parts_have_their_own_urls() {
        assert_eq!(TextPart::Portal.url("uk", "1a"), "/locales/uk-1a.ftl");
        assert_eq!(TextPart::Form.url("uk", "1a"), "/locales/uk-1a-form.ftl");
        assert_eq!(TextPart::Hosts.url("uk", "1a"), "/locales/uk-1a-hosts.ftl");
        assert_eq!(TextPart::Embed.url("uk", "1a"), "/locales/uk-1a-embed.ftl");
        assert_eq!(TextPart::Staff.url("nl", "1a"), "/locales/nl-1a-staff.ftl");
    }

    #[test]
    fn a_message_goes_whole_to_the_part_of_its_tree() {
        let keys = BTreeMap::from([("host-q".to_owned(), TextPart::Hosts)]);
        let text = "-term = T\nhost-q = { $n ->\n    [one] x\n   *[other] y\n}\nui-a = A\n  more\n";
        assert_eq!(
            messages_of(text, TextPart::Hosts, &keys),
            "host-q = { $n ->\n    [one] x\n   *[other] y\n}\n"
        );
        assert_eq!(
            messages_of(text, TextPart::Portal, &keys),
            "-term = T\nui-a = A\n  more\n"
        );
    }

    #[test]
    fn comments_go_and_messages_stay_whole() {
        let text = "### group\n# about a\na = One\n    two # not a comment\n\nb = { $n ->\n    [one] x\n   *[other] y\n}\n";
        assert_eq!(
            without_comments(text),
            "a = One\n    two # not a comment\n\nb = { $n ->\n    [one] x\n   *[other] y\n}\n"
        );
    }
}
