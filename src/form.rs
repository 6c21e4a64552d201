//! The host-interest form's logic, apart from its view: the draft kept on the device,
//! and the outbox that sends submissions until the endpoint acknowledges them.

mod draft;
mod draft_field;
mod key;
mod notice;
mod outbox;
mod sender;
mod withdraw;

pub use draft::{Draft, DraftLoad};
pub use draft_field::{FlagField, TextField};
pub use key::new_key;
pub use notice::Notice;
pub use outbox::{Sent, Withdrawal};
pub use sender::{provide_sender, use_sender, SendStatus};

/// Whether an offer is waiting in the outbox on this device (reads storage: call it
/// from effects only).
pub fn has_pending() -> bool {
    outbox::has_stored()
}

/// Milliseconds since the epoch, from the browser's clock (0 outside a browser).
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
