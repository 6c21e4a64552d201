//! Always-visible language links, each language written in its own name.

use crate::i18n::use_i18n;
use hulpwijzer_core::route::Route;
use hulpwijzer_core::LOCALES;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The language switcher: the same position in another language.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let href = move |locale: &str| {
        let search = location.search.get();
        match Route::parse(&location.pathname.get(), search.trim_start_matches('?')) {
            Ok(route) => route.with_locale(locale).to_url(),
            Err(_) => Route::home(locale).to_url(),
        }
    };
    let links = LOCALES
        .iter()
        .map(|locale| {
            let name = match *locale {
                "uk" => "Українська",
                "ru" => "Русский",
                "en" => "English",
                _ => "Nederlands",
            };
            view! {
                <li>
                    <a
                        href=move || href(locale)
                        lang=*locale
                        hreflang=*locale
                        aria-current=move || (i18n.locale() == *locale).then_some("true")
                    >
                        {name}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="languages" aria-label=move || i18n.tr("choose-language")>
            <ul>{links}</ul>
        </nav>
    }
}
