//! Reading content (`content/`), locales (`locales/`) and the app's literal keys
//! (`src/`) from disk, for the build script, the tests and `cargo xtask`.
//!
//! Content files:
//! - `content/trees/<tree>.toml`: one tree; the file name is its id.
//! - `content/registry/*.toml`: any number of `[[contact]]`, `[[link]]` and `[[fact]]` tables.

use crate::check::Check;
use crate::date::Date;
use crate::dated::{DatedStep, Validity};
use crate::hub::{load_hubs, validate_hubs, Hubs};
use crate::ids::{ContactId, FactId, ItemId, LinkId, NodeId, OptionId, StepId, TreeId};
use crate::model::{self, Audience, Catalog, Choice, FactValue, Mark, Next, Node, Provenance};
use crate::municipality::{load_directory, local_message_keys, validate_local, Directory};
use crate::validate::{self, Input, LocaleMessages, MessageInfo, Problem, UiKey};
use fluent_syntax::ast;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TreeFile {
    audience: Audience,
    start: String,
    #[serde(default, rename = "question")]
    questions: Vec<QuestionFile>,
    #[serde(default, rename = "outcome")]
    outcomes: Vec<OutcomeFile>,
    #[serde(default, rename = "step")]
    steps: Vec<StepFile>,
}

/// A step that holds only from or until a date.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepFile {
    id: String,
    valid_from: Option<Date>,
    valid_until: Option<Date>,
    successor: Option<String>,
}

fn validity<I>(from: Option<Date>, until: Option<Date>, successor: Option<String>) -> Validity<I>
where
    I: From<String>,
{
    Validity {
        from,
        until,
        successor: successor.map(I::from),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionFile {
    id: String,
    options: Vec<OptionFile>,
    #[serde(default)]
    marks: Vec<String>,
    /// Paths as in the URL: `tree/answer/answer` (`crate::shortcut`).
    #[serde(default)]
    shortcuts: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionFile {
    id: String,
    next: Option<String>,
    tree: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomeFile {
    id: String,
    #[serde(default)]
    local: bool,
    #[serde(default)]
    steps: Vec<String>,
    #[serde(default)]
    bring: Vec<String>,
    #[serde(default)]
    contacts: Vec<String>,
    #[serde(default)]
    links: Vec<String>,
    #[serde(default)]
    facts: Vec<String>,
    #[serde(default)]
    related: Vec<String>,
    #[serde(default)]
    related_first: bool,
    #[serde(default)]
    hubs: bool,
    #[serde(default)]
    desk: bool,
    form: Option<model::FormKind>,
    valid_from: Option<Date>,
    valid_until: Option<Date>,
    successor: Option<String>,
    #[serde(default)]
    marks: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    #[serde(default, rename = "contact")]
    contacts: Vec<ContactFile>,
    #[serde(default, rename = "link")]
    links: Vec<LinkFile>,
    #[serde(default, rename = "fact")]
    facts: Vec<FactFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactFile {
    id: String,
    phone: Option<String>,
    whatsapp: Option<String>,
    email: Option<String>,
    web: Option<String>,
    #[serde(default)]
    hours: bool,
    #[serde(default)]
    sensitive: bool,
    source: String,
    checked: Check,
    valid_from: Option<Date>,
    valid_until: Option<Date>,
    successor: Option<String>,
    /// How the fact was checked (kept in the data for editors, not shown).
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LinkFile {
    id: String,
    url: String,
    checked: Check,
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactFile {
    id: String,
    date: Option<Date>,
    euro_cents: Option<u64>,
    phone: Option<String>,
    number: Option<u64>,
    #[serde(default)]
    rule: bool,
    source: String,
    checked: Check,
    valid_from: Option<Date>,
    valid_until: Option<Date>,
    successor: Option<String>,
    #[allow(dead_code)]
    note: Option<String>,
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

fn display(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn read<T: for<'de> Deserialize<'de>>(root: &Path, path: &Path) -> Result<T, Problem> {
    let name = display(root, path);
    let text =
        fs::read_to_string(path).map_err(|e| Problem::error(&name, format!("cannot read: {e}")))?;
    toml::from_str(&text)
        .map_err(|e| Problem::error(&name, format!("invalid TOML: {}", e.message())))
}

/// The markings a node names; an unknown one is a problem with file and node.
fn marks(file: &str, node: &str, names: Vec<String>, problems: &mut Vec<Problem>) -> Vec<Mark> {
    let mut out = Vec::new();
    for name in names {
        match Mark::parse(&name) {
            Some(mark) if !out.contains(&mark) => out.push(mark),
            Some(_) => problems.push(
                Problem::error(file, format!("marking {name:?} is given twice"))
                    .at(format!("node {node}")),
            ),
            None => {
                let known: Vec<&str> = Mark::ALL.iter().map(|m| m.as_str()).collect();
                problems.push(
                    Problem::error(
                        file,
                        format!("unknown marking {name:?} (known: {})", known.join(", ")),
                    )
                    .at(format!("node {node}")),
                );
            }
        }
    }
    out
}

fn tree_from_file(
    id: String,
    file: String,
    t: TreeFile,
    problems: &mut Vec<Problem>,
) -> model::Tree {
    let mut nodes = Vec::new();
    for q in t.questions {
        let options = q
            .options
            .into_iter()
            .map(|o| {
                let next = match (o.next, o.tree) {
                    (Some(n), None) => Next::Node(NodeId(n)),
                    (None, Some(t)) => Next::Tree(TreeId(t)),
                    _ => {
                        problems.push(
                            Problem::error(
                                &file,
                                format!("option {} needs exactly one of `next` or `tree`", o.id),
                            )
                            .at(format!("node {}", q.id)),
                        );
                        Next::Node(NodeId(String::new()))
                    }
                };
                Choice {
                    id: OptionId(o.id),
                    next,
                }
            })
            .collect();
        let marks = marks(&file, &q.id, q.marks, problems);
        let shortcuts = q
            .shortcuts
            .iter()
            .map(|path| crate::shortcut::parse(path))
            .collect();
        nodes.push(Node::Question(model::Question {
            id: NodeId(q.id),
            options,
            marks,
            shortcuts,
        }));
    }
    for o in t.outcomes {
        let marks = marks(&file, &o.id, o.marks, problems);
        nodes.push(Node::Outcome(model::Outcome {
            id: NodeId(o.id),
            local: o.local,
            steps: o.steps.into_iter().map(StepId).collect(),
            bring: o.bring.into_iter().map(ItemId).collect(),
            contacts: o.contacts.into_iter().map(ContactId).collect(),
            links: o.links.into_iter().map(LinkId).collect(),
            facts: o.facts.into_iter().map(FactId).collect(),
            related: o.related.into_iter().map(TreeId).collect(),
            related_first: o.related_first,
            hubs: o.hubs,
            desk: o.desk,
            form: o.form,
            validity: validity(o.valid_from, o.valid_until, o.successor),
            marks,
        }));
    }
    let steps = t
        .steps
        .into_iter()
        .map(|s| DatedStep {
            id: StepId(s.id),
            validity: validity(s.valid_from, s.valid_until, s.successor),
        })
        .collect();
    model::Tree {
        id: TreeId(id),
        audience: t.audience,
        start: NodeId(t.start),
        nodes,
        steps,
        file,
    }
}

fn fact_from_file(f: FactFile, file: &str) -> Option<model::Fact> {
    let values: Vec<FactValue> = [
        f.date.map(FactValue::Date),
        f.euro_cents.map(FactValue::EuroCents),
        f.phone.map(FactValue::Phone),
        f.number.map(FactValue::Number),
        f.rule.then_some(FactValue::Rule),
    ]
    .into_iter()
    .flatten()
    .collect();
    let [value] = <[FactValue; 1]>::try_from(values).ok()?;
    Some(model::Fact {
        id: FactId(f.id),
        value,
        provenance: Provenance {
            source: f.source,
            checked: f.checked,
        },
        validity: validity(f.valid_from, f.valid_until, f.successor),
        file: file.to_owned(),
    })
}

/// Reads every tree and registry file under `root/content`.
///
/// # Errors
/// Every file that cannot be read or parsed, as problems.
pub fn load_catalog(root: &Path) -> Result<Catalog, Vec<Problem>> {
    let (mut problems, mut catalog) = (Vec::new(), Catalog::default());
    let mut events = crate::event::load_events(root).map_err(|p| vec![p])?;
    let content = root.join("content");
    for path in toml_files(&content.join("trees")) {
        let file = display(root, &path);
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match crate::event::read_resolved::<TreeFile>(&path, &file, &mut events, &mut problems) {
            Ok(t) => catalog
                .trees
                .push(tree_from_file(id, file, t, &mut problems)),
            Err(p) => problems.push(p),
        }
    }
    for path in toml_files(&content.join("registry")) {
        let file = display(root, &path);
        let r: RegistryFile =
            match crate::event::read_resolved(&path, &file, &mut events, &mut problems) {
                Ok(r) => r,
                Err(p) => {
                    problems.push(p);
                    continue;
                }
            };
        for c in r.contacts {
            catalog.contacts.push(model::Contact {
                id: ContactId(c.id),
                phone: c.phone,
                whatsapp: c.whatsapp,
                email: c.email,
                web: c.web,
                hours: c.hours,
                sensitive: c.sensitive,
                provenance: Provenance {
                    source: c.source,
                    checked: c.checked,
                },
                validity: validity(c.valid_from, c.valid_until, c.successor),
                file: file.clone(),
            });
        }
        for l in r.links {
            catalog.links.push(model::Link {
                id: LinkId(l.id),
                url: l.url,
                checked: l.checked,
                file: file.clone(),
            });
        }
        for f in r.facts {
            let id = f.id.clone();
            match fact_from_file(f, &file) {
                Some(fact) => catalog.facts.push(fact),
                None => problems.push(
                    Problem::error(
                        &file,
                        "a fact needs exactly one of date, euro_cents, phone, number, rule",
                    )
                    .at(format!("fact {id}")),
                ),
            }
        }
    }
    catalog.events = events;
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(problems)
    }
}

/// The `.ftl` files of one locale, sorted by path.
pub fn locale_files(root: &Path, locale: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root.join("locales").join(locale))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
}

/// The locale folders under `root/locales`, sorted.
pub fn locale_dirs(root: &Path) -> Vec<String> {
    let mut dirs: Vec<String> = fs::read_dir(root.join("locales"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    dirs.sort();
    dirs
}

/// The file of each locale that the app embeds (shown before, or without, the rest).
pub const BOOT_FILE: &str = "boot.ftl";

/// All of a locale's `.ftl` files but [`BOOT_FILE`] joined into one resource, as the app fetches it.
///
/// # Errors
/// A message naming the file that cannot be read.
pub fn bundle_locale(root: &Path, locale: &str) -> Result<String, String> {
    let mut out = String::new();
    for path in locale_files(root, locale)
        .into_iter()
        .filter(|p| !p.ends_with(BOOT_FILE))
    {
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        out.push_str(&text);
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    Ok(out)
}

/// FNV-1a 64 of `bytes` as 16 hex digits: names versioned files the same way in the
/// build script and in xtask.
pub fn fnv_hex(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// A stable version of all locale texts (FNV-1a over every bundle), part of their URL so a
/// new release is never mixed with cached old texts. The build script and xtask agree on it.
///
/// # Errors
/// A message naming a file that cannot be read.
pub fn locale_version(root: &Path) -> Result<String, String> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for locale in crate::LOCALES {
        for byte in bundle_locale(root, locale)?
            .bytes()
            .chain(std::iter::once(0))
        {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    Ok(format!("{hash:016x}"))
}

fn collect_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression_vars(expression, vars);
        }
    }
}

fn collect_expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline_vars(selector, vars);
            for v in variants {
                collect_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(inline) => collect_inline_vars(inline, vars),
    }
}

fn collect_inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline_vars(a, vars);
            }
            for n in &arguments.named {
                collect_inline_vars(&n.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            collect_expression_vars(expression, vars)
        }
        _ => {}
    }
}

fn collect_text(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Select { variants, .. } => {
                    for v in variants {
                        collect_text(&v.value, out);
                        out.push('\n');
                    }
                }
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    out.push_str(&format!("{{ ${} }}", id.name));
                }
                ast::Expression::Inline(_) => {}
            },
        }
    }
}

/// The glossary at [`crate::glossary::GLOSSARY_TOML`] (empty when the file does not exist).
///
/// # Errors
/// A problem when the file exists but cannot be read or parsed.
pub fn load_glossary(root: &Path) -> Result<crate::glossary::Glossary, Problem> {
    let path = root.join(crate::glossary::GLOSSARY_TOML);
    if !path.exists() {
        return Ok(crate::glossary::Glossary::default());
    }
    read(root, &path)
}

/// Parses every locale's `.ftl` files into message summaries.
pub fn load_locales(root: &Path) -> (Vec<LocaleMessages>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for locale in locale_dirs(root) {
        let mut messages = LocaleMessages {
            locale: locale.clone(),
            ..Default::default()
        };
        for path in locale_files(root, &locale) {
            let file = display(root, &path);
            let Ok(text) = fs::read_to_string(&path) else {
                problems.push(Problem::error(&file, "cannot read").in_locale(&locale));
                continue;
            };
            let resource = match fluent_syntax::parser::parse(text.as_str()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
                        problems.push(
                            Problem::error(
                                &file,
                                format!("line {line}: Fluent syntax error: {:?}", e.kind),
                            )
                            .in_locale(&locale),
                        );
                    }
                    r
                }
            };
            for entry in resource.body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    collect_vars(v, &mut vars);
                }
                for a in &m.attributes {
                    collect_vars(&a.value, &mut vars);
                }
                let key = m.id.name.to_owned();
                let mut text = String::new();
                if let Some(v) = &m.value {
                    collect_text(v, &mut text);
                }
                let info = MessageInfo {
                    vars,
                    file: file.clone(),
                    text,
                };
                if let Some(previous) = messages.messages.insert(key.clone(), info) {
                    problems.push(
                        Problem::error(
                            &file,
                            format!("message {key} is defined twice (also in {})", previous.file),
                        )
                        .in_locale(&locale),
                    );
                }
            }
        }
        out.push(messages);
    }
    (out, problems)
}

/// The literal keys the app passes to `tr("…")`, `tr_with("…"` or names with `ui_key("…")`,
/// found in `root/src`.
pub fn scan_ui_keys(root: &Path) -> Vec<UiKey> {
    fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    files.sort();
    let mut keys = Vec::new();
    for path in files {
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        let file = display(root, &path);
        for marker in ["tr(\"", "tr_with(\"", "ui_key(\""] {
            for (i, _) in text.match_indices(marker) {
                let rest = &text[i + marker.len()..];
                let Some(end) = rest.find('"') else { continue };
                let key = &rest[..end];
                let preceded_by_ident = text[..i]
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
                if !preceded_by_ident && !key.is_empty() {
                    keys.push(UiKey {
                        key: key.to_owned(),
                        file: file.clone(),
                    });
                }
            }
        }
    }
    keys
}

pub use crate::today::{today, Today, TODAY_VAR};

/// Everything the portal embeds, loaded and validated.
pub struct Project {
    /// Trees and registries.
    pub catalog: Catalog,
    /// All municipalities with postcodes, aliases and local overrides.
    pub directory: Directory,
    /// Ukrainian social hubs.
    pub hubs: Hubs,
    /// Every problem found, errors and warnings, sorted.
    pub problems: Vec<Problem>,
}

/// Loads everything under `root` and validates it against `today`.
///
/// # Errors
/// The problems that stop the content from loading at all.
pub fn check_project(root: &Path, today: Date) -> Result<Project, Vec<Problem>> {
    let catalog = load_catalog(root)?;
    let directory = load_directory(root)?;
    let hubs = load_hubs(root)?;
    let (locales, mut problems) = load_locales(root);
    let mut ui_keys = scan_ui_keys(root);
    // The form's error messages: one per field and code, derived from the typed schema.
    ui_keys.extend(crate::form::message_keys().into_iter().map(|key| UiKey {
        key,
        file: "crates/core/src/form/schema.rs".to_owned(),
    }));
    ui_keys.extend(crate::check::MESSAGE_KEYS.iter().map(|key| UiKey {
        key: (*key).to_owned(),
        file: "crates/core/src/check.rs".to_owned(),
    }));
    let data_keys = local_message_keys(&directory, &hubs);
    let input = Input {
        catalog: &catalog,
        locales: &locales,
        ui_keys: &ui_keys,
        data_keys: &data_keys,
        today,
    };
    problems.extend(validate::validate(&input));
    problems.extend(crate::event::check_events(&catalog, today));
    problems.extend(crate::event::check_literal_dates(root, &catalog.events));
    problems.extend(crate::event::check_rule_texts(&catalog, &locales));
    match load_glossary(root) {
        Ok(g) => problems.extend(crate::glossary::check_glossary(&g, &locales)),
        Err(p) => problems.push(p),
    }
    problems.extend(validate_local(root, &directory, &locales, today));
    problems.extend(validate_hubs(&hubs, &directory, &locales, today));
    problems.sort();
    problems.dedup();
    Ok(Project {
        catalog,
        directory,
        hubs: Hubs::new(hubs),
        problems,
    })
}
