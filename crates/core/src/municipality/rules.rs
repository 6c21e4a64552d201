//! Checks shared by the override and hub validators: https addresses, freshness,
//! message keys. (E-mail and phone rules: [`crate::contact`].)

use crate::validate::{LocaleMessages, Problem};
use crate::LOCALES;

/// Each key must exist in every locale folder found, without variables.
pub(crate) fn check_message_keys(
    keys: &[String],
    file: &str,
    owner: &str,
    locales: &[LocaleMessages],
    problems: &mut Vec<Problem>,
) {
    for key in keys {
        for l in locales
            .iter()
            .filter(|l| LOCALES.contains(&l.locale.as_str()))
        {
            match l.messages.get(key) {
                None => problems.push(
                    Problem::error(file, format!("message {key} is missing"))
                        .at(owner)
                        .in_locale(&l.locale),
                ),
                Some(info) if !info.vars.is_empty() => problems.push(
                    Problem::error(
                        &info.file,
                        format!(
                            "message {key} uses {:?}; it receives no variables",
                            info.vars
                        ),
                    )
                    .at(owner)
                    .in_locale(&l.locale),
                ),
                Some(_) => {}
            }
        }
    }
}
