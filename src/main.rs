//! Entry point of the wasm: hydrates the pre-rendered page (see `hulpwijzer::boot`).

fn main() {
    // Release builds leave the hook out: users never see the console, and the hook's
    // formatting code costs bytes.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    #[cfg(feature = "hydrate")]
    hulpwijzer::boot::start();
}
