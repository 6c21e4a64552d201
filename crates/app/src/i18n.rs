//! Translations: one Fluent bundle with every text of one language.
//!
//! A page shows one language for its whole life: the pre-rendered HTML was made with
//! this bundle, the browser loads the same language's text file before hydrating, and
//! switching language loads the other language's pre-rendered page. So nothing here is
//! fetched while rendering, and a text never changes under the reader.

mod bundle;
mod checked;
pub(crate) mod locale_pref;
#[cfg(feature = "hydrate")]
mod parts;

pub use bundle::Bundle;
pub use checked::Key;
pub use locale_pref::{preferred_locale, remember_locale};
#[cfg(feature = "hydrate")]
pub use parts::THIS_WASM;

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

    // The methods for a `Key` are the ones for a derived key, inlined: the wasm keeps one
    // function each, called from every place, as before keys had a type of their own.

    /// The message `key` (written [`key!`](crate::key), checked when compiled).
    #[inline(always)]
    pub fn tr(&self, key: Key) -> String {
        self.tr_derived(key.as_str())
    }

    /// The message `key` with arguments.
    #[inline(always)]
    pub fn tr_with(&self, key: Key, args: &FluentArgs) -> String {
        self.tr_derived_with(key.as_str(), args)
    }

    /// Whether this page loaded the message `key`: every page has the portal's text part,
    /// the others only their own pages ([`hulpwijzer_core::texts::TextPart`]).
    #[inline(always)]
    pub fn has(&self, key: Key) -> bool {
        self.has_derived(key.as_str())
    }

    /// The message of a key derived at run time by one of `hulpwijzer_core`'s key
    /// functions ([`hulpwijzer_core::keys`] from the catalog's ids, and the form's, the
    /// staff card's, the hubs', the municipalities' and the checks' own), which the
    /// validator proves present for every value they derive it from. Never a literal:
    /// that is [`key!`](crate::key), and the validator refuses a literal here.
    pub fn tr_derived(&self, key: &str) -> String {
        self.bundle.format(key, None)
    }

    /// The message of a derived key ([`I18n::tr_derived`]) with arguments.
    pub fn tr_derived_with(&self, key: &str, args: &FluentArgs) -> String {
        self.bundle.format(key, Some(args))
    }

    /// Whether the bundle has the message of a derived key ([`I18n::tr_derived`]): for
    /// the optional ones (hints, intros, words).
    pub fn has_derived(&self, key: &str) -> bool {
        self.bundle.has(key)
    }

    /// The messages this bundle was asked for and could not format, as `key: what`, since
    /// the last call (the page generator refuses a page that shows any).
    #[cfg(feature = "ssr")]
    pub fn take_missing(&self) -> Vec<String> {
        self.bundle.take_missing()
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
