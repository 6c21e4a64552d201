//! The validation rules, one small function per kind of field.

use super::{
    Code, Field, FieldErrors, HostInterest, IDEMPOTENCY_KEY_LEN, MAX_DAYS_AHEAD,
    MAX_MARKS_PER_LETTER, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_PLACES, MIN_FILL_MS, MIN_PLACES,
    SCHEMA_VERSION,
};
use crate::contact::{check_email, has_invisible, is_invisible, normalise_phone, EmailError};
use crate::date::Date;
use crate::route::is_municipality_code;

/// Checks every field of `form` as the host types it: `available_from` from `today` up
/// to [`MAX_DAYS_AHEAD`] days ahead.
///
/// # Errors
/// [`FieldErrors`] with every problem found (not just the first), keyed by field.
pub fn validate(form: &HostInterest, today: Date) -> Result<(), FieldErrors> {
    check(form, Some(today))
}

/// Checks every field of `form` as the endpoint receives it: the same rules as
/// [`validate`], except that any `available_from` is taken. An offer can wait on the
/// phone for days before it is sent, so its start date may have passed by then
/// ([`HostInterest::as_received_on`] makes that today); the app has already kept the
/// host to the range while they typed, and a date far ahead harms nobody.
///
/// # Errors
/// [`FieldErrors`] with every problem found, keyed by field.
pub fn validate_received(form: &HostInterest) -> Result<(), FieldErrors> {
    check(form, None)
}

/// The checks, with the start date's range from `today` when there is one.
fn check(form: &HostInterest, today: Option<Date>) -> Result<(), FieldErrors> {
    let mut e = FieldErrors::new();
    if form.schema_version != SCHEMA_VERSION {
        e.add(Field::SchemaVersion, Code::Unsupported);
    }
    if let Some(code) = person_name(&form.name) {
        e.add(Field::Name, code);
    }
    if let Some(code) = place_name(&form.place) {
        e.add(Field::Place, code);
    }
    contact(form, &mut e);
    let municipality = form.municipality.trim();
    if municipality.is_empty() {
        e.add(Field::Municipality, Code::Required);
    } else if !is_municipality_code(municipality) {
        e.add(Field::Municipality, Code::Invalid);
    }
    for (field, value) in [(Field::Capacity, form.capacity), (Field::Rooms, form.rooms)] {
        match value {
            None => e.add(field, Code::Required),
            Some(n) if !(MIN_PLACES..=MAX_PLACES).contains(&n) => e.add(field, Code::OutOfRange),
            Some(_) => {}
        }
    }
    match (form.available_from, today) {
        (None, _) => e.add(Field::AvailableFrom, Code::Required),
        (Some(d), Some(today)) if d < today => e.add(Field::AvailableFrom, Code::InThePast),
        (Some(d), Some(today)) if today.days_until(d) > MAX_DAYS_AHEAD => {
            e.add(Field::AvailableFrom, Code::OutOfRange)
        }
        (Some(_), _) => {}
    }
    if form.duration.is_none() {
        e.add(Field::Duration, Code::Required);
    }
    let langs = &form.languages;
    if langs.is_empty() {
        e.add(Field::Languages, Code::Required);
    } else if langs
        .iter()
        .enumerate()
        .any(|(i, l)| langs[..i].contains(l))
    {
        e.add(Field::Languages, Code::Invalid);
    }
    if let Some(code) = form.note.as_deref().and_then(note) {
        e.add(Field::Note, code);
    }
    if !form.consent_contact_now {
        e.add(Field::ConsentContactNow, Code::ConsentRequired);
    }
    if !form.website.is_empty() {
        e.add(Field::Website, Code::Invalid);
    }
    if form.fill_ms < MIN_FILL_MS {
        e.add(Field::FillMs, Code::TooFast);
    }
    let key = form.idempotency_key.trim();
    if key.is_empty() {
        e.add(Field::IdempotencyKey, Code::Required);
    } else if !is_idempotency_key(key) {
        e.add(Field::IdempotencyKey, Code::Invalid);
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
        e.add(Field::Email, Code::ContactRequired);
        e.add(Field::Phone, Code::ContactRequired);
    }
    if let Some(Err(problem)) = email.map(check_email) {
        e.add(
            Field::Email,
            match problem {
                EmailError::InvisibleCharacter => Code::InvisibleCharacter,
                EmailError::TooLong => Code::TooLong,
                EmailError::Invalid => Code::Invalid,
            },
        );
    }
    if phone.is_some_and(has_invisible) {
        e.add(Field::Phone, Code::InvisibleCharacter);
    } else if phone.is_some_and(|p| normalise_phone(p).is_err()) {
        e.add(Field::Phone, Code::Invalid);
    }
}

/// Trimmed optional text, `None` when empty.
fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Letters of any script and the combining marks some names are written with.
fn is_letter(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

/// A combining diacritical mark (U+0300–U+036F) that is not a letter itself (U+0345,
/// the combining iota, is alphabetic).
fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c) && c != '\u{345}'
}

/// Whether every combining mark follows a character that is not one, with at most
/// [`MAX_MARKS_PER_LETTER`] in a row: Vietnamese needs two on one letter; dozens stacked
/// on one letter cover the lines above and below it on the staff page.
fn marks_in_place(text: &str) -> bool {
    let mut run = None::<usize>;
    for c in text.chars() {
        run = match (is_combining_mark(c), run) {
            (false, _) => Some(0),
            (true, Some(n)) if n < MAX_MARKS_PER_LETTER => Some(n + 1),
            (true, _) => return false,
        };
    }
    true
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | 'ʼ' | '’' | '‘')
}

fn text_problem(given: &str, allowed: impl Fn(char) -> bool) -> Option<Code> {
    let text = given.trim();
    if has_invisible(text) {
        Some(Code::InvisibleCharacter)
    } else if text.is_empty() {
        Some(Code::Required)
    } else if text.chars().count() > MAX_NAME_CHARS {
        Some(Code::TooLong)
    } else if !text.chars().all(allowed)
        || !text.chars().any(char::is_alphabetic)
        // Untrimmed, as the OpenAPI pattern reads it: a space before a mark is its base.
        || !marks_in_place(given)
    {
        Some(Code::Invalid)
    } else {
        None
    }
}

fn person_name(name: &str) -> Option<Code> {
    text_problem(name, |c| {
        is_letter(c) || is_apostrophe(c) || matches!(c, ' ' | '-' | '.')
    })
}

/// Place names also have digits and brackets: `'s-Hertogenbosch`, `Bergen (NH)`.
fn place_name(place: &str) -> Option<Code> {
    text_problem(place, |c| {
        is_letter(c) || c.is_ascii_digit() || is_apostrophe(c) || " -.(),/".contains(c)
    })
}

fn note(note: &str) -> Option<Code> {
    if note.chars().count() > MAX_NOTE_CHARS {
        Some(Code::TooLong)
    } else if note.chars().any(|c| is_invisible(c) && c != '\u{200D}') {
        Some(Code::InvisibleCharacter)
    } else {
        None
    }
}
