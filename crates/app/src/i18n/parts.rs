//! Which wasm this build is, and so which parts of a language's texts
//! (`hulpwijzer_core::texts::TextPart`) it loads after the portal's and the page's own
//! ([`Wasm::own_parts`]). The page generator picks each page's wasm itself
//! (`crate::prerender`); its test renders every page with exactly the parts that page's
//! browser loads (`crates/prerender/tests/texts_shown.rs`).

use hulpwijzer_core::texts::Wasm;

/// The wasm this build is.
pub const THIS_WASM: Wasm =
    Wasm::of_features(cfg!(feature = "staff-page"), cfg!(feature = "host-form"));
