//! Translations: one Fluent bundle with every text of one language.
//!
//! A page shows one language for its whole life: the pre-rendered HTML was made with
//! this bundle, the browser loads the same language's text file before hydrating, and
//! switching language loads the other language's pre-rendered page. So nothing here is
//! fetched while rendering, and a text never changes under the reader.

mod bundle;
pub(crate) mod locale_pref;

pub use bundle::Bundle;
pub use locale_pref::{preferred_locale, remember_locale};

use fluent_bundle::FluentArgs;
use leptos::prelude::*;

/// The translation context, provided once at the root.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: &'static str,
    bundle: &'static Bundle,
}

impl I18n {
    /// A context for `locale` from the language's whole text (`boot.ftl` and the rest).
    /// The bundle lives as long as the program: the browser makes one per page load,
    /// the page generator one per language.
    pub fn new(locale: &'static str, text: &str) -> Self {
        I18n {
            locale,
            bundle: Box::leak(Box::new(Bundle::new(locale, text))),
        }
    }

    /// The language code (`uk`).
    pub fn locale(&self) -> &'static str {
        self.locale
    }

    /// The message `key`.
    pub fn tr(&self, key: &str) -> String {
        self.bundle.format(key, None)
    }

    /// The message `key` with arguments.
    pub fn tr_with(&self, key: &str, args: &FluentArgs) -> String {
        self.bundle.format(key, Some(args))
    }

    /// Whether the bundle has a message (optional hints and intros).
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has(key)
    }
}

/// One of ours for a language code, if it is one.
#[cfg(feature = "hydrate")]
pub fn static_locale(code: &str) -> Option<&'static str> {
    hulpwijzer_core::LOCALES
        .iter()
        .copied()
        .find(|l| *l == code)
}

/// The second language of a desk card (see [`hulpwijzer_core::route::desk_partner`]),
/// provided once at the root: loaded only on desk cards, `None` elsewhere.
#[derive(Clone, Copy)]
pub struct Partner(pub Option<I18n>);

/// The desk card's second language, if this page loaded it.
pub fn use_partner() -> Option<I18n> {
    use_context::<Partner>().and_then(|p| p.0)
}

/// Provides `i18n` to the app below.
pub fn provide_i18n(i18n: I18n) {
    provide_context(i18n);
}

/// The translation context.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
