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
/// `(0)` is the trunk prefix as Dutch (and British, German, …) numbers write it: dialled
/// at home, dropped after the country code. So in an international number (`+` or `00`)
/// it is left out (`+31 (0)6 12345678` is `+31612345678`), and in a national number it
/// is the leading `0` it stands for (`(0)6 12345678` is `06 12345678`). Brackets are
/// otherwise separators; an international number that is only valid with the `0` read as
/// a digit is taken that way too, so this agrees with the OpenAPI document's pattern.
///
/// # Errors
/// [`PhoneError`] saying what is wrong.
pub fn normalise_phone(input: &str) -> Result<String, PhoneError> {
    let text = input.trim();
    let international = |(plus, digits): &(bool, String)| *plus || digits.starts_with("00");
    let read = digits_of(text)?;
    if international(&read) && text.contains("(0)") {
        let without_trunk = digits_of(&text.replace("(0)", ""))
            .ok()
            .filter(international)
            .and_then(|(plus, digits)| to_e164(plus, digits).ok());
        if let Some(number) = without_trunk {
            return Ok(number);
        }
    }
    to_e164(read.0, read.1)
}

/// Whether `text` starts with `+`, and its digits; brackets, spaces, `-`, `.` and `/`
/// are separators.
fn digits_of(text: &str) -> Result<(bool, String), PhoneError> {
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
    Ok((plus, digits))
}

/// The number in E.164 from its digits (after a `+` when `plus`).
fn to_e164(plus: bool, digits: String) -> Result<String, PhoneError> {
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
    use super::{
        is_dutch_phone, is_general_phone, is_listed_phone, is_whatsapp, normalise_phone, PhoneError,
    };

    /// `(0)` is the trunk prefix: left out after a country code, the leading `0` of a
    /// national number (the probe's `(0)915110359` was refused before).
    #[test]
    fn the_trunk_prefix_in_brackets() {
        for (written, e164) in [
            ("(0)6 12345678", "+31612345678"),
            ("(0)915110359", "+31915110359"),
            ("+31 (0)6 12345678", "+31612345678"),
            ("0031 (0)6 12345678", "+31612345678"),
            ("+380 (0)67 123 4567", "+380671234567"),
            ("+44 (0)20 7946 0958", "+442079460958"),
        ] {
            assert_eq!(normalise_phone(written).as_deref(), Ok(e164), "{written}");
        }
        assert_eq!(
            normalise_phone("+31 (0)6 1234567"),
            Err(PhoneError::WrongLength)
        );
        assert_eq!(
            normalise_phone("0(0)317777777"),
            Err(PhoneError::WrongLength)
        );
    }

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
