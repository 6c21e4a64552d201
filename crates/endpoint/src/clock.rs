//! Wall-clock time as plain numbers, and the date and timestamp formats we need.

use hulpwijzer_core::date::Date;
use std::time::{SystemTime, UNIX_EPOCH};

const MS_PER_DAY: i64 = 86_400_000;

/// Milliseconds since the Unix epoch (0 if the clock is before 1970).
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// The UTC calendar date at `ms`.
pub fn date_at(ms: i64) -> Date {
    Date::from_days_since_epoch(ms.div_euclid(MS_PER_DAY))
}

/// `ms` as an RFC 3339 UTC timestamp with seconds, e.g. `2026-11-22T09:30:05Z`.
pub fn rfc3339(ms: i64) -> String {
    let secs = ms.rem_euclid(MS_PER_DAY) / 1000;
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        date_at(ms),
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// The cut-off for purging: submissions received before it are older than `days`.
pub fn retention_cutoff(now_ms: i64, days: u32) -> i64 {
    now_ms - i64::from(days) * MS_PER_DAY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_timestamps() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_795_340_405_000), "2026-11-22T09:40:05Z");
        assert_eq!(date_at(-1).to_string(), "1969-12-31");
    }
}
