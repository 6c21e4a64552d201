//! "Today" for the build, the validator, the tests and `cargo xtask`.

use crate::date::Date;

/// The environment variable that sets "today" for the build, the validator and the tests
/// (`HULPWIJZER_TODAY=2027-03-05`), so a build can be reproduced or previewed.
pub const TODAY_VAR: &str = "HULPWIJZER_TODAY";

/// The date content is judged and pre-rendered against, and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Today {
    /// The date.
    pub date: Date,
    /// Whether it came from [`TODAY_VAR`] (else from the system clock, UTC).
    pub from_env: bool,
}

impl std::fmt::Display for Today {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.from_env {
            write!(f, "{} (from {TODAY_VAR})", self.date)
        } else {
            write!(
                f,
                "{} (the system date; set {TODAY_VAR} to choose)",
                self.date
            )
        }
    }
}

/// "Today": [`TODAY_VAR`] when set, else the system clock (UTC). The one source of the
/// date for the build script, the validator's tests and `cargo xtask`.
///
/// # Errors
/// When [`TODAY_VAR`] is set but is not a `YYYY-MM-DD` date.
pub fn today() -> Result<Today, String> {
    if let Ok(text) = std::env::var(TODAY_VAR) {
        let date = Date::parse(text.trim()).map_err(|e| format!("{TODAY_VAR}: {e}"))?;
        return Ok(Today {
            date,
            from_env: true,
        });
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Ok(Today {
        date: Date::from_days_since_epoch((secs / 86_400) as i64),
        from_env: false,
    })
}
