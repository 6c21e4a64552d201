//! The page generator's tests (feature `ssr`), one module per file, in one test binary: one
//! link instead of one per file (decision 21). `event_moved.rs` is a binary of its own: it
//! installs another catalog for its whole process.

mod browser_catalog;
mod page_head;
mod prerender_on_a_day;
mod support;
mod texts_shown;
mod topic_index;
