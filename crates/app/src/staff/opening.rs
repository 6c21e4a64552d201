//! Opening a municipality's offers without holding the page: the key file is unlocked
//! (in the decryption module's worker) while the export's newest page is fetched; then
//! page after page, newest first, each page's offers are decrypted in batches, and each
//! batch is handed over as soon as it is open, so the first page of offers shows before
//! the rest of the export has arrived.

use super::{api, StaffError};
use crate::platform::age;
use hulpwijzer_core::staff::{parse_offer, Offer, SealedItem};

/// The first batch: one page of the list, shown as soon as it is open.
pub const FIRST_BATCH: usize = 50;
/// Every later batch (a few tens of milliseconds of work in the module).
pub const BATCH: usize = 200;

/// How far opening has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Waiting for the key and the export's first page.
    Fetching,
    /// `opened` of the `fetched` offers so far are decrypted (more may follow).
    Opening {
        /// Decrypted (or failed to open).
        opened: usize,
        /// Downloaded so far.
        fetched: usize,
    },
}

/// Every offer of the municipality, newest first: `batch_done` gets each batch's offers
/// and how many of its items did not open as an offer, `progress` how far it has come.
///
/// # Errors
/// As [`api::export_page`] and [`age::Unlocking::identity`] (as a [`StaffError`]), or
/// [`StaffError::ModuleUnavailable`] when the decryption module is gone.
pub async fn open_newest_first(
    (endpoint, municipality, token): (&str, &str, &str),
    unlocking: age::Unlocking,
    mut progress: impl FnMut(Progress),
    mut batch_done: impl FnMut(Vec<Offer>, usize),
) -> Result<(), StaffError> {
    let fetch = |cursor: Option<String>| async move {
        api::export_page(endpoint, municipality, token, cursor.as_deref()).await
    };
    progress(Progress::Fetching);
    // The first page downloads while the key unlocks.
    let first = fetch(None).await;
    let identity = unlocking.identity().await?;
    let mut page = first?;
    let (mut fetched, mut opened) = (0, 0);
    loop {
        fetched += page.items.len();
        progress(Progress::Opening { opened, fetched });
        open_in_batches(&identity, &page.items, |batch, not_opened| {
            opened += batch.len() + not_opened;
            batch_done(batch, not_opened);
            progress(Progress::Opening { opened, fetched });
        })
        .await?;
        match page.next_cursor.take() {
            Some(cursor) => page = fetch(Some(cursor)).await?,
            None => return Ok(()),
        }
    }
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
