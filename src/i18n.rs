//! Translations: one Fluent bundle per language and topic, built from the embedded
//! `boot.ftl`, the language's core texts, the current tree's texts and, on an outcome
//! with a form, the forms' texts. Each text file is fetched once, when first needed.

mod bundle;
mod locale_pref;

pub use bundle::Bundle;
pub use locale_pref::{preferred_locale, remember_locale, url_locale};

use fluent_bundle::FluentArgs;
use hulpwijzer_core::keys::{tree_chunk, CORE_CHUNK};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Whether the texts of the current page are there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextState {
    /// Only the embedded boot texts are available; the rest is on its way.
    Loading,
    /// Everything the page needs is available.
    Ready,
    /// A text file could not be fetched (offline, server error).
    Failed,
}

/// What the page shows: a language, the text chunk of its tree and extra chunks
/// (the registries' and the forms' on outcomes).
type Want = (&'static str, String, Vec<&'static str>);

/// Fetched text files and the bundles built from them.
#[derive(Default)]
struct Store {
    texts: HashMap<(&'static str, String), Rc<str>>,
    pending: HashSet<(&'static str, String)>,
    bundles: HashMap<Want, Rc<Bundle>>,
}

/// The translation context, provided once at the root.
#[derive(Clone, Copy)]
pub struct I18n {
    want: RwSignal<Want>,
    bundle: RwSignal<Rc<Bundle>, LocalStorage>,
    state: RwSignal<TextState>,
    store: StoredValue<Store, LocalStorage>,
}

impl I18n {
    fn new(locale: &'static str) -> Self {
        I18n {
            want: RwSignal::new((locale, CORE_CHUNK.to_owned(), Vec::new())),
            bundle: RwSignal::new_local(Rc::new(Bundle::boot(locale))),
            state: RwSignal::new(TextState::Loading),
            store: StoredValue::new_local(Store::default()),
        }
    }

    /// The current language code (`uk`).
    pub fn locale(&self) -> &'static str {
        self.want.with(|w| w.0)
    }

    /// Whether the texts of the current page are loaded.
    pub fn state(&self) -> TextState {
        self.state.get()
    }

    /// Shows `locale` without a tree's texts (error pages, the home page).
    pub fn set_locale(&self, locale: &'static str) {
        self.show(locale, CORE_CHUNK);
    }

    /// Shows `locale` with the texts of `tree`, fetching what is missing.
    pub fn show(&self, locale: &'static str, tree: &str) {
        self.show_with(locale, tree, Vec::new());
    }

    /// Shows `locale` with the texts of `tree` and of the `extra` chunks.
    pub fn show_with(&self, locale: &'static str, tree: &str, extra: Vec<&'static str>) {
        set_document_lang(locale);
        let want: Want = (locale, tree_chunk(tree).to_owned(), extra);
        if self.want.get_untracked() == want && self.state.get_untracked() == TextState::Ready {
            return;
        }
        if self.want.get_untracked() != want {
            self.want.set(want);
        }
        self.update();
    }

    /// Fetches the texts of `tree` in the background, so following a link to it is instant.
    pub fn prefetch(&self, tree: &str) {
        let chunk = tree_chunk(tree);
        if chunk != CORE_CHUNK {
            self.fetch(self.want.get_untracked().0, chunk.to_owned());
        }
    }

    /// Tries the missing text files again after a failure.
    pub fn retry(&self) {
        self.state.set(TextState::Loading);
        self.update();
    }

    /// Builds the bundle when every file of the wanted chunks is there; fetches the rest.
    /// The chunks the current page needs.
    fn wanted_chunks(want: &Want) -> Vec<String> {
        let mut chunks: Vec<String> = vec![CORE_CHUNK.to_owned()];
        if want.1 != CORE_CHUNK {
            chunks.push(want.1.clone());
        }
        chunks.extend(want.2.iter().map(|c| (*c).to_owned()));
        chunks
    }

    /// Shows `bundle` as ready; signals change only when something did, so a page (and a
    /// half-filled form on it) is never re-rendered for nothing.
    fn ready(&self, bundle: Rc<Bundle>) {
        if !self.bundle.with_untracked(|b| Rc::ptr_eq(b, &bundle)) {
            self.bundle.set(bundle);
        }
        if self.state.get_untracked() != TextState::Ready {
            self.state.set(TextState::Ready);
        }
    }

    fn update(&self) {
        let want = self.want.get_untracked();
        let locale = want.0;
        let chunks = Self::wanted_chunks(&want);
        if let Some(bundle) = self.store.with_value(|s| s.bundles.get(&want).cloned()) {
            self.ready(bundle);
            return;
        }
        let texts: Option<Vec<Rc<str>>> = self.store.with_value(|s| {
            chunks
                .iter()
                .map(|c| s.texts.get(&(locale, c.clone())).cloned())
                .collect()
        });
        match texts {
            Some(texts) => {
                let bundle = Rc::new(Bundle::full(locale, &texts));
                self.store.update_value(|s| {
                    s.bundles.insert(want, bundle.clone());
                });
                self.ready(bundle);
            }
            None => {
                if self.state.get_untracked() != TextState::Failed {
                    self.state.set(TextState::Loading);
                }
                for c in chunks {
                    self.fetch(locale, c);
                }
            }
        }
    }

    fn fetch(&self, locale: &'static str, chunk: String) {
        let key = (locale, chunk.clone());
        let busy = self
            .store
            .with_value(|s| s.texts.contains_key(&key) || s.pending.contains(&key));
        if busy {
            return;
        }
        self.store.update_value(|s| {
            s.pending.insert(key.clone());
        });
        let this = *self;
        spawn_local(async move {
            let result = bundle::fetch_text(locale, &chunk).await;
            this.store.update_value(|s| {
                s.pending.remove(&key);
                if let Ok(text) = &result {
                    s.texts.insert(key.clone(), Rc::from(text.as_str()));
                }
            });
            // A prefetched file for another page changes nothing on this one.
            let wanted = this
                .want
                .with_untracked(|w| w.0 == locale && Self::wanted_chunks(w).contains(&chunk));
            match result {
                Ok(_) if wanted => this.update(),
                Ok(_) => {}
                // Only the page still waiting for this file learns of the failure.
                Err(()) if this.want.get_untracked().0 == locale => {
                    this.state.set(TextState::Failed)
                }
                Err(()) => {}
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
    provide_context(i18n);
    i18n
}

/// The translation context.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
