//! Sealing offers to their municipality's key with [age](https://age-encryption.org)
//! (X25519 recipients, `age1…`): the endpoint can seal but never open, so the database
//! alone reveals no personal data. Staff open the sealed offers with their identity
//! (`AGE-SECRET-KEY-1…`), which never reaches the endpoint.

use age::x25519::Recipient;
use std::str::FromStr;

/// A municipality's public key, checked.
#[derive(Clone, Debug)]
pub struct SealKey {
    recipient: Recipient,
    text: String,
}

/// Why a text is not an age X25519 recipient.
#[derive(Debug, thiserror::Error)]
#[error("not an age X25519 public key (age1…): {0}")]
pub struct BadKey(pub &'static str);

/// Sealing failed (the operating system's random source, in practice).
#[derive(Debug, thiserror::Error)]
#[error("sealing failed: {0}")]
pub struct SealError(String);

impl SealKey {
    /// Parses `age1…`.
    ///
    /// # Errors
    /// [`BadKey`] for anything else (including secret keys, which are refused).
    pub fn parse(text: &str) -> Result<SealKey, BadKey> {
        let text = text.trim();
        let recipient = Recipient::from_str(text).map_err(BadKey)?;
        Ok(SealKey {
            text: recipient.to_string(),
            recipient,
        })
    }

    /// The key as `age1…`.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The fingerprint both sides compare ([`hulpwijzer_core::fingerprint`], the same
    /// function the staff page shows it with): eight groups of four hex digits.
    pub fn fingerprint(&self) -> String {
        hulpwijzer_core::fingerprint::fingerprint(&self.text)
    }

    /// Seals `plaintext` (the binary age format).
    ///
    /// # Errors
    /// [`SealError`] when age fails.
    pub fn seal(&self, plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
        age::encrypt(&self.recipient, plaintext).map_err(|e| SealError(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use age::secrecy::ExposeSecret;
    use age::x25519::Identity;

    #[test]
    fn sealed_offers_open_only_with_their_identity() {
        let staff = Identity::generate();
        let key = SealKey::parse(&staff.to_public().to_string()).unwrap();
        let offer = "{\"name\":\"Олена Коваленко\",\"email\":\"olena@example.nl\"}";
        let sealed = key.seal(offer.as_bytes()).unwrap();
        assert!(!sealed
            .windows("olena@example.nl".len())
            .any(|w| w == b"olena@example.nl"));
        assert_eq!(age::decrypt(&staff, &sealed).unwrap(), offer.as_bytes());
        let stranger = Identity::generate();
        assert!(age::decrypt(&stranger, &sealed).is_err());
        // The identity read back from its text opens it too.
        let text = staff.to_string();
        let again = Identity::from_str(text.expose_secret()).unwrap();
        assert_eq!(age::decrypt(&again, &sealed).unwrap(), offer.as_bytes());
    }

    #[test]
    fn keys_are_checked_and_fingerprinted() {
        let staff = Identity::generate();
        let public = staff.to_public().to_string();
        let key = SealKey::parse(&format!("  {public}\n")).unwrap();
        assert_eq!(key.as_str(), public);
        let fp = key.fingerprint();
        assert_eq!(fp.len(), 39, "{fp}");
        assert_eq!(fp, SealKey::parse(&public).unwrap().fingerprint());
        assert_ne!(
            fp,
            SealKey::parse(&Identity::generate().to_public().to_string())
                .unwrap()
                .fingerprint()
        );
        assert!(SealKey::parse(staff.to_string().expose_secret()).is_err());
        assert!(SealKey::parse("age1notakey").is_err());
        // The vector the core and the browser tests share.
        let (test_key, test_fingerprint) = hulpwijzer_core::fingerprint::TEST_VECTOR;
        assert_eq!(
            SealKey::parse(test_key).unwrap().fingerprint(),
            test_fingerprint
        );
        assert!(SealKey::parse("").is_err());
    }
}
