//! Ids, registries and trees: unique valid ids, every tree reachable, every node reachable, no cycle, short paths.

use super::{Problem, MAX_QUESTIONS_PER_PATH};
use crate::engine::longest_questions_from;
use crate::ids::is_valid_id;
use crate::model::{Catalog, Next, Node, Tree};
use crate::route::RESERVED_SEGMENTS;
use std::collections::{BTreeMap, BTreeSet};

fn check_id(file: &str, what: &str, id: &str, problems: &mut Vec<Problem>) {
    if !is_valid_id(id) {
        problems.push(
            Problem::error(
                file,
                format!("{what} id {id:?} must be kebab-case a-z, 0-9 (≤ 40)"),
            )
            .at(format!("{what} {id}")),
        );
    }
}

fn check_unique<'a>(
    items: impl Iterator<Item = (&'a str, &'a str)>,
    what: &str,
    problems: &mut Vec<Problem>,
) {
    let mut seen = BTreeSet::new();
    for (id, file) in items {
        if !seen.insert(id) {
            problems.push(
                Problem::error(file, format!("duplicate {what} id")).at(format!("{what} {id}")),
            );
        }
    }
}

pub(super) fn check_registry_ids(c: &Catalog, problems: &mut Vec<Problem>) {
    for x in &c.contacts {
        check_id(&x.file, "contact", x.id.as_str(), problems);
    }
    for x in &c.links {
        check_id(&x.file, "link", x.id.as_str(), problems);
    }
    for x in &c.facts {
        check_id(&x.file, "fact", x.id.as_str(), problems);
    }
    check_unique(
        c.trees.iter().map(|x| (x.id.as_str(), x.file.as_str())),
        "tree",
        problems,
    );
    check_unique(
        c.contacts.iter().map(|x| (x.id.as_str(), x.file.as_str())),
        "contact",
        problems,
    );
    check_unique(
        c.links.iter().map(|x| (x.id.as_str(), x.file.as_str())),
        "link",
        problems,
    );
    check_unique(
        c.facts.iter().map(|x| (x.id.as_str(), x.file.as_str())),
        "fact",
        problems,
    );
}

/// Trees reachable from the start tree through options and related links.
pub(super) fn check_tree_set(c: &Catalog, problems: &mut Vec<Problem>) {
    let Some(start) = c.tree(Catalog::START) else {
        problems.push(Problem::error(
            "content/trees",
            format!("no tree named {:?}", Catalog::START),
        ));
        return;
    };
    let mut seen = BTreeSet::from([start.id.as_str()]);
    let mut queue = vec![start];
    while let Some(tree) = queue.pop() {
        for target in tree_targets(tree) {
            if let Some(t) = c.tree(target) {
                if seen.insert(t.id.as_str()) {
                    queue.push(t);
                }
            }
        }
    }
    for t in &c.trees {
        if !seen.contains(t.id.as_str()) {
            problems.push(
                Problem::error(&t.file, "tree is not reachable from the home page")
                    .at(format!("tree {}", t.id)),
            );
        }
    }
}

fn tree_targets(tree: &Tree) -> Vec<&str> {
    let mut out = Vec::new();
    for n in &tree.nodes {
        match n {
            Node::Question(q) => out.extend(q.options.iter().filter_map(|o| match &o.next {
                Next::Tree(t) => Some(t.as_str()),
                Next::Node(_) => None,
            })),
            Node::Outcome(o) => out.extend(o.related.iter().map(|t| t.as_str())),
        }
    }
    out
}

pub(super) fn check_tree(c: &Catalog, tree: &Tree, problems: &mut Vec<Problem>) {
    let file = tree.file.as_str();
    let err = |node: &str, msg: String| Problem::error(file, msg).at(format!("node {node}"));
    check_id(file, "tree", tree.id.as_str(), problems);
    if RESERVED_SEGMENTS.contains(&tree.id.as_str()) {
        problems.push(
            Problem::error(
                file,
                "this tree id is reserved for the portal's own pages in the URL",
            )
            .at(format!("tree {}", tree.id)),
        );
    }
    check_unique(
        tree.nodes.iter().map(|n| (n.id().as_str(), file)),
        "node",
        problems,
    );
    if tree.node(tree.start.as_str()).is_none() {
        problems.push(err(tree.start.as_str(), "start node does not exist".into()));
        return;
    }
    for n in &tree.nodes {
        let id = n.id().as_str();
        check_id(file, "node", id, problems);
        match n {
            Node::Question(q) => {
                if q.options.len() < 2 {
                    problems.push(err(
                        id,
                        format!(
                            "a question needs at least 2 options, has {}",
                            q.options.len()
                        ),
                    ));
                }
                check_unique(
                    q.options.iter().map(|o| (o.id.as_str(), file)),
                    "option",
                    problems,
                );
                for o in &q.options {
                    check_id(file, "option", o.id.as_str(), problems);
                    match &o.next {
                        Next::Node(t) if tree.node(t.as_str()).is_none() => problems.push(err(
                            id,
                            format!("option {} leads to missing node {t}", o.id),
                        )),
                        Next::Tree(t) if c.tree(t.as_str()).is_none() => problems.push(err(
                            id,
                            format!("option {} leads to missing tree {t}", o.id),
                        )),
                        _ => {}
                    }
                }
            }
            Node::Outcome(o) => {
                for s in &o.steps {
                    check_id(file, "step", s.as_str(), problems);
                }
                for i in &o.bring {
                    check_id(file, "item", i.as_str(), problems);
                }
                check_unique(o.bring.iter().map(|i| (i.as_str(), file)), "item", problems);
                if o.steps.is_empty()
                    && o.contacts.is_empty()
                    && o.links.is_empty()
                    && !o.local
                    && !o.hubs
                {
                    problems.push(err(
                        id,
                        "outcome has no step, contact or link: a dead end".into(),
                    ));
                }
                let missing = o
                    .contacts
                    .iter()
                    .filter(|x| c.contact(x.as_str()).is_none())
                    .map(|x| format!("contact {x}"))
                    .chain(
                        o.links
                            .iter()
                            .filter(|x| c.link(x.as_str()).is_none())
                            .map(|x| format!("link {x}")),
                    )
                    .chain(
                        o.facts
                            .iter()
                            .filter(|x| c.fact(x.as_str()).is_none())
                            .map(|x| format!("fact {x}")),
                    )
                    .chain(
                        o.related
                            .iter()
                            .filter(|x| c.tree(x.as_str()).is_none())
                            .map(|x| format!("tree {x}")),
                    );
                for m in missing {
                    problems.push(err(id, format!("refers to missing {m}")));
                }
                if o.related_first && o.related.is_empty() {
                    problems.push(err(
                        id,
                        "related_first = true without related trees to list first".to_owned(),
                    ));
                }
            }
        }
    }
    check_reachable_and_acyclic(tree, problems);
}

fn check_reachable_and_acyclic(tree: &Tree, problems: &mut Vec<Problem>) {
    // Depth-first search with colours: grey nodes are on the current path, so an edge
    // to a grey node closes a cycle (a path that would never end).
    #[derive(Clone, Copy, PartialEq)]
    enum Colour {
        Grey,
        Black,
    }
    fn visit<'a>(
        tree: &'a Tree,
        id: &'a str,
        colour: &mut BTreeMap<&'a str, Colour>,
        problems: &mut Vec<Problem>,
    ) {
        colour.insert(id, Colour::Grey);
        if let Some(Node::Question(q)) = tree.node(id) {
            for o in &q.options {
                let Next::Node(next) = &o.next else { continue };
                match colour.get(next.as_str()) {
                    Some(Colour::Grey) => problems.push(
                        Problem::error(
                            &tree.file,
                            format!("option {} closes a cycle back to {next}", o.id),
                        )
                        .at(format!("node {id}")),
                    ),
                    Some(Colour::Black) => {}
                    None if tree.node(next.as_str()).is_some() => {
                        visit(tree, next.as_str(), colour, problems)
                    }
                    None => {}
                }
            }
        }
        colour.insert(id, Colour::Black);
    }
    let mut colour = BTreeMap::new();
    visit(tree, tree.start.as_str(), &mut colour, problems);
    // An outcome's successor is reached where the outcome is, from the day after it ends.
    let mut grew = true;
    while grew {
        grew = false;
        for n in &tree.nodes {
            let Node::Outcome(o) = n else { continue };
            if let Some(next) = &o.validity.successor {
                if colour.contains_key(o.id.as_str())
                    && tree.node(next.as_str()).is_some()
                    && colour.insert(next.as_str(), Colour::Black).is_none()
                {
                    grew = true;
                }
            }
        }
    }
    for n in &tree.nodes {
        if !colour.contains_key(n.id().as_str()) {
            problems.push(
                Problem::error(&tree.file, "node is not reachable from the tree's start")
                    .at(format!("node {}", n.id())),
            );
        }
    }
    let longest = longest_questions_from(tree, &tree.start);
    if longest > MAX_QUESTIONS_PER_PATH {
        problems.push(
            Problem::error(
                &tree.file,
                format!(
                    "a path asks {longest} questions; at most {MAX_QUESTIONS_PER_PATH} are allowed"
                ),
            )
            .at(format!("tree {}", tree.id)),
        );
    }
}
