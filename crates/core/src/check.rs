//! How a source was checked, so a page never presents an old copy as a fresh check:
//! users see "checked on <date>" only for [`CheckMethod::Live`], otherwise "from a page of
//! <date>" or "from a document of <date>".

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
}

/// A check of a source: `checked = { method = "copy", date = "2025-07-04" }` in the content files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// How the source was read.
    pub method: CheckMethod,
    /// For a live check the day of the check (required); for a copy or document the date
    /// of the page or document, when it is known.
    pub date: Option<Date>,
}

impl Check {
    /// The UI message that tells users how the source was checked; it receives `$date`
    /// unless the date is unknown.
    pub fn message_key(&self) -> &'static str {
        match (self.method, self.date) {
            (CheckMethod::Live, _) => "checked-on",
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
    fn only_live_checks_age_and_none_fails_on_age_alone() {
        use CheckMethod::*;
        assert_eq!(judge(Live, Some("2026-01-01"), "2026-06-01"), []);
        assert_eq!(
            judge(Live, Some("2026-01-01"), "2030-01-01"),
            [Severity::Warning]
        );
        assert_eq!(judge(Copy, Some("2022-08-18"), "2030-01-01"), []);
        assert_eq!(judge(Document, None, "2030-01-01"), []);
        assert_eq!(judge(Live, None, "2026-06-01"), [Severity::Error]);
        assert_eq!(
            judge(Copy, Some("2026-12-01"), "2026-11-29"),
            [Severity::Error]
        );
    }

    #[test]
    fn users_see_checked_on_only_for_live_checks() {
        let d = Date::parse("2025-07-04").ok();
        let key = |method, date| Check { method, date }.message_key();
        assert_eq!(key(CheckMethod::Live, d), "checked-on");
        assert_eq!(key(CheckMethod::Copy, d), "from-page-of");
        assert_eq!(key(CheckMethod::Copy, None), "from-page-undated");
        assert_eq!(key(CheckMethod::Document, d), "from-document-of");
        assert_eq!(key(CheckMethod::Document, None), "from-document-undated");
    }
}
