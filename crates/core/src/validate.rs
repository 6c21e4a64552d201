//! Proves the content sound: every tree reachable and ending in outcomes, every
//! reference resolving, every fact sourced and fresh, and every derived message
//! present in all four locales with the same variables.
//!
//! The validator is a pure function of the catalog, the parsed locale files and
//! today's date; [`crate::load`] feeds it from disk in the build script and tests.

use crate::check::{Check, CheckMethod};
use crate::contact;
use crate::date::Date;
use crate::engine::longest_questions_from;
use crate::ids::is_valid_id;
use crate::keys::{self, DerivedKey};
use crate::model::{Catalog, Next, Node, Provenance, Tree};
use crate::route::RESERVED_SEGMENTS;
use crate::time_rules;
use crate::LOCALES;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The most questions any path through one tree may ask.
pub const MAX_QUESTIONS_PER_PATH: usize = 6;
/// A source checked longer ago than this many days is a warning (never an error: the page
/// shows the date of the check, so an old check is shown as old, not as current).
pub const AGEING_AFTER_DAYS: i64 = 180;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Should be looked at soon; does not fail the build.
    Warning,
    /// Fails the build and the tests.
    Error,
}

/// One thing wrong with the content, located as precisely as possible.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// The content or locale file.
    pub file: String,
    /// The tree node, contact, link or fact concerned (`node has-id`).
    pub node: Option<String>,
    /// The locale concerned.
    pub locale: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl Problem {
    /// An error in `file`.
    pub fn error(file: &str, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            file: file.to_owned(),
            node: None,
            locale: None,
            message: message.into(),
        }
    }

    /// The same problem, about `node`.
    pub fn at(mut self, node: impl Into<String>) -> Self {
        self.node = Some(node.into());
        self
    }

    /// The same problem, in `locale`.
    pub fn in_locale(mut self, locale: &str) -> Self {
        self.locale = Some(locale.to_owned());
        self
    }

    /// The same problem, as a warning.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: {}", self.file)?;
        if let Some(n) = &self.node {
            write!(f, ": {n}")?;
        }
        if let Some(l) = &self.locale {
            write!(f, ": locale {l}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// What a locale says about one message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageInfo {
    /// The variables (`$name`) the message uses, attributes included.
    pub vars: BTreeSet<String>,
    /// The `.ftl` file it is in.
    pub file: String,
    /// Its text, variants included, with `{ $var }` for each variable (for the glossary).
    pub text: String,
}

/// The messages of one locale.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocaleMessages {
    /// The locale code (`uk`).
    pub locale: String,
    /// Message id → what it uses.
    pub messages: BTreeMap<String, MessageInfo>,
}

/// A message key the app's code uses literally.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct UiKey {
    /// The key.
    pub key: String,
    /// The source file that uses it.
    pub file: String,
}

/// Everything the validator looks at.
pub struct Input<'a> {
    /// The content.
    pub catalog: &'a Catalog,
    /// The messages of every locale folder found.
    pub locales: &'a [LocaleMessages],
    /// Keys used literally by the app.
    pub ui_keys: &'a [UiKey],
    /// Keys that other data implies (municipalities, hubs); their own validators check
    /// their presence, here they only count as used.
    pub data_keys: &'a [String],
    /// The date facts are judged against.
    pub today: Date,
}

/// Every problem in the content, sorted; empty when the content is sound.
pub fn validate(input: &Input<'_>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let catalog = input.catalog;
    check_registry_ids(catalog, &mut problems);
    check_tree_set(catalog, &mut problems);
    for tree in &catalog.trees {
        check_tree(catalog, tree, &mut problems);
    }
    check_provenance(catalog, input.today, &mut problems);
    problems.extend(time_rules::check_dates(
        catalog,
        input.today,
        time_rules::Strictness::Build,
    ));
    check_contacts(catalog, &mut problems);
    problems.extend(crate::sensitive::check_sensitive_pages(catalog));
    problems.extend(crate::desk::check_desks(catalog));
    problems.extend(crate::shortcut::check_shortcuts(catalog));
    check_messages(input, &mut problems);
    problems.sort();
    problems.dedup();
    problems
}

/// Whether any problem is an error.
pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}

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

fn check_registry_ids(c: &Catalog, problems: &mut Vec<Problem>) {
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
fn check_tree_set(c: &Catalog, problems: &mut Vec<Problem>) {
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

fn check_tree(c: &Catalog, tree: &Tree, problems: &mut Vec<Problem>) {
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

/// Checks that `url` is `https://` with a host that has a dot and no white space.
pub(crate) fn check_https(
    file: &str,
    owner: &str,
    what: &str,
    url: &str,
    problems: &mut Vec<Problem>,
) {
    if !crate::card::is_https(url) {
        problems.push(
            Problem::error(file, format!("{what} {url:?} is not an https address")).at(owner),
        );
    }
}

/// A live check needs its date; a date in the future is an error; a live check older than
/// [`AGEING_AFTER_DAYS`] is a warning. Copies and documents do not age here: the page says
/// "from a page of <date>", which stays true; `cargo xtask content-report` lists them by age.
pub(crate) fn check_freshness(
    file: &str,
    owner: &str,
    checked: Check,
    today: Date,
    problems: &mut Vec<Problem>,
) {
    let Some(date) = checked.date else {
        if matches!(
            checked.method,
            CheckMethod::Live | CheckMethod::Municipality
        ) {
            problems.push(
                Problem::error(file, "a live check or a municipality's card needs its date")
                    .at(owner),
            );
        }
        return;
    };
    let age = date.days_until(today);
    if age < 0 {
        problems.push(
            Problem::error(file, format!("checked on {date}, which is in the future")).at(owner),
        );
    } else if age > crate::card::GIVEN_STALE_AFTER_DAYS
        && checked.method == CheckMethod::Municipality
    {
        problems.push(
            Problem::error(
                file,
                format!("given by the municipality {age} days ago ({date}); ask it to confirm"),
            )
            .at(owner)
            .warning(),
        );
    } else if age > AGEING_AFTER_DAYS && checked.method == CheckMethod::Live {
        problems.push(
            Problem::error(
                file,
                format!("last checked {age} days ago ({date}); check it again"),
            )
            .at(owner)
            .warning(),
        );
    }
}

fn check_provenance(c: &Catalog, today: Date, problems: &mut Vec<Problem>) {
    let mut check = |file: &str, owner: String, p: &Provenance| {
        check_https(file, &owner, "source", &p.source, problems);
        check_freshness(file, &owner, p.checked, today, problems);
    };
    for f in &c.facts {
        check(&f.file, format!("fact {}", f.id), &f.provenance);
    }
    for x in &c.contacts {
        check(&x.file, format!("contact {}", x.id), &x.provenance);
    }
    for l in &c.links {
        let owner = format!("link {}", l.id);
        check_https(&l.file, &owner, "url", &l.url, problems);
        check_freshness(&l.file, &owner, l.checked, today, problems);
    }
}

fn check_contacts(c: &Catalog, problems: &mut Vec<Problem>) {
    for x in &c.contacts {
        let owner = format!("contact {}", x.id);
        let err = |m: String| Problem::error(&x.file, m).at(owner.clone());
        if x.phone.is_none() && x.whatsapp.is_none() && x.email.is_none() && x.web.is_none() {
            problems.push(err("has no phone, WhatsApp, e-mail or website".into()));
        }
        if let Some(p) = x.phone.as_ref().filter(|p| !contact::is_listed_phone(p)) {
            problems.push(err(format!("phone {p:?} is not a phone number")));
        }
        if let Some(w) = x.whatsapp.as_ref().filter(|w| !contact::is_whatsapp(w)) {
            problems.push(err(format!("WhatsApp {w:?} must be +country digits")));
        }
        if let Some(e) = x
            .email
            .as_ref()
            .filter(|e| contact::check_email(e).is_err())
        {
            problems.push(err(format!("e-mail {e:?} is not an address")));
        }
        if let Some(w) = &x.web {
            check_https(&x.file, &owner, "web", w, problems);
        }
    }
}

fn check_messages(input: &Input<'_>, problems: &mut Vec<Problem>) {
    for l in input.locales {
        if !LOCALES.contains(&l.locale.as_str()) {
            let hint = if l.locale == "ua" {
                " (Ukrainian is uk)"
            } else {
                ""
            };
            problems.push(Problem::error(
                &format!("locales/{}", l.locale),
                format!("unknown locale{hint}"),
            ));
        }
    }
    let by_locale: BTreeMap<&str, &LocaleMessages> = input
        .locales
        .iter()
        .map(|l| (l.locale.as_str(), l))
        .collect();
    for locale in LOCALES {
        if !by_locale.contains_key(locale) {
            problems.push(
                Problem::error(&format!("locales/{locale}"), "locale folder is missing")
                    .in_locale(locale),
            );
        }
    }
    let derived = keys::derive_all(input.catalog);
    let mut owners: BTreeMap<&str, &DerivedKey> = BTreeMap::new();
    for d in &derived {
        if let Some(first) = owners.insert(d.key.as_str(), d) {
            problems.push(
                Problem::error(
                    &d.file,
                    format!(
                        "message key {} is derived twice (also by {})",
                        d.key, first.owner
                    ),
                )
                .at(d.owner.clone()),
            );
        }
    }
    for d in &derived {
        check_key(
            d.key.as_str(),
            d.required,
            Some(&d.allowed_vars),
            &d.file,
            &d.owner,
            &by_locale,
            problems,
        );
    }
    let mut ui: BTreeMap<&str, &UiKey> = BTreeMap::new();
    for k in input.ui_keys {
        ui.entry(k.key.as_str()).or_insert(k);
    }
    for (key, k) in &ui {
        if owners.contains_key(key) {
            problems.push(Problem::error(
                &k.file,
                format!("UI key {key} collides with a content key"),
            ));
        }
        check_key(
            key,
            true,
            None,
            &k.file,
            &format!("UI key {key}"),
            &by_locale,
            problems,
        );
    }
    for l in input.locales {
        for (key, info) in &l.messages {
            let used = owners.contains_key(key.as_str())
                || ui.contains_key(key.as_str())
                || input.data_keys.contains(key);
            if !used {
                problems.push(
                    Problem::error(
                        &info.file,
                        format!("message {key} is not used by any tree or by the app"),
                    )
                    .in_locale(&l.locale),
                );
            }
        }
    }
}

/// Checks one key in every locale: presence, allowed variables, same variables everywhere.
fn check_key(
    key: &str,
    required: bool,
    allowed: Option<&Vec<String>>,
    file: &str,
    owner: &str,
    by_locale: &BTreeMap<&str, &LocaleMessages>,
    problems: &mut Vec<Problem>,
) {
    let present: Vec<(&str, &MessageInfo)> = LOCALES
        .iter()
        .filter_map(|l| {
            by_locale
                .get(l)
                .and_then(|m| m.messages.get(key))
                .map(|i| (*l, i))
        })
        .collect();
    // The staff page's messages exist only in the languages it is written in.
    let locales: &[&str] = if key.starts_with(crate::route::STAFF_KEY_PREFIX) {
        &crate::route::STAFF_LOCALES
    } else {
        &LOCALES
    };
    if required || !present.is_empty() {
        for locale in locales.iter().filter(|l| by_locale.contains_key(*l)) {
            if !present.iter().any(|(l, _)| l == locale) {
                problems.push(
                    Problem::error(file, format!("message {key} is missing"))
                        .at(owner.to_owned())
                        .in_locale(locale),
                );
            }
        }
    }
    let Some((_, reference)) = present.first() else {
        return;
    };
    for (locale, info) in &present {
        if let Some(allowed) = allowed {
            for v in info.vars.iter().filter(|v| !allowed.contains(v)) {
                problems.push(
                    Problem::error(
                        &info.file,
                        format!("message {key} uses ${v}, which is not provided here"),
                    )
                    .at(owner.to_owned())
                    .in_locale(locale),
                );
            }
        }
        if info.vars != reference.vars {
            problems.push(
                Problem::error(
                    &info.file,
                    format!(
                        "message {key} uses variables {:?}, but {} uses {:?}",
                        info.vars, present[0].0, reference.vars
                    ),
                )
                .at(owner.to_owned())
                .in_locale(locale),
            );
        }
    }
}
