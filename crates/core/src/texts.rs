//! How a language's texts are shipped to the browser: in two files, so a visitor downloads
//! only what the wasm of the page needs.
//!
//! - [`TextPart::Portal`]: every text of the portal's pages (`boot.ftl` first);
//! - [`TextPart::Form`]: the host-interest form's texts (`form.ftl`), which only the host and
//!   staff wasms render; they fetch this file after the portal's.
//!
//! Both are `locales/<locale>-<version>[-form].ftl`, without the translators' comments.

/// A part of a language's texts, in its own file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextPart {
    /// What every page of the portal needs.
    Portal,
    /// What only the host-interest form needs.
    Form,
}

/// The source file whose messages make up [`TextPart::Form`].
pub const FORM_FILE: &str = "form.ftl";

impl TextPart {
    /// Both parts.
    pub const ALL: [TextPart; 2] = [TextPart::Portal, TextPart::Form];

    /// The part a source file (`locales/<locale>/<name>`) belongs to.
    pub fn of_file(name: &str) -> TextPart {
        if name == FORM_FILE {
            TextPart::Form
        } else {
            TextPart::Portal
        }
    }

    /// The URL path of this part of `locale`'s texts for a text `version`.
    pub fn url(self, locale: &str, version: &str) -> String {
        match self {
            TextPart::Portal => format!("/locales/{locale}-{version}.ftl"),
            TextPart::Form => format!("/locales/{locale}-{version}-form.ftl"),
        }
    }
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

/// The shipped text of `part` of `locale`: for the portal, `boot.ftl` then every other file
/// but the form's; for the form, its file; in file order, without comments.
///
/// # Errors
/// A message naming the file that cannot be read.
#[cfg(feature = "load")]
pub fn shipped(root: &std::path::Path, locale: &str, part: TextPart) -> Result<String, String> {
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
    for path in files.iter().filter(|p| TextPart::of_file(&name(p)) == part) {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        out.push_str(&text);
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    Ok(without_comments(&out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_form_file_is_the_form_part() {
        assert_eq!(TextPart::of_file("form.ftl"), TextPart::Form);
        assert_eq!(TextPart::of_file("ui.ftl"), TextPart::Portal);
        assert_eq!(TextPart::of_file("boot.ftl"), TextPart::Portal);
    }

    #[test]
    fn the_two_parts_have_their_own_urls() {
        assert_eq!(TextPart::Portal.url("uk", "1a"), "/locales/uk-1a.ftl");
        assert_eq!(TextPart::Form.url("uk", "1a"), "/locales/uk-1a-form.ftl");
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
