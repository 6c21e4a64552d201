//! Who receives the details, why, for how long, and that nothing leaves the phone
//! before Send is pressed.

use crate::i18n::use_i18n;
use crate::key;
use crate::municipality::name_of;
use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;

/// The privacy notice; `municipality` is the chosen code (reactive).
#[component]
pub fn PrivacyNotice(municipality: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let who = move || match name_of(Some(&municipality.get())) {
        Some(name) => {
            let mut args = FluentArgs::new();
            args.set("municipality", FluentValue::from(name));
            i18n.tr_with(key!("form-privacy-who"), &args)
        }
        None => i18n.tr(key!("form-privacy-who-unknown")),
    };
    view! {
        <section class="privacy" aria-labelledby="hi-privacy-title">
            <h3 id="hi-privacy-title">{i18n.tr(key!("form-privacy-heading"))}</h3>
            <ul>
                <li>{who}</li>
                <li>{i18n.tr(key!("form-privacy-why"))}</li>
                <li>{i18n.tr(key!("form-privacy-how-long"))}</li>
                <li>{i18n.tr(key!("form-privacy-nothing-sent"))}</li>
            </ul>
        </section>
    }
}
