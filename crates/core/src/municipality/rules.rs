//! Checks shared by the override and hub validators: https addresses, freshness,
//! message keys, e-mail addresses and phone numbers.

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

pub(crate) fn is_email(e: &str) -> bool {
    let Some((user, domain)) = e.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !e.contains(char::is_whitespace)
        && domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
}

fn phone_digits(phone: &str) -> Option<String> {
    let kept: String = phone
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')'))
        .collect();
    let (plus, digits) = match kept.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, kept.as_str()),
    };
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then(|| {
        if plus {
            format!("+{digits}")
        } else {
            digits.to_owned()
        }
    })
}

/// The general municipal number: 14 followed by the area code (`14 0591`, `14 020`).
pub(crate) fn is_general_phone(phone: &str) -> bool {
    phone_digits(phone).is_some_and(|d| d.starts_with("140") && (5..=6).contains(&d.len()))
}

/// A Dutch number: 14 + area code, ten digits from 0, +31 and nine digits, or 0800/0900.
pub(crate) fn is_phone(phone: &str) -> bool {
    let Some(d) = phone_digits(phone) else {
        return false;
    };
    is_general_phone(phone)
        || (d.starts_with('0') && !d.starts_with("00") && d.len() == 10)
        || (d.starts_with("+31") && d.len() == 12)
        || ((d.starts_with("0800") || d.starts_with("0900")) && (8..=11).contains(&d.len()))
}

#[cfg(test)]
mod tests {
    use super::{is_email, is_general_phone, is_phone};

    #[test]
    fn recognises_plausible_contacts() {
        assert!(is_general_phone("14 0591"));
        assert!(is_general_phone("14 020"));
        assert!(!is_general_phone("0591 123456"));
        assert!(!is_general_phone("14 1591"));
        assert!(is_phone("14 0591"));
        assert!(is_phone("06-48158053"));
        assert!(is_phone("070-44 55 888"));
        assert!(is_phone("+31 6 48158053"));
        assert!(is_phone("0800-0113"));
        assert!(!is_phone("12345"));
        assert!(!is_phone("call us"));
        assert!(is_email("vluchtelingenoekraine@borger-odoorn.nl"));
        assert!(!is_email("vluchtelingen oekraine@borger-odoorn.nl"));
        assert!(!is_email("no-at-sign.nl"));
        assert!(!is_email("a@nl"));
    }
}
