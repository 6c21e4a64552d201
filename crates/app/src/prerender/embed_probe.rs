//! The inline script at the top of every page that makes the page an embeddable one.
//!
//! It runs before the first paint and touches only `<html>` and `<head>`, never the body
//! that hydrates. When the page is in a frame opened by `embed.js` (the query carries
//! `embed=<the host page's origin>`, later pages of the same frame find it in
//! `window.name`), it marks `<html data-embed>` (the stylesheet then shows the compact
//! header and footer and hides the frame's scrollbar), links the chosen theme's
//! stylesheet, reports the page's height to the host page's origin only (on load and on
//! every change of size), answers the host's `measure` request only from that origin and
//! the parent window, and opens links to other sites in a new tab instead of the frame.
//! A link with its own target (`_top`: "leave this page quickly") is left to the browser.
//! The app reads the marks after hydration (`crate::embed`).

use std::fmt::Write as _;

/// `web/inline/embed-probe.js`, minified (`cargo xtask scripts`).
const SCRIPT: &str = include_str!("../../../../web/inline/min/embed-probe.js");

/// The script element for these themes (name, stylesheet), which it reads from its
/// `data-themes`; its text is the same on every page and in every build, so one CSP hash
/// allows it everywhere.
pub fn script(themes: &[(String, String)]) -> String {
    let mut pairs = String::new();
    for (name, href) in themes {
        let sep = if pairs.is_empty() { "" } else { " " };
        let _ = write!(pairs, "{sep}{name}={href}");
    }
    format!(
        "<script data-themes=\"{}\">{}</script>",
        super::document::escape(&pairs),
        SCRIPT.trim_end()
    )
}

#[cfg(test)]
mod tests {
    use super::script;

    #[test]
    fn names_each_theme_once_and_never_closes_the_script_early() {
        let themes = vec![
            ("denhaag".to_owned(), "/themes/denhaag-1.css".to_owned()),
            ("utrecht".to_owned(), "/themes/utrecht-2.css".to_owned()),
        ];
        let element = script(&themes);
        assert!(element.starts_with(
            "<script data-themes=\"denhaag=/themes/denhaag-1.css utrecht=/themes/utrecht-2.css\">"
        ));
        assert_eq!(element.matches("</").count(), 1, "only </script> closes it");
        assert!(script(&[]).starts_with("<script data-themes=\"\">"));
    }
}
