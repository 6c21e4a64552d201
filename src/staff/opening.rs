//! Opening a municipality's offers without holding the page: the export is fetched a
//! page at a time (the endpoint's `limit`/cursor) while the key file is unlocked, then
//! the offers are decrypted newest first in batches; the module lets the event loop run
//! after every batch, and each batch is handed over as soon as it is open, so the first
//! page of offers shows while the rest are still being decrypted.

use super::{api, StaffError};
use crate::platform::age;
use hulpwijzer_core::staff::{parse_offer, Offer, SealedItem};

/// The first batch: one page of the list, shown as soon as it is open.
pub const FIRST_BATCH: usize = 50;
/// Every later batch (a few tens of milliseconds of work in the module).
pub const BATCH: usize = 200;

/// Every sealed offer of the municipality, newest first (the export's order, oldest
/// first, reversed), fetched page by page; `on_page` gets how many arrived so far.
///
/// # Errors
/// As [`api::export_page`].
pub async fn fetch_all(
    endpoint: &str,
    municipality: &str,
    token: &str,
    on_page: impl Fn(usize),
) -> Result<Vec<SealedItem>, StaffError> {
    let mut items = Vec::new();
    let mut cursor = None::<String>;
    loop {
        let page = api::export_page(endpoint, municipality, token, cursor.as_deref()).await?;
        items.extend(page.items);
        on_page(items.len());
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    items.reverse();
    Ok(items)
}

/// Decrypts `items` with `identity` in batches, in their order; `batch_done` gets each
/// batch's offers and how many of its items did not open as an offer.
///
/// # Errors
/// [`StaffError::ModuleUnavailable`] when the decryption module is gone.
pub async fn open_in_batches(
    identity: &str,
    items: &[SealedItem],
    mut batch_done: impl FnMut(Vec<Offer>, usize),
) -> Result<(), StaffError> {
    let mut start = 0;
    while start < items.len() {
        let size = if start == 0 { FIRST_BATCH } else { BATCH };
        let batch = &items[start..items.len().min(start + size)];
        let sealed: Vec<&str> = batch.iter().map(|i| i.sealed.as_str()).collect();
        let opened = age::open_many(identity, &sealed).await?;
        let mut offers = Vec::with_capacity(batch.len());
        for (item, text) in batch.iter().zip(opened) {
            if let Some(offer) = text.and_then(|t| parse_offer(item, &t)) {
                offers.push(offer);
            }
        }
        let failed = batch.len() - offers.len();
        batch_done(offers, failed);
        start += batch.len();
    }
    Ok(())
}
