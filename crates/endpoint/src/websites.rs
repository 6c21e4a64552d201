//! The municipalities' websites, from `content/municipalities/municipalities.csv`
//! embedded at compile time: a card proposal's pages must be on its municipality's own
//! website, and only a municipality in that table has a card.

/// The table as built into the binary (`cbs_code,name,province,website`).
const MUNICIPALITIES_CSV: &str = include_str!("../../../content/municipalities/municipalities.csv");

/// The website of the municipality `code` (`https://almere.nl`), if the table lists it.
pub fn website(code: &str) -> Option<String> {
    rows()
        .find(|(c, _)| *c == code)
        .map(|(_, domain)| format!("https://{domain}"))
}

/// Every row as `(code, domain)`: the code is the first field and the domain the last
/// (neither holds a comma; a quoted name in between may).
fn rows() -> impl Iterator<Item = (&'static str, &'static str)> {
    MUNICIPALITIES_CSV.lines().skip(1).filter_map(|line| {
        let (code, rest) = line.split_once(',')?;
        let (_, domain) = rest.rsplit_once(',')?;
        Some((code.trim(), domain.trim()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_municipality_has_its_website() {
        assert_eq!(rows().count(), 342);
        assert!(rows().all(|(code, domain)| code.len() == 6 && domain.contains('.')));
        assert_eq!(website("GM0034").as_deref(), Some("https://almere.nl"));
        // The one name with a comma, in quotes.
        assert_eq!(website("GM0820").as_deref(), Some("https://nuenen.nl"));
        assert_eq!(website("GM9999"), None);
        assert_eq!(website("cbs_code"), None);
    }
}
