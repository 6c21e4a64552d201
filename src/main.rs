//! Entry point: mounts the app (and, in debug builds, readable panics in the console).

fn main() {
    // Release builds leave the hook out: users never see the console, and the hook's
    // formatting code costs first-load bytes.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(hulpwijzer::App);
}
