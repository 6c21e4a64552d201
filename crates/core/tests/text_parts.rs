//! The real content split into the parts of the texts: each language's messages are all
//! shipped once (but the page generator's own), the trees for hosts in their own part,
//! their titles with the portal's.
#![cfg(feature = "load")]

use hulpwijzer_core::load::{load_catalog, locale_files};
use hulpwijzer_core::model::Audience;
use hulpwijzer_core::texts::{shipped, tree_part_keys, TextPart, UNSHIPPED_FILES};
use hulpwijzer_core::LOCALES;
use std::collections::BTreeSet;
use std::path::Path;

fn keys(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .map(|l| l.split('=').next().unwrap_or_default().trim().to_owned())
        .collect()
}

#[test]
fn every_message_is_in_one_part_and_the_hosts_trees_in_theirs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let catalog = load_catalog(&root).unwrap_or_else(|p| panic!("content does not load: {p:?}"));
    let hosts: BTreeSet<String> = tree_part_keys(&catalog)
        .into_iter()
        .map(|(key, part)| {
            assert_eq!(part, TextPart::Hosts, "{key}");
            key
        })
        .collect();
    for tree in &catalog.trees {
        let title = hulpwijzer_core::keys::tree_title(tree.id.as_str());
        let question = hulpwijzer_core::keys::node(tree.id.as_str(), tree.start.as_str());
        assert!(!hosts.contains(&title), "{title}");
        assert_eq!(
            hosts.contains(&question),
            tree.audience == Audience::Host,
            "{question}"
        );
    }
    for locale in LOCALES {
        let part = |p| keys(&shipped(&root, locale, p, &catalog).expect("shipped"));
        let (portal, host, form, embed, staff) = (
            part(TextPart::Portal),
            part(TextPart::Hosts),
            part(TextPart::Form),
            part(TextPart::Embed),
            part(TextPart::Staff),
        );
        // The staff page's texts, only in its languages, and none of them in any other part.
        let staff_prefix = hulpwijzer_core::route::STAFF_KEY_PREFIX;
        assert!(
            staff.iter().all(|k| k.starts_with(staff_prefix)),
            "{locale}"
        );
        assert_eq!(
            staff.is_empty(),
            !hulpwijzer_core::route::STAFF_LOCALES.contains(&locale),
            "{locale}"
        );
        for other in [&portal, &host, &form, &embed] {
            assert!(
                !other.iter().any(|k| k.starts_with(staff_prefix)),
                "{locale}"
            );
        }
        assert!(portal.is_disjoint(&host) && portal.is_disjoint(&form) && host.is_disjoint(&form));
        // The embedding page's own texts, and nothing any other page renders: the embedded
        // pages' link to the full site is the portal's.
        assert!(!embed.is_empty() && embed.iter().all(|k| k.starts_with("embed-")));
        assert!(portal.contains("embed-open-full-site") && !embed.contains("embed-open-full-site"));
        assert!(portal.is_disjoint(&embed) && host.is_disjoint(&embed) && form.is_disjoint(&embed));
        // Only the messages of the trees for hosts (optional ones may be absent), and the
        // first question of each of them.
        assert!(
            host.is_subset(&hosts),
            "{locale}: {:?}",
            host.difference(&hosts)
        );
        for tree in catalog
            .trees
            .iter()
            .filter(|t| t.audience == Audience::Host)
        {
            let question = hulpwijzer_core::keys::node(tree.id.as_str(), tree.start.as_str());
            assert!(host.contains(&question), "{locale}: {question}");
        }
        let all: usize = locale_files(&root, locale)
            .iter()
            .map(|f| keys(&std::fs::read_to_string(f).expect("read")).len())
            .sum();
        // The page generator's own messages and the search words are shipped in no part.
        let mut unshipped = 0;
        for file in UNSHIPPED_FILES {
            let path = root.join("locales").join(locale).join(file);
            let messages = keys(&std::fs::read_to_string(path).expect("read"));
            assert!(
                !messages.is_empty() && messages.is_disjoint(&portal),
                "{file}"
            );
            assert!(
                messages.is_disjoint(&host) && messages.is_disjoint(&form),
                "{file}"
            );
            unshipped += messages.len();
        }
        assert_eq!(
            portal.len() + host.len() + form.len() + embed.len() + staff.len() + unshipped,
            all,
            "{locale}: every message once, or only in a file shipped in no part"
        );
    }
}
