//! The Fluent key of every field/code pair the core can report, written out so the
//! content validator sees each one (a key missing from a language fails the build).

use crate::text::ui_key;

/// Every (field, code, message key) the core can report. A table searched in order:
/// much smaller in the wasm than a `match` on string pairs.
const KEYS: &[(&str, &str, &str)] = &[
    (
        "schema_version",
        "unsupported",
        ui_key("form-error-schema-version-unsupported"),
    ),
    (
        "schema_version",
        "invalid",
        ui_key("form-error-schema-version-invalid"),
    ),
    ("name", "required", ui_key("form-error-name-required")),
    ("name", "too-long", ui_key("form-error-name-too-long")),
    ("name", "invalid", ui_key("form-error-name-invalid")),
    (
        "name",
        "invisible-character",
        ui_key("form-error-name-invisible-character"),
    ),
    ("email", "too-long", ui_key("form-error-email-too-long")),
    ("email", "invalid", ui_key("form-error-email-invalid")),
    (
        "email",
        "invisible-character",
        ui_key("form-error-email-invisible-character"),
    ),
    (
        "email",
        "contact-required",
        ui_key("form-error-email-contact-required"),
    ),
    ("phone", "invalid", ui_key("form-error-phone-invalid")),
    (
        "phone",
        "invisible-character",
        ui_key("form-error-phone-invisible-character"),
    ),
    (
        "phone",
        "contact-required",
        ui_key("form-error-phone-contact-required"),
    ),
    (
        "municipality",
        "required",
        ui_key("form-error-municipality-required"),
    ),
    (
        "municipality",
        "invalid",
        ui_key("form-error-municipality-invalid"),
    ),
    ("place", "required", ui_key("form-error-place-required")),
    ("place", "too-long", ui_key("form-error-place-too-long")),
    ("place", "invalid", ui_key("form-error-place-invalid")),
    (
        "place",
        "invisible-character",
        ui_key("form-error-place-invisible-character"),
    ),
    (
        "capacity",
        "required",
        ui_key("form-error-capacity-required"),
    ),
    (
        "capacity",
        "out-of-range",
        ui_key("form-error-capacity-out-of-range"),
    ),
    ("capacity", "invalid", ui_key("form-error-capacity-invalid")),
    ("rooms", "required", ui_key("form-error-rooms-required")),
    (
        "rooms",
        "out-of-range",
        ui_key("form-error-rooms-out-of-range"),
    ),
    ("rooms", "invalid", ui_key("form-error-rooms-invalid")),
    (
        "separate_room_with_door",
        "invalid",
        ui_key("form-error-separate-room-with-door-invalid"),
    ),
    (
        "pets_accepted",
        "invalid",
        ui_key("form-error-pets-accepted-invalid"),
    ),
    (
        "stairs_or_bunk_beds_only",
        "invalid",
        ui_key("form-error-stairs-or-bunk-beds-only-invalid"),
    ),
    (
        "remote_location_own_transport_needed",
        "invalid",
        ui_key("form-error-remote-location-own-transport-needed-invalid"),
    ),
    (
        "available_from",
        "required",
        ui_key("form-error-available-from-required"),
    ),
    (
        "available_from",
        "invalid",
        ui_key("form-error-available-from-invalid"),
    ),
    (
        "available_from",
        "in-the-past",
        ui_key("form-error-available-from-in-the-past"),
    ),
    (
        "available_from",
        "out-of-range",
        ui_key("form-error-available-from-out-of-range"),
    ),
    (
        "duration",
        "required",
        ui_key("form-error-duration-required"),
    ),
    ("duration", "invalid", ui_key("form-error-duration-invalid")),
    (
        "languages",
        "required",
        ui_key("form-error-languages-required"),
    ),
    (
        "languages",
        "invalid",
        ui_key("form-error-languages-invalid"),
    ),
    ("note", "too-long", ui_key("form-error-note-too-long")),
    ("note", "invalid", ui_key("form-error-note-invalid")),
    (
        "note",
        "invisible-character",
        ui_key("form-error-note-invisible-character"),
    ),
    (
        "consent_contact_now",
        "consent-required",
        ui_key("form-error-consent-contact-now-consent-required"),
    ),
    (
        "consent_contact_now",
        "invalid",
        ui_key("form-error-consent-contact-now-invalid"),
    ),
    (
        "consent_keep_for_future",
        "invalid",
        ui_key("form-error-consent-keep-for-future-invalid"),
    ),
    ("website", "invalid", ui_key("form-error-website-invalid")),
    ("fill_ms", "too-fast", ui_key("form-error-fill-ms-too-fast")),
    ("fill_ms", "invalid", ui_key("form-error-fill-ms-invalid")),
    (
        "idempotency_key",
        "required",
        ui_key("form-error-idempotency-key-required"),
    ),
    (
        "idempotency_key",
        "invalid",
        ui_key("form-error-idempotency-key-invalid"),
    ),
    ("form", "malformed", ui_key("form-error-form-malformed")),
];

/// The message key for `code` on `field`; [`GENERIC`] for a pair this build does not know.
pub fn error_key(field: &str, code: &str) -> &'static str {
    KEYS.iter()
        .find(|(f, c, _)| *f == field && *c == code)
        .map_or(GENERIC, |(_, _, key)| key)
}

/// Shown for an error code this build does not know yet.
pub const GENERIC: &str = ui_key("form-error-generic");

#[cfg(test)]
mod tests {
    use super::*;
    use hulpwijzer_core::form::{codes_for, message_key, FIELDS};

    #[test]
    fn every_core_pair_has_its_key() {
        for field in FIELDS {
            assert!(!codes_for(field).is_empty(), "{field}");
            for code in codes_for(field) {
                assert_eq!(
                    error_key(field, code),
                    message_key(field, code),
                    "{field} {code}"
                );
            }
        }
    }

    #[test]
    fn unknown_pairs_fall_back() {
        assert_eq!(error_key("name", "sparkly"), GENERIC);
    }
}
