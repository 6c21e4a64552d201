//! The files `cargo xtask import-register` writes from the Register van Overheidsorganisaties:
//! `register.csv` (each municipality's general number, town hall and appointment page; not
//! read by the app yet) and `places.csv` (place → municipality, found by the search).

use super::csv::read_csv;
use super::fold::fold;
use super::Municipality;
use crate::validate::Problem;
use std::collections::BTreeSet;
use std::path::Path;

/// The header of `content/municipalities/register.csv`, one row per municipality.
pub const REGISTER_HEADER: &str =
    "cbs_code,general_phone,visiting_address,visiting_postcode,visiting_place,appointment_url,verified";
/// Place names (`place,cbs_code`), written by `cargo xtask import-register`.
pub(crate) const PLACES_CSV: &str = "content/municipalities/places.csv";
/// The header of [`PLACES_CSV`].
pub const PLACES_HEADER: &str = "place,cbs_code";

/// The places as search aliases (`(place, code)`), leaving out a place whose folded name is
/// a municipality's own name or an alias already: a place never shadows a municipality.
/// A place in two municipalities stays with both (the search offers both).
pub(crate) fn read_places(
    root: &Path,
    municipalities: &[Municipality],
    aliases: &[(String, String)],
    problems: &mut Vec<Problem>,
) -> Vec<(String, String)> {
    let rows = match read_csv(root, PLACES_CSV, PLACES_HEADER, 2) {
        Ok(rows) => rows,
        Err(p) => {
            problems.extend(p);
            return Vec::new();
        }
    };
    let known: BTreeSet<&str> = municipalities.iter().map(|m| m.code.as_str()).collect();
    let mut places = Vec::new();
    for (line, fields) in rows {
        let [place, code] = <[String; 2]>::try_from(fields).unwrap_or_default();
        if known.contains(code.as_str()) && !fold(&place).is_empty() {
            places.push((place, code));
        } else {
            let m = format!("line {line}: {place:?} names no known municipality ({code:?})");
            problems.push(Problem::error(PLACES_CSV, m).at(code));
        }
    }
    place_aliases(municipalities, aliases, places)
}

/// [`read_places`] without the file: drops places named like a municipality or an alias.
pub(crate) fn place_aliases(
    municipalities: &[Municipality],
    aliases: &[(String, String)],
    places: Vec<(String, String)>,
) -> Vec<(String, String)> {
    let taken: BTreeSet<String> = municipalities
        .iter()
        .map(|m| fold(&m.name))
        .chain(aliases.iter().map(|(a, _)| fold(a)))
        .collect();
    places
        .into_iter()
        .filter(|(place, _)| !taken.contains(&fold(place)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::place_aliases;
    use crate::municipality::Municipality;

    #[test]
    fn a_place_never_shadows_a_municipality_or_an_alias() {
        let town = |code: &str, name: &str| Municipality {
            code: code.into(),
            name: name.into(),
            province: "Drenthe".into(),
            website: "https://example.nl".into(),
            local: None,
        };
        let municipalities = [
            town("GM1680", "Aa en Hunze"),
            town("GM1681", "Borger-Odoorn"),
        ];
        let aliases = [("Odoorn Dorp".to_owned(), "GM1681".to_owned())];
        let places = [
            ("Gieten", "GM1680"),
            ("Borger Odoorn", "GM1680"),
            ("odoorn dorp", "GM1680"),
            ("Exloo", "GM1681"),
            ("Exloo", "GM1680"),
        ]
        .map(|(p, c)| (p.to_owned(), c.to_owned()))
        .to_vec();
        let kept = place_aliases(&municipalities, &aliases, places);
        let kept: Vec<(&str, &str)> = kept.iter().map(|(p, c)| (p.as_str(), c.as_str())).collect();
        assert_eq!(
            kept,
            [
                ("Gieten", "GM1680"),
                ("Exloo", "GM1681"),
                ("Exloo", "GM1680")
            ]
        );
    }
}
