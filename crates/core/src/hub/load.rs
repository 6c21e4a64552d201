//! Reading and validating `content/hubs.toml`.

use super::{message_keys, Hub, HubOffer, HubStatus};
use crate::date::Date;
use crate::ids::is_valid_id;
use crate::municipality::{check_freshness, check_https, check_message_keys, Directory};
use crate::validate::{LocaleMessages, Problem};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// The hub file.
pub(crate) const HUBS_TOML: &str = "content/hubs.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HubsFile {
    #[serde(default, rename = "hub")]
    hubs: Vec<HubFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HubFile {
    id: String,
    name: String,
    place: String,
    municipality: String,
    province: String,
    status: HubStatus,
    offers: Vec<HubOffer>,
    source: String,
    checked: crate::check::Check,
    /// For editors only: where in the source, how it was read.
    #[allow(dead_code)]
    note: Option<String>,
}

/// Reads `root/content/hubs.toml` (closed hubs included).
///
/// # Errors
/// The file cannot be read or is not valid hub TOML (unknown offers and statuses included).
pub fn load_hubs(root: &Path) -> Result<Vec<Hub>, Vec<Problem>> {
    let text = fs::read_to_string(root.join(HUBS_TOML))
        .map_err(|e| vec![Problem::error(HUBS_TOML, format!("cannot read: {e}"))])?;
    let file: HubsFile = toml::from_str(&text).map_err(|e| {
        vec![Problem::error(
            HUBS_TOML,
            format!("invalid TOML: {}", e.message()),
        )]
    })?;
    Ok(file
        .hubs
        .into_iter()
        .map(|h| Hub {
            id: h.id,
            name: h.name,
            place: h.place,
            municipality: h.municipality,
            province: h.province,
            status: h.status,
            offers: h.offers,
            source: h.source,
            checked: h.checked,
        })
        .collect())
}

/// Checks the hubs: ids kebab-case and unique; name and place given; the municipality
/// exists and the province is its province; at least one offer, none twice; source
/// https and freshly checked; and every `hub-offer-*` and `hub-status-*` message in
/// all four locales without variables.
pub fn validate_hubs(
    hubs: &[Hub],
    dir: &Directory,
    locales: &[LocaleMessages],
    today: Date,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut ids = BTreeSet::new();
    for h in hubs {
        let owner = format!("hub {}", h.id);
        let err = |m: String| Problem::error(HUBS_TOML, m).at(owner.as_str());
        if !is_valid_id(&h.id) {
            problems.push(err(format!(
                "id {:?} must be kebab-case a-z, 0-9 (≤ 40)",
                h.id
            )));
        }
        if !ids.insert(h.id.as_str()) {
            problems.push(err("duplicate hub id".into()));
        }
        if h.name.trim().is_empty() || h.place.trim().is_empty() {
            problems.push(err("name and place must not be empty".into()));
        }
        match dir.by_code(&h.municipality) {
            None => problems.push(err(format!(
                "no municipality has code {:?}",
                h.municipality
            ))),
            Some(m) if m.province != h.province => problems.push(err(format!(
                "province {:?} is not {}'s province ({})",
                h.province, m.name, m.province
            ))),
            Some(_) => {}
        }
        let distinct: BTreeSet<_> = h.offers.iter().collect();
        if h.offers.is_empty() || distinct.len() != h.offers.len() {
            problems.push(err("list at least one offer, each once".into()));
        }
        check_https(HUBS_TOML, &owner, "source", &h.source, &mut problems);
        check_freshness(HUBS_TOML, &owner, h.checked, today, &mut problems);
    }
    check_message_keys(
        &message_keys(hubs),
        HUBS_TOML,
        "hub messages",
        locales,
        &mut problems,
    );
    problems.sort();
    problems.dedup();
    problems
}
