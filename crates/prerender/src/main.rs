//! `prerender`: writes every page of the portal into a directory as plain HTML
//! (run by `cargo xtask`; see `hulpwijzer::prerender`).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Err(e) = hulpwijzer::prerender::run(&args) {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}
