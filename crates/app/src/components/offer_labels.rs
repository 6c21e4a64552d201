//! What the host-interest form and the staff page both say of an offer: the label of each
//! field the host fills in, of each duration and of each language, and a line of an
//! error summary. The form's inputs take their labels from here (`host_interest_form`'s
//! table), the staff page shows an offer with them, so one wording names a field on both.

use crate::platform;
use crate::{key, Key};
use hulpwijzer_core::form::{Field, Language, StayDuration};
use leptos::prelude::*;

/// The label key of `field`'s input (a legend for the languages), if the host fills it in.
pub fn label_of(field: Field) -> Option<Key> {
    Some(match field {
        Field::Name => key!("form-name-label"),
        Field::Email => key!("form-email-label"),
        Field::Phone => key!("form-phone-label"),
        Field::Municipality => key!("form-municipality-label"),
        Field::Place => key!("form-place-label"),
        Field::Capacity => key!("form-capacity-label"),
        Field::Rooms => key!("form-rooms-label"),
        Field::SeparateRoomWithDoor => key!("form-separate-room-with-door-label"),
        Field::PetsAccepted => key!("form-pets-accepted-label"),
        Field::StairsOrBunkBedsOnly => key!("form-stairs-or-bunk-beds-only-label"),
        Field::RemoteLocationOwnTransportNeeded => {
            key!("form-remote-location-own-transport-needed-label")
        }
        Field::AvailableFrom => key!("form-available-from-label"),
        Field::Duration => key!("form-duration-label"),
        Field::Languages => key!("form-languages-legend"),
        Field::Note => key!("form-note-label"),
        Field::ConsentContactNow => key!("form-consent-contact-now-label"),
        Field::ConsentKeepForFuture => key!("form-consent-keep-for-future-label"),
        // Sent by the form itself (its version, the time taken, the key that makes a
        // resend harmless), the honeypot and the whole body: no input the host sees.
        Field::SchemaVersion
        | Field::Website
        | Field::FillMs
        | Field::IdempotencyKey
        | Field::Form => return None,
    })
}

/// The label key of each duration option.
pub fn duration_label(d: StayDuration) -> Key {
    match d {
        StayDuration::ThreeToSixMonths => key!("form-duration-three-to-six-months"),
        StayDuration::SixToTwelveMonths => key!("form-duration-six-to-twelve-months"),
        StayDuration::MoreThanAYear => key!("form-duration-more-than-a-year"),
        StayDuration::Unsure => key!("form-duration-unsure"),
    }
}

/// The label key of each language checkbox.
pub fn language_label(l: Language) -> Key {
    match l {
        Language::Uk => key!("form-language-uk"),
        Language::Ru => key!("form-language-ru"),
        Language::En => key!("form-language-en"),
        Language::Nl => key!("form-language-nl"),
        Language::De => key!("form-language-de"),
        Language::Pl => key!("form-language-pl"),
        Language::Other => key!("form-language-other"),
    }
}

/// One line of an error summary: a link that moves focus to the element `target`.
pub fn summary_item(target: String, text: String) -> impl IntoView {
    let href = format!("#{target}");
    view! {
        <li>
            <a
                href=href
                on:click=move |ev| {
                    ev.prevent_default();
                    platform::focus_element(&target);
                }
            >
                {text}
            </a>
        </li>
    }
}
