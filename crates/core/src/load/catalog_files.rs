//! Trees and registries: `content/trees/*.toml` and `content/registry/*.toml` into a [`Catalog`].

use super::{display, toml_files};
use crate::check::Check;
use crate::date::Date;
use crate::dated::{DatedStep, Validity};
use crate::ids::{ContactId, FactId, ItemId, LinkId, NodeId, OptionId, StepId, TreeId};
use crate::model::{self, Audience, Catalog, Choice, FactValue, Mark, Next, Node, Provenance};
use crate::validate::Problem;
use serde::Deserialize;
use std::path::Path;

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
    /// The search field under the options (a menu of topics).
    #[serde(default)]
    search: bool,
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
            search: q.search,
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
