//! The filters over the opened offers: capacity, pets, start date and place.

use crate::i18n::use_i18n;
use crate::{key, Key};
use hulpwijzer_core::date::Date;
use hulpwijzer_core::form::{MAX_PLACES, MIN_PLACES};
use hulpwijzer_core::staff::{OfferFilter, PetsFilter};
use leptos::prelude::*;

fn pets_key(p: PetsFilter) -> Key {
    match p {
        PetsFilter::Any => key!("staff-filter-pets-any"),
        PetsFilter::Welcome => key!("staff-filter-pets-welcome"),
        PetsFilter::NotWelcome => key!("staff-filter-pets-not-welcome"),
    }
}

/// The filter controls; they change `filter`.
#[component]
pub fn Filters(
    /// The filter the list applies.
    filter: RwSignal<OfferFilter>,
) -> impl IntoView {
    let i18n = use_i18n();
    let capacities = (MIN_PLACES..=MAX_PLACES)
        .map(|n| view! { <option value=n.to_string()>{format!("≥ {n}")}</option> })
        .collect_view();
    let pets = PetsFilter::ALL
        .into_iter()
        .map(|p| view! { <option value=p.code()>{i18n.tr(pets_key(p))}</option> })
        .collect_view();
    view! {
        <fieldset class="staff-filters">
            <legend>{i18n.tr(key!("staff-filters"))}</legend>
            <p class="field">
                <label for="staff-filter-capacity">{i18n.tr(key!("staff-filter-capacity"))}</label>
                <select
                    id="staff-filter-capacity"
                    on:change=move |ev| {
                        let min = event_target_value(&ev).parse().ok();
                        filter.update(|f| f.min_capacity = min);
                    }
                >
                    <option value="">{i18n.tr(key!("staff-filter-any"))}</option>
                    {capacities}
                </select>
            </p>
            <p class="field">
                <label for="staff-filter-pets">{i18n.tr(key!("staff-filter-pets"))}</label>
                <select
                    id="staff-filter-pets"
                    on:change=move |ev| {
                        let pets = PetsFilter::from_code(&event_target_value(&ev));
                        filter.update(|f| f.pets = pets);
                    }
                >
                    {pets}
                </select>
            </p>
            <p class="field">
                <label for="staff-filter-date">{i18n.tr(key!("staff-filter-date"))}</label>
                <input
                    id="staff-filter-date"
                    type="date"
                    on:input=move |ev| {
                        let by = Date::parse(&event_target_value(&ev)).ok();
                        filter.update(|f| f.available_by = by);
                    }
                />
            </p>
            <p class="field">
                <label for="staff-filter-place">{i18n.tr(key!("staff-filter-place"))}</label>
                <input
                    id="staff-filter-place"
                    type="search"
                    on:input=move |ev| {
                        let place = event_target_value(&ev);
                        filter.update(|f| f.place = place);
                    }
                />
            </p>
        </fieldset>
    }
}
