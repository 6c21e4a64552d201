//! The snippet the /embed/ page writes: a `<div data-hulpwijzer …>` with a plain link to
//! the same place on the portal inside, and the script tag.

use crate::theme::Theme;
use hulpwijzer_core::html::escape;
use hulpwijzer_core::route::Route;
use hulpwijzer_core::LOCALES;

/// The language the embedded portal shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnippetLang {
    /// The host page's `<html lang>` when it is one of ours, else the browser's.
    Auto,
    /// Always this one of the four.
    Fixed(&'static str),
}

impl SnippetLang {
    /// The value of `data-lang`.
    pub fn value(self) -> &'static str {
        match self {
            SnippetLang::Auto => "auto",
            SnippetLang::Fixed(locale) => locale,
        }
    }

    /// The language for `value` (`auto` or one of ours).
    pub fn parse(value: &str) -> SnippetLang {
        LOCALES
            .iter()
            .find(|l| **l == value)
            .map_or(SnippetLang::Auto, |l| SnippetLang::Fixed(l))
    }
}

/// What the web editor chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnippetOptions {
    /// The municipality's code (`GM0344`), if chosen.
    pub municipality: Option<String>,
    /// The language.
    pub lang: SnippetLang,
    /// The tree to start with (`registration`), or the home page.
    pub start: Option<String>,
    /// The house style.
    pub theme: Theme,
    /// Whether visitors may choose another municipality.
    pub allow_change: bool,
}

impl SnippetOptions {
    /// The `data-*` attributes, in order.
    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(code) = &self.municipality {
            out.push(("data-municipality", code.clone()));
        }
        out.push(("data-lang", self.lang.value().to_owned()));
        if let Some(start) = &self.start {
            out.push(("data-start", start.clone()));
        }
        if self.theme != Theme::Portal {
            out.push(("data-theme", self.theme.name().to_owned()));
        }
        if self.allow_change {
            out.push(("data-allow-change", String::new()));
        }
        out
    }

    /// Where the fallback link goes: the same page on the portal (Dutch for `auto`).
    pub fn fallback_href(&self, origin: &str) -> String {
        let locale = match self.lang {
            SnippetLang::Auto => "nl",
            SnippetLang::Fixed(l) => l,
        };
        let mut route = Route::home(locale);
        if let Some(start) = &self.start {
            route = route.tree_start(&hulpwijzer_core::ids::TreeId(start.clone()));
        }
        route.municipality = self.municipality.clone();
        format!("{origin}{}", route.to_url())
    }

    /// The whole snippet for the portal at `origin`, with `link_text` in the fallback link.
    pub fn html(&self, origin: &str, link_text: &str) -> String {
        let attrs: String = self
            .attributes()
            .iter()
            .map(|(name, value)| {
                if value.is_empty() {
                    format!(" {name}")
                } else {
                    format!(" {name}=\"{}\"", escape(value))
                }
            })
            .collect();
        format!(
            "<div data-hulpwijzer{attrs}>\n  <a href=\"{}\">{}</a>\n</div>\n\
             <script src=\"{origin}/embed.js\" async></script>",
            escape(&self.fallback_href(origin)),
            link_text.replace('&', "&amp;").replace('<', "&lt;")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_attributes_the_script_reads() {
        let options = SnippetOptions {
            municipality: Some("GM0344".to_owned()),
            lang: SnippetLang::parse("auto"),
            start: Some("registration".to_owned()),
            theme: Theme::ALL[Theme::ALL.len() - 1],
            allow_change: true,
        };
        let html = options.html("https://hw.example", "Hulpwijzer & co");
        assert!(html.starts_with("<div data-hulpwijzer data-municipality=\"GM0344\" data-lang=\"auto\" data-start=\"registration\""));
        assert!(html.contains(" data-allow-change>"));
        assert!(html.contains(
            "<a href=\"https://hw.example/nl/registration?m=GM0344\">Hulpwijzer &amp; co</a>"
        ));
        assert!(html.ends_with("<script src=\"https://hw.example/embed.js\" async></script>"));
        let plain = SnippetOptions {
            municipality: None,
            lang: SnippetLang::parse("en"),
            start: None,
            theme: Theme::Portal,
            allow_change: false,
        };
        assert_eq!(plain.attributes(), vec![("data-lang", "en".to_owned())]);
        assert_eq!(plain.fallback_href(""), "/en/");
    }
}
