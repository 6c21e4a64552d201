//! The browser's entry: load this language's texts (the parts this page renders, see
//! [`TextPart`]; and, on a municipality's page, the municipality table), then hydrate the pre-rendered page. Nothing here runs before
//! the page's `load` event: the page's small inline loader imports the wasm only then.
//!
//! On the multilingual 404 page there is nothing to hydrate: the app renders the error
//! for the address in the reader's language in its place. It does the same when the
//! address is no longer the one the page was rendered for (`<meta name="hw-path">`). When the texts cannot be
//! fetched, the page simply stays what it is: a complete page of plain links.

use crate::catalog::{catalog, load_directory};
use crate::i18n::{preferred_locale, static_locale, I18n, THIS_WASM};
use crate::platform;
use crate::site::Site;
use crate::today::build_date;
use hulpwijzer_core::date::Date;
use hulpwijzer_core::route::{desk_partner, locale_of, Page, Route};
use hulpwijzer_core::texts::TextPart;

fn body() -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.body()
}

fn path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

async fn text_part(locale: &str, part: TextPart) -> Result<String, ()> {
    // The page names the version of the texts it was rendered with (part of their file
    // names, so a release never mixes texts); the wasm does not carry it, so a change of
    // wording alone leaves the wasm unchanged.
    let version = platform::meta("hw-texts").unwrap_or_default();
    crate::fetch::fetch_ok(&part.url(locale, &version))
        .await?
        .text()
        .await
        .map_err(|_| ())
}

/// The texts of `locale` this page renders: the portal's part, then its own part, then
/// `wasm`'s own parts (`Wasm::own_parts`).
async fn texts(locale: &str, page: Option<TextPart>, wasm: &[TextPart]) -> Result<String, ()> {
    let mut text = text_part(locale, TextPart::Portal).await?;
    for part in page.into_iter().chain(wasm.iter().copied()) {
        text.push_str(&text_part(locale, part).await?);
    }
    Ok(text)
}

/// Whether this page's HTML was rendered for `path` (the same route, however spelled).
fn is_rendered_for(path: &str) -> bool {
    let Some(rendered) = platform::meta("hw-path") else {
        // Pages without the mark (the root chooser) are only ever at their own address.
        return true;
    };
    match (Route::parse(&rendered, ""), Route::parse(path, "")) {
        (Ok(a), Ok(b)) => a == b,
        _ => rendered.trim_end_matches('/') == path.trim_end_matches('/'),
    }
}

/// Starts the app in this page.
pub fn start() {
    // Release builds leave the hook out: users never see the console, and the hook's
    // formatting code costs bytes.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        let path = path();
        let not_found = body().is_some_and(|b| b.has_attribute("data-not-found"));
        let locale = locale_of(&path)
            .and_then(static_locale)
            .unwrap_or_else(preferred_locale);
        // A page of another part is loaded as its own page (`pages::Page`).
        let page = Route::parse(&path, "").ok().map(|r| r.page);
        let part = page
            .as_ref()
            .and_then(|page| TextPart::of_page(page, catalog()));
        let Ok(text) = texts(locale, part, THIS_WASM.own_parts()).await else {
            return;
        };
        let on_municipality_page =
            matches!(page, Some(Page::MunicipalityIndex | Page::Municipality(_)));
        if on_municipality_page && load_directory().await.is_err() {
            return;
        }
        // A desk card shows a second language: its texts come before hydrating too.
        let desk = matches!(page, Some(Page::Desk { .. }));
        let partner = if desk {
            let other = desk_partner(locale);
            let Ok(text) = texts(other, part, &[]).await else {
                return;
            };
            Some(I18n::new(other, &text))
        } else {
            None
        };
        let i18n = I18n::new(locale, &text);
        // Parsing the texts and hydrating are two tasks, not one long one.
        platform::next_task().await;
        let site = Site {
            origin: platform::meta("hw-site").unwrap_or_default(),
        };
        let rendered_on = platform::meta("hw-date")
            .and_then(|d| Date::parse(&d).ok())
            .unwrap_or_else(build_date);
        // Back or Forward between two entries the app made in an earlier life of this
        // page can change the address before the wasm arrives: the HTML is then another
        // page's, which cannot be hydrated, so the app renders the address in its place.
        if not_found || !is_rendered_for(&self::path()) {
            if let Some(body) = body() {
                body.set_inner_html("");
                let _ = body.remove_attribute("data-not-found");
            }
            if let Some(html) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = html.set_attribute("lang", locale);
            }
            leptos::mount::mount_to_body(move || crate::root(i18n, partner, site, rendered_on));
        } else {
            leptos::mount::hydrate_body(move || crate::root(i18n, partner, site, rendered_on));
        }
    });
}
