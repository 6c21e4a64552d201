//! The day the page shows content for. The pre-rendered HTML was made for the build's
//! day (written into the page as `<meta name="hw-date">`), so hydration starts there;
//! once the page is live it switches to the device's date, and content that changes on
//! a date (the end of temporary protection) is right without a rebuild.

use crate::hydration::use_hydrated;
use hulpwijzer_core::date::Date;
use leptos::prelude::*;

/// The day as a signal, provided once at the root, and the day the HTML was rendered for.
#[derive(Clone, Copy)]
pub struct Today(RwSignal<Date>, Date);

impl Today {
    /// The day (reactive).
    pub fn get(&self) -> Date {
        self.0.get()
    }

    /// The day the pre-rendered HTML shows (`<meta name="hw-date">`).
    pub fn rendered_on(&self) -> Date {
        self.1
    }
}

/// The day this build was made for (`HULPWIJZER_TODAY`, printed by the build script).
pub fn build_date() -> Date {
    // The build script writes a date it has parsed itself, so this cannot fail.
    Date::parse(env!("HULPWIJZER_BUILD_DATE")).unwrap_or_else(|_| Date::from_days_since_epoch(0))
}

/// The day the HTML being hydrated was rendered for, provided by [`crate::root`].
#[derive(Clone, Copy, Debug)]
pub struct RenderedOn(pub Date);

/// Provides the day, starting at `rendered_on`; after hydration the device's date.
pub fn provide_today(rendered_on: Date) -> Today {
    let today = Today(RwSignal::new(rendered_on), rendered_on);
    provide_context(today);
    let hydrated = use_hydrated();
    Effect::new(move |_| {
        if hydrated.get() {
            let device = crate::form::today();
            if device != today.0.get_untracked() {
                today.0.set(device);
            }
        }
    });
    today
}

/// The day.
pub fn use_today() -> Today {
    expect_context::<Today>()
}
