//! Phone numbers: Dutch national formats and international `+`/`00` numbers, to E.164.

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
