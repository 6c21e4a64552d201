//! The files `cargo xtask import-register` writes from the Register van Overheidsorganisaties:
//! `register.csv` (each municipality's general number, town hall and appointment page, on
//! its card) and `places.csv` (place → municipality, found by the search).

use super::csv::read_csv;
use super::fold::fold;
use super::{Municipality, RegisterEntry, REGISTER_CSV};
use crate::date::Date;
use crate::validate::Problem;
use std::collections::BTreeSet;
use std::path::Path;

/// The header of [`super::REGISTER_CSV`].
pub const REGISTER_HEADER: &str =
    "cbs_code,general_phone,visiting_address,visiting_postcode,visiting_place,appointment_url,verified";

/// Gives each municipality its register row. A row that names no known municipality, a
/// municipality without a row and a date that is no date are errors; what a row says is
/// checked by [`super::validate_local`].
pub(crate) fn read_register(
    root: &Path,
    municipalities: &mut [Municipality],
    problems: &mut Vec<Problem>,
) {
    let rows = match read_csv(root, REGISTER_CSV, REGISTER_HEADER, 7) {
        Ok(rows) => rows,
        Err(p) => return problems.extend(p),
    };
    for (line, fields) in rows {
        let [code, phone, street, postcode, place, url, verified] =
            <[String; 7]>::try_from(fields).unwrap_or_default();
        let error = |m: String| Problem::error(REGISTER_CSV, format!("line {line}: {m}"));
        let Some(m) = municipalities.iter_mut().find(|m| m.code == code) else {
            problems.push(error(format!("no municipality has code {code:?}")).at(code));
            continue;
        };
        let verified = match Date::parse(&verified) {
            Ok(d) => d,
            Err(e) => {
                problems.push(error(format!("verified: {e}")).at(code));
                continue;
            }
        };
        let some = |s: String| (!s.trim().is_empty()).then_some(s);
        let address = [street, format!("{postcode} {place}").trim().to_owned()]
            .into_iter()
            .filter_map(some)
            .collect::<Vec<_>>()
            .join(", ");
        m.register = Some(RegisterEntry {
            phone: some(phone),
            address: some(address),
            appointment_url: some(url),
            verified,
        });
    }
    for m in municipalities.iter().filter(|m| m.register.is_none()) {
        problems.push(
            Problem::error(REGISTER_CSV, format!("{} ({}) has no row", m.name, m.code))
                .at(m.code.clone()),
        );
    }
}
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
    use crate::check::CheckMethod;
    use crate::date::Date;
    use crate::municipality::check::check_register;
    use crate::municipality::{load_directory, Directory, Municipality, RegisterEntry};
    use std::path::PathBuf;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Every municipality has its row; one without a card of its own gets its number from
    /// the register, and the register's date is the last line of where its card comes from.
    #[test]
    fn every_municipality_has_its_register_row() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        let dir = load_directory(&root).unwrap_or_else(|p| panic!("{p:#?}"));
        assert_eq!(dir.municipalities().len(), 342);
        assert!(dir.municipalities().iter().all(|m| m.register.is_some()));
        let eindhoven = dir.by_code("GM0772").expect("Eindhoven");
        assert!(eindhoven.local.is_none());
        assert_eq!(eindhoven.general_phone(), Some("14 040"));
        let register = eindhoven.register.as_ref().expect("row");
        assert_eq!(
            register.address.as_deref(),
            Some("Stadhuisplein 1, 5611 EM Eindhoven")
        );
        let sources = eindhoven.provenance();
        assert_eq!(sources.len(), 1);
        assert_eq!(sources[0].1.method, CheckMethod::Register);
        assert_eq!(sources[0].1.date, Some(day("2026-04-12")));
        // A municipality with a card: its own page first, then the register.
        let with_card = dir
            .municipalities()
            .iter()
            .find(|m| m.local.is_some())
            .expect("a card");
        let methods: Vec<CheckMethod> = with_card.provenance().iter().map(|p| p.1.method).collect();
        assert_eq!(methods.last(), Some(&CheckMethod::Register));
        assert_eq!(methods.len(), 2);
    }

    fn with_row(row: RegisterEntry) -> Directory {
        let mut town = town("GM0772", "Eindhoven");
        town.register = Some(row);
        Directory::new(vec![town], &[], &[])
    }

    fn row() -> RegisterEntry {
        RegisterEntry {
            phone: Some("14 040".into()),
            address: None,
            appointment_url: Some("https://www.eindhoven.nl/afspraak".into()),
            verified: day("2026-04-12"),
        }
    }

    #[test]
    fn a_register_row_is_checked_like_every_contact() {
        let today = day("2026-12-07");
        let mut problems = Vec::new();
        check_register(&with_row(row()), today, &mut problems);
        assert_eq!(problems, []);
        let broken = RegisterEntry {
            phone: Some("12".into()),
            appointment_url: Some("http://www.eindhoven.nl/afspraak".into()),
            verified: day("2026-12-08"),
            ..row()
        };
        check_register(&with_row(broken), today, &mut problems);
        let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(said.len(), 3, "{said:#?}");
        for (problem, words) in said.iter().zip(["not a Dutch number", "https", "future"]) {
            assert!(problem.contains("register.csv"), "{problem}");
            assert!(problem.contains(words), "{problem}: {words}");
        }
    }

    /// The register's appointment page is left out when the card's BRP page is the same.
    #[test]
    fn the_same_appointment_page_is_shown_once() {
        let mut town = town("GM0772", "Eindhoven");
        town.register = Some(row());
        assert_eq!(
            town.register_appointment(),
            Some("https://www.eindhoven.nl/afspraak")
        );
        town.local = Some(crate::municipality::LocalOverride {
            ukraine_email: None,
            email_for: Default::default(),
            ukraine_phone: None,
            phone_for: Default::default(),
            general_phone: Some("14 0401".into()),
            brp_appointment_url: Some("https://www.eindhoven.nl/afspraak".into()),
            reception_note: false,
            source: "https://www.eindhoven.nl/oekraine".into(),
            checked: crate::check::Check {
                method: CheckMethod::Copy,
                date: None,
            },
            leefgeld: None,
            meeting_place: None,
        });
        assert_eq!(town.register_appointment(), None);
        assert_eq!(
            town.general_phone(),
            Some("14 0401"),
            "the card's number wins"
        );
    }

    fn town(code: &str, name: &str) -> Municipality {
        Municipality {
            code: code.into(),
            name: name.into(),
            province: "Noord-Brabant".into(),
            website: "https://example.nl".into(),
            local: None,
            register: None,
        }
    }

    #[test]
    fn a_place_never_shadows_a_municipality_or_an_alias() {
        let town = |code: &str, name: &str| Municipality {
            code: code.into(),
            name: name.into(),
            province: "Drenthe".into(),
            website: "https://example.nl".into(),
            local: None,
            register: None,
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
