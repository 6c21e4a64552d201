//! Entry point of the wasm of the pages with the host-interest form: hydrates the pre-rendered page (see `hulpwijzer::boot`). What
//! it contains is the features its `Cargo.toml` gives the app.

fn main() {
    hulpwijzer::boot::start();
}
