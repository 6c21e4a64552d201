//! References, export tokens and hashing.

use sha2::{Digest, Sha256};

/// Reference letters: A–Z without I and O (mistaken for 1 and 0).
const LETTERS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
/// Reference digits: 2–9 (no 0 or 1).
const DIGITS: &[u8] = b"23456789";

/// A new random reference such as `KTR-527`: short enough to read out on the phone,
/// without 0/O/1/I. About 7 million values; the store retries on a collision.
///
/// # Errors
/// When the operating system's random source fails.
pub fn new_reference() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 6];
    getrandom::fill(&mut bytes)?;
    let pick = |set: &[u8], b: u8| char::from(set[usize::from(b) % set.len()]);
    let mut out = String::with_capacity(7);
    out.extend(bytes[..3].iter().map(|b| pick(LETTERS, *b)));
    out.push('-');
    out.extend(bytes[3..].iter().map(|b| pick(DIGITS, *b)));
    Ok(out)
}

/// Whether `s` has the shape of a reference (`ABC-234`).
pub fn is_reference(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[..3].iter().all(|c| LETTERS.contains(c))
        && b[3] == b'-'
        && b[4..].iter().all(|c| DIGITS.contains(c))
}

/// A new export token and its id: `(id, token)`. The token is 256 random bits in hex
/// behind a `hwz_` prefix (so secret scanners can spot it); only its hash is stored.
///
/// # Errors
/// When the operating system's random source fails.
pub fn new_token() -> Result<(String, String), getrandom::Error> {
    let mut id = [0u8; 4];
    let mut secret = [0u8; 32];
    getrandom::fill(&mut id)?;
    getrandom::fill(&mut secret)?;
    Ok((format!("tok-{}", hex(&id)), format!("hwz_{}", hex(&secret))))
}

/// Lower-case hex SHA-256 of `text`.
pub fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn references_are_unambiguous() {
        for _ in 0..500 {
            let r = new_reference().unwrap();
            assert!(is_reference(&r), "{r}");
            assert!(!r.contains(['0', 'O', '1', 'I']), "{r}");
        }
        assert!(!is_reference("ABC-123"));
        assert!(!is_reference("abc-234"));
    }

    #[test]
    fn tokens_hash_stably() {
        let (id, token) = new_token().unwrap();
        assert!(id.starts_with("tok-") && token.len() == 68);
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
