//! A Fluent bundle for one language and how its text file is fetched.

use crate::catalog::LOCALE_VERSION;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

/// The embedded boot messages of each language (name, loading and error texts).
fn boot_text(locale: &str) -> &'static str {
    match locale {
        "ru" => include_str!("../../locales/ru/boot.ftl"),
        "en" => include_str!("../../locales/en/boot.ftl"),
        "nl" => include_str!("../../locales/nl/boot.ftl"),
        _ => include_str!("../../locales/uk/boot.ftl"),
    }
}

/// Messages of one language.
pub struct Bundle {
    inner: FluentBundle<FluentResource>,
}

impl Bundle {
    fn with_resources(locale: &str, texts: Vec<String>) -> Self {
        let lang: LanguageIdentifier = locale.parse().unwrap_or_default();
        let mut inner = FluentBundle::new(vec![lang]);
        // Isolation marks would end up in tel: links and copied text.
        inner.set_use_isolating(false);
        for text in texts {
            // The validator has parsed every file; a resource with errors still adds its valid messages.
            let resource = FluentResource::try_new(text).unwrap_or_else(|(r, _)| r);
            let _ = inner.add_resource(resource);
        }
        Bundle { inner }
    }

    /// Only the embedded boot messages.
    pub fn boot(locale: &str) -> Self {
        Self::with_resources(locale, vec![boot_text(locale).to_owned()])
    }

    /// Boot messages plus the fetched text files.
    pub fn full(locale: &str, texts: &[std::rc::Rc<str>]) -> Self {
        let mut all = vec![boot_text(locale).to_owned()];
        all.extend(texts.iter().map(|t| t.to_string()));
        Self::with_resources(locale, all)
    }

    /// Whether the bundle has `key`.
    pub fn has(&self, key: &str) -> bool {
        self.inner.has_message(key)
    }

    /// Formats `key`; a missing key yields an empty string (the validator forbids them).
    pub fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.inner.get_message(key).and_then(|m| m.value()) else {
            return String::new();
        };
        let mut errors = Vec::new();
        self.inner
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// Fetches `/locales/<locale>-<version>/<chunk>.ftl`, texts of this release.
pub async fn fetch_text(locale: &str, chunk: &str) -> Result<String, ()> {
    let url = format!("/locales/{locale}-{}/{chunk}.ftl", LOCALE_VERSION.trim());
    crate::fetch::fetch_ok(&url)
        .await?
        .text()
        .await
        .map_err(|_| ())
}
