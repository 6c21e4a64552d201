//! The endpoint's integration tests, one module per file, in one test binary: one link
//! instead of one per file (decision 21).

mod card_proposals;
mod common;
mod connections;
mod export_pages;
mod hardening;
mod lambda;
mod no_resurrection;
mod openapi;
mod openapi_cards;
mod postgres_tls;
mod router;
mod small_hardening;
mod sockets;
mod sqlite_group_commit;
mod unregister;
