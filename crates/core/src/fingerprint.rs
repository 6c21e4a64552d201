//! The fingerprint of a municipality's public key (`age1…`), which the operator (from
//! `hulpwijzer-endpoint register`) and the municipality's staff (from the staff page)
//! compare, by phone, before offers are sealed to it: the first 16 bytes of the SHA-256
//! of the key text, as eight groups of four hex digits (`3f1c 2a9e …`).

use sha2::{Digest, Sha256};

/// The fingerprint of `public_key` (surrounding white space ignored).
pub fn fingerprint(public_key: &str) -> String {
    let digest = Sha256::digest(public_key.trim().as_bytes());
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    hex.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A key and its fingerprint that the endpoint's tests and the browser tests check too
/// (the public test key of `xtask/src/endpoint.rs`).
pub const TEST_VECTOR: (&str, &str) = (
    "age1le90qmv6fgy820gd97xwalgctmlts59e5lcf6avzjmuvcx3xmv3sftuk0y",
    "6c62 8083 5952 a944 3133 99a7 676b f9cf",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_test_key_has_its_known_fingerprint() {
        let (key, expected) = TEST_VECTOR;
        assert_eq!(fingerprint(key), expected);
        assert_eq!(fingerprint(&format!("  {key}\n")), expected);
        assert_eq!(expected.len(), 39);
    }
}
