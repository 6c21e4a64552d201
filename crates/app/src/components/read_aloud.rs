//! "Read this page aloud": the page's main content read by the device's own voice, in
//! the page's language, with pause and stop. Shown only once the page is live and only
//! when the device has a voice for the language, so nobody sees a button that does
//! nothing (the pre-rendered page never has it).

use crate::hydration::use_hydrated;
use crate::i18n::use_i18n;
use crate::key;
use crate::platform::speech;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::rc::Rc;

/// Where reading stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    /// Not reading.
    Idle,
    /// Reading.
    Speaking,
    /// Paused in the middle.
    Paused,
}

impl Reading {
    fn as_str(self) -> &'static str {
        match self {
            Reading::Idle => "idle",
            Reading::Speaking => "speaking",
            Reading::Paused => "paused",
        }
    }
}

/// The read-aloud controls: one button that starts, pauses and continues, and Stop.
#[component]
pub fn ReadAloud() -> impl IntoView {
    let i18n = use_i18n();
    let hydrated = use_hydrated();
    let locale = i18n.locale();
    let has_voice = RwSignal::new(false);
    let state = RwSignal::new(Reading::Idle);
    Effect::new(move |_| {
        if hydrated.get() {
            has_voice.set(speech::has_voice(locale));
            speech::on_voices_changed(move || has_voice.set(speech::has_voice(locale)));
        }
    });
    // Another page: stop reading the old one.
    let pathname = use_location().pathname;
    Effect::new(move |_| {
        pathname.track();
        speech::stop();
        state.set(Reading::Idle);
    });
    on_cleanup(speech::stop);
    let toggle = move |_| match state.get_untracked() {
        Reading::Idle => {
            let done = Rc::new(move || state.set(Reading::Idle));
            if speech::read_main(locale, done) {
                state.set(Reading::Speaking);
            }
        }
        Reading::Speaking => {
            speech::pause();
            state.set(Reading::Paused);
        }
        Reading::Paused => {
            speech::resume();
            state.set(Reading::Speaking);
        }
    };
    let stop = move |_| {
        speech::stop();
        state.set(Reading::Idle);
    };
    let label = move || match state.get() {
        Reading::Idle => i18n.tr(key!("read-aloud-start")),
        Reading::Speaking => i18n.tr(key!("read-aloud-pause")),
        Reading::Paused => i18n.tr(key!("read-aloud-resume")),
    };
    move || {
        (hydrated.get() && has_voice.get()).then(|| {
            view! {
                <div
                    class="read-aloud"
                    role="group"
                    aria-label=i18n.tr(key!("read-aloud-label"))
                    data-no-read=""
                    data-state=move || state.get().as_str()
                >
                    <button
                        type="button"
                        class="utrecht-button utrecht-button--secondary-action read-aloud-toggle"
                        on:click=toggle
                    >
                        {label}
                    </button>
                    <button
                        type="button"
                        class="utrecht-button utrecht-button--secondary-action read-aloud-stop"
                        on:click=stop
                        disabled=move || state.get() == Reading::Idle
                    >
                        {i18n.tr(key!("read-aloud-stop"))}
                    </button>
                </div>
            }
        })
    }
}
