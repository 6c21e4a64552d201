//! Dutch postcodes.

/// The four digits of a Dutch postcode typed as `9531`, `9531AB` or `9531 ab`.
pub fn parse_postcode(input: &str) -> Option<u16> {
    let text = input.trim();
    let digits = text.get(..4)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let letters = text.get(4..)?.trim();
    if letters.len() > 2 || !letters.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::parse_postcode;

    #[test]
    fn recognises_postcodes() {
        assert_eq!(parse_postcode("9531"), Some(9531));
        assert_eq!(parse_postcode(" 9531 AB "), Some(9531));
        assert_eq!(parse_postcode("9531ab"), Some(9531));
        assert_eq!(parse_postcode("0000"), Some(0));
        assert_eq!(parse_postcode("95310"), None);
        assert_eq!(parse_postcode("9531 ABC"), None);
        assert_eq!(parse_postcode("953"), None);
        assert_eq!(parse_postcode("9Ї31"), None);
        assert_eq!(parse_postcode("95Ї"), None);
    }
}
