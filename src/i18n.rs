//! Translations: one Fluent bundle per language, built from the embedded `boot.ftl`
//! and the language's text file, fetched only when that language is used.

mod bundle;
mod locale_pref;

pub use bundle::Bundle;
pub use locale_pref::{preferred_locale, remember_locale, url_locale};

use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::HashMap;
use std::rc::Rc;

/// Whether the current language's texts are there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextState {
    /// Only the embedded boot texts are available; the rest is on its way.
    Loading,
    /// Everything is available.
    Ready,
    /// The text file could not be fetched (offline, server error).
    Failed,
}

/// The translation context, provided once at the root.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<&'static str>,
    bundle: RwSignal<Rc<Bundle>, LocalStorage>,
    state: RwSignal<TextState>,
    cache: StoredValue<HashMap<&'static str, Rc<Bundle>>, LocalStorage>,
}

impl I18n {
    fn new(locale: &'static str) -> Self {
        I18n {
            locale: RwSignal::new(locale),
            bundle: RwSignal::new_local(Rc::new(Bundle::boot(locale))),
            state: RwSignal::new(TextState::Loading),
            cache: StoredValue::new_local(HashMap::new()),
        }
    }

    /// The current language code (`uk`).
    pub fn locale(&self) -> &'static str {
        self.locale.get()
    }

    /// Whether the texts of the current language are loaded.
    pub fn state(&self) -> TextState {
        self.state.get()
    }

    /// Switches language, fetching its texts if they are not cached yet.
    pub fn set_locale(&self, locale: &'static str) {
        set_document_lang(locale);
        if self.locale.get_untracked() == locale && self.state.get_untracked() != TextState::Failed
        {
            return;
        }
        self.locale.set(locale);
        if let Some(cached) = self.cache.with_value(|c| c.get(locale).cloned()) {
            self.bundle.set(cached);
            self.state.set(TextState::Ready);
            return;
        }
        self.bundle.set(Rc::new(Bundle::boot(locale)));
        self.state.set(TextState::Loading);
        self.fetch(locale);
    }

    /// Tries the current language's texts again after a failure.
    pub fn retry(&self) {
        self.state.set(TextState::Loading);
        self.fetch(self.locale.get_untracked());
    }

    fn fetch(&self, locale: &'static str) {
        let this = *self;
        spawn_local(async move {
            let result = bundle::fetch_text(locale).await;
            // Ignore answers for a language the user has already left.
            if this.locale.get_untracked() != locale {
                return;
            }
            match result {
                Ok(text) => {
                    let full = Rc::new(Bundle::full(locale, text));
                    this.cache.update_value(|c| {
                        c.insert(locale, full.clone());
                    });
                    this.bundle.set(full);
                    this.state.set(TextState::Ready);
                }
                Err(()) => this.state.set(TextState::Failed),
            }
        });
    }

    /// The message `key` in the current language (reactive).
    pub fn tr(&self, key: &str) -> String {
        self.bundle.with(|b| b.format(key, None))
    }

    /// The message `key` with arguments (reactive).
    pub fn tr_with(&self, key: &str, args: &FluentArgs) -> String {
        self.bundle.with(|b| b.format(key, Some(args)))
    }

    /// Whether the current bundle has a message (optional hints and intros).
    pub fn has(&self, key: &str) -> bool {
        self.bundle.with(|b| b.has(key))
    }
}

/// Keeps `<html lang>` equal to the language shown, for screen readers and hyphenation.
fn set_document_lang(locale: &str) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", locale);
    }
}

/// Creates the translation context for `locale` and provides it to the app.
pub fn provide_i18n(locale: &'static str) -> I18n {
    let i18n = I18n::new(locale);
    set_document_lang(locale);
    i18n.fetch(locale);
    provide_context(i18n);
    i18n
}

/// The translation context.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
