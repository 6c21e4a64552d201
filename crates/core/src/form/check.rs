//! The validation rules, one small function per kind of field.

use super::errors::codes::*;
use super::{
    normalise_phone, FieldErrors, HostInterest, IDEMPOTENCY_KEY_LEN, MAX_DAYS_AHEAD,
    MAX_EMAIL_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_PLACES, MIN_FILL_MS, MIN_PLACES,
    SCHEMA_VERSION,
};
use crate::date::Date;
use crate::route::is_municipality_code;

/// Checks every field of `form`, taking `today` as the earliest allowed `available_from`.
///
/// # Errors
/// [`FieldErrors`] with every problem found (not just the first), keyed by field name.
pub fn validate(form: &HostInterest, today: Date) -> Result<(), FieldErrors> {
    let mut e = FieldErrors::new();
    if form.schema_version != SCHEMA_VERSION {
        e.add("schema_version", UNSUPPORTED);
    }
    if let Some(code) = person_name(&form.name) {
        e.add("name", code);
    }
    if let Some(code) = place_name(&form.place) {
        e.add("place", code);
    }
    contact(form, &mut e);
    let municipality = form.municipality.trim();
    if municipality.is_empty() {
        e.add("municipality", REQUIRED);
    } else if !is_municipality_code(municipality) {
        e.add("municipality", INVALID);
    }
    for (field, value) in [("capacity", form.capacity), ("rooms", form.rooms)] {
        match value {
            None => e.add(field, REQUIRED),
            Some(n) if !(MIN_PLACES..=MAX_PLACES).contains(&n) => e.add(field, OUT_OF_RANGE),
            Some(_) => {}
        }
    }
    match form.available_from {
        None => e.add("available_from", REQUIRED),
        Some(d) if d < today => e.add("available_from", IN_THE_PAST),
        Some(d) if today.days_until(d) > MAX_DAYS_AHEAD => e.add("available_from", OUT_OF_RANGE),
        Some(_) => {}
    }
    if form.duration.is_none() {
        e.add("duration", REQUIRED);
    }
    let langs = &form.languages;
    if langs.is_empty() {
        e.add("languages", REQUIRED);
    } else if langs
        .iter()
        .enumerate()
        .any(|(i, l)| langs[..i].contains(l))
    {
        e.add("languages", INVALID);
    }
    if let Some(code) = form.note.as_deref().and_then(note) {
        e.add("note", code);
    }
    if !form.consent_contact_now {
        e.add("consent_contact_now", CONSENT_REQUIRED);
    }
    if !form.website.is_empty() {
        e.add("website", INVALID);
    }
    if form.fill_ms < MIN_FILL_MS {
        e.add("fill_ms", TOO_FAST);
    }
    let key = form.idempotency_key.trim();
    if key.is_empty() {
        e.add("idempotency_key", REQUIRED);
    } else if !is_idempotency_key(key) {
        e.add("idempotency_key", INVALID);
    }
    e.into_result()
}

/// Whether `key` is 16–64 characters of `[A-Za-z0-9-]`.
pub(crate) fn is_idempotency_key(key: &str) -> bool {
    IDEMPOTENCY_KEY_LEN.contains(&key.len())
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

fn contact(form: &HostInterest, e: &mut FieldErrors) {
    let (email, phone) = (given(&form.email), given(&form.phone));
    if email.is_none() && phone.is_none() {
        e.add("email", CONTACT_REQUIRED);
        e.add("phone", CONTACT_REQUIRED);
    }
    if let Some(code) = email.and_then(email_problem) {
        e.add("email", code);
    }
    if phone.is_some_and(has_invisible) {
        e.add("phone", INVISIBLE_CHARACTER);
    } else if phone.is_some_and(|p| normalise_phone(p).is_err()) {
        e.add("phone", INVALID);
    }
}

/// Trimmed optional text, `None` when empty.
fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Letters of any script and the combining marks some names are written with.
fn is_letter(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | 'ʼ' | '’' | '‘')
}

/// Characters that do not show, or that reorder the text around them: format characters
/// (zero-width spaces and joiners, bidirectional marks, embeddings, overrides and
/// isolates, the byte-order mark, tags), invisible fillers, and control characters other
/// than line breaks and tabs. (The note allows the zero-width joiner inside emoji.)
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
                | '\u{3164}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// Whether `text` holds a character of [`is_invisible`].
fn has_invisible(text: &str) -> bool {
    text.chars().any(is_invisible)
}

fn text_problem(text: &str, allowed: impl Fn(char) -> bool) -> Option<&'static str> {
    let text = text.trim();
    if has_invisible(text) {
        Some(INVISIBLE_CHARACTER)
    } else if text.is_empty() {
        Some(REQUIRED)
    } else if text.chars().count() > MAX_NAME_CHARS {
        Some(TOO_LONG)
    } else if !text.chars().all(allowed) || !text.chars().any(char::is_alphabetic) {
        Some(INVALID)
    } else {
        None
    }
}

fn person_name(name: &str) -> Option<&'static str> {
    text_problem(name, |c| {
        is_letter(c) || is_apostrophe(c) || matches!(c, ' ' | '-' | '.')
    })
}

/// Place names also have digits and brackets: `'s-Hertogenbosch`, `Bergen (NH)`.
fn place_name(place: &str) -> Option<&'static str> {
    text_problem(place, |c| {
        is_letter(c) || c.is_ascii_digit() || is_apostrophe(c) || " -.(),/".contains(c)
    })
}

fn email_problem(email: &str) -> Option<&'static str> {
    if has_invisible(email) {
        return Some(INVISIBLE_CHARACTER);
    }
    if email.chars().count() > MAX_EMAIL_CHARS {
        return Some(TOO_LONG);
    }
    let Some((local, domain)) = email.split_once('@') else {
        return Some(INVALID);
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
    (!ok).then_some(INVALID)
}

fn note(note: &str) -> Option<&'static str> {
    if note.chars().count() > MAX_NOTE_CHARS {
        Some(TOO_LONG)
    } else if note.chars().any(|c| is_invisible(c) && c != '\u{200D}') {
        Some(INVISIBLE_CHARACTER)
    } else {
        None
    }
}
