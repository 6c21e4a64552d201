//! `cargo xtask import-register <gemeenten.csv>`: the export "Gemeenten" of the Register van
//! Overheidsorganisaties (organisaties.overheid.nl, `;`-separated) into
//! `content/municipalities/register.csv` and `places.csv` (see that folder's SOURCES.md).

use hulpwijzer_core::municipality::roo::{
    choose_phone, field, first_of_type, iso_date, normalise_postcode, parse_addresses, place_name,
    visiting_place,
};
use hulpwijzer_core::municipality::{PLACES_HEADER, REGISTER_HEADER};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const ADDRESSES: &str = "Adressen (";
const TOOI: &str = "https://identifier.overheid.nl/tooi/id/gemeente/gm";

/// Quotes a CSV field when it holds a comma or a quote.
fn quoted(field: &str) -> String {
    if field.contains([',', '"']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

/// One register row from the export's columns; an error names what it could not read.
fn register_row(column: &dyn Fn(&str) -> Result<String, String>) -> Result<String, String> {
    let addresses = parse_addresses(&column(ADDRESSES)?)?;
    let visit = first_of_type(&addresses, "Bezoekadres").ok_or("no Bezoekadres")?;
    let street = [
        field(visit, "openbareRuimte").ok_or("Bezoekadres without a street")?,
        field(visit, "huisnummer").ok_or("Bezoekadres without a number")?,
    ]
    .join(" ");
    let street = match field(visit, "toevoeging") {
        Some(t) => format!("{street} {t}"),
        None => street,
    };
    let postcode = field(visit, "postcode")
        .and_then(normalise_postcode)
        .ok_or("Bezoekadres without a postcode")?;
    let place = visiting_place(visit, &addresses).ok_or("Bezoekadres without a place")?;
    let phone = choose_phone(&column("Telefoonnummers ")?).ok_or("no phone number")?;
    let url = column("Online afspraak url")?;
    let url = if url.starts_with("https://") {
        url
    } else {
        String::new()
    };
    let verified = column("Datum ter verificatie")?;
    let verified = iso_date(&verified).ok_or(format!("verified {verified:?} is not dd-mm-yyyy"))?;
    let fields = [phone, street, postcode, place, url, verified];
    Ok(fields
        .iter()
        .map(|f| quoted(f))
        .collect::<Vec<_>>()
        .join(","))
}

/// Reads `export` and writes `register.csv` and `places.csv` under `root`.
fn import(export: &Path, root: &Path) -> Result<(usize, usize), String> {
    let known = fs::read_to_string(root.join("content/municipalities/municipalities.csv"))
        .map_err(|e| format!("municipalities.csv: {e}"))?;
    let known: BTreeSet<String> = known
        .lines()
        .skip(1)
        .filter_map(|l| l.get(..6))
        .map(str::to_owned)
        .collect();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(export)
        .map_err(|e| format!("{}: {e}", export.display()))?;
    let headers = reader
        .headers()
        .map_err(|e| format!("header: {e}"))?
        .clone();
    let mut rows: BTreeMap<String, String> = BTreeMap::new();
    let mut places: BTreeSet<(String, String)> = BTreeSet::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = record.map_err(|e| format!("row {line}: {e}"))?;
        let column = |name: &str| -> Result<String, String> {
            let at = headers
                .iter()
                .position(|h| h.starts_with(name))
                .ok_or(format!("no column {name:?}"))?;
            Ok(record.get(at).unwrap_or_default().trim().to_owned())
        };
        let tooi = column("TOOi URI")?;
        let code = tooi
            .strip_prefix(TOOI)
            .map(|digits| format!("GM{digits}"))
            .filter(|c| known.contains(c))
            .ok_or(format!(
                "row {line}: {tooi:?} names no municipality of municipalities.csv"
            ))?;
        let row = register_row(&column).map_err(|e| format!("row {line} ({code}): {e}"))?;
        for place in column("Bevat plaatsen")?
            .split(", ")
            .filter(|p| !p.is_empty())
        {
            places.insert((place_name(place), code.clone()));
        }
        if rows.insert(code.clone(), row).is_some() {
            return Err(format!("row {line}: {code} is in the export twice"));
        }
    }
    if let Some(missing) = known.iter().find(|c| !rows.contains_key(*c)) {
        return Err(format!("{missing} is not in the export"));
    }
    let register: String = rows
        .iter()
        .map(|(code, row)| format!("{code},{row}\n"))
        .collect();
    let place_lines: String = places
        .iter()
        .map(|(p, c)| format!("{},{c}\n", quoted(p)))
        .collect();
    let dir = root.join("content/municipalities");
    let write = |name: &str, header: &str, body: &str| {
        fs::write(dir.join(name), format!("{header}\n{body}")).map_err(|e| format!("{name}: {e}"))
    };
    write("register.csv", REGISTER_HEADER, &register)?;
    write("places.csv", PLACES_HEADER, &place_lines)?;
    Ok((rows.len(), places.len()))
}

/// `cargo xtask import-register <path to gemeenten.csv>`.
pub fn run(args: &[String]) -> Result<(), String> {
    let [export] = args else {
        return Err(
            "usage: cargo xtask import-register <gemeenten.csv of organisaties.overheid.nl>".into(),
        );
    };
    let (rows, places) = import(Path::new(export), Path::new("."))?;
    println!("register.csv: {rows} municipalities; places.csv: {places} places");
    Ok(())
}
