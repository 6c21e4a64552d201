//! The real content must validate: every tree sound, every key in all four locales,
//! every fact sourced and fresh. Problems are printed with file, node and locale.
#![cfg(feature = "load")]

use hulpwijzer_core::load::{check_project, today};
use hulpwijzer_core::validate::{has_errors, Severity};
use std::path::Path;

#[test]
fn the_projects_content_is_sound() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let today = today().unwrap_or_else(|e| panic!("{e}"));
    eprintln!("content checked as of {today}");
    let project = match check_project(&root, today.date) {
        Ok(project) => project,
        Err(problems) => {
            problems.iter().for_each(|p| eprintln!("{p}"));
            panic!("content does not load: {} problems", problems.len());
        }
    };
    let (catalog, problems) = (project.catalog, project.problems);
    for p in &problems {
        eprintln!("{p}");
    }
    assert!(catalog.trees.len() >= 2, "content has trees");
    assert!(
        !has_errors(&problems),
        "{} content errors (see above)",
        problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    );
}

#[test]
fn splitting_texts_into_chunks_keeps_every_message_once() {
    use hulpwijzer_core::load::{
        chunk_of, load_catalog, load_locales, split_locale, CORE_CHUNK, FORM_CHUNK,
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let catalog = load_catalog(&root).unwrap_or_else(|p| panic!("{p:?}"));
    let trees: Vec<String> = catalog.trees.iter().map(|t| t.id.0.clone()).collect();
    // A tree named `form…` would have its texts in the forms' chunk.
    assert!(trees.iter().all(|t| !t.starts_with("form")), "{trees:?}");
    let (locales, _) = load_locales(&root);
    for locale in &locales {
        let chunks = split_locale(&root, &locale.locale, &trees).expect("split");
        let mut seen = Vec::new();
        for (chunk, text) in &chunks {
            let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, e)| {
                panic!("{} chunk {chunk} does not parse: {e:?}", locale.locale)
            });
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    assert_eq!(
                        chunk_of(m.id.name, &trees),
                        chunk,
                        "{} in the wrong chunk",
                        m.id.name
                    );
                    seen.push(m.id.name.to_owned());
                }
            }
        }
        seen.sort();
        let boot: Vec<&String> = locale
            .messages
            .keys()
            .filter(|k| !seen.contains(k))
            .collect();
        // Only the embedded boot messages are not in any chunk.
        assert!(
            boot.iter().all(|k| [
                "app-name",
                "loading",
                "texts-failed",
                "texts-failed-hint",
                "retry",
                "skip-to-content",
                "choose-language"
            ]
            .contains(&k.as_str())),
            "{boot:?}"
        );
        assert!(chunks.contains_key(CORE_CHUNK));
        assert!(chunks["registration"].contains("registration-where-staying ="));
        assert!(!chunks[CORE_CHUNK].contains("registration-where-staying ="));
        assert!(chunks[CORE_CHUNK].contains("registration-title ="));
        // The forms' texts load only with an outcome that shows a form.
        assert!(chunks[FORM_CHUNK].contains("form-heading ="));
        assert!(chunks[FORM_CHUNK].contains("form-error-summary-title ="));
        assert!(!chunks[CORE_CHUNK].contains("\nform-"));
        assert!(!chunks[CORE_CHUNK].starts_with("form-"));
        let registry = &chunks[hulpwijzer_core::keys::OUTCOME_CHUNK];
        assert!(registry.contains("contact-refugeehelp =") && registry.contains("fact-tp-end ="));
        assert!(!chunks[CORE_CHUNK].contains("contact-refugeehelp ="));
    }
}
