//! `cargo xtask stale [DIR]`: whether a built bundle (default `dist/`) still shows today's
//! content. Pages are rendered for the day they were built (`<meta name="hw-date">`); the app
//! switches to the device's day once it runs, but a reader without JavaScript, a search
//! engine and a chat preview see the built day until the site is rebuilt (docs/deploy.md).
//! Fails when content changed after that day (a dated text, or a municipality's own card
//! turning a year old), so a scheduled job can rebuild on it.

use crate::bundle::dist;
use crate::cmd::root;
use hulpwijzer_core::card::stale_days;
use hulpwijzer_core::date::Date;
use hulpwijzer_core::load::{load_catalog, today};
use hulpwijzer_core::municipality::load_directory;
use hulpwijzer_core::time_rules::{changes, first_change_between};
use std::path::PathBuf;

/// The page whose day is read: every page of a bundle is rendered for the same day.
const PAGE: &str = "en/index.html";

/// The day a page was rendered for, from its `<meta name="hw-date" content="YYYY-MM-DD">`.
fn built_for(html: &str) -> Option<Date> {
    const META: &str = r#"<meta name="hw-date" content=""#;
    let start = html.find(META)? + META.len();
    let value = html.get(start..)?.split('"').next()?;
    Date::parse(value).ok()
}

/// Prints the built day and the next change; an error when content changed since the build.
pub fn run(args: &[String]) -> Result<(), String> {
    let dir = args.first().map_or_else(dist, PathBuf::from);
    let page = dir.join(PAGE);
    let html = std::fs::read_to_string(&page)
        .map_err(|e| format!("{}: {e} (build the bundle first)", page.display()))?;
    let built = built_for(&html)
        .ok_or_else(|| format!("{}: no <meta name=\"hw-date\">", page.display()))?;
    let today = today()?.date;
    let catalog = load_catalog(&root()).map_err(|p| format!("content does not load: {p:?}"))?;
    let directory =
        load_directory(&root()).map_err(|p| format!("municipalities do not load: {p:?}"))?;
    // A card the municipality gave itself says "possibly out of date" a year on.
    let cards = stale_days(&directory);
    let card_change = cards
        .iter()
        .map(|(day, _)| *day)
        .find(|d| *d > built && *d <= today);
    let changed = [first_change_between(&catalog, built, today), card_change]
        .into_iter()
        .flatten()
        .min();
    if let Some(changed) = changed {
        return Err(format!(
            "{}: built for {built}, but content changed on {changed}; rebuild it \
             (without JavaScript its pages still show {built})",
            dir.display()
        ));
    }
    println!("{}: built for {built}, current on {today}", dir.display());
    if let Some(next) = changes(&catalog).into_iter().find(|c| c.day > today) {
        println!("next change on {}: {} [{}]", next.day, next.what, next.file);
    }
    if let Some((day, code)) = cards.iter().find(|(day, _)| *day > today) {
        println!("next card to age on {day}: {code} [content/local/{code}.toml]");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::built_for;
    use hulpwijzer_core::date::Date;

    #[test]
    fn reads_the_day_a_page_was_built_for() {
        let html =
            r#"<head><meta charset="utf-8"><meta name="hw-date" content="2027-03-04"></head>"#;
        assert_eq!(built_for(html), Date::parse("2027-03-04").ok());
        assert_eq!(built_for("<head></head>"), None);
        assert_eq!(
            built_for(r#"<meta name="hw-date" content="4 March">"#),
            None
        );
    }
}
