//! Phone numbers: a host's number (Dutch national formats and international `+`/`00`
//! numbers, to E.164), and the plausibility checks of numbers listed in content.

use std::fmt;

/// Why a text is not a phone number we can call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneError {
    /// Nothing but separators.
    Empty,
    /// A character other than digits, a leading `+`, spaces and `-` `.` `/` `(` `)`.
    InvalidCharacter,
    /// No `+`, `00` or Dutch trunk `0` in front, so the country is unknown.
    MissingPrefix,
    /// Too few or too many digits for the country (Dutch and Ukrainian numbers have nine
    /// after the country code; E.164 allows 7–15 digits in all).
    WrongLength,
}

impl fmt::Display for PhoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PhoneError::Empty => "no digits",
            PhoneError::InvalidCharacter => "a character that is not part of a phone number",
            PhoneError::MissingPrefix => "no country code or leading 0",
            PhoneError::WrongLength => "wrong number of digits",
        })
    }
}

impl std::error::Error for PhoneError {}

/// Normalises a phone number to E.164 (`+` and digits only).
///
/// Accepted: `06-12345678`, `0612345678`, `020 123 4567`, `+31 6 12345678`,
/// `+31 (0)6 12345678`, `0031 6 12345678`, `+380 67 123 4567`, `00380671234567`,
/// and other `+country` numbers of 7–15 digits. A national number starting with `0`
/// is taken as Dutch.
///
/// # Errors
/// [`PhoneError`] saying what is wrong.
pub fn normalise_phone(input: &str) -> Result<String, PhoneError> {
    let text = input.trim().replace("(0)", "");
    let mut digits = String::with_capacity(text.len());
    let mut plus = false;
    for (i, c) in text.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => plus = true,
            ' ' | '-' | '.' | '/' | '(' | ')' | '\u{a0}' => {}
            _ => return Err(PhoneError::InvalidCharacter),
        }
    }
    if digits.is_empty() {
        return Err(PhoneError::Empty);
    }
    let international = if plus {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("31{rest}")
    } else {
        return Err(PhoneError::MissingPrefix);
    };
    // "+31 06…" is a common slip for "+31 6…".
    let international = match international.strip_prefix("310") {
        Some(rest) => format!("31{rest}"),
        None => international,
    };
    if international.starts_with('0') {
        return Err(PhoneError::MissingPrefix);
    }
    let national_len = |cc: &str| international.strip_prefix(cc).map(str::len);
    let ok = match (national_len("31"), national_len("380")) {
        (Some(n), _) | (_, Some(n)) => n == 9,
        _ => (7..=15).contains(&international.len()),
    };
    if !ok {
        return Err(PhoneError::WrongLength);
    }
    Ok(format!("+{international}"))
}

/// A number as listed in content: digits, spaces, `-` and a leading `+`; 3–15 digits
/// (service numbers such as `0800-0113` and embassies abroad included).
pub fn is_listed_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    phone
        .chars()
        .all(|ch| ch.is_ascii_digit() || " -+".contains(ch))
        && (3..=15).contains(&digits)
}

/// A WhatsApp number as listed in content: `+`, the country code and digits only.
pub fn is_whatsapp(number: &str) -> bool {
    number.starts_with('+') && number.len() > 8 && number[1..].bytes().all(|b| b.is_ascii_digit())
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
pub fn is_general_phone(phone: &str) -> bool {
    phone_digits(phone).is_some_and(|d| d.starts_with("140") && (5..=6).contains(&d.len()))
}

/// A Dutch number: 14 + area code, ten digits from 0, +31 and nine digits, or 0800/0900.
pub fn is_dutch_phone(phone: &str) -> bool {
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
    use super::{is_dutch_phone, is_general_phone, is_listed_phone, is_whatsapp};

    #[test]
    fn recognises_plausible_numbers_in_content() {
        assert!(is_general_phone("14 0591"));
        assert!(is_general_phone("14 020"));
        assert!(!is_general_phone("0591 123456"));
        assert!(!is_general_phone("14 1591"));
        assert!(is_dutch_phone("14 0591"));
        assert!(is_dutch_phone("06-48158053"));
        assert!(is_dutch_phone("070-44 55 888"));
        assert!(is_dutch_phone("+31 6 48158053"));
        assert!(is_dutch_phone("0800-0113"));
        assert!(!is_dutch_phone("12345"));
        assert!(!is_dutch_phone("call us"));
        assert!(is_listed_phone("+31 70 360 5491"));
        assert!(!is_listed_phone("06 (call us)"));
        assert!(!is_listed_phone("12"));
        assert!(is_whatsapp("+31612345678"));
        assert!(!is_whatsapp("0612345678"));
    }
}
