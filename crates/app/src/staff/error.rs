//! What can go wrong on the staff page, each with its message (Dutch and English).

use crate::platform::age::AgeError;
use crate::{key, Key};

/// An error the staff page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffError {
    /// The passphrase does not open the key file.
    WrongPassphrase,
    /// The chosen file is not a key file.
    NotAKeyFile,
    /// No key file was chosen.
    NoKeyFile,
    /// No token was entered.
    NoToken,
    /// Some or all offers do not open with this key.
    WrongKey,
    /// The endpoint does not know the token (401).
    WrongToken,
    /// The token belongs to another municipality (403).
    OtherMunicipality,
    /// The endpoint does not know this municipality (404).
    UnknownMunicipality,
    /// The endpoint cannot be reached, or this deployment has none.
    Unreachable,
    /// The endpoint answered something else (a server error).
    Server,
    /// The decryption module did not load.
    ModuleUnavailable,
    /// The two passphrases differ.
    PassphraseMismatch,
    /// The passphrase is shorter than [`MIN_PASSPHRASE_CHARS`].
    PassphraseTooShort,
    /// The browser did not save the file.
    NotSaved,
}

/// The shortest passphrase the page accepts for a new key file.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

impl StaffError {
    /// The Fluent key of its message.
    pub fn key(self) -> Key {
        match self {
            StaffError::WrongPassphrase => key!("staff-error-wrong-passphrase"),
            StaffError::NotAKeyFile => key!("staff-error-not-a-key-file"),
            StaffError::NoKeyFile => key!("staff-error-no-key-file"),
            StaffError::NoToken => key!("staff-error-no-token"),
            StaffError::WrongKey => key!("staff-error-wrong-key"),
            StaffError::WrongToken => key!("staff-error-wrong-token"),
            StaffError::OtherMunicipality => key!("staff-error-other-municipality"),
            StaffError::UnknownMunicipality => key!("staff-error-unknown-municipality"),
            StaffError::Unreachable => key!("staff-error-unreachable"),
            StaffError::Server => key!("staff-error-server"),
            StaffError::ModuleUnavailable => key!("staff-error-module"),
            StaffError::PassphraseMismatch => key!("staff-error-passphrase-mismatch"),
            StaffError::PassphraseTooShort => key!("staff-error-passphrase-too-short"),
            StaffError::NotSaved => key!("staff-error-not-saved"),
        }
    }
}

impl From<AgeError> for StaffError {
    fn from(e: AgeError) -> Self {
        match e {
            AgeError::NotAKeyFile => StaffError::NotAKeyFile,
            AgeError::WrongPassphrase => StaffError::WrongPassphrase,
            AgeError::DoesNotOpen => StaffError::WrongKey,
            AgeError::Unavailable => StaffError::ModuleUnavailable,
        }
    }
}
