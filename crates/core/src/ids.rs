//! Identifiers: the spine that joins tree data, Fluent keys, URLs and tests.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Whether `s` is a valid id: 1–40 characters of `a-z`, `0-9` and inner single hyphens.
///
/// The same rule keeps ids safe in URL paths and in Fluent message identifiers.
pub fn is_valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self(s)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }
    };
}

id_type!(
    /// Names a tree (`registration`).
    TreeId
);
id_type!(
    /// Names a node within its tree (`has-documents`).
    NodeId
);
id_type!(
    /// Names an option within its question (`yes`).
    OptionId
);
id_type!(
    /// Names a step of an outcome within its tree (`bring-passport`).
    StepId
);
id_type!(
    /// Names something to bring to the desk, within its tree (`passport`).
    ItemId
);
id_type!(
    /// Names a contact in the contact registry (`refugeehelp`).
    ContactId
);
id_type!(
    /// Names a link in the link registry (`refugeehelp-registration`).
    LinkId
);
id_type!(
    /// Names a fact in the fact registry (`tp-end`).
    FactId
);

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn accepts_kebab_case() {
        assert!(is_valid_id("has-documents"));
        assert!(is_valid_id("a1"));
    }

    #[test]
    fn rejects_unsafe_or_ambiguous_ids() {
        for bad in [
            "",
            "Has",
            "a_b",
            "-a",
            "a-",
            "a--b",
            "a/b",
            "ї",
            &"x".repeat(41),
        ] {
            assert!(!is_valid_id(bad), "{bad:?} should be rejected");
        }
    }
}
