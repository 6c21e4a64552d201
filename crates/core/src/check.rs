//! How a source was checked, so a page never presents an old copy as a fresh check:
//! users see "checked on <date>" only for [`CheckMethod::Live`], otherwise "from a page of
//! <date>" or "from a document of <date>".

use crate::card::GIVEN_STALE_AFTER_DAYS;
use crate::date::Date;
use serde::{Deserialize, Serialize};

/// How a source was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckMethod {
    /// The live page, on `date`.
    Live,
    /// A stored copy of the page as published (or last updated) on `date`.
    Copy,
    /// A printed document (leaflet, report) of `date`.
    Document,
    /// Given by the municipality itself through its staff page, accepted on `date`
    /// (required); older than [`GIVEN_STALE_AFTER_DAYS`] it is shown as possibly out of date.
    Municipality,
    /// The municipality's own entry in the government's register of organisations, as it
    /// last verified it there on `date` (required); only `register.csv` uses it.
    Register,
}

/// A check of a source: `checked = { method = "copy", date = "2025-07-04" }` in the content files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// How the source was read.
    pub method: CheckMethod,
    /// For a live check the day of the check and for a municipality's card the day it was
    /// accepted (both required); for a copy or document the date of the page or document,
    /// when it is known.
    pub date: Option<Date>,
}

/// Every key [`Check::message_key`] can return, for the validator.
pub const MESSAGE_KEYS: [&str; 8] = [
    "checked-on",
    "given-by-municipality-on",
    "given-by-municipality-stale",
    "from-page-of",
    "from-page-undated",
    "from-document-of",
    "from-document-undated",
    "verified-in-register-on",
];

impl Check {
    /// The UI message that tells users, on `today`, how the source was checked; it
    /// receives `$date` unless the date is unknown.
    pub fn message_key(&self, today: Date) -> &'static str {
        match (self.method, self.date) {
            (CheckMethod::Live, _) => "checked-on",
            // The same day as `card::turns_stale`, without the date arithmetic in the wasm.
            (CheckMethod::Municipality, Some(d))
                if d.days_until(today) > GIVEN_STALE_AFTER_DAYS =>
            {
                "given-by-municipality-stale"
            }
            (CheckMethod::Municipality, _) => "given-by-municipality-on",
            (CheckMethod::Register, _) => "verified-in-register-on",
            (CheckMethod::Copy, Some(_)) => "from-page-of",
            (CheckMethod::Copy, None) => "from-page-undated",
            (CheckMethod::Document, Some(_)) => "from-document-of",
            (CheckMethod::Document, None) => "from-document-undated",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Check, CheckMethod};
    use crate::card::GIVEN_STALE_AFTER_DAYS;
    use crate::date::Date;
    use crate::validate::{check_freshness, Severity};

    fn judge(method: CheckMethod, date: Option<&str>, today: &str) -> Vec<Severity> {
        let check = Check {
            method,
            date: date.map(|d| Date::parse(d).expect("date")),
        };
        let mut problems = Vec::new();
        let today = Date::parse(today).expect("date");
        check_freshness("f", "o", check, today, &mut problems);
        problems.iter().map(|p| p.severity).collect()
    }

    #[test]
    fn live_checks_and_municipality_cards_age_and_none_fails_on_age_alone() {
        use CheckMethod::*;
        assert_eq!(judge(Live, Some("2026-01-01"), "2026-06-01"), []);
        assert_eq!(
            judge(Live, Some("2026-01-01"), "2030-01-01"),
            [Severity::Warning]
        );
        assert_eq!(judge(Copy, Some("2022-08-18"), "2030-01-01"), []);
        assert_eq!(judge(Document, None, "2030-01-01"), []);
        assert_eq!(judge(Live, None, "2026-06-01"), [Severity::Error]);
        assert_eq!(judge(Municipality, None, "2026-06-01"), [Severity::Error]);
        assert_eq!(judge(Municipality, Some("2026-01-01"), "2026-06-01"), []);
        assert_eq!(
            judge(Municipality, Some("2020-01-01"), "2026-06-01"),
            [Severity::Warning]
        );
        assert_eq!(
            judge(Copy, Some("2026-12-01"), "2026-11-29"),
            [Severity::Error]
        );
    }

    #[test]
    fn users_see_checked_on_only_for_live_checks() {
        let d = Date::parse("2025-07-04").ok();
        let today = Date::parse("2025-12-07").expect("date");
        let key = |method, date| Check { method, date }.message_key(today);
        assert_eq!(key(CheckMethod::Live, d), "checked-on");
        assert_eq!(
            key(CheckMethod::Municipality, d),
            "given-by-municipality-on"
        );
        assert_eq!(key(CheckMethod::Copy, d), "from-page-of");
        assert_eq!(key(CheckMethod::Copy, None), "from-page-undated");
        assert_eq!(key(CheckMethod::Document, d), "from-document-of");
        assert_eq!(key(CheckMethod::Document, None), "from-document-undated");
    }

    #[test]
    fn a_card_given_by_the_municipality_is_stale_after_a_year() {
        let given = Date::parse("2026-12-07").expect("date");
        let check = Check {
            method: CheckMethod::Municipality,
            date: Some(given),
        };
        let after = |days: i64| Date::from_days_since_epoch(given.days_since_epoch() + days);
        assert_eq!(
            check.message_key(after(GIVEN_STALE_AFTER_DAYS)),
            "given-by-municipality-on"
        );
        assert_eq!(
            check.message_key(after(GIVEN_STALE_AFTER_DAYS + 1)),
            "given-by-municipality-stale"
        );
    }
}
