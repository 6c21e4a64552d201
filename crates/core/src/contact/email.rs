//! E-mail addresses: the one rule for a host's address and for the addresses in content.

use super::has_invisible;

/// Longest e-mail address (RFC 5321 path limit).
pub const MAX_EMAIL_CHARS: usize = 254;

/// Why a text is not an e-mail address we can write to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailError {
    /// It holds a character of [`super::is_invisible`].
    InvisibleCharacter,
    /// Longer than [`MAX_EMAIL_CHARS`].
    TooLong,
    /// Not `local@domain.tld`: no `@`, spaces, an empty label, a label starting with `-`,
    /// a local part over 64 bytes, or characters no address domain holds.
    Invalid,
}

/// Checks an e-mail address (already trimmed). Internationalised addresses
/// (`олена@приклад.укр`) are accepted.
///
/// # Errors
/// [`EmailError`] saying what is wrong.
pub fn check_email(email: &str) -> Result<(), EmailError> {
    if has_invisible(email) {
        return Err(EmailError::InvisibleCharacter);
    }
    if email.chars().count() > MAX_EMAIL_CHARS {
        return Err(EmailError::TooLong);
    }
    let Some((local, domain)) = email.split_once('@') else {
        return Err(EmailError::Invalid);
    };
    let bad_char = |c: char| c.is_whitespace() || c.is_control() || c == '@';
    let ok = !local.is_empty()
        && local.len() <= 64
        && !local.chars().chain(domain.chars()).any(bad_char)
        && domain.contains('.')
        && domain
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-'))
        && !domain.contains(['(', ')', ',', ';', ':', '<', '>', '[', ']', '"', '\\']);
    if ok {
        Ok(())
    } else {
        Err(EmailError::Invalid)
    }
}

#[cfg(test)]
mod tests {
    use super::{check_email, EmailError};

    #[test]
    fn addresses_in_content_and_forms() {
        assert_eq!(
            check_email("vluchtelingenoekraine@borger-odoorn.nl"),
            Ok(())
        );
        assert_eq!(check_email("олена@приклад.укр"), Ok(()));
        for bad in [
            "vluchtelingen oekraine@borger-odoorn.nl",
            "no-at-sign.nl",
            "a@nl",
            "a@.nl",
            "a@nl.",
            "a@-x.nl",
            "a@b@c.nl",
        ] {
            assert_eq!(check_email(bad), Err(EmailError::Invalid), "{bad}");
        }
        // U+2800, the blank Braille pattern, shows as a space: invisible like U+200B.
        for hidden in ["a\u{200B}@b.nl", "a\u{2800}@b.nl"] {
            assert_eq!(
                check_email(hidden),
                Err(EmailError::InvisibleCharacter),
                "{hidden}"
            );
        }
        let long = format!("{}@example.nl", "a".repeat(250));
        assert_eq!(check_email(&long), Err(EmailError::TooLong));
    }
}
