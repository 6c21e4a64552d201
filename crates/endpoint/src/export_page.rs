//! The export's query: `format`, and paging with `limit`, a `cursor` and an `order`.
//!
//! A cursor is the position of the last offer on a page (time received and reference,
//! the export's order, or its reverse with `order=newest`): `1765000000123.KTR-527`. It names no personal data, only what
//! every export item shows anyway. Clients pass it back as it came; it is written out
//! (not encoded) so that the OpenAPI document can state exactly which cursors are taken,
//! and every one it states names a position (a page, maybe empty), never an error.

use crate::error::AppError;
use crate::secret::is_reference;
use crate::store::{Order, Position};

/// The most offers one page holds.
pub const MAX_LIMIT: usize = 1000;
/// A page's size when only `cursor` is given.
pub const DEFAULT_LIMIT: usize = 500;
/// The most digits of a cursor's time: every such number fits in an `i64`.
const MAX_TIME_DIGITS: usize = 18;

/// The format the query asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `format=json`.
    Json,
    /// `format=csv`.
    Csv,
}

/// One page of the export: the offers after `after` in `order`, at most `limit` of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageRequest {
    /// The page starts after this offer.
    pub after: Position,
    /// At most this many offers.
    pub limit: usize,
    /// Oldest or newest first.
    pub order: Order,
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
/// not one [`cursor`] made, or an `order` other than `oldest` or `newest`.
pub fn parse(query: Option<&str>) -> Result<ExportQuery, AppError> {
    let mut format = None;
    let (mut limit, mut after, mut order) = (None, None, None);
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
            Some(("order", value)) => {
                let named = ORDERS.into_iter().find(|o| order_value(*o) == value);
                order = Some(named.ok_or(AppError::InvalidPage)?);
            }
            _ => {}
        }
    }
    let page = match (limit, after, order) {
        (None, None, None) => None,
        (limit, after, order) => {
            let order = order.unwrap_or(Order::OldestFirst);
            Some(PageRequest {
                after: after.unwrap_or_else(|| Position::start(order)),
                limit: limit.unwrap_or(DEFAULT_LIMIT),
                order,
            })
        }
    };
    Ok(ExportQuery { format, page })
}

/// Every order, for reading `order`.
const ORDERS: [Order; 2] = [Order::OldestFirst, Order::NewestFirst];

/// The value of `order` that asks for `order`.
fn order_value(order: Order) -> &'static str {
    match order {
        Order::OldestFirst => "oldest",
        Order::NewestFirst => "newest",
    }
}

impl PageRequest {
    /// The query of the page after this one, which ended at `next` (a [`cursor`]).
    pub fn next_query(&self, next: &str) -> String {
        let (limit, order) = (self.limit, order_value(self.order));
        format!("limit={limit}&order={order}&cursor={next}")
    }
}

/// The cursor of the page after `last`.
pub fn cursor(last: &Position) -> String {
    format!("{}.{}", last.received_at_ms, last.reference)
}

/// The position a cursor names: 1 to [`MAX_TIME_DIGITS`] digits, `.`, a reference (the
/// document's pattern `^[0-9]{1,18}\.[A-HJ-NP-Z]{3}-[2-9]{3}$`).
fn position(cursor: &str) -> Option<Position> {
    let (at, reference) = cursor.split_once('.')?;
    let digits =
        (1..=MAX_TIME_DIGITS).contains(&at.len()) && at.bytes().all(|b| b.is_ascii_digit());
    let position = Position {
        received_at_ms: at.parse().ok().filter(|_| digits)?,
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
        assert_eq!(cursor(&last), "1765000000123.KTR-527");
        let query = format!("limit=2&cursor={}", cursor(&last));
        let page = parse(Some(&query)).ok().and_then(|q| q.page);
        assert_eq!(
            page,
            Some(PageRequest {
                after: last.clone(),
                limit: 2,
                order: Order::OldestFirst,
            })
        );
        let newest = format!("order=newest&cursor={}", cursor(&last));
        let page = parse(Some(&newest)).ok().and_then(|q| q.page);
        assert_eq!(
            page,
            Some(PageRequest {
                after: last,
                limit: DEFAULT_LIMIT,
                order: Order::NewestFirst,
            })
        );
        let first = parse(Some("order=newest")).ok().and_then(|q| q.page);
        assert_eq!(
            first.map(|p| p.after),
            Some(Position::start(Order::NewestFirst))
        );
        for bad in [
            "limit=0",
            "limit=1001",
            "limit=x",
            "cursor=",
            "cursor=%%",
            "cursor=MTIz",
            "cursor=+1.KTR-527",
            "cursor=1234567890123456789.KTR-527",
            "cursor=1.KTR-521",
            "cursor=1.KTR-527x",
            "cursor=.KTR-527",
            "order=",
            "order=desc",
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
