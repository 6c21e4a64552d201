//! Content figures for `cargo xtask bench`: how much the portal signposts, how fresh it
//! is, and how many bytes the content adds to the wasm and to the text downloads.

use crate::bundle::{brotli_bytes, dist, files_with};
use crate::cmd::root;
use hulpwijzer_core::check::CheckMethod;
use hulpwijzer_core::glossary::check_glossary;
use hulpwijzer_core::load::{check_project, load_glossary, load_locales, today};
use hulpwijzer_core::model::Node;
use hulpwijzer_core::time_rules::changes;

fn size(bytes: &[u8]) -> Result<String, String> {
    Ok(format!(
        "{} raw / {} br",
        bytes.len(),
        brotli_bytes(bytes)?.len()
    ))
}

/// Prints the content figures as a Markdown table.
pub fn run() -> Result<(), String> {
    let project = check_project(&root(), today()?.date)
        .map_err(|p| format!("content does not load: {} problems", p.len()))?;
    let c = &project.catalog;
    let count = |outcome: bool| {
        c.trees
            .iter()
            .flat_map(|t| &t.nodes)
            .filter(|n| matches!(n, Node::Outcome(_)) == outcome)
            .count()
    };
    // Every source (facts, contacts, links, hubs, municipalities' own pages), as the
    // content report lists them.
    let all = crate::content_report::sources(&project);
    let by_method = |facts_only: bool, m: CheckMethod| {
        all.iter()
            .filter(|s| s.how == m && (!facts_only || s.owner.starts_with("fact ")))
            .count()
    };
    let methods = |facts_only: bool| {
        format!(
            "{} live / {} copy / {} document",
            by_method(facts_only, CheckMethod::Live),
            by_method(facts_only, CheckMethod::Copy),
            by_method(facts_only, CheckMethod::Document)
        )
    };
    let undated = all.iter().filter(|s| s.date.is_none()).count();
    let oldest = all
        .iter()
        .filter(|s| s.date.is_some())
        .min_by_key(|s| s.date)
        .map(|s| {
            format!(
                "{} ({})",
                s.date.map(|d| d.to_string()).unwrap_or_default(),
                s.owner
            )
        })
        .unwrap_or_default();
    // Days on which what the portal shows changes, within 180 days of today.
    let day = today()?.date;
    let soon: Vec<String> = changes(c)
        .into_iter()
        .filter(|ch| (0..=180).contains(&day.days_until(ch.day)))
        .map(|ch| format!("{}: {}", ch.day, ch.what))
        .collect();
    let mut soon_days: Vec<String> = soon
        .iter()
        .filter_map(|s| s.split(':').next().map(str::to_owned))
        .collect();
    soon_days.dedup();
    // The glossary check on every text (0 when the build passes).
    let glossary = load_glossary(&root()).map_err(|p| p.to_string())?;
    let (locales, _) = load_locales(&root());
    let violations = check_glossary(&glossary, &locales).len();
    let local = project
        .directory
        .municipalities()
        .iter()
        .filter(|m| m.local.is_some())
        .map(|m| m.name.clone())
        .collect::<Vec<_>>();
    let embedded = postcard_size(&project.catalog)?
        + &format!(
            " (trees, registries); hubs {}",
            postcard_size(&project.hubs)?
        );
    let directory = files_with(&dist().join("data"), &["bin"])
        .into_iter()
        .next()
        .ok_or("no directory file in dist")?;
    let directory = size(&std::fs::read(directory).map_err(|e| e.to_string())?)?;
    println!("\n| content | figure |\n|---|---:|");
    println!("| trees | {} |", c.trees.len());
    println!("| questions | {} |", count(false));
    println!("| outcomes | {} |", count(true));
    println!(
        "| facts / contacts / links | {} / {} / {} |",
        c.facts.len(),
        c.contacts.len(),
        c.links.len()
    );
    println!(
        "| municipalities / with local details | {} / {} ({}) |",
        project.directory.municipalities().len(),
        local.len(),
        local.join(", ")
    );
    println!(
        "| social hubs (shown) | {} ({}) |",
        project.hubs.all.len(),
        project.hubs.visible().len()
    );
    println!("| facts by check method | {} |", methods(true));
    println!("| all sources by check method | {} |", methods(false));
    println!("| oldest dated source (undated: {undated}) | {oldest} |");
    println!(
        "| content changes in the next 180 days (from {day}) | {} on {} ({}) |",
        soon.len(),
        if soon_days.len() == 1 {
            "1 day".to_owned()
        } else {
            format!("{} days", soon_days.len())
        },
        soon_days.join(", ")
    );
    println!("| glossary violations | {violations} |");
    println!("| content embedded in the wasm | {embedded} |");
    println!("| municipality table (fetched on local pages) | {directory} |");
    for locale in hulpwijzer_core::LOCALES {
        let prefix = format!("{locale}-");
        let total: usize = files_with(&dist().join("locales"), &["ftl"])
            .iter()
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
            })
            .map(|p| std::fs::read(p).map(|b| b.len()).unwrap_or(0))
            .sum();
        println!("| texts {locale}, the whole language (raw) | {total} |");
    }
    Ok(())
}

fn postcard_size<T: serde::Serialize>(value: &T) -> Result<String, String> {
    size(&postcard::to_allocvec(value).map_err(|e| e.to_string())?)
}
