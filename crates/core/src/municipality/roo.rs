//! Reading the fields of the Register van Overheidsorganisaties (ROO) export, for
//! `cargo xtask import-register`: the packed address column, the phone numbers, the
//! place names. Pure functions; the importer reads the CSV and writes the content files.

use super::fold::fold;

/// One address of the packed `Adressen (…)` column: its `key: value` pairs in order.
pub type PackedAddress = Vec<(String, String)>;

/// Splits the packed column (`adresType: Bezoekadres, openbareRuimte: …; adresType: …`)
/// into addresses of `key: value` pairs, each starting with `adresType`.
///
/// # Errors
/// Text before the first `adresType`.
pub fn parse_addresses(packed: &str) -> Result<Vec<PackedAddress>, String> {
    let mut out = Vec::new();
    // Each address starts with its type; a value may hold `;` (opening hours in a note).
    let mut chunks = packed.split("adresType: ");
    if chunks
        .next()
        .is_some_and(|before| !before.trim().is_empty())
    {
        return Err(format!("{packed:?} does not start with an adresType"));
    }
    for chunk in chunks {
        let address = chunk.trim().trim_end_matches(';');
        let mut parts = address.split(", ");
        let kind = parts.next().unwrap_or_default().trim().to_owned();
        let mut pairs = vec![("adresType".to_owned(), kind)];
        for pair in parts {
            // A value may hold ", " itself (`terAttentieVan: Vergunningen, Toezicht …`).
            let key_value = pair
                .split_once(": ")
                .filter(|(k, _)| k.bytes().all(|b| b.is_ascii_alphabetic()));
            match (key_value, pairs.last_mut()) {
                (Some((key, value)), _) => pairs.push((key.to_owned(), value.trim().to_owned())),
                (None, Some((_, value))) => *value = format!("{value}, {pair}"),
                (None, None) => {}
            }
        }
        out.push(pairs);
    }
    Ok(out)
}

/// The value of `key` in one address.
pub fn field<'a>(address: &'a PackedAddress, key: &str) -> Option<&'a str> {
    address
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// The first address of type exactly `kind` (`Bezoekadres`, not `Bezoekadres Omgevingsloket`).
pub fn first_of_type<'a>(addresses: &'a [PackedAddress], kind: &str) -> Option<&'a PackedAddress> {
    addresses
        .iter()
        .find(|a| field(a, "adresType") == Some(kind))
}

/// The number labelled `algemeen` in `14 0592, label: algemeen;…`, else the first one;
/// `0140223` or `(014) 013` (14 and the area code written as one number with a leading
/// 0) becomes `14 0223`, `14 013`.
pub fn choose_phone(numbers: &str) -> Option<String> {
    let entries: Vec<(&str, &str)> = numbers
        .split(';')
        .filter_map(|e| {
            let (number, label) = e.split_once(", label: ").unwrap_or((e, ""));
            let number = number.trim();
            (!number.is_empty()).then_some((number, label.trim()))
        })
        .collect();
    let (number, _) = entries
        .iter()
        .find(|(_, label)| *label == "algemeen")
        .or_else(|| entries.first())?;
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let joined_14 = digits.starts_with("0140") && (6..=7).contains(&digits.len());
    Some(match digits.get(3..) {
        Some(area) if joined_14 => format!("14 {area}"),
        _ => (*number).to_owned(),
    })
}

/// `1234AB` or `1234 ab` as `1234 AB`; `None` when it is not a Dutch postcode.
pub fn normalise_postcode(postcode: &str) -> Option<String> {
    let compact: String = postcode.chars().filter(|c| *c != ' ').collect();
    let (digits, letters) = (compact.get(..4)?, compact.get(4..)?);
    let ok = compact.len() == 6
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
        && letters.bytes().all(|b| b.is_ascii_alphabetic());
    ok.then(|| format!("{digits} {}", letters.to_ascii_uppercase()))
}

/// A place of `Bevat plaatsen` as people write it: no province suffix, and the articles
/// `'s` and `'t` in front in lower case (`'T Harde` → `'t Harde`).
pub fn place_name(place: &str) -> String {
    let place = strip_province(place);
    match place.split_once(' ') {
        Some((article @ ("'S" | "'T"), rest)) => format!("{} {rest}", article.to_lowercase()),
        _ => place.to_owned(),
    }
}

/// A place name without the province suffix the register adds (`Spijkerboor DR` →
/// `Spijkerboor`, `EDE GLD` → `EDE`).
pub fn strip_province(place: &str) -> &str {
    const SUFFIXES: [&str; 13] = [
        "DR", "FL", "FR", "GLD", "GN", "LB", "NB", "NH", "OV", "UT", "ZE", "ZH", "ZL",
    ];
    match place.rsplit_once(' ') {
        Some((name, suffix)) if SUFFIXES.contains(&suffix) && !name.is_empty() => name,
        _ => place,
    }
}

/// An upper-case place (`'S-GRAVENHAGE`, `CAPELLE AAN DEN IJSSEL`) in its usual
/// capitalisation: `'s-Gravenhage`, `Capelle aan den IJssel`, `Den Helder`.
pub fn title_case(place: &str) -> String {
    const SMALL: [&str; 12] = [
        "aan", "bij", "de", "den", "der", "en", "het", "in", "op", "ten", "ter", "van",
    ];
    let mut out = String::with_capacity(place.len());
    let mut word = String::new();
    let mut first = true;
    let flush = |word: &mut String, out: &mut String, first: &mut bool| {
        let lower = word.to_lowercase();
        let cased =
            if lower == "'s" || lower == "'t" || (!*first && SMALL.contains(&lower.as_str())) {
                lower
            } else if let Some(rest) = lower.strip_prefix("ij") {
                format!("IJ{rest}")
            } else {
                let mut chars = lower.chars();
                chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            };
        out.push_str(&cased);
        *first = *first && word.is_empty();
        word.clear();
    };
    for c in place.chars() {
        if c == ' ' || c == '-' {
            flush(&mut word, &mut out, &mut first);
            out.push(c);
        } else {
            word.push(c);
        }
    }
    flush(&mut word, &mut out, &mut first);
    out
}

/// The visiting address's place as people write it: the spelling of a `Woo-Adres` of the
/// same place (`Damwâld`, `Bergen (L)`) or of the same postcode, else [`title_case`];
/// without a province suffix either way.
pub fn visiting_place(visit: &PackedAddress, addresses: &[PackedAddress]) -> Option<String> {
    let written = field(visit, "woonplaats")?;
    let stripped = strip_province(written);
    let postcode = field(visit, "postcode").and_then(normalise_postcode);
    let woo = addresses
        .iter()
        .filter(|a| field(a, "adresType") == Some("Woo-Adres"));
    let places: Vec<(&str, Option<String>)> = woo
        .filter_map(|a| {
            let place = field(a, "woonplaats")?;
            let pc = field(a, "postcode").and_then(normalise_postcode);
            (place != place.to_uppercase()).then_some((place, pc))
        })
        .collect();
    let same_name = places
        .iter()
        .find(|(p, _)| fold(p) == fold(written) || fold(p) == fold(stripped));
    let same_postcode = places
        .iter()
        .find(|(_, pc)| pc.is_some() && *pc == postcode);
    let place = match same_name.or(same_postcode) {
        Some((p, _)) => strip_province(p).to_owned(),
        None => title_case(stripped),
    };
    // `Hardinxveld- Giessendam`: a space typed after a hyphen.
    Some(place.replace("- ", "-"))
}

/// `dd-mm-yyyy` as `yyyy-mm-dd`.
pub fn iso_date(day_month_year: &str) -> Option<String> {
    let mut parts = day_month_year.split('-');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let text = format!("{y}-{m}-{d}");
    crate::date::Date::parse(&text).ok().map(|_| text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_packed_address_and_picks_the_visiting_one() {
        let packed = "adresType: Bezoekadres Omgevingsloket, openbareRuimte: X, huisnummer: 9, postcode: 9461 BH, woonplaats: GIETEN;adresType: Bezoekadres, openbareRuimte: Spiekersteeg, huisnummer: 1, postcode: 9461BH, woonplaats: GIETEN, provincieAfkorting: DR;adresType: Postadres, postbus: 93, postcode: 9460 AB, woonplaats: GIETEN;adresType: Woo-Adres, postbus: 93, postcode: 9460 AB, woonplaats: Gieten";
        let addresses = parse_addresses(packed).expect("parses");
        assert_eq!(addresses.len(), 4);
        let visit = first_of_type(&addresses, "Bezoekadres").expect("visit");
        assert_eq!(field(visit, "openbareRuimte"), Some("Spiekersteeg"));
        assert_eq!(
            field(visit, "postcode")
                .and_then(normalise_postcode)
                .as_deref(),
            Some("9461 BH")
        );
        assert_eq!(visiting_place(visit, &addresses).as_deref(), Some("Gieten"));
        assert!(parse_addresses("Bezoekadres, postcode: 1011PN").is_err());
        let held =
            parse_addresses("adresType: Bezoekadres, terAttentieVan: A, B (x), postcode: 1011PN")
                .expect("parses");
        assert_eq!(
            held.first().and_then(|a| field(a, "terAttentieVan")),
            Some("A, B (x)")
        );
        assert_eq!(normalise_postcode("0123 AB"), None);
        assert_eq!(normalise_postcode("12345"), None);
    }

    #[test]
    fn places_keep_their_usual_capitals() {
        for (upper, usual) in [
            ("'S-GRAVENHAGE", "'s-Gravenhage"),
            ("CAPELLE AAN DEN IJSSEL", "Capelle aan den IJssel"),
            ("DEN HELDER", "Den Helder"),
            ("HENDRIK-IDO-AMBACHT", "Hendrik-Ido-Ambacht"),
            ("WIJK BIJ DUURSTEDE", "Wijk bij Duurstede"),
        ] {
            assert_eq!(title_case(upper), usual);
        }
        let addresses = parse_addresses(
            "adresType: Bezoekadres, postcode: 5854 AX, woonplaats: BERGEN L;adresType: Woo-Adres, postcode: 5854AX, woonplaats: Bergen (L)",
        )
        .expect("parses");
        let visit = first_of_type(&addresses, "Bezoekadres").expect("visit");
        assert_eq!(
            visiting_place(visit, &addresses).as_deref(),
            Some("Bergen (L)")
        );
        let addresses =
            parse_addresses("adresType: Bezoekadres, postcode: 6711 AB, woonplaats: EDE GLD")
                .expect("parses");
        let visit = first_of_type(&addresses, "Bezoekadres").expect("visit");
        assert_eq!(visiting_place(visit, &addresses).as_deref(), Some("Ede"));
    }

    #[test]
    fn the_general_number_is_chosen() {
        for (numbers, chosen) in [
            (
                "14 020, label: Omgevingsloket;(020) 1, label: algemeen",
                "(020) 1",
            ),
            ("14 0592, label: x", "14 0592"),
            ("0140223, label: algemeen", "14 0223"),
            ("(014) 013, label: algemeen", "14 013"),
        ] {
            assert_eq!(choose_phone(numbers).as_deref(), Some(chosen), "{numbers}");
        }
        assert_eq!(choose_phone(""), None);
    }

    #[test]
    fn the_province_suffix_is_left_off() {
        assert_eq!(strip_province("Spijkerboor DR"), "Spijkerboor");
        assert_eq!(strip_province("EDE GLD"), "EDE");
        assert_eq!(strip_province("Exloo"), "Exloo");
        assert_eq!(strip_province("Bergen Op Zoom"), "Bergen Op Zoom");
        assert_eq!(place_name("'T Harde"), "'t Harde");
        assert_eq!(place_name("'S Gravenmoer"), "'s Gravenmoer");
        assert_eq!(place_name("Spijkerboor DR"), "Spijkerboor");
        assert_eq!(iso_date("14-04-2026").as_deref(), Some("2026-04-14"));
        assert_eq!(iso_date("31-02-2026"), None);
    }
}
