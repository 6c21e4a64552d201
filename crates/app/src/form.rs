//! The host-interest form's logic, apart from its view: the draft kept on the device,
//! and the outbox that sends submissions until the endpoint acknowledges them.
//!
//! Only the wasm of the pages with the form has it (feature `host-form`, decision 14); the
//! portal's wasm reads no more than whether an offer is waiting, the references of the
//! offers sent, and on which page.

#[cfg(feature = "host-form")]
mod draft;
#[cfg(feature = "host-form")]
mod draft_field;
#[cfg(feature = "host-form")]
mod key;
#[cfg(feature = "host-form")]
mod notice;
#[cfg(feature = "host-form")]
mod outbox;
#[cfg(feature = "host-form")]
mod sender;
#[cfg(feature = "host-form")]
mod withdraw;

#[cfg(feature = "host-form")]
pub use draft::{Draft, DraftLoad, KEY as DRAFT};
#[cfg(feature = "host-form")]
pub use draft_field::{FlagField, TextField};
#[cfg(feature = "host-form")]
pub use key::new_key;
#[cfg(feature = "host-form")]
pub use notice::Notice;
#[cfg(feature = "host-form")]
pub use outbox::{keep_references, Sent, Withdrawal};
#[cfg(feature = "host-form")]
pub use sender::{provide_sender, use_sender, SendStatus, Sender};

/// Where the submissions waiting to be sent are kept on the device.
const OUTBOX: &str = "hulpwijzer.host-interest.outbox";
/// Where the acknowledged submissions are kept on the device.
#[cfg(feature = "host-form")]
const SENT: &str = "hulpwijzer.host-interest.sent";
/// The address of the form's page where the latest offer was submitted: the other pages
/// link there while an offer waits or offers sent are kept.
const FORM_PAGE: &str = "hulpwijzer.host-interest.page";

/// Whether an offer is waiting in the outbox on this device (reads storage: call it
/// from effects only).
pub fn has_pending() -> bool {
    // The sender stores an outbox it has emptied as a JSON array with nothing in it.
    crate::storage::get(OUTBOX).is_some_and(|v| !matches!(v.trim(), "" | "[]"))
}

/// The references of the offers sent from this device and not withdrawn, `, `-joined:
/// written by the host wasm whenever it writes the list of them
/// (`hulpwijzer.host-interest.sent`), for the portal's wasm, which has no JSON parser to
/// read that list (decision 27).
const SENT_REFERENCES: &str = "hulpwijzer.host-interest.sent-references";

/// The references of the offers sent from this device and not withdrawn, `, `-joined,
/// oldest first; `None` when there are none or the stored value is not a list of
/// references (reads storage: call it from effects only).
#[cfg(not(feature = "host-form"))]
pub fn sent_references() -> Option<String> {
    crate::storage::get(SENT_REFERENCES).filter(|r| {
        !r.is_empty()
            && r.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-, ".contains(&b))
    })
}

/// The references of `sent`, `, `-joined as the portal's wasm reads them; `None` for none.
#[cfg(feature = "host-form")]
pub fn references_of(sent: &[Sent]) -> Option<String> {
    let all: Vec<&str> = sent.iter().map(|s| s.reference.as_str()).collect();
    (!all.is_empty()).then(|| all.join(", "))
}

/// The page of the form where the latest offer was submitted, if the device kept it
/// and it is one of the portal's addresses (reads storage: call it from effects only).
pub fn pending_page() -> Option<String> {
    let stored = crate::storage::get(FORM_PAGE)?;
    let (path, query) = stored.split_once('?').unwrap_or((&stored, ""));
    // Written again from its parts, so the link can only lead to a page of this site.
    hulpwijzer_core::route::Route::parse(path, query)
        .ok()
        .map(|route| route.to_url())
}

/// Remembers the page of the form an offer is submitted from (see [`pending_page`]).
#[cfg(feature = "host-form")]
pub fn remember_page(path: &str) {
    // Best effort: without it, the other pages say an offer waits or was sent but link nowhere.
    let _ = crate::storage::set(FORM_PAGE, path);
}

/// Whether the page `route` points to shows the host-interest form, and with it the
/// offers sent (an outcome page with a form; not its desk card, not a question being
/// changed).
#[cfg(feature = "host-form")]
pub fn shown_on(route: &hulpwijzer_core::route::Route) -> bool {
    use hulpwijzer_core::engine::{replay, Position};
    use hulpwijzer_core::route::Page;
    let (tree, answers) = match &route.page {
        Page::Tree {
            tree,
            answers,
            edit: None,
        } => (tree, answers),
        Page::Tree { edit: Some(_), .. }
        | Page::Desk { .. }
        | Page::MunicipalityIndex
        | Page::Municipality(_)
        | Page::Embed
        | Page::Staff => return false,
    };
    let Some(tree) = crate::catalog::catalog().tree(tree.as_str()) else {
        return false;
    };
    matches!(
        replay(tree, answers).map(|walk| walk.position),
        Ok(Position::Outcome(outcome)) if outcome.form.is_some()
    )
}

/// Milliseconds since the epoch, from the browser's clock (0 outside a browser).
#[cfg(feature = "host-form")]
pub fn now_ms() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as u64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0
    }
}

/// Today's date on the device (local time: the host is in the Netherlands).
pub fn today() -> hulpwijzer_core::date::Date {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new_0();
        hulpwijzer_core::date::Date {
            year: d.get_full_year() as i32,
            month: d.get_month() as u8 + 1,
            day: d.get_date() as u8,
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        hulpwijzer_core::date::Date::from_days_since_epoch(0)
    }
}
