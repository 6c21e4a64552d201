//! The size gate of `cargo xtask test`: the brotli sizes of what visitors download may not
//! grow more than [`TOLERANCE_PERCENT`] over the committed baseline (`sizes-baseline.toml`),
//! and stay within the product's budgets ([`Measure::budget`]).
//!
//! `cargo xtask sizes` prints the sizes of the last build against the baseline;
//! `cargo xtask sizes --write` writes the baseline from it: a deliberate change, committed
//! with its reason.

use crate::cmd::root;
use crate::sizes::{BenchPage, Bundle};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// How much a size may grow over its baseline before the gate fails, in percent.
pub const TOLERANCE_PERCENT: usize = 3;

/// What the gate measures, in brotli bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Measure {
    /// The portal's wasm, which every visitor downloads.
    PortalWasm,
    /// The host wasm of the pages with the form.
    HostWasm,
    /// The staff page's wasm.
    StaffWasm,
    /// The stylesheet.
    Stylesheet,
    /// A page's HTML and stylesheet: all that comes before its first paint.
    CriticalPath(BenchPage),
    /// A page's whole first visit: the critical path, the glue, the wasm and the texts.
    FirstVisit(BenchPage),
}

impl Measure {
    /// Every measure, in the order of the baseline file.
    pub fn all() -> Vec<Measure> {
        let pages = BenchPage::ALL;
        let mut out = vec![
            Self::PortalWasm,
            Self::HostWasm,
            Self::StaffWasm,
            Self::Stylesheet,
        ];
        out.extend(pages.map(Self::CriticalPath));
        out.extend(pages.map(Self::FirstVisit));
        out
    }

    /// The measure's key in the baseline file.
    pub fn key(self) -> String {
        match self {
            Self::PortalWasm => "portal-wasm".to_owned(),
            Self::HostWasm => "host-wasm".to_owned(),
            Self::StaffWasm => "staff-wasm".to_owned(),
            Self::Stylesheet => "stylesheet".to_owned(),
            Self::CriticalPath(page) => format!("critical-path-{}", page.name()),
            Self::FirstVisit(page) => format!("first-visit-{}", page.name()),
        }
    }

    /// The product's budget, in brotli bytes, where there is one: nothing but HTML and CSS
    /// before the first paint, 20 KB at most; a whole first visit of a topic's first
    /// question 265 KB at most.
    pub fn budget(self) -> Option<usize> {
        match self {
            Self::CriticalPath(_) => Some(20_000),
            Self::FirstVisit(BenchPage::Question) => Some(265_000),
            Self::FirstVisit(BenchPage::Home | BenchPage::Outcome | BenchPage::Form)
            | Self::PortalWasm
            | Self::HostWasm
            | Self::StaffWasm
            | Self::Stylesheet => None,
        }
    }

    /// Measures it on a built bundle.
    pub fn measure(self, bundle: &Bundle) -> Result<usize, String> {
        let brotli = |path: &Path| crate::sizes::of_file(path).map(|s| s.brotli);
        match self {
            Self::PortalWasm => brotli(&bundle.wasm),
            Self::HostWasm => brotli(&bundle.host_wasm),
            Self::StaffWasm => brotli(&bundle.staff_wasm),
            Self::Stylesheet => brotli(&bundle.css),
            Self::CriticalPath(page) => bundle.critical_path(page),
            Self::FirstVisit(page) => bundle.first_visit(page),
        }
    }
}

/// The committed baseline file.
pub fn baseline_path() -> PathBuf {
    root().join("sizes-baseline.toml")
}

/// Reads a baseline file: one `key = bytes` line per measure.
pub fn parse_baseline(text: &str) -> Result<BTreeMap<String, usize>, String> {
    let table: toml::Table = text
        .parse()
        .map_err(|e| format!("sizes-baseline.toml: {e}"))?;
    table
        .into_iter()
        .map(
            |(key, value)| match value.as_integer().map(usize::try_from) {
                Some(Ok(bytes)) => Ok((key, bytes)),
                _ => Err(format!("sizes-baseline.toml: {key} is not a size in bytes")),
            },
        )
        .collect()
}

/// Writes the baseline file's text for `measured`.
pub fn render_baseline(measured: &[(Measure, usize)]) -> String {
    let mut out = String::from(
        "# Brotli sizes in bytes of what visitors download, measured by `cargo xtask sizes --write`.\n\
         # `cargo xtask test` fails when one grows more than 3 % over its line. Change a line\n\
         # only on purpose, and say why in the commit.\n",
    );
    for (measure, bytes) in measured {
        let _ = writeln!(out, "{} = {bytes}", measure.key());
    }
    out
}

/// What is wrong with `measured` against `baseline` and the budgets; empty when the gate passes.
pub fn problems(measured: &[(Measure, usize)], baseline: &BTreeMap<String, usize>) -> Vec<String> {
    let mut out = Vec::new();
    for &(measure, bytes) in measured {
        let key = measure.key();
        match baseline.get(&key) {
            None => out.push(format!(
                "{key}: {bytes} B has no baseline (cargo xtask sizes --write)"
            )),
            Some(&base) if bytes * 100 > base * (100 + TOLERANCE_PERCENT) => out.push(format!(
                "{key}: {bytes} B is more than {TOLERANCE_PERCENT} % over its baseline of {base} B"
            )),
            Some(_) => {}
        }
        if let Some(budget) = measure.budget().filter(|&budget| bytes > budget) {
            out.push(format!("{key}: {bytes} B is over its budget of {budget} B"));
        }
    }
    let known: Vec<String> = measured.iter().map(|(m, _)| m.key()).collect();
    for key in baseline.keys().filter(|k| !known.contains(k)) {
        out.push(format!("sizes-baseline.toml: {key} is not a measure"));
    }
    out
}

/// Every measure on the bundle in `dist`.
pub fn measure_all(dist: &Path) -> Result<Vec<(Measure, usize)>, String> {
    let bundle = Bundle::find(dist)?;
    Measure::all()
        .into_iter()
        .map(|m| m.measure(&bundle).map(|bytes| (m, bytes)))
        .collect()
}

/// The gate: an error naming every size that grew or is over budget.
pub fn check(dist: &Path) -> Result<(), String> {
    let measured = measure_all(dist)?;
    let text = std::fs::read_to_string(baseline_path())
        .map_err(|e| format!("sizes-baseline.toml: {e}"))?;
    let baseline = parse_baseline(&text)?;
    print_table(&measured, &baseline);
    let found = problems(&measured, &baseline);
    if found.is_empty() {
        Ok(())
    } else {
        Err(format!("size gate:\n  {}", found.join("\n  ")))
    }
}

fn print_table(measured: &[(Measure, usize)], baseline: &BTreeMap<String, usize>) {
    println!("» size gate (brotli bytes; at most {TOLERANCE_PERCENT} % over sizes-baseline.toml)");
    for (measure, bytes) in measured {
        let key = measure.key();
        let base = baseline
            .get(&key)
            .map_or("-".to_owned(), ToString::to_string);
        let budget = measure.budget().map_or("-".to_owned(), |b| b.to_string());
        println!("  {key:<26} {bytes:>8}  baseline {base:>8}  budget {budget:>8}");
    }
}

/// `cargo xtask sizes [--write]` on the bundle the last build left in `dist/`.
pub fn run(args: &[String]) -> Result<(), String> {
    let dist = crate::bundle::dist();
    match args.first().map(String::as_str) {
        None => check(&dist),
        Some("--write") => {
            let measured = measure_all(&dist)?;
            std::fs::write(baseline_path(), render_baseline(&measured))
                .map_err(|e| format!("sizes-baseline.toml: {e}"))?;
            println!("» wrote {}", baseline_path().display());
            Ok(())
        }
        Some(other) => Err(format!("usage: cargo xtask sizes [--write], not {other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Vec<(Measure, usize)> {
        Measure::all().into_iter().map(|m| (m, 10_000)).collect()
    }

    fn baseline_of(measured: &[(Measure, usize)]) -> BTreeMap<String, usize> {
        parse_baseline(&render_baseline(measured)).expect("the rendered baseline parses")
    }

    #[test]
    fn todays_sizes_pass_their_own_baseline() {
        let measured = today();
        assert_eq!(
            problems(&measured, &baseline_of(&measured)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_wasm_that_grows_more_than_three_percent_fails_and_three_percent_passes() {
        let baseline = baseline_of(&today());
        let mut grown = today();
        grown[0].1 = 10_300;
        assert!(problems(&grown, &baseline).is_empty());
        grown[0].1 = 10_301;
        let found = problems(&grown, &baseline);
        assert_eq!(found.len(), 1);
        assert!(found[0].starts_with("portal-wasm:"), "{found:?}");
    }

    #[test]
    fn budgets_hold_whatever_the_baseline_says() {
        let mut measured = today();
        for (measure, bytes) in &mut measured {
            if *measure == Measure::FirstVisit(BenchPage::Question) {
                *bytes = 265_001;
            }
        }
        let found = problems(&measured, &baseline_of(&measured));
        assert_eq!(
            found,
            ["first-visit-question: 265001 B is over its budget of 265000 B"]
        );
    }

    #[test]
    fn a_missing_or_unknown_line_in_the_baseline_fails() {
        let measured = today();
        let mut baseline = baseline_of(&measured);
        baseline.remove("staff-wasm");
        baseline.insert("old-wasm".to_owned(), 1);
        let found = problems(&measured, &baseline);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().any(|p| p.starts_with("staff-wasm:")));
        assert!(found
            .iter()
            .any(|p| p.contains("old-wasm is not a measure")));
    }

    #[test]
    fn the_committed_baseline_names_every_measure_once() {
        let text = std::fs::read_to_string(baseline_path()).expect("sizes-baseline.toml");
        let baseline = parse_baseline(&text).expect("it parses");
        let keys: Vec<String> = Measure::all().into_iter().map(Measure::key).collect();
        assert_eq!(
            baseline.keys().cloned().collect::<Vec<_>>().len(),
            keys.len()
        );
        for key in keys {
            assert!(baseline.contains_key(&key), "{key} is missing");
        }
    }
}
