//! Idempotency keys: 128 random bits from `crypto.getRandomValues`, as 32 hex digits.

/// Hex digits of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new random key, or `None` when the browser has no `crypto` (then nothing is sent
/// rather than risking duplicate keys).
pub fn new_key() -> Option<String> {
    let mut bytes = [0u8; 16];
    web_sys::window()?
        .crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut bytes)
        .ok()?;
    // All zeros means the call did nothing.
    bytes.iter().any(|b| *b != 0).then(|| hex(&bytes))
}

#[cfg(test)]
mod tests {
    use super::hex;
    use hulpwijzer_core::form::IDEMPOTENCY_KEY_LEN;

    #[test]
    fn keys_have_the_schema_shape() {
        let key = hex(&[0xab; 16]);
        assert_eq!(key.len(), 32);
        assert!(IDEMPOTENCY_KEY_LEN.contains(&key.len()));
        assert!(key.bytes().all(|b| b.is_ascii_hexdigit()));
    }
}
