//! `cards …`: the operator lists, reviews, accepts and rejects municipalities' proposals
//! for their own card. Accepting writes `content/local/<code>.toml`, sourced to the
//! municipality and dated, for the next build of the portal.

use super::CliError;
use crate::clock::{date_at, now_ms, rfc3339};
use crate::store::{CardStatus, Decided, Store, StoredCard, Verdict};
use hulpwijzer_core::card::{CardProposal, CARD_FIELDS};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::municipality::{load_directory, reception_key, Directory, LocalOverride};
use std::path::{Path, PathBuf};

/// A `cards` command.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardsCommand {
    /// The pending proposals.
    List,
    /// One proposal, against the card in the content under this root.
    Show(i64, PathBuf),
    /// Accept a proposal into the content.
    Accept(Accept),
    /// Reject a proposal.
    Reject(i64),
}

/// `cards accept ID --content ROOT [--date YYYY-MM-DD] [--keep-reception-note |
/// --drop-reception-note]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accept {
    /// The proposal.
    pub id: i64,
    /// The repository root holding `content/`.
    pub root: PathBuf,
    /// The day it is accepted (today in UTC when not given).
    pub date: Option<Date>,
    /// What to do with a local note about reception in the file it replaces.
    pub reception: ReceptionNote,
}

/// What `accept` does with `reception_note = true` in the file it replaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReceptionNote {
    /// Refuse (the operator must choose).
    Refuse,
    /// Carry it over (`--keep-reception-note`).
    Keep,
    /// Leave it out (`--drop-reception-note`); its messages must then be removed.
    Drop,
}

/// Parses the words after `cards`.
///
/// # Errors
/// [`CliError::Usage`] or [`CliError::BadDate`].
pub fn parse(words: &[&str]) -> Result<CardsCommand, CliError> {
    let usage = || CliError::Usage(format!("cards {}", words.join(" ")));
    let id = |w: &str| w.parse::<i64>().map_err(|_| usage());
    match words {
        ["list"] => Ok(CardsCommand::List),
        ["reject", n] => Ok(CardsCommand::Reject(id(n)?)),
        ["show", n, options @ ..] => {
            let (root, date, reception) = options_of(options).ok_or_else(usage)?;
            if date.is_some() || reception != ReceptionNote::Refuse {
                return Err(usage());
            }
            let root = root.unwrap_or_else(|| PathBuf::from("."));
            Ok(CardsCommand::Show(id(n)?, root))
        }
        ["accept", n, options @ ..] => {
            let (root, date, reception) = options_of(options).ok_or_else(usage)?;
            let date = match date {
                Some(d) => Some(Date::parse(d).map_err(|_| CliError::BadDate(d.to_owned()))?),
                None => None,
            };
            Ok(CardsCommand::Accept(Accept {
                id: id(n)?,
                root: root.ok_or_else(usage)?,
                date,
                reception,
            }))
        }
        _ => Err(usage()),
    }
}

/// `--content ROOT`, `--date D` and the reception flags, each at most once.
fn options_of<'a>(
    mut words: &[&'a str],
) -> Option<(Option<PathBuf>, Option<&'a str>, ReceptionNote)> {
    let (mut root, mut date, mut reception) = (None, None, ReceptionNote::Refuse);
    while let Some((first, rest)) = words.split_first() {
        words = rest;
        match *first {
            "--content" if root.is_none() => {
                let (value, rest) = words.split_first()?;
                root = Some(PathBuf::from(value));
                words = rest;
            }
            "--date" if date.is_none() => {
                let (value, rest) = words.split_first()?;
                date = Some(*value);
                words = rest;
            }
            "--keep-reception-note" if reception == ReceptionNote::Refuse => {
                reception = ReceptionNote::Keep;
            }
            "--drop-reception-note" if reception == ReceptionNote::Refuse => {
                reception = ReceptionNote::Drop;
            }
            _ => return None,
        }
    }
    Some((root, date, reception))
}

/// Runs `command`; what to print.
///
/// # Errors
/// [`CliError`] as each command says.
pub async fn run(store: &dyn Store, command: &CardsCommand) -> Result<String, CliError> {
    match command {
        CardsCommand::List => list(store).await,
        CardsCommand::Show(id, root) => show(store, *id, root).await,
        CardsCommand::Accept(a) => accept(store, a).await,
        CardsCommand::Reject(id) => reject(store, *id).await.map(|()| format!("rejected {id}")),
    }
}

/// The fields a proposal gives, by name.
fn given(card: &CardProposal) -> Vec<&'static str> {
    CARD_FIELDS
        .into_iter()
        .filter(|f| card.get(*f).is_some())
        .map(|f| f.name())
        .collect()
}

/// The pending proposals, one a line: id, municipality, day received, fields given.
///
/// # Errors
/// [`CliError::Store`].
pub async fn list(store: &dyn Store) -> Result<String, CliError> {
    let pending = store.pending_cards().await?;
    if pending.is_empty() {
        return Ok("no pending card proposals".to_owned());
    }
    let lines: Vec<String> = pending
        .iter()
        .map(|c| {
            let day = date_at(c.received_at_ms);
            let fields = given(&c.card).join(", ");
            format!("{}\t{}\treceived {day}\t{fields}", c.id, c.municipality)
        })
        .collect();
    Ok(lines.join("\n"))
}

async fn stored(store: &dyn Store, id: i64) -> Result<StoredCard, CliError> {
    store.card(id).await?.ok_or(CliError::NoSuchProposal(id))
}

fn directory(root: &Path) -> Result<Directory, CliError> {
    load_directory(root).map_err(|problems| {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        CliError::Content(lines.join("\n"))
    })
}

/// Every field of proposal `id` next to the card in `root`'s content today.
///
/// # Errors
/// [`CliError::NoSuchProposal`], [`CliError::Content`], or a storage failure.
pub async fn show(store: &dyn Store, id: i64, root: &Path) -> Result<String, CliError> {
    let c = stored(store, id).await?;
    let dir = directory(root)?;
    let local = dir.by_code(&c.municipality).and_then(|m| m.local.as_ref());
    let now = local.map(CardProposal::from_override).unwrap_or_default();
    let mut out = vec![format!(
        "proposal {id} of {}, received {}, {}",
        c.municipality,
        rfc3339(c.received_at_ms),
        c.status.as_str()
    )];
    if local.is_none() {
        out.push(format!("(no content/local/{}.toml yet)", c.municipality));
    }
    for field in CARD_FIELDS {
        let (new, old) = (c.card.get(field), now.get(field));
        let mark = if new == old { " " } else { "*" };
        let line = match (new, old) {
            (new, old) if new == old => new.unwrap_or("-").to_owned(),
            (new, None) => format!("{} (new)", new.unwrap_or("-")),
            (new, Some(old)) => format!("{} (now: {old})", new.unwrap_or("-")),
        };
        out.push(format!("{mark} {}: {line}", field.name()));
    }
    Ok(out.join("\n"))
}

/// Accepts a pending proposal: checks it again against the municipality's website in
/// `root`'s content, writes `content/local/<code>.toml` and marks it accepted; what to
/// tell the operator.
///
/// # Errors
/// [`CliError::NoSuchProposal`], [`CliError::AlreadyDecided`], [`CliError::Content`],
/// [`CliError::InvalidCard`], [`CliError::ReceptionNote`], [`CliError::Write`], or a
/// storage failure.
pub async fn accept(store: &dyn Store, a: &Accept) -> Result<String, CliError> {
    let c = stored(store, a.id).await?;
    if c.status != CardStatus::Pending {
        return Err(CliError::AlreadyDecided(a.id, c.status.as_str()));
    }
    let dir = directory(&a.root)?;
    let m = dir
        .by_code(&c.municipality)
        .ok_or_else(|| CliError::BadMunicipality(c.municipality.clone()))?;
    let card = c.card.checked(&m.website).map_err(|e| {
        let problems: Vec<String> = e
            .fields
            .iter()
            .map(|(f, p)| format!("{}: {}", f.name(), p.code()))
            .chain(e.nothing_given.then(|| "nothing given".to_owned()))
            .collect();
        CliError::InvalidCard(a.id, problems.join(", "))
    })?;
    let date = a.date.unwrap_or_else(|| date_at(now_ms()));
    let mut local = card.to_override(&m.website, date);
    let had_note = m.local.as_ref().is_some_and(|l| l.reception_note);
    let mut told = String::new();
    match (had_note, a.reception) {
        (false, _) => {}
        (true, ReceptionNote::Refuse) => return Err(CliError::ReceptionNote(m.code.clone())),
        (true, ReceptionNote::Keep) => local.reception_note = true,
        (true, ReceptionNote::Drop) => {
            told = format!(
                "\nthe local note is dropped: remove the messages {} from locales/*/local.ftl, \
                 or the validator fails on unused messages",
                reception_key(&m.code)
            );
        }
    }
    let note = format!(
        "Given by the municipality itself through its staff page; proposal {} received {}, \
         accepted {date} with hulpwijzer-endpoint cards accept.",
        a.id,
        date_at(c.received_at_ms)
    );
    let path = write_card(&a.root, &m.name, &m.code, &local, &note)?;
    match store.decide_card(a.id, Verdict::Accept, now_ms()).await? {
        Decided::Done => Ok(format!("accepted {}: wrote {}{told}", a.id, path.display())),
        Decided::NotFound => Err(CliError::NoSuchProposal(a.id)),
        Decided::Already(s) => Err(CliError::AlreadyDecided(a.id, s.as_str())),
    }
}

/// `content/local/<code>.toml` as `accept` writes it.
#[derive(serde::Serialize)]
struct CardFile<'a> {
    #[serde(flatten)]
    local: &'a LocalOverride,
    note: &'a str,
}

/// Writes `ROOT/content/local/<code>.toml` (through a temporary file, renamed); its path.
fn write_card(
    root: &Path,
    name: &str,
    code: &str,
    local: &LocalOverride,
    note: &str,
) -> Result<PathBuf, CliError> {
    let write = |e: &dyn std::fmt::Display| CliError::Write(e.to_string());
    let body = toml::to_string(&CardFile { local, note }).map_err(|e| write(&e))?;
    let text = format!(
        "# {name}: given by the municipality itself through its staff page (written by \
         hulpwijzer-endpoint cards accept). See content/local/GM1681.toml for the fields.\n{body}"
    );
    let dir = root.join("content/local");
    std::fs::create_dir_all(&dir).map_err(|e| write(&e))?;
    let path = dir.join(format!("{code}.toml"));
    let temp = dir.join(format!(".{code}.toml.tmp"));
    std::fs::write(&temp, text).map_err(|e| write(&e))?;
    std::fs::rename(&temp, &path).map_err(|e| write(&e))?;
    Ok(path)
}

/// Rejects a pending proposal.
///
/// # Errors
/// [`CliError::NoSuchProposal`], [`CliError::AlreadyDecided`], or a storage failure.
pub async fn reject(store: &dyn Store, id: i64) -> Result<(), CliError> {
    match store.decide_card(id, Verdict::Reject, now_ms()).await? {
        Decided::Done => Ok(()),
        Decided::NotFound => Err(CliError::NoSuchProposal(id)),
        Decided::Already(s) => Err(CliError::AlreadyDecided(id, s.as_str())),
    }
}
