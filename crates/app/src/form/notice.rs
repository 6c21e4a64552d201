//! What the form tells the host about their phone's storage and about offers sent in
//! the background, apart from the status of the current offer.

use crate::{key, Key};

/// A notice shown above the form until the page is left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The phone keeps nothing (storage blocked, missing or full): the form is sent
    /// anyway, but no copy stays on the phone if the page is closed.
    StorageRefused,
    /// Offers saved on the phone could not be read and were removed.
    OutboxUnreadable,
    /// The list of offers sent from this phone could not be read and was removed.
    SentUnreadable,
    /// An offer saved earlier on this phone was refused by the endpoint and removed.
    RejectedEarlier,
}

impl Notice {
    /// Its Fluent message key.
    pub fn key(self) -> Key {
        match self {
            Notice::StorageRefused => key!("form-storage-refused"),
            Notice::OutboxUnreadable => key!("form-outbox-unreadable"),
            Notice::SentUnreadable => key!("form-sent-unreadable"),
            Notice::RejectedEarlier => key!("form-rejected-earlier"),
        }
    }

    /// Its class, for styling and tests.
    pub fn class(self) -> &'static str {
        match self {
            Notice::StorageRefused => "notice storage-refused",
            Notice::OutboxUnreadable => "notice outbox-unreadable",
            Notice::SentUnreadable => "notice sent-unreadable",
            Notice::RejectedEarlier => "notice rejected-earlier",
        }
    }
}
