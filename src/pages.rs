//! Pages: [`Page`] decodes the URL and shows a question, an outcome or an error.

mod error_page;
mod outcome_page;
mod page;
mod question_page;
mod status_views;

pub use error_page::{ErrorKind, ErrorPage};
pub use outcome_page::OutcomePage;
pub use page::Page;
pub use question_page::QuestionPage;
pub use status_views::{LoadingTexts, TextsFailed};
