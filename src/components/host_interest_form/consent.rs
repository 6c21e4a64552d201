//! Consent per purpose, and the honeypot that people never see.

use super::checkboxes::CheckField;
use super::fields::FormState;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The two consents: contact about this offer (required), keep it for later (optional).
#[component]
pub fn Consent(state: FormState) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="field">
            <legend>{i18n.tr("form-consent-legend")}</legend>
            <CheckField
                state
                field="consent_contact_now"
                label=i18n.tr("form-consent-contact-now-label")
                get=|d| d.consent_contact_now
                set=|d, v| d.consent_contact_now = v
            />
            <CheckField
                state
                field="consent_keep_for_future"
                label=i18n.tr("form-consent-keep-for-future-label")
                hint=i18n.tr("form-consent-keep-for-future-hint")
                get=|d| d.consent_keep_for_future
                set=|d, v| d.consent_keep_for_future = v
            />
        </fieldset>
    }
}

/// A field only bots fill in: hidden from sight and from assistive technology, out of
/// the tab order and never autofilled.
#[component]
pub fn Honeypot(state: FormState) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="hp" aria-hidden="true">
            <label for="hi-website">{i18n.tr("form-website-label")}</label>
            <input
                id="hi-website"
                name="website"
                type="text"
                tabindex="-1"
                autocomplete="off"
                prop:value=state.text(|d| &d.website)
                on:input=state.set_text(|d, v| d.website = v)
            />
        </div>
    }
}
