//! Reading `content/municipalities/` and `content/local/` from disk.

use super::csv::read_csv;
use super::{Directory, LocalOverride, Municipality};
use crate::route::is_municipality_code;
use crate::validate::Problem;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The municipalities (`cbs_code,name,province,website`).
pub(crate) const MUNICIPALITIES_CSV: &str = "content/municipalities/municipalities.csv";
/// The PC4 table (`pc4,cbs_code`).
pub(crate) const PC4_CSV: &str = "content/municipalities/pc4.csv";
/// Search aliases: `GM0518 = ["Den Haag", "The Hague"]`.
pub(crate) const ALIASES_TOML: &str = "content/municipalities/aliases.toml";
/// One override per municipality: `content/local/<code>.toml`.
pub(crate) const LOCAL_DIR: &str = "content/local";

/// One `content/local/<code>.toml` file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LocalFile {
    pub ukraine_email: Option<String>,
    #[serde(default)]
    pub email_for: super::ContactFor,
    pub ukraine_phone: Option<String>,
    #[serde(default)]
    pub phone_for: super::ContactFor,
    pub general_phone: Option<String>,
    pub brp_appointment_url: Option<String>,
    #[serde(default)]
    pub reception_note: bool,
    pub source: String,
    pub checked: crate::check::Check,
    pub leefgeld: Option<super::LocalLeefgeld>,
    pub meeting_place: Option<super::LocalPlace>,
    /// For editors only: where exactly, how it was checked.
    #[allow(dead_code)]
    pub note: Option<String>,
}

fn is_domain(domain: &str) -> bool {
    domain.contains('.')
        && !domain.starts_with("www.")
        && domain
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
}

fn read_municipalities(root: &Path, problems: &mut Vec<Problem>) -> Vec<Municipality> {
    let rows = match read_csv(
        root,
        MUNICIPALITIES_CSV,
        "cbs_code,name,province,website",
        4,
    ) {
        Ok(rows) => rows,
        Err(p) => {
            problems.extend(p);
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for (line, fields) in rows {
        let [code, name, province, domain] = <[String; 4]>::try_from(fields).unwrap_or_default();
        let err = |m: String| {
            Problem::error(MUNICIPALITIES_CSV, format!("line {line}: {m}")).at(code.clone())
        };
        if !is_municipality_code(&code) {
            problems.push(err(format!(
                "{code:?} is not a CBS code (GM and four digits)"
            )));
        } else if name.trim().is_empty() || province.trim().is_empty() {
            problems.push(err("name and province must not be empty".into()));
        } else if !is_domain(&domain) {
            problems.push(err(format!(
                "website {domain:?} must be a bare domain (no https://, no www.)"
            )));
        } else {
            let website = format!("https://{domain}");
            out.push(Municipality {
                code,
                name,
                province,
                website,
                local: None,
                register: None,
            });
        }
    }
    out
}

fn read_postcodes(
    root: &Path,
    known: &BTreeMap<String, ()>,
    problems: &mut Vec<Problem>,
) -> Vec<(u16, String)> {
    let rows = match read_csv(root, PC4_CSV, "pc4,cbs_code", 2) {
        Ok(rows) => rows,
        Err(p) => {
            problems.extend(p);
            return Vec::new();
        }
    };
    let mut out: Vec<(u16, String)> = Vec::new();
    for (line, fields) in rows {
        let [pc4, code] = <[String; 2]>::try_from(fields).unwrap_or_default();
        let number = pc4
            .parse::<u16>()
            .ok()
            .filter(|n| pc4.len() == 4 && (1000..=9999).contains(n));
        match number {
            None => problems.push(Problem::error(
                PC4_CSV,
                format!("line {line}: {pc4:?} is not a PC4 (1000–9999)"),
            )),
            Some(_) if !known.contains_key(&code) => problems.push(Problem::error(
                PC4_CSV,
                format!("line {line}: unknown municipality {code:?}"),
            )),
            Some(n) => out.push((n, code)),
        }
    }
    out.sort();
    for pair in out.windows(2) {
        if let [a, b] = pair {
            if a.0 == b.0 {
                problems.push(Problem::error(
                    PC4_CSV,
                    format!("PC4 {} is listed twice", a.0),
                ));
            }
        }
    }
    out
}

/// The alias file as written: code → aliases.
pub(crate) fn read_aliases(root: &Path) -> Result<BTreeMap<String, Vec<String>>, Problem> {
    let path = root.join(ALIASES_TOML);
    if !path.exists() {
        return Ok(BTreeMap::new());
    }
    let text = fs::read_to_string(&path)
        .map_err(|e| Problem::error(ALIASES_TOML, format!("cannot read: {e}")))?;
    toml::from_str(&text)
        .map_err(|e| Problem::error(ALIASES_TOML, format!("invalid TOML: {}", e.message())))
}

/// The override files, sorted: (path shown in problems, file stem, path).
pub(crate) fn local_files(root: &Path) -> Vec<(String, String, PathBuf)> {
    let mut files: Vec<(String, String, PathBuf)> = fs::read_dir(root.join(LOCAL_DIR))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            let stem = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            (format!("{LOCAL_DIR}/{stem}.toml"), stem, p)
        })
        .collect();
    files.sort();
    files
}

/// Reads one override file.
pub(crate) fn read_local(file: &str, path: &Path) -> Result<LocalFile, Problem> {
    let text =
        fs::read_to_string(path).map_err(|e| Problem::error(file, format!("cannot read: {e}")))?;
    toml::from_str(&text)
        .map_err(|e| Problem::error(file, format!("invalid TOML: {}", e.message())))
}

/// Reads the municipalities, the PC4 table, the aliases, the place names (as more aliases)
/// and the overrides under `root`.
///
/// Aliases and overrides naming an unknown code are left out here and reported by
/// [`super::validate_local`].
///
/// # Errors
/// Files that cannot be read or parsed, malformed rows, and PC4s of unknown municipalities.
pub fn load_directory(root: &Path) -> Result<Directory, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut municipalities = read_municipalities(root, &mut problems);
    let known: BTreeMap<String, ()> = municipalities
        .iter()
        .map(|m| (m.code.clone(), ()))
        .collect();
    let postcodes = read_postcodes(root, &known, &mut problems);
    let aliases: Vec<(String, String)> = match read_aliases(root) {
        Ok(map) => map
            .into_iter()
            .flat_map(|(code, list)| list.into_iter().map(move |a| (a, code.clone())))
            .collect(),
        Err(p) => {
            problems.push(p);
            Vec::new()
        }
    };
    super::register::read_register(root, &mut municipalities, &mut problems);
    let places = super::register::read_places(root, &municipalities, &aliases, &mut problems);
    let aliases: Vec<(String, String)> = aliases.into_iter().chain(places).collect();
    for (file, code, path) in local_files(root) {
        match read_local(&file, &path) {
            Ok(l) => {
                if let Some(m) = municipalities.iter_mut().find(|m| m.code == code) {
                    m.local = Some(LocalOverride {
                        ukraine_email: l.ukraine_email,
                        email_for: l.email_for,
                        ukraine_phone: l.ukraine_phone,
                        phone_for: l.phone_for,
                        general_phone: l.general_phone,
                        brp_appointment_url: l.brp_appointment_url,
                        reception_note: l.reception_note,
                        source: l.source,
                        checked: l.checked,
                        leefgeld: l.leefgeld,
                        meeting_place: l.meeting_place,
                    });
                }
            }
            Err(p) => problems.push(p),
        }
    }
    if problems.is_empty() {
        Ok(Directory::new(municipalities, &postcodes, &aliases))
    } else {
        Err(problems)
    }
}
