//! What checkers found in the pages' heads: every municipality page describes itself (not
//! with the index's title), in its own language, the same in Open Graph; and the inline
//! favicon is a valid URL (no raw spaces) on every page; "saving … of N files" takes the plural
//! form of N in Ukrainian and Russian; a result can be shared on Viber too; every page names
//! the version of its texts, which the wasms no longer carry; only pages with a form link the
//! form's stylesheet.

use crate::support;

use hulpwijzer::key;
use hulpwijzer::prerender::paths;
use support::{day, languages, page};

/// The `content` of `<meta {attr}="{name}" …>`.
fn meta(html: &str, attr: &str, name: &str) -> String {
    let needle = format!("<meta {attr}=\"{name}\" content=\"");
    html.split(&needle)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn every_municipality_page_has_a_description_of_its_own_in_four_languages() {
    let on = day("2026-12-06");
    for i18n in languages() {
        let locale = i18n.locale().to_owned();
        let index_title = i18n.tr(key!("municipality-index-title"));
        let mut seen = std::collections::BTreeSet::new();
        let pages: Vec<String> = paths(&locale)
            .into_iter()
            .filter(|p| p.contains("/gemeenten/gm"))
            .collect();
        assert_eq!(pages.len(), 342, "{locale}: one page per municipality");
        for path in pages {
            let html = page(i18n, &path, on).html;
            let description = meta(&html, "name", "description");
            let name = html
                .split("<title>")
                .nth(1)
                .and_then(|t| t.split(" – ").next())
                .unwrap_or_default()
                .to_owned();
            assert!(!name.is_empty(), "{path}: title");
            assert_ne!(description, index_title, "{path}");
            assert!(
                description.contains(&name),
                "{path}: {description:?} names {name:?}"
            );
            assert_eq!(
                meta(&html, "property", "og:description"),
                description,
                "{path}"
            );
            assert!(
                seen.insert(description.clone()),
                "{path}: {description:?} twice"
            );
        }
    }
}

#[test]
fn the_favicon_data_url_has_no_raw_space() {
    let on = day("2026-12-06");
    for i18n in languages() {
        let path = format!("/{}/", i18n.locale());
        let html = page(i18n, &path, on).html;
        let href = html
            .split("<link rel=\"icon\" href=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("an icon link");
        assert!(href.starts_with("data:image/svg+xml,"), "{href}");
        assert!(
            !href.contains(|c: char| c.is_whitespace() || c == '<' || c == '>' || c == '"'),
            "{href}"
        );
        assert!(href.contains("%20"), "spaces are percent-encoded: {href}");
    }
}

#[test]
fn offline_progress_counts_files_with_the_right_plural_form() {
    let mut checked = 0;
    for i18n in languages() {
        let text = |total: usize| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("done", fluent_bundle::FluentValue::from(1));
            args.set("total", fluent_bundle::FluentValue::from(total));
            i18n.tr_with(key!("offline-progress"), &args)
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        let expected: &[(usize, &str)] = match i18n.locale() {
            // After "з"/"из" the noun is genitive: singular for one (1, 21, not 11).
            "uk" => &[
                (1, "1 файлу"),
                (21, "21 файлу"),
                (11, "11 файлів"),
                (533, "533 файлів"),
                (5, "5 файлів"),
            ],
            "ru" => &[
                (1, "1 файла"),
                (21, "21 файла"),
                (11, "11 файлов"),
                (533, "533 файлов"),
                (5, "5 файлов"),
            ],
            "en" => &[(1, "1 file"), (533, "533 files")],
            _ => &[(1, "1 bestand"), (533, "533 bestanden")],
        };
        for (total, words) in expected {
            let got = text(*total);
            assert!(got.ends_with(words), "{}: {total}: {got:?}", i18n.locale());
            checked += 1;
        }
    }
    assert_eq!(checked, 14);
}

#[test]
fn a_result_can_be_shared_on_viber_as_on_whatsapp_and_telegram() {
    let on = day("2026-12-06");
    for i18n in languages() {
        let path = format!("/{}/registration/host/yes/ukrainian", i18n.locale());
        let encoded = path.replace('/', "%2F");
        let html = page(i18n, &path, on).html;
        for share in [
            format!("https://wa.me/?text={encoded}"),
            format!("https://t.me/share/url?url={encoded}"),
            format!("viber://forward?text={encoded}"),
        ] {
            assert!(
                html.contains(&format!("href=\"{share}\"")),
                "{path}: {share}"
            );
        }
        assert!(html.contains(&i18n.tr(key!("share-viber"))), "{path}");
    }
}

/// The wasms do not carry the texts' version (a change of wording alone leaves them the
/// same); every page names it, and the wasm's boot reads it there.
#[test]
fn every_page_names_the_version_of_its_texts() {
    let on = day("2026-12-06");
    let expected = support::assets().texts;
    for i18n in languages() {
        for path in paths(i18n.locale()).iter().step_by(7) {
            let shown = page(i18n, path, on);
            assert_eq!(meta(&shown.html, "name", "hw-texts"), expected, "{path}");
        }
    }
}

/// The form's stylesheet (decision 30) is linked by exactly the pages with a form: the
/// host-interest form's, the staff pages and the embedding page; no page a refugee reads
/// without a form downloads it, and every page links the main stylesheet.
#[test]
fn only_the_pages_with_a_form_link_the_form_stylesheet() {
    let on = day("2026-12-06");
    let link = "<link rel=\"stylesheet\" href=\"/form.css\">";
    let mut with_form = Vec::new();
    for i18n in languages() {
        for path in paths(i18n.locale()) {
            let html = page(i18n, &path, on).html;
            assert!(
                html.contains("<link rel=\"stylesheet\" href=\"/main.css\">"),
                "{path}"
            );
            if html.contains(link) {
                with_form.push(path.clone());
            }
            // The host form's pages are the ones that load the host wasm.
            let staff_or_embed = path.ends_with("/staff") || path.ends_with("/embed");
            let expected = staff_or_embed || html.contains("/host/app.js");
            assert_eq!(html.contains(link), expected, "{path}");
        }
    }
    // The host form's pages (which load the host wasm), the staff pages and embedding pages.
    assert!(with_form.iter().any(|p| p.contains("/hosting-check/")));
    assert!(with_form.iter().any(|p| p == "/nl/staff"));
    assert!(with_form.iter().any(|p| p == "/uk/embed"));
    assert!(!with_form.iter().any(|p| p.starts_with("/uk/registration")));
}
