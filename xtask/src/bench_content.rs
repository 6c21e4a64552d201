//! Content figures for `cargo xtask bench`: how much the portal signposts, how fresh it
//! is, and how many bytes the content adds to the wasm and to the text downloads.

use crate::bundle::{brotli_bytes, dist, files_with};
use crate::cmd::root;
use hulpwijzer_core::check::CheckMethod;
use hulpwijzer_core::load::{check_project, today};
use hulpwijzer_core::model::Node;

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
    let mut dates: Vec<_> = c.facts.iter().map(|f| f.provenance.checked).collect();
    dates.extend(c.contacts.iter().map(|x| x.provenance.checked));
    dates.extend(c.links.iter().map(|l| l.checked));
    dates.extend(project.hubs.all.iter().map(|h| h.checked));
    let by_method = |m| dates.iter().filter(|c| c.method == m).count();
    let methods = format!(
        "{} live / {} copy / {} document",
        by_method(CheckMethod::Live),
        by_method(CheckMethod::Copy),
        by_method(CheckMethod::Document)
    );
    let undated = dates.iter().filter(|c| c.date.is_none()).count();
    let mut dates: Vec<_> = dates.iter().filter_map(|c| c.date).collect();
    dates.extend(
        project
            .directory
            .municipalities()
            .iter()
            .filter_map(|m| m.local.as_ref().and_then(|l| l.checked.date)),
    );
    let oldest = dates
        .iter()
        .min()
        .map(ToString::to_string)
        .unwrap_or_default();
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
        "| municipalities / with local details | {} / {} |",
        project.directory.municipalities().len(),
        project
            .directory
            .municipalities()
            .iter()
            .filter(|m| m.local.is_some())
            .count()
    );
    println!(
        "| social hubs (shown) | {} ({}) |",
        project.hubs.all.len(),
        project.hubs.visible().len()
    );
    println!("| sources by check method | {methods} |");
    println!("| oldest dated source (undated: {undated}) | {oldest} |");
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
