//! A Fluent bundle for one language.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// Messages of one language.
pub struct Bundle {
    inner: FluentBundle<FluentResource>,
}

impl Bundle {
    /// A bundle of `text` (every file of the language, joined).
    pub fn new(locale: &str, text: &str) -> Self {
        let lang: LanguageIdentifier = locale.parse().unwrap_or_default();
        let mut inner = FluentBundle::new_concurrent(vec![lang]);
        // Isolation marks would end up in tel: links and copied text.
        inner.set_use_isolating(false);
        // The validator has parsed every file; a resource with errors still adds its valid messages.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = inner.add_resource(resource);
        Bundle { inner }
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
