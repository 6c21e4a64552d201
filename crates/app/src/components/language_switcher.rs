//! Always-visible language links, each language written in its own name.

use crate::current_route::use_current_route;
use crate::i18n::use_i18n;
use crate::key;
use hulpwijzer_core::route::{Page, Route, STAFF_LOCALES};
use hulpwijzer_core::LOCALES;
use leptos::prelude::*;

/// A language's own name.
pub fn own_name(locale: &str) -> &'static str {
    match locale {
        "uk" => "Українська",
        "ru" => "Русский",
        "en" => "English",
        "nl" => "Nederlands",
        // LOCALES holds exactly the four above; a fifth needs its name here.
        other => {
            debug_assert!(false, "no name for {other}");
            "?"
        }
    }
}

/// The language switcher: the same position in another language. Each link loads that
/// language's own pre-rendered page (`rel="external"` keeps the router from handling it),
/// so the texts always come with the page. The staff page exists in Dutch and English
/// only, so there it offers those two.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_current_route().0;
    let href = move |locale: &str| match route.get() {
        Ok(route) => route.with_locale(locale).to_url(),
        Err(_) => Route::home(locale).to_url(),
    };
    let locales = move || {
        let staff = route.with(|r| r.as_ref().is_ok_and(|r| r.page == Page::Staff));
        LOCALES
            .into_iter()
            .filter(move |l| !staff || STAFF_LOCALES.contains(l))
    };
    let links = move || {
        locales()
            .map(|locale| {
                view! {
                    <li>
                        <a
                            href=move || href(locale)
                            rel="external"
                            lang=locale
                            hreflang=locale
                            aria-current=(i18n.locale() == locale).then_some("true")
                        >
                            {own_name(locale)}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <nav class="languages" aria-label=i18n.tr(key!("choose-language"))>
            <ul>{links}</ul>
        </nav>
    }
}
