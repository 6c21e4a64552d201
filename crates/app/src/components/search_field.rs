//! The search field of the menus of topics (the home page, the topics for refugees and for
//! hosts; `search = true` in the tree data): a plain form that loads the A–Z page with the
//! reader's words (`?q=`), where the search module lists the answers that match (decision
//! 29). The browser loads that page, which is plain HTML and not one of the app's; without
//! JavaScript it lists every answer.
//!
//! The form is static HTML set as one element's content: written as a view, its five
//! elements cost the portal's wasm about 1.5 KB brotli, which every visitor downloads and
//! the first visit's budget does not have (decision 29).

use crate::i18n::use_i18n;
use crate::key;
use hulpwijzer_core::html::escape;
use hulpwijzer_core::route::topic_index_path;
use leptos::prelude::*;

/// The search form; its words go to the A–Z page of the reader's language.
#[component]
pub fn SearchField() -> impl IntoView {
    let i18n = use_i18n();
    let form = search_form(
        &topic_index_path(i18n.locale()),
        &i18n.tr(key!("search-label")),
        &i18n.tr(key!("search-button")),
    );
    view! { <div class="search" inner_html=form></div> }
}

/// The form's HTML: `action` the A–Z page, `label` and `button` the texts (escaped here).
fn search_form(action: &str, label: &str, button: &str) -> String {
    format!(
        "<form role=\"search\" action=\"{}\" method=\"get\"><div class=\"field\"><label for=\"menu-search\">{}</label><input id=\"menu-search\" name=\"q\" autocomplete=\"off\" enterkeyhint=\"search\"></div><button type=\"submit\" class=\"utrecht-button utrecht-button--primary-action\">{}</button></form>",
        escape(action),
        escape(label),
        escape(button)
    )
}

#[cfg(test)]
mod tests {
    use super::search_form;

    #[test]
    fn the_form_sends_the_words_to_the_a_to_z_page_and_escapes_the_texts() {
        let html = search_form("/uk/onderwerpen", "Пошук <і> \"лапки\"", "Шукати & знайти");
        assert!(
            html.starts_with("<form role=\"search\" action=\"/uk/onderwerpen\" method=\"get\">")
        );
        assert!(html.contains("name=\"q\""));
        assert!(html.contains(">Пошук &lt;і&gt; &quot;лапки&quot;</label>"));
        assert!(html.contains(">Шукати &amp; знайти</button>"));
        assert_eq!(html.matches('<').count(), html.matches('>').count());
    }
}
