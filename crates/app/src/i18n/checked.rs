//! Message keys checked when the app is compiled.
//!
//! The build script lists every message of `locales/` (`$OUT_DIR/message_keys.rs`: in a
//! wasm, only those of the text parts it loads). [`key!`](crate::key) looks its literal up
//! in that list in a constant, which the compiler evaluates in every build, `cargo check`
//! included: a key with no message fails to compile at the line that names it. The list is
//! read only while compiling; no build carries it.

use std::cmp::Ordering;

include!(concat!(env!("OUT_DIR"), "/message_keys.rs"));

/// The key of a message every language has, checked when compiled: written only as
/// [`key!("…")`](crate::key). [`I18n::tr`](crate::I18n::tr) and
/// [`I18n::tr_with`](crate::I18n::tr_with) take it; a key derived at run time from
/// content ids goes to [`I18n::tr_derived`](crate::I18n::tr_derived) instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key(&'static str);

impl Key {
    /// Nothing if a message has `key`, else a panic with `missing`: only ever called by
    /// [`key!`](crate::key) in a constant, where the panic is a compile error.
    #[doc(hidden)]
    pub const fn check(key: &str, missing: &'static str) {
        let key = key.as_bytes();
        // MESSAGE_KEYS is sorted by bytes: a binary search, a dozen steps for 1,200 keys.
        let (mut low, mut high) = (0, MESSAGE_KEYS.len());
        while low < high {
            let middle = (low + high) / 2;
            match compare(MESSAGE_KEYS[middle].as_bytes(), key) {
                Ordering::Less => low = middle + 1,
                Ordering::Greater => high = middle,
                Ordering::Equal => return,
            }
        }
        panic!("{}", missing)
    }

    /// `key`, which [`key!`](crate::key) has checked: only ever called by it.
    #[doc(hidden)]
    #[inline(always)]
    pub const fn checked(key: &'static str) -> Key {
        Key(key)
    }

    /// The key as Fluent names the message.
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

/// `a` against `b`, byte by byte (`Ord` for slices is not `const`).
const fn compare(a: &[u8], b: &[u8]) -> Ordering {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] < b[i] {
            return Ordering::Less;
        }
        if a[i] > b[i] {
            return Ordering::Greater;
        }
        i += 1;
    }
    if a.len() < b.len() {
        Ordering::Less
    } else if a.len() > b.len() {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

/// A message key checked against `locales/` when compiled: `key!("footer-privacy")` is
/// the [`Key`] of that message, and a key no message has (or, in a wasm, one of a text
/// part it never loads) is a compile error at this line:
///
/// ```text
/// error[E0080]: evaluation panicked: no message `footer-privacyy` in locales/ …
/// ```
///
/// The only way to name a message literally: the validator finds these literals in the
/// source (`hulpwijzer_core::load::scan_ui_keys`) to know which messages the app uses.
#[macro_export]
macro_rules! key {
    ($key:literal) => {{
        // A constant item, not a `const { }` block: the compiler evaluates it in every
        // build, also `cargo check` and in code never called. The key itself stays a
        // literal where it is used, as any string in the wasm.
        const _: () = $crate::Key::check(
            $key,
            concat!(
                "no message `",
                $key,
                "` in locales/ (or not in a text part this build loads)"
            ),
        );
        $crate::Key::checked($key)
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_as_the_search_expects() {
        assert!(MESSAGE_KEYS
            .windows(2)
            .all(|w| compare(w[0].as_bytes(), w[1].as_bytes()) == Ordering::Less));
        assert!(MESSAGE_KEYS.contains(&"footer-privacy"));
    }

    #[test]
    #[should_panic(expected = "no such message")]
    fn a_key_no_message_has_is_refused() {
        Key::check("footer-privacyy", "no such message");
    }

    #[test]
    fn a_key_is_found_wherever_it_is_in_the_list() {
        for key in MESSAGE_KEYS {
            Key::check(key, "missing");
        }
    }
}
