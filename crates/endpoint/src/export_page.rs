//! The export's query: `format`, and paging with `limit` and an opaque `cursor`.
//!
//! A cursor is the position of the last offer on a page (time received and reference,
//! the export's order), base64url-encoded. It names no personal data, only what every
//! export item shows anyway; it is opaque so that clients pass it back as it came.

use crate::error::AppError;
use crate::secret::is_reference;
use crate::store::Position;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// The most offers one page holds.
pub const MAX_LIMIT: usize = 1000;
/// A page's size when only `cursor` is given.
pub const DEFAULT_LIMIT: usize = 500;
/// The longest cursor taken (a position encodes to far fewer characters).
const MAX_CURSOR: usize = 128;

/// The format the query asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `format=json`.
    Json,
    /// `format=csv`.
    Csv,
}

/// One page of the export: the offers after `after`, at most `limit` of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageRequest {
    /// The page starts after this offer.
    pub after: Position,
    /// At most this many offers.
    pub limit: usize,
}

/// What the export's query string asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportQuery {
    /// `format`, if given.
    pub format: Option<Format>,
    /// A page, when `limit` or `cursor` is given; else every offer.
    pub page: Option<PageRequest>,
}

/// Reads the export's query string.
///
/// # Errors
/// [`AppError::UnknownFormat`] for a `format` other than `json` or `csv`,
/// [`AppError::InvalidPage`] for a `limit` outside 1–[`MAX_LIMIT`] or a `cursor` that is
/// not one [`cursor`] made.
pub fn parse(query: Option<&str>) -> Result<ExportQuery, AppError> {
    let mut format = None;
    let (mut limit, mut after) = (None, None);
    for pair in query.unwrap_or_default().split('&') {
        match pair.split_once('=') {
            Some(("format", "csv")) => format = Some(Format::Csv),
            Some(("format", "json")) => format = Some(Format::Json),
            Some(("format", _)) => return Err(AppError::UnknownFormat),
            Some(("limit", n)) => {
                let n: usize = n.parse().map_err(|_| AppError::InvalidPage)?;
                if !(1..=MAX_LIMIT).contains(&n) {
                    return Err(AppError::InvalidPage);
                }
                limit = Some(n);
            }
            Some(("cursor", c)) => after = Some(position(c).ok_or(AppError::InvalidPage)?),
            _ => {}
        }
    }
    let page = match (limit, after) {
        (None, None) => None,
        (limit, after) => Some(PageRequest {
            after: after.unwrap_or_else(Position::start),
            limit: limit.unwrap_or(DEFAULT_LIMIT),
        }),
    };
    Ok(ExportQuery { format, page })
}

/// The opaque cursor of the page after `last`.
pub fn cursor(last: &Position) -> String {
    URL_SAFE_NO_PAD.encode(format!("{}.{}", last.received_at_ms, last.reference))
}

/// The position a cursor of [`cursor`] names.
fn position(cursor: &str) -> Option<Position> {
    if cursor.is_empty() || cursor.len() > MAX_CURSOR {
        return None;
    }
    let text = String::from_utf8(URL_SAFE_NO_PAD.decode(cursor).ok()?).ok()?;
    let (at, reference) = text.split_once('.')?;
    let position = Position {
        received_at_ms: at.parse().ok()?,
        reference: reference.to_owned(),
    };
    is_reference(&position.reference).then_some(position)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_names_its_position_and_nothing_else_passes() {
        let last = Position {
            received_at_ms: 1_765_000_000_123,
            reference: "KTR-527".into(),
        };
        let query = format!("limit=2&cursor={}", cursor(&last));
        let page = parse(Some(&query)).ok().and_then(|q| q.page);
        assert_eq!(
            page,
            Some(PageRequest {
                after: last,
                limit: 2
            })
        );
        for bad in [
            "limit=0",
            "limit=1001",
            "limit=x",
            "cursor=",
            "cursor=%%",
            "cursor=MTIz",
        ] {
            assert!(
                matches!(parse(Some(bad)), Err(AppError::InvalidPage)),
                "{bad}"
            );
        }
        assert!(matches!(
            parse(Some("format=xml")),
            Err(AppError::UnknownFormat)
        ));
        let whole = parse(Some("format=csv")).ok();
        assert_eq!(whole.and_then(|q| q.format), Some(Format::Csv));
        assert_eq!(parse(None).ok(), Some(ExportQuery::default()));
    }
}
