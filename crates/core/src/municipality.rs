//! The Dutch municipalities, the postcode table and per-municipality overrides:
//! everything needed to make an outcome local to the user's municipality.
//!
//! The data lives in `content/municipalities/` (CBS codes, names, provinces,
//! websites, PC4 → municipality, search aliases) and `content/local/<code>.toml`
//! (checked local contacts). The app embeds a [`Directory`] with postcard.

use serde::{Deserialize, Serialize};

mod fold;
mod search;

#[cfg(feature = "load")]
mod check;
#[cfg(feature = "load")]
mod csv;
#[cfg(feature = "load")]
mod load;
#[cfg(feature = "load")]
mod register;
#[cfg(feature = "load")]
pub mod roo;
#[cfg(feature = "load")]
mod rules;

pub use fold::fold;
pub use search::{SearchResult, MAX_RESULTS};

#[cfg(feature = "load")]
pub(crate) use crate::validate::{check_freshness, check_https};
#[cfg(feature = "load")]
pub use check::validate_local;
#[cfg(feature = "load")]
pub use load::load_directory;
#[cfg(feature = "load")]
pub use register::{PLACES_HEADER, REGISTER_HEADER};
#[cfg(feature = "load")]
pub(crate) use rules::check_message_keys;

/// One municipality as CBS lists it, with what the portal knows locally about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Municipality {
    /// CBS code, `GM` and four digits (`GM0518`).
    pub code: String,
    /// The name exactly as CBS writes it (`'s-Gravenhage`, `Bergen (NH.)`).
    pub name: String,
    /// The province (`Zuid-Holland`, `Fryslân`).
    pub province: String,
    /// The municipality's website, always `https://<domain>`.
    pub website: String,
    /// Checked local contacts from `content/local/<code>.toml`, if any.
    pub local: Option<LocalOverride>,
    /// What the municipality itself keeps in the government's register of organisations
    /// (`content/municipalities/register.csv`), if it has a row there.
    pub register: Option<RegisterEntry>,
}

impl Municipality {
    /// The general municipal number: a checked override's, else the register's.
    pub fn general_phone(&self) -> Option<&str> {
        self.local
            .as_ref()
            .and_then(|l| l.general_phone.as_deref())
            .or_else(|| self.register.as_ref()?.phone.as_deref())
    }

    /// The register's appointment page, unless a checked override's BRP page is the same.
    pub fn register_appointment(&self) -> Option<&str> {
        let url = self.register.as_ref()?.appointment_url.as_deref()?;
        let brp = self
            .local
            .as_ref()
            .and_then(|l| l.brp_appointment_url.as_deref());
        (brp != Some(url)).then_some(url)
    }

    /// Where each of the card's contacts comes from: the checked override's page and the
    /// register, each with how it was checked.
    pub fn provenance(&self) -> Vec<(&str, crate::check::Check)> {
        let local = self.local.as_ref().map(|l| (l.source.as_str(), l.checked));
        let register = self.register.as_ref().map(|r| (REGISTER_SOURCE, r.check()));
        local.into_iter().chain(register).collect()
    }
}

/// The government's register of its organisations (Register van Overheidsorganisaties),
/// where each municipality keeps its own general number, visiting address and appointment page.
pub const REGISTER_SOURCE: &str = "https://organisaties.overheid.nl/";

/// The register's rows, one per municipality (written by `cargo xtask import-register`).
pub const REGISTER_CSV: &str = "content/municipalities/register.csv";

/// One municipality's row of the register, as `cargo xtask import-register` wrote it
/// (`content/municipalities/SOURCES.md` says how).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterEntry {
    /// The general number as the register writes it (`14 0592`, `(0485) 34 83 83`).
    pub phone: Option<String>,
    /// The visiting address in one line (`Grote Markt 1, 9712 HN Groningen`).
    pub address: Option<String>,
    /// The municipality's page for making an appointment (for its services; https).
    pub appointment_url: Option<String>,
    /// The day the municipality last verified its entry in the register.
    pub verified: crate::date::Date,
}

impl RegisterEntry {
    /// The entry's date as a check of its source.
    pub fn check(&self) -> crate::check::Check {
        crate::check::Check {
            method: crate::check::CheckMethod::Register,
            date: Some(self.verified),
        }
    }
}

/// Who an address or number on a municipality's page is for, as that page says; the card
/// labels it so, never more broadly than its source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactFor {
    /// Questions about refugees from Ukraine (a Ukraine desk).
    #[default]
    Ukraine,
    /// Hosts who take in people from Ukraine (to report them or ask questions).
    Hosts,
    /// Anyone: the municipality's general address.
    General,
    /// A regional line for reception (opvang), shared by the municipalities of a region.
    RegionalReception,
    /// Hosts whose guests have run out of money.
    HostsMoneyTrouble,
}

/// What a place on a municipality's page is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlaceKind {
    /// A place for people from Ukraine (a meeting place, an information point, a hub).
    #[default]
    Meeting,
    /// The municipality's walk-in hour (spreekuur without an appointment).
    WalkIn,
}

/// Local contacts for one municipality, each from `source`, last checked on `checked`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalOverride {
    /// E-mail address for questions about refugees from Ukraine (or as `email_for` says).
    pub ukraine_email: Option<String>,
    /// Who `ukraine_email` is for, as the source says.
    pub email_for: ContactFor,
    /// Phone number for questions about refugees from Ukraine (or as `phone_for` says).
    pub ukraine_phone: Option<String>,
    /// Who `ukraine_phone` is for, as the source says.
    pub phone_for: ContactFor,
    /// The general municipal number, 14 + area code (`14 0591`).
    pub general_phone: Option<String>,
    /// The page where one books a BRP registration appointment (https).
    pub brp_appointment_url: Option<String>,
    /// Whether the message [`reception_key`] holds a local note about registration and reception.
    pub reception_note: bool,
    /// The page these contacts come from (https).
    pub source: String,
    /// The day they were last checked against `source`.
    pub checked: crate::check::Check,
    /// Where the municipality arranges living allowance (leefgeld), with its own source.
    pub leefgeld: Option<LocalLeefgeld>,
    /// A place for people from Ukraine that the municipality's page names, with its own source.
    pub meeting_place: Option<LocalPlace>,
}

/// Where the municipality arranges leefgeld: a page, an e-mail address or a phone number
/// (at least one), as the municipality's own `source` page states them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalLeefgeld {
    /// The page where leefgeld is applied for or arranged (https).
    pub url: Option<String>,
    /// The e-mail address for leefgeld.
    pub email: Option<String>,
    /// Who `email` is for, as the source says.
    #[serde(default)]
    pub email_for: ContactFor,
    /// The phone number for leefgeld (a Dutch number).
    pub phone: Option<String>,
    /// The municipality's page that states it (https).
    pub source: String,
    /// How and when `source` was read.
    pub checked: crate::check::Check,
}

/// A place for people from Ukraine (a meeting place, an information point, a hub), with
/// its name and address exactly as the municipality's own `source` page writes them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalPlace {
    /// What it is (a place for people from Ukraine unless the page says otherwise).
    #[serde(default)]
    pub kind: PlaceKind,
    /// Its name as the page writes it (never translated).
    pub name: String,
    /// Its address as the page writes it.
    pub address: String,
    /// Its opening hours as the municipality writes them (never translated).
    // Postcard (the app's embedded directory) cannot skip fields; TOML leaves `None` out.
    #[serde(default)]
    pub hours: Option<String>,
    /// The municipality's page that states it (https).
    pub source: String,
    /// How and when `source` was read.
    pub checked: crate::check::Check,
}

/// All municipalities, the PC4 table and the search aliases, as the app embeds them.
///
/// Built by `load_directory` (feature `load`) or [`Directory::new`]; every lookup
/// tolerates malformed data (it returns nothing rather than panicking).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Directory {
    /// Sorted by code.
    municipalities: Vec<Municipality>,
    /// Runs of consecutive PC4s in one municipality: (first PC4, how many, index into
    /// `municipalities`), sorted by first PC4 and not overlapping. The 4,072 PC4s make
    /// about 1,440 runs, which keeps the embedded table small.
    postcodes: Vec<(u16, u16, u16)>,
    /// (alias as written, index into `municipalities`).
    aliases: Vec<(String, u16)>,
}

impl Directory {
    /// Builds a directory. `postcodes` and `aliases` name municipalities by code;
    /// pairs with an unknown code are dropped (the validator reports them).
    pub fn new(
        mut municipalities: Vec<Municipality>,
        postcodes: &[(u16, String)],
        aliases: &[(String, String)],
    ) -> Self {
        municipalities.sort_by(|a, b| a.code.cmp(&b.code));
        let mut dir = Directory {
            municipalities,
            postcodes: Vec::new(),
            aliases: Vec::new(),
        };
        let mut pcs: Vec<(u16, u16)> = postcodes
            .iter()
            .filter_map(|(pc, code)| Some((*pc, dir.index_of(code)?)))
            .collect();
        pcs.sort_unstable();
        pcs.dedup_by_key(|(pc, _)| *pc);
        for (pc, index) in pcs {
            match dir.postcodes.last_mut() {
                Some((start, len, i))
                    if *i == index && u32::from(*start) + u32::from(*len) == u32::from(pc) =>
                {
                    *len += 1;
                }
                _ => dir.postcodes.push((pc, 1, index)),
            }
        }
        dir.aliases = aliases
            .iter()
            .filter_map(|(alias, code)| Some((alias.clone(), dir.index_of(code)?)))
            .collect();
        dir
    }

    fn index_of(&self, code: &str) -> Option<u16> {
        let i = self
            .municipalities
            .binary_search_by(|m| m.code.as_str().cmp(code))
            .ok()?;
        u16::try_from(i).ok()
    }

    fn at(&self, index: u16) -> Option<&Municipality> {
        self.municipalities.get(usize::from(index))
    }

    /// Every municipality, sorted by CBS code.
    pub fn municipalities(&self) -> &[Municipality] {
        &self.municipalities
    }

    /// The municipality with CBS code `code` (`GM0518`).
    pub fn by_code(&self, code: &str) -> Option<&Municipality> {
        self.index_of(code).and_then(|i| self.at(i))
    }

    /// The municipality holding most addresses of the four-digit postcode `pc4`.
    pub fn by_postcode(&self, pc4: u16) -> Option<&Municipality> {
        let after = self
            .postcodes
            .partition_point(|(start, _, _)| *start <= pc4);
        let (start, len, index) = self.postcodes.get(after.checked_sub(1)?)?;
        let inside = u32::from(pc4) < u32::from(*start) + u32::from(*len);
        inside.then(|| self.at(*index)).flatten()
    }

    /// How many PC4s the table holds.
    pub fn postcode_count(&self) -> usize {
        self.postcodes
            .iter()
            .map(|(_, len, _)| usize::from(*len))
            .sum()
    }

    /// Every search alias with the municipality it finds.
    pub fn aliases(&self) -> impl Iterator<Item = (&str, &Municipality)> {
        self.aliases
            .iter()
            .filter_map(|(a, i)| Some((a.as_str(), self.at(*i)?)))
    }
}

/// The message holding a municipality's local note about registration and reception
/// (`local-gm1681-reception`); it exists when the override says `reception_note = true`.
pub fn reception_key(code: &str) -> String {
    format!("local-{}-reception", code.to_ascii_lowercase())
}

/// Every message key the municipality and hub data imply, for the orphan-key check:
/// `local-<code>-reception` for each override with `reception_note = true`, and the
/// keys of [`crate::hub::message_keys`]. None of these messages receives variables.
pub fn local_message_keys(dir: &Directory, hubs: &[crate::hub::Hub]) -> Vec<String> {
    let mut keys: Vec<String> = dir
        .municipalities
        .iter()
        .filter(|m| m.local.as_ref().is_some_and(|l| l.reception_note))
        .map(|m| reception_key(&m.code))
        .collect();
    keys.extend(crate::hub::message_keys(hubs));
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(all(test, feature = "load"))]
mod tests;
