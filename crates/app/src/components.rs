//! Small building blocks of the pages, one per file.

mod answer_summary;
mod back_link;
#[cfg(any(feature = "host-form", feature = "staff-page"))]
mod confirm_step;
mod contact_card;
mod desk_contacts;
mod desk_link;
mod desk_terms;
mod document;
mod form_section;
#[cfg(feature = "host-form")]
mod host_interest_form;
mod hub_list;
mod language_switcher;
mod link_item;
mod link_list;
mod municipality_card;
mod municipality_picker;
#[cfg(any(feature = "host-form", feature = "staff-page"))]
mod offer_labels;
mod offline_saver;
mod pending_change;
mod pending_offer;
mod progress;
mod quick_exit;
mod read_aloud;
mod related_topics;
mod search_field;
mod share_bar;
mod shortcuts;
mod site_footer;
mod site_header;
mod source_list;
mod topic_links;
mod updated_for_today;

pub use answer_summary::AnswerSummary;
pub use back_link::BackLink;
#[cfg(any(feature = "host-form", feature = "staff-page"))]
pub use confirm_step::ConfirmStep;
pub use contact_card::ContactCard;
pub use desk_contacts::DeskContacts;
pub use desk_link::DeskLink;
pub use desk_terms::DeskTerms;
pub use document::focus_heading_after_navigation;
pub use form_section::FormSection;
#[cfg(feature = "host-form")]
pub use host_interest_form::{HostInterestForm, SentOffers};
pub use hub_list::HubList;
#[cfg(feature = "host-form")]
pub use language_switcher::own_name;
pub use language_switcher::LanguageSwitcher;
pub use link_list::LinkList;
pub use municipality_card::{KnownMunicipality, MunicipalityCard};
pub use municipality_picker::MunicipalityPicker;
#[cfg(any(feature = "host-form", feature = "staff-page"))]
pub use offer_labels::{duration_label, label_of, language_label, summary_item};
pub use offline_saver::OfflineSaver;
pub use pending_change::PendingChange;
pub use pending_offer::PendingOffer;
#[cfg(feature = "host-form")]
pub use pending_offer::SENT_LIST;
pub use progress::Progress;
pub use quick_exit::QuickExit;
#[cfg(feature = "ssr")]
pub use quick_exit::NEUTRAL_SITE;
pub use read_aloud::ReadAloud;
pub use related_topics::RelatedTopics;
pub use search_field::SearchField;
pub use share_bar::ShareBar;
pub use shortcuts::Shortcuts;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use source_list::SourceList;
pub use topic_links::TopicLinks;
pub use updated_for_today::UpdatedForToday;
