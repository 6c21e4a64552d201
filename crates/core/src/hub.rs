//! Ukrainian social hubs ("Oekraïense huiskamers"): places started by citizens where
//! displaced Ukrainians meet, from the WODC report's appendix A.6 (`content/hubs.toml`).
//!
//! Closed hubs stay in the data with status `closed` so that nobody adds them again,
//! but [`Hubs::visible`] and [`Hubs::for_province`] never return them.

use serde::{Deserialize, Serialize};

#[cfg(feature = "load")]
mod load;

#[cfg(feature = "load")]
pub use load::{load_hubs, validate_hubs};

/// Whether a hub still runs, as its source says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HubStatus {
    /// The source says it runs.
    Active,
    /// The source does not know (or does not say) whether it still runs.
    Unclear,
    /// The source says it stopped; never shown.
    Closed,
}

impl HubStatus {
    /// Every status, in declaration order.
    pub const ALL: [HubStatus; 3] = [HubStatus::Active, HubStatus::Unclear, HubStatus::Closed];

    /// The kebab-case id used in the data and in message keys.
    pub fn as_str(self) -> &'static str {
        match self {
            HubStatus::Active => "active",
            HubStatus::Unclear => "unclear",
            HubStatus::Closed => "closed",
        }
    }
}

/// What a hub offers (a closed list, so the app can show each in four languages).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HubOffer {
    /// A place to meet other people.
    Meeting,
    /// Dutch, English or Ukrainian lessons.
    LanguageLessons,
    /// Psychological or psychosocial help.
    PsychologicalHelp,
    /// Legal or socio-legal advice.
    LegalHelp,
    /// Activities or care for children.
    Children,
    /// Cultural events and workshops.
    Culture,
    /// Information about life in the Netherlands; help with questions.
    Information,
    /// Help with finding work.
    Work,
    /// Collecting or handing out goods; aid to Ukraine.
    HumanitarianAid,
    /// A Ukrainian library.
    Library,
    /// A Ukrainian (weekend) school.
    School,
}

impl HubOffer {
    /// Every offer, in declaration order.
    pub const ALL: [HubOffer; 11] = [
        HubOffer::Meeting,
        HubOffer::LanguageLessons,
        HubOffer::PsychologicalHelp,
        HubOffer::LegalHelp,
        HubOffer::Children,
        HubOffer::Culture,
        HubOffer::Information,
        HubOffer::Work,
        HubOffer::HumanitarianAid,
        HubOffer::Library,
        HubOffer::School,
    ];

    /// The kebab-case id used in the data and in message keys.
    pub fn as_str(self) -> &'static str {
        match self {
            HubOffer::Meeting => "meeting",
            HubOffer::LanguageLessons => "language-lessons",
            HubOffer::PsychologicalHelp => "psychological-help",
            HubOffer::LegalHelp => "legal-help",
            HubOffer::Children => "children",
            HubOffer::Culture => "culture",
            HubOffer::Information => "information",
            HubOffer::Work => "work",
            HubOffer::HumanitarianAid => "humanitarian-aid",
            HubOffer::Library => "library",
            HubOffer::School => "school",
        }
    }
}

/// One social hub.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hub {
    /// Kebab-case id, unique.
    pub id: String,
    /// The hub's own name, never translated.
    pub name: String,
    /// The place as the source gives it (`Amsterdam (Sloterdijk)`).
    pub place: String,
    /// CBS code of the municipality the place is in.
    pub municipality: String,
    /// The province of that municipality, as in the municipalities file.
    pub province: String,
    /// Whether it still runs.
    pub status: HubStatus,
    /// What it offers.
    pub offers: Vec<HubOffer>,
    /// The page stating it (https).
    pub source: String,
    /// The day it was last checked against `source`.
    pub checked: crate::check::Check,
}

/// The hubs, with the filters and the ordering the app shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hubs {
    /// Every hub in the data, closed ones included.
    pub all: Vec<Hub>,
}

impl Hubs {
    /// Wraps the hubs as loaded.
    pub fn new(all: Vec<Hub>) -> Self {
        Hubs { all }
    }

    /// Each hub-count variable ([`crate::keys::hub_count_vars`]) with its value: how many
    /// visible hubs there are, and how many of them offer each thing.
    pub fn count_vars(&self) -> Vec<(String, u64)> {
        let visible = self.visible();
        let mut out = vec![(crate::keys::HUBS_TOTAL_VAR.to_owned(), visible.len() as u64)];
        for offer in HubOffer::ALL {
            let n = visible.iter().filter(|h| h.offers.contains(&offer)).count();
            out.push((crate::keys::hub_offer_var(offer), n as u64));
        }
        out
    }

    /// The hubs that may be shown: every hub that is not closed, in data order.
    pub fn visible(&self) -> Vec<&Hub> {
        self.all
            .iter()
            .filter(|h| h.status != HubStatus::Closed)
            .collect()
    }

    /// The visible hubs for someone in `municipality` (a CBS code, if known) in
    /// `province`: that municipality's hubs first, then the rest of the province, then
    /// all others; within each group by province, then place, then name.
    pub fn for_province(&self, province: &str, municipality: Option<&str>) -> Vec<&Hub> {
        fn key<'a>(
            h: &'a Hub,
            province: &str,
            municipality: Option<&str>,
        ) -> (u8, &'a str, &'a str, &'a str) {
            let group = if Some(h.municipality.as_str()) == municipality {
                0
            } else if h.province == province {
                1
            } else {
                2
            };
            (
                group,
                h.province.as_str(),
                h.place.as_str(),
                h.name.as_str(),
            )
        }
        // A stable insertion sort: a few dozen hubs, and much smaller in the wasm than
        // another instance of the standard library's sort.
        let mut hubs: Vec<&Hub> = Vec::new();
        for h in self.visible() {
            let k = key(h, province, municipality);
            let at = hubs.partition_point(|x| key(x, province, municipality) <= k);
            hubs.insert(at, h);
        }
        hubs
    }
}

/// The message naming an offer (`hub-offer-language-lessons`).
pub fn offer_key(offer: HubOffer) -> String {
    format!("hub-offer-{}", offer.as_str())
}

/// The message explaining a status (`hub-status-unclear`); closed hubs are never shown,
/// so `hub-status-closed` is not derived.
pub fn status_key(status: HubStatus) -> String {
    format!("hub-status-{}", status.as_str())
}

/// The keys the hubs imply: `hub-offer-<offer>` for every [`HubOffer`], and
/// `hub-status-active` and `hub-status-unclear`. They do not depend on which hubs
/// exist (`_hubs` is there so that data-driven keys can be added without API change).
pub fn message_keys(_hubs: &[Hub]) -> Vec<String> {
    let mut keys: Vec<String> = HubOffer::ALL.iter().map(|o| offer_key(*o)).collect();
    keys.extend(
        HubStatus::ALL
            .iter()
            .filter(|s| **s != HubStatus::Closed)
            .map(|s| status_key(*s)),
    );
    keys
}

#[cfg(all(test, feature = "load"))]
mod tests;
