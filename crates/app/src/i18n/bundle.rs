//! A Fluent bundle for one language.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// Messages of one language.
pub struct Bundle {
    inner: FluentBundle<FluentResource>,
    /// What could not be formatted since [`Bundle::take_missing`] last took it: in the
    /// page generator, which refuses a page that shows it; a wasm keeps no such list.
    #[cfg(feature = "ssr")]
    missing: std::sync::Mutex<Vec<String>>,
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
        Bundle {
            inner,
            #[cfg(feature = "ssr")]
            missing: std::sync::Mutex::default(),
        }
    }

    /// Whether the bundle has `key`.
    pub fn has(&self, key: &str) -> bool {
        self.inner.has_message(key)
    }

    /// Formats `key`. A key this bundle lacks yields an empty string, a variable not given
    /// Fluent's `{$name}`: the compiler checks the literal keys (`key!`), the validator the
    /// derived ones, and the page generator fails on a page that shows either
    /// ([`Bundle::take_missing`]), so no build shows a reader one.
    pub fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.inner.get_message(key).and_then(|m| m.value()) else {
            #[cfg(feature = "ssr")]
            self.record(format!("{key}: no such message in this page's texts"));
            return String::new();
        };
        let mut errors = Vec::new();
        let text = self
            .inner
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        #[cfg(feature = "ssr")]
        for error in errors {
            self.record(format!("{key}: {error}"));
        }
        text
    }

    #[cfg(feature = "ssr")]
    fn record(&self, problem: String) {
        if let Ok(mut missing) = self.missing.lock() {
            missing.push(problem);
        }
    }

    /// What could not be formatted since the last call, in order, as `key: what`.
    #[cfg(feature = "ssr")]
    pub fn take_missing(&self) -> Vec<String> {
        self.missing
            .lock()
            .map(|mut m| std::mem::take(&mut *m))
            .unwrap_or_default()
    }
}
