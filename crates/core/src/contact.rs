//! The rules for phone numbers, e-mail addresses and postcodes, in one place: the form's
//! checks (app and endpoint) and the content validator's checks of the contact registry
//! and the municipal overrides all call these.

mod email;
mod phone;
mod postcode;

pub use email::{check_email, EmailError, MAX_EMAIL_CHARS};
pub use phone::{
    is_dutch_phone, is_general_phone, is_listed_phone, is_whatsapp, normalise_phone, PhoneError,
};
pub use postcode::parse_postcode;

/// Characters that do not show, or that reorder the text around them: format characters
/// (zero-width spaces and joiners, bidirectional marks, embeddings, overrides and
/// isolates, the byte-order mark, tags), invisible fillers (the Hangul fillers and the
/// blank Braille pattern U+2800, which shows as a space but is none), and control
/// characters other than line breaks and tabs. (The form's note allows the zero-width
/// joiner inside emoji.)
pub fn is_invisible(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// Whether `text` holds a character of [`is_invisible`].
pub fn has_invisible(text: &str) -> bool {
    text.chars().any(is_invisible)
}
