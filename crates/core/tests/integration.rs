//! The core's integration tests, one module per file, in one test binary: one link
//! instead of one per file (decision 21).

mod content;
#[path = "support/copy.rs"]
mod copy;
mod dated;
mod desk;
mod engine;
mod events;
mod form;
mod from_check;
mod glossary;
mod journeys;
mod marks;
mod related_first;
mod route;
mod safety;
mod shortcut;
mod text_parts;
mod validator;
