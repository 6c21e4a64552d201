//! The binary's subcommands.

/// `cards …`: municipalities' proposals for their own card.
pub mod cards;

use crate::clock::{now_ms, retention_cutoff};
use crate::seal::{BadKey, SealKey};
use crate::secret::{new_token, sha256_hex};
use crate::store::{Store, StoreError, Unregistered};
use hulpwijzer_core::route::is_municipality_code;

/// Usage text printed by `help` and on a bad command line.
pub const USAGE: &str = "\
usage: hulpwijzer-endpoint [COMMAND]

  serve                  run the API (default); on AWS Lambda when AWS_LAMBDA_RUNTIME_API is set
  register GM0034 age1…  the municipality takes offers, sealed to this public key (replaces
                         an earlier key: key rotation); prints the key's fingerprint to
                         compare with staff
  unregister GM0034      the municipality stops taking offers: removes its key and revokes
                         its export tokens; refused while offers for it are stored
  unregister GM0034 --purge
                         the same, deleting its stored offers too
  token create GM0034    create an export token for a municipality (printed once)
  token revoke TOKEN-ID  revoke an export token
  cards list             the municipalities' pending proposals for their own card
  cards show ID [--content ROOT]
                         a proposal, field by field, against content/local/<code>.toml
                         under ROOT (default: the current directory)
  cards accept ID --content ROOT [--date YYYY-MM-DD]
                         write ROOT/content/local/<code>.toml from the proposal, sourced
                         to the municipality and dated (today in UTC by default); with
                         --keep-reception-note or --drop-reception-note when the file it
                         replaces has a local note about reception
  cards reject ID        the proposal is not accepted
  purge                  delete submissions older than HULPWIJZER_RETENTION_DAYS (default 180)
  migrate                create or update the database schema and exit
  help                   show this text

configuration (environment): DATABASE_URL, HULPWIJZER_DB, HULPWIJZER_BIND,
HULPWIJZER_CORS_ORIGINS, HULPWIJZER_RATE_BURST, HULPWIJZER_RATE_PER_MINUTE,
HULPWIJZER_RETENTION_DAYS, HULPWIJZER_BODY_LIMIT, HULPWIJZER_TIMEOUT_MS, HULPWIJZER_PG_POOL";

/// A parsed command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Run the API.
    Serve,
    /// Register the municipality's public key (code, `age1…`).
    Register(String, String),
    /// Stop the municipality taking offers (code; `--purge`: delete its stored offers).
    Unregister(String, bool),
    /// Create an export token for the municipality.
    TokenCreate(String),
    /// Revoke the token with this id.
    TokenRevoke(String),
    /// Review municipalities' card proposals.
    Cards(cards::CardsCommand),
    /// Delete submissions past the retention period.
    Purge,
    /// Migrate the schema and exit.
    Migrate,
    /// Print [`USAGE`].
    Help,
}

/// Why a command line or command failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The arguments make no command.
    #[error("unknown command line: {0}\n\n{USAGE}")]
    Usage(String),
    /// `token create` with something that is not a CBS code.
    #[error("not a CBS municipality code (like GM0034): {0}")]
    BadMunicipality(String),
    /// `register` with something that is not an age public key.
    #[error(transparent)]
    BadKey(#[from] BadKey),
    /// `unregister` for a municipality without a registered key.
    #[error("{0} is not registered: it takes no offers through this endpoint (nothing changed)")]
    NotRegistered(String),
    /// `unregister` without `--purge` while offers for the municipality are stored.
    #[error(
        "{0} still has {1} stored offer(s), sealed to its key: let its staff export them and mark \
         them handled first, or run `unregister {0} --purge` to delete them (nothing changed)"
    )]
    OffersRemain(String, u64),
    /// `token revoke` with an unknown or already revoked id.
    #[error("no active token with id {0}")]
    NoSuchToken(String),
    /// `cards accept --date` with something that is not a date.
    #[error("not a date (YYYY-MM-DD): {0}")]
    BadDate(String),
    /// `cards …` with an unknown id.
    #[error("no card proposal with id {0}")]
    NoSuchProposal(i64),
    /// `cards accept` or `reject` of a proposal decided before.
    #[error("card proposal {0} was {1} before (nothing changed)")]
    AlreadyDecided(i64, &'static str),
    /// `cards` could not load the content under `--content`.
    #[error("the content does not load:\n{0}")]
    Content(String),
    /// `cards accept` of a proposal that no longer passes the content rules.
    #[error(
        "card proposal {0} no longer passes the content rules ({1}): reject it (nothing changed)"
    )]
    InvalidCard(i64, String),
    /// `cards accept` over a file with a local note about reception, without a choice.
    #[error(
        "content/local/{0}.toml has a local note about reception (reception_note = true): add \
         --keep-reception-note to keep it or --drop-reception-note to leave it out (nothing changed)"
    )]
    ReceptionNote(String),
    /// `cards accept` could not write the file.
    #[error("cannot write the card: {0}")]
    Write(String),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Parses the arguments after the program name.
///
/// # Errors
/// [`CliError::Usage`] for anything but the commands in [`USAGE`].
pub fn parse(args: &[String]) -> Result<Command, CliError> {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match words.as_slice() {
        [] | ["serve"] => Ok(Command::Serve),
        ["token", "create", code] if is_municipality_code(code) => {
            Ok(Command::TokenCreate((*code).to_owned()))
        }
        ["token", "create", code] => Err(CliError::BadMunicipality((*code).to_owned())),
        ["register", code, key] if is_municipality_code(code) => {
            Ok(Command::Register((*code).to_owned(), (*key).to_owned()))
        }
        ["register", code, _] => Err(CliError::BadMunicipality((*code).to_owned())),
        ["unregister", code] | ["unregister", code, "--purge"] if is_municipality_code(code) => Ok(
            Command::Unregister((*code).to_owned(), words.last() == Some(&"--purge")),
        ),
        ["unregister", code] | ["unregister", code, "--purge"] => {
            Err(CliError::BadMunicipality((*code).to_owned()))
        }
        ["token", "revoke", id] => Ok(Command::TokenRevoke((*id).to_owned())),
        ["cards", rest @ ..] => cards::parse(rest).map(Command::Cards),
        ["purge"] => Ok(Command::Purge),
        ["migrate"] => Ok(Command::Migrate),
        ["help" | "--help" | "-h"] => Ok(Command::Help),
        _ => Err(CliError::Usage(words.join(" "))),
    }
}

/// Creates an export token for `municipality`: `(id, token)`. Only the hash is stored.
///
/// # Errors
/// [`CliError`] for a bad code or a storage failure.
pub async fn create_token(
    store: &dyn Store,
    municipality: &str,
) -> Result<(String, String), CliError> {
    if !is_municipality_code(municipality) {
        return Err(CliError::BadMunicipality(municipality.to_owned()));
    }
    let (id, token) = new_token().map_err(StoreError::from)?;
    store
        .add_token(&id, municipality, &sha256_hex(&token), now_ms())
        .await?;
    Ok((id, token))
}

/// Registers `key` (`age1…`) for `municipality`, which takes offers from then on (sealed
/// to this key; an earlier key is replaced, offers sealed to it stay sealed to it): the
/// key's fingerprint.
///
/// # Errors
/// [`CliError`] for a bad code or key, or a storage failure.
pub async fn register(
    store: &dyn Store,
    municipality: &str,
    key: &str,
) -> Result<String, CliError> {
    if !is_municipality_code(municipality) {
        return Err(CliError::BadMunicipality(municipality.to_owned()));
    }
    let key = SealKey::parse(key)?;
    store
        .register_key(municipality, key.as_str(), now_ms())
        .await?;
    Ok(key.fingerprint())
}

/// Stops `municipality` taking offers: its key is removed and its export tokens revoked;
/// with `purge` its stored offers and card proposals are deleted, without it the presence
/// of offers refuses the command. `(offers deleted, tokens revoked, proposals deleted)`.
///
/// # Errors
/// [`CliError::NotRegistered`], [`CliError::OffersRemain`], or a bad code or a storage
/// failure.
pub async fn unregister(
    store: &dyn Store,
    municipality: &str,
    purge: bool,
) -> Result<(u64, u64, u64), CliError> {
    if !is_municipality_code(municipality) {
        return Err(CliError::BadMunicipality(municipality.to_owned()));
    }
    match store.unregister(municipality, purge, now_ms()).await? {
        Unregistered::NotRegistered => Err(CliError::NotRegistered(municipality.to_owned())),
        Unregistered::OffersRemain(n) => Err(CliError::OffersRemain(municipality.to_owned(), n)),
        Unregistered::Done {
            offers_deleted,
            tokens_revoked,
            proposals_deleted,
        } => Ok((offers_deleted, tokens_revoked, proposals_deleted)),
    }
}

/// Revokes the token `id`.
///
/// # Errors
/// [`CliError::NoSuchToken`] when no active token has that id.
pub async fn revoke_token(store: &dyn Store, id: &str) -> Result<(), CliError> {
    if store.revoke_token(id, now_ms()).await? {
        Ok(())
    } else {
        Err(CliError::NoSuchToken(id.to_owned()))
    }
}

/// Deletes submissions received more than `retention_days` before `now_ms`; how many.
///
/// # Errors
/// [`CliError::Store`] when the database fails.
pub async fn purge(store: &dyn Store, retention_days: u32, now_ms: i64) -> Result<u64, CliError> {
    Ok(store
        .purge(retention_cutoff(now_ms, retention_days))
        .await?)
}

#[cfg(test)]
mod tests {
    use super::cards::{Accept, CardsCommand, ReceptionNote};
    use super::*;
    use hulpwijzer_core::date::Date;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn parses_commands() {
        assert_eq!(parse(&args("")).ok(), Some(Command::Serve));
        assert_eq!(
            parse(&args("token create GM0034")).ok(),
            Some(Command::TokenCreate("GM0034".into()))
        );
        assert_eq!(
            parse(&args("token revoke tok-1")).ok(),
            Some(Command::TokenRevoke("tok-1".into()))
        );
        assert_eq!(parse(&args("purge")).ok(), Some(Command::Purge));
        assert_eq!(
            parse(&args("register GM0363 age1x")).ok(),
            Some(Command::Register("GM0363".into(), "age1x".into()))
        );
        assert_eq!(
            parse(&args("unregister GM0363")).ok(),
            Some(Command::Unregister("GM0363".into(), false))
        );
        assert_eq!(
            parse(&args("unregister GM0363 --purge")).ok(),
            Some(Command::Unregister("GM0363".into(), true))
        );
        assert!(matches!(
            parse(&args("unregister Almere")),
            Err(CliError::BadMunicipality(_))
        ));
        assert!(matches!(
            parse(&args("unregister GM0363 --force")),
            Err(CliError::Usage(_))
        ));
        assert!(matches!(
            parse(&args("register Amsterdam age1x")),
            Err(CliError::BadMunicipality(_))
        ));
        assert!(matches!(
            parse(&args("token create Almere")),
            Err(CliError::BadMunicipality(_))
        ));
        assert_eq!(
            parse(&args("cards list")).ok(),
            Some(Command::Cards(CardsCommand::List))
        );
        assert_eq!(
            parse(&args("cards reject 7")).ok(),
            Some(Command::Cards(CardsCommand::Reject(7)))
        );
        assert_eq!(
            parse(&args("cards show 7")).ok(),
            Some(Command::Cards(CardsCommand::Show(7, ".".into())))
        );
        assert_eq!(
            parse(&args("cards accept 7 --date 2026-12-07 --content /repo")).ok(),
            Some(Command::Cards(CardsCommand::Accept(Accept {
                id: 7,
                root: "/repo".into(),
                date: Date::parse("2026-12-07").ok(),
                reception: ReceptionNote::Refuse,
            })))
        );
        assert!(matches!(
            parse(&args(
                "cards accept 7 --content /repo --drop-reception-note"
            )),
            Ok(Command::Cards(CardsCommand::Accept(Accept {
                reception: ReceptionNote::Drop,
                ..
            })))
        ));
        assert!(matches!(
            parse(&args("cards accept 7 --content /repo --date 7-12-2026")),
            Err(CliError::BadDate(_))
        ));
        for bad in [
            "cards accept 7",
            "cards accept seven --content /repo",
            "cards accept 7 --content",
            "cards accept 7 --content /a --content /b",
            "cards accept 7 --content /a --keep-reception-note --drop-reception-note",
            "cards show 7 --date 2026-12-07",
            "cards reject",
            "cards",
        ] {
            assert!(
                matches!(parse(&args(bad)), Err(CliError::Usage(_))),
                "{bad}"
            );
        }
        assert!(matches!(
            parse(&args("frobnicate")),
            Err(CliError::Usage(_))
        ));
    }
}
