//! Which parts of a language's texts ([`TextPart`]) a page loads: the portal's, then the
//! page's own ([`TextPart::of_page`]), then those of the wasm it loads. The browser
//! fetches exactly these (`crate::boot`); the page generator's test renders every page
//! with exactly these (`tests/texts_shown.rs`).

use hulpwijzer_core::texts::TextPart;

/// One of the portal's three wasms (decisions 13, 14 and 31).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wasm {
    /// Every page's, but the ones below.
    Portal,
    /// The pages with the host-interest form, and the page for web editors.
    Host,
    /// The staff page.
    Staff,
}

impl Wasm {
    /// The wasm this build is.
    #[cfg(feature = "hydrate")]
    pub const THIS: Wasm = if cfg!(staff_page) {
        Wasm::Staff
    } else if cfg!(host_form) {
        Wasm::Host
    } else {
        Wasm::Portal
    };

    /// The parts only this wasm renders, which it loads after the page's: the form's in
    /// the host and staff wasms, the staff page's in the staff wasm; none in the portal's.
    pub fn own_parts(self) -> &'static [TextPart] {
        match self {
            Wasm::Portal => &[],
            Wasm::Host => &[TextPart::Form],
            Wasm::Staff => &[TextPart::Form, TextPart::Staff],
        }
    }
}
