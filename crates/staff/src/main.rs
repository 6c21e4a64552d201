//! Entry point of the staff page's wasm: hydrates the pre-rendered page (see `hulpwijzer::boot`). What
//! it contains is the features its `Cargo.toml` gives the app.

fn main() {
    hulpwijzer::boot::start();
}
