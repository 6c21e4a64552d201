//! A card given by the municipality ages: a year and a day on, it is shown as possibly out
//! of date, and that day is a day the site is rebuilt.

use crate::check::{Check, CheckMethod};
use crate::date::Date;
use crate::municipality::Directory;

/// A card given by the municipality more than this many days ago is shown as possibly
/// out of date.
pub const GIVEN_STALE_AFTER_DAYS: i64 = 365;

/// The first day a check given by the municipality is shown as possibly out of date; none
/// for other checks.
pub fn turns_stale(check: Check) -> Option<Date> {
    let given = check
        .date
        .filter(|_| check.method == CheckMethod::Municipality)?;
    Some(Date::from_days_since_epoch(
        given.days_since_epoch() + GIVEN_STALE_AFTER_DAYS + 1,
    ))
}

/// Every day on which a municipality's card turns possibly out of date, with its code,
/// sorted: pages change that day, so a bundle built before it is rebuilt (`cargo xtask stale`).
pub fn stale_days(directory: &Directory) -> Vec<(Date, String)> {
    let mut days: Vec<(Date, String)> = directory
        .municipalities()
        .iter()
        .filter_map(|m| Some((m.code.as_str(), m.local.as_ref()?)))
        .flat_map(|(code, l)| {
            let parts = [
                Some(l.checked),
                l.leefgeld.as_ref().map(|g| g.checked),
                l.meeting_place.as_ref().map(|p| p.checked),
            ];
            parts
                .into_iter()
                .flatten()
                .filter_map(turns_stale)
                .map(move |day| (day, code.to_owned()))
        })
        .collect();
    days.sort();
    days.dedup();
    days
}
