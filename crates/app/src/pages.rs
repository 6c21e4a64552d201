//! Pages: [`Page`] decodes the URL and shows a question, an outcome, an outcome's desk
//! card, a municipality, the staff page or an error; [`meta`] says what each page puts in `<head>`.

mod desk_page;
#[cfg(feature = "host-form")]
mod embed_page;
mod error_page;
pub mod meta;
mod municipality_index;
mod municipality_page;
mod outcome_page;
mod page;
mod question_page;
#[cfg(feature = "staff-page")]
mod staff_page;
mod status_views;

pub use desk_page::{pair, pair_key, DeskPage};
#[cfg(feature = "host-form")]
pub use embed_page::EmbedPage;
pub use error_page::{ErrorKind, ErrorPage};
#[cfg(feature = "ssr")]
pub use municipality_index::municipality_href;
pub use municipality_index::{index_href, MunicipalityIndex};
pub use municipality_page::MunicipalityPage;
pub use outcome_page::OutcomePage;
pub use page::Page;
pub use question_page::QuestionPage;
#[cfg(feature = "staff-page")]
pub use staff_page::StaffPage;
pub use status_views::Waiting;
