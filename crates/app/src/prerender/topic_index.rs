//! `/<l>/onderwerpen`: every answer of the portal from A to Z, by the question it answers,
//! and search over them. A reader who does not know which topic her question belongs to, or
//! who has no JavaScript, finds it here. The page is plain HTML written by the page generator:
//! no app, nothing of it in a wasm; its links lead to the app's pages. Its one module, the
//! search module (decision 29), shows the search field and the answers that match the
//! reader's words; without it the page is the list.

use super::document::{escape, head_common, Assets};
use crate::catalog::catalog;
use crate::components::{own_name, NEUTRAL_SITE};
use crate::i18n::I18n;
use crate::key;
use crate::site::Site;
use crate::text::outcome_args_on;
use hulpwijzer_core::date::Date;
use hulpwijzer_core::dated::outcome_on;
use hulpwijzer_core::engine::{reachable_answers, replay, Position};
use hulpwijzer_core::keys;
use hulpwijzer_core::route::{topic_index_path as topic_index_href, Route};
use hulpwijzer_core::LOCALES;
use std::collections::BTreeSet;
use std::fmt::Write;

/// One answer as listed: its heading, its topic and the page that shows it; in the search
/// index (`search_index`) also the words people use for it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Entry {
    /// The answer shown, `<tree>/<outcome>` (the outcome that holds on the day).
    pub id: String,
    /// The outcome's heading on the day, in the reader's language.
    pub label: String,
    /// The title of the tree it belongs to.
    pub topic: String,
    /// The shortest path of answers that leads to it.
    pub href: String,
    /// The words people use for its subject ([`keys::outcome_words`]), comma-separated;
    /// empty where the language has none.
    pub words: String,
}

/// Every outcome that holds on `day`, each once (under the fewest answers that reach it),
/// sorted as the reader's alphabet sorts.
pub fn entries(i18n: &I18n, day: Date) -> Vec<Entry> {
    let locale = i18n.locale();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for tree in &catalog().trees {
        let start = Route::home(locale).tree_start(&tree.id);
        let topic = i18n.tr_derived(&keys::tree_title(tree.id.as_str()));
        let mut paths = reachable_answers(tree);
        paths.sort_by_key(Vec::len);
        for answers in paths {
            let Ok(Position::Outcome(outcome)) = replay(tree, &answers).map(|w| w.position) else {
                continue;
            };
            let shown = outcome_on(catalog(), tree, outcome, day);
            if !seen.insert((tree.id.as_str(), shown.outcome.id.as_str())) {
                continue;
            }
            let args = outcome_args_on(i18n, &shown.fact_vars, None);
            let words = keys::outcome_words(tree.id.as_str(), shown.outcome.id.as_str());
            out.push(Entry {
                id: format!("{}/{}", tree.id, shown.outcome.id),
                label: i18n.tr_derived_with(&shown.heading_key, &args),
                topic: topic.clone(),
                href: start.with_answers(answers).to_url(),
                words: if i18n.has_derived(&words) {
                    i18n.tr_derived(&words)
                } else {
                    String::new()
                },
            });
        }
    }
    out.sort_by_cached_key(|e| (sort_key(locale, &e.label), sort_key(locale, &e.topic)));
    out
}

/// The order of the reader's alphabet: Ukrainian's Ґ, Є, І and Ї and Russian's Ё sit where
/// the alphabet has them, not where Unicode numbers them (after Я); Latin letters and
/// digits come first, case and punctuation do not count.
fn sort_key(locale: &str, text: &str) -> Vec<u32> {
    let alphabet: &[char] = match locale {
        "uk" => &UKRAINIAN,
        "ru" => &RUSSIAN,
        _ => &[],
    };
    text.to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .map(|c| match alphabet.iter().position(|a| *a == c) {
            Some(i) => 0x400 + u32::try_from(i).unwrap_or(0),
            None => u32::from(c),
        })
        .collect()
}

const UKRAINIAN: [char; 33] = [
    'а', 'б', 'в', 'г', 'ґ', 'д', 'е', 'є', 'ж', 'з', 'и', 'і', 'ї', 'й', 'к', 'л', 'м', 'н', 'о',
    'п', 'р', 'с', 'т', 'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'ь', 'ю', 'я',
];

const RUSSIAN: [char; 33] = [
    'а', 'б', 'в', 'г', 'д', 'е', 'ё', 'ж', 'з', 'и', 'й', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с',
    'т', 'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'ъ', 'ы', 'ь', 'э', 'ю', 'я',
];

/// The entries grouped by their first letter, in order.
fn by_initial(entries: Vec<Entry>) -> Vec<(String, Vec<Entry>)> {
    let mut groups: Vec<(String, Vec<Entry>)> = Vec::new();
    for entry in entries {
        let initial: String = entry
            .label
            .chars()
            .find(|c| c.is_alphanumeric())
            .map(|c| c.to_uppercase().collect())
            .unwrap_or_default();
        match groups.last_mut() {
            Some((i, list)) if *i == initial => list.push(entry),
            _ => groups.push((initial, vec![entry])),
        }
    }
    groups
}

/// The whole page in `i18n`'s language as it holds on `day`; `all` are the four languages;
/// `index` the URL of the language's search index (`search_index::write`), which the search
/// module (`assets.search`) reads.
pub fn topic_index_page(
    i18n: &I18n,
    all: &[I18n],
    site: &Site,
    assets: &Assets,
    day: Date,
    index: &str,
) -> String {
    let locale = i18n.locale();
    let title = i18n.tr(key!("topic-index-title"));
    // No introduction of its own: every message is shipped to every reader of the language
    // (first visit included), and the heading says what the page is.
    let mut out = String::new();
    head_common(
        &mut out,
        locale,
        &format!("{title} — {}", i18n.tr(key!("app-name"))),
        assets,
    );
    let here = topic_index_href(locale);
    let _ = write!(
        out,
        "<meta name=\"description\" content=\"{} — {}\"><link rel=\"canonical\" href=\"{}\"><meta name=\"hw-plain\" content=\"{here}\">",
        escape(&title),
        escape(&i18n.tr(key!("app-name"))),
        site.absolute(&here)
    );
    for l in LOCALES {
        let _ = write!(
            out,
            "<link rel=\"alternate\" hreflang=\"{l}\" href=\"{}\">",
            site.absolute(&topic_index_href(l))
        );
    }
    let _ = write!(
        out,
        "</head><body><header class=\"site-header\"><p><a href=\"{}\">{}</a></p><nav class=\"languages\" aria-label=\"{}\"><ul>",
        Route::home(locale).to_url(),
        escape(&i18n.tr(key!("app-name"))),
        escape(&i18n.tr(key!("choose-language")))
    );
    for other in all.iter().map(I18n::locale).filter(|l| *l != locale) {
        let _ = write!(
            out,
            "<li><a href=\"{}\" hreflang=\"{other}\" lang=\"{other}\">{}</a></li>",
            topic_index_href(other),
            own_name(other)
        );
    }
    // The list names the safety topic's answers (Veilig Thuis among them): the way out is
    // here too, as the plain link the app's button is without JavaScript.
    let _ = write!(
        out,
        "</ul></nav></header><aside class=\"quick-exit\" aria-label=\"{}\"><a href=\"{NEUTRAL_SITE}\" rel=\"noreferrer\" target=\"_top\" class=\"utrecht-button-link utrecht-button-link--html-a quick-exit-button\">{}</a><details class=\"quick-exit-note\"><summary>{}</summary><p>{}</p></details></aside>\
<main id=\"main\" class=\"topic-index\"><h1>{}</h1>",
        escape(&i18n.tr(key!("quick-exit-region"))),
        escape(&i18n.tr(key!("quick-exit"))),
        escape(&i18n.tr(key!("quick-exit-more"))),
        escape(&i18n.tr(key!("quick-exit-private"))),
        escape(&title)
    );
    search_form(&mut out, i18n, assets, index);
    let groups = by_initial(entries(i18n, day));
    let _ = write!(
        out,
        "<nav aria-label=\"{}\"><ul class=\"letters\">",
        escape(&i18n.tr(key!("municipality-index-letters")))
    );
    for (n, (initial, _)) in groups.iter().enumerate() {
        let _ = write!(
            out,
            "<li><a href=\"#letter-{n}\">{}</a></li>",
            escape(initial)
        );
    }
    out.push_str("</ul></nav>");
    for (n, (initial, list)) in groups.iter().enumerate() {
        let _ = write!(
            out,
            "<section aria-labelledby=\"letter-{n}\"><h2 id=\"letter-{n}\">{}</h2><ul class=\"links\">",
            escape(initial)
        );
        for e in list {
            let _ = write!(
                out,
                "<li><a href=\"{}\">{}</a> <span class=\"hint\">— {}</span></li>",
                e.href,
                escape(&e.label),
                escape(&e.topic)
            );
        }
        out.push_str("</ul></section>");
    }
    out.push_str("</main></body></html>");
    out
}

/// The search field and the place of its results, hidden until the search module shows
/// them: without JavaScript a field that finds nothing would be a broken promise, and the
/// list below is the page. The form also works as the target of the app's search field
/// (`?q=`), which the module reads on arrival. The texts ride on the elements as data; the
/// field (an `input` without a type, a `.field`) and the button take the NL Design System
/// styles the stylesheet already has, so no page's stylesheet grows.
fn search_form(out: &mut String, i18n: &I18n, assets: &Assets, index: &str) {
    let here = topic_index_href(i18n.locale());
    let _ = write!(
        out,
        "<form role=\"search\" class=\"search\" action=\"{here}\" method=\"get\" data-search hidden>\
<div class=\"field\"><label for=\"search-q\">{}</label><input id=\"search-q\" name=\"q\" autocomplete=\"off\" enterkeyhint=\"search\" maxlength=\"200\"></div>\
<button type=\"submit\" class=\"utrecht-button utrecht-button--primary-action\">{}</button></form>\
<section class=\"search-results\" aria-live=\"polite\" data-search-results data-heading=\"{}\" data-none=\"{}\" data-failed=\"{}\" hidden></section>\
<script type=\"module\" src=\"{}\" data-index=\"{}\"></script>",
        escape(&i18n.tr(key!("search-label"))),
        escape(&i18n.tr(key!("search-button"))),
        escape(&i18n.tr(key!("search-results"))),
        escape(&i18n.tr(key!("search-none"))),
        escape(&i18n.tr(key!("search-failed"))),
        escape(&assets.search),
        escape(index),
    );
}

#[cfg(test)]
mod tests {
    use super::sort_key;

    #[test]
    fn ukrainian_letters_sort_where_the_alphabet_has_them() {
        let mut words = vec![
            "Як",
            "Інтеграція",
            "Їжа",
            "Ґанок",
            "Гроші",
            "Єдиний",
            "Житло",
        ];
        words.sort_by_key(|w| sort_key("uk", w));
        assert_eq!(
            words,
            [
                "Гроші",
                "Ґанок",
                "Єдиний",
                "Житло",
                "Інтеграція",
                "Їжа",
                "Як"
            ]
        );
    }

    #[test]
    fn russian_yo_sorts_after_ye_and_latin_comes_first() {
        let mut words = vec!["Ёлка", "Жильё", "Если", "IND", "Школа"];
        words.sort_by_key(|w| sort_key("ru", w));
        assert_eq!(words, ["IND", "Если", "Ёлка", "Жильё", "Школа"]);
    }
}
