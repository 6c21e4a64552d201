//! Messages: every derived and literal key present in all four locales with the same variables, none unused.

use super::{Input, LocaleMessages, MessageInfo, Problem, UiKey};
use crate::keys::{self, DerivedKey};
use crate::LOCALES;
use std::collections::BTreeMap;

/// The end of the problem of a message that nothing uses.
pub(super) const NOT_USED: &str = "is not used by any tree or by the app";

pub(super) fn check_messages(input: &Input<'_>, problems: &mut Vec<Problem>) {
    for l in input.locales {
        if !LOCALES.contains(&l.locale.as_str()) {
            let hint = if l.locale == "ua" {
                " (Ukrainian is uk)"
            } else {
                ""
            };
            problems.push(Problem::error(
                &format!("locales/{}", l.locale),
                format!("unknown locale{hint}"),
            ));
        }
    }
    let by_locale: BTreeMap<&str, &LocaleMessages> = input
        .locales
        .iter()
        .map(|l| (l.locale.as_str(), l))
        .collect();
    for locale in LOCALES {
        if !by_locale.contains_key(locale) {
            problems.push(
                Problem::error(&format!("locales/{locale}"), "locale folder is missing")
                    .in_locale(locale),
            );
        }
    }
    let derived = keys::derive_all(input.catalog);
    let mut owners: BTreeMap<&str, &DerivedKey> = BTreeMap::new();
    for d in &derived {
        if let Some(first) = owners.insert(d.key.as_str(), d) {
            problems.push(
                Problem::error(
                    &d.file,
                    format!(
                        "message key {} is derived twice (also by {})",
                        d.key, first.owner
                    ),
                )
                .at(d.owner.clone()),
            );
        }
    }
    for d in &derived {
        check_key(
            d.key.as_str(),
            d.required,
            Some(&d.allowed_vars),
            &d.file,
            &d.owner,
            &by_locale,
            problems,
        );
    }
    let mut ui: BTreeMap<&str, &UiKey> = BTreeMap::new();
    for k in input.ui_keys {
        // A key both written literally and derived by the core is required.
        ui.entry(k.key.as_str())
            .and_modify(|first| {
                if first.compiled {
                    *first = k;
                }
            })
            .or_insert(k);
    }
    for (key, k) in &ui {
        if owners.contains_key(key) {
            problems.push(Problem::error(
                &k.file,
                format!("UI key {key} collides with a content key"),
            ));
        }
        check_key(
            key,
            !k.compiled,
            None,
            &k.file,
            &format!("UI key {key}"),
            &by_locale,
            problems,
        );
    }
    for l in input.locales {
        for (key, info) in &l.messages {
            let used = owners.contains_key(key.as_str())
                || ui.contains_key(key.as_str())
                || input.data_keys.contains(key);
            if !used {
                problems.push(
                    Problem::error(&info.file, format!("message {key} {NOT_USED}"))
                        .in_locale(&l.locale),
                );
            }
        }
    }
}

/// Checks one key in every locale: presence, allowed variables, same variables everywhere.
fn check_key(
    key: &str,
    required: bool,
    allowed: Option<&Vec<String>>,
    file: &str,
    owner: &str,
    by_locale: &BTreeMap<&str, &LocaleMessages>,
    problems: &mut Vec<Problem>,
) {
    let present: Vec<(&str, &MessageInfo)> = LOCALES
        .iter()
        .filter_map(|l| {
            by_locale
                .get(l)
                .and_then(|m| m.messages.get(key))
                .map(|i| (*l, i))
        })
        .collect();
    // The staff page's messages exist only in the languages it is written in.
    let locales: &[&str] = if key.starts_with(crate::route::STAFF_KEY_PREFIX) {
        &crate::route::STAFF_LOCALES
    } else {
        &LOCALES
    };
    if required || !present.is_empty() {
        for locale in locales.iter().filter(|l| by_locale.contains_key(*l)) {
            if !present.iter().any(|(l, _)| l == locale) {
                problems.push(
                    Problem::error(file, format!("message {key} is missing"))
                        .at(owner.to_owned())
                        .in_locale(locale),
                );
            }
        }
    }
    let Some((_, reference)) = present.first() else {
        return;
    };
    for (locale, info) in &present {
        if let Some(allowed) = allowed {
            for v in info.vars.iter().filter(|v| !allowed.contains(v)) {
                problems.push(
                    Problem::error(
                        &info.file,
                        format!("message {key} uses ${v}, which is not provided here"),
                    )
                    .at(owner.to_owned())
                    .in_locale(locale),
                );
            }
        }
        if info.vars != reference.vars {
            problems.push(
                Problem::error(
                    &info.file,
                    format!(
                        "message {key} uses variables {:?}, but {} uses {:?}",
                        info.vars, present[0].0, reference.vars
                    ),
                )
                .at(owner.to_owned())
                .in_locale(locale),
            );
        }
    }
}
