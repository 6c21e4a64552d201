//! Whether the page has been hydrated yet.
//!
//! The first render in the browser must equal the pre-rendered HTML, which was made
//! from the path alone. So what a static host cannot know (the query: `?m=`,
//! `?change=`; the device's storage; the deployment's endpoint) is applied only after
//! hydration, when this flag turns on; on the server it stays off.

use leptos::prelude::*;

/// The flag, provided once at the root.
#[derive(Clone, Copy)]
pub struct Hydrated(RwSignal<bool>);

impl Hydrated {
    /// Whether the page is live in a browser (reactive).
    pub fn get(&self) -> bool {
        self.0.get()
    }
}

/// Provides the flag; an effect turns it on once the app has hydrated (effects never
/// run on the server, and in the browser they run after hydration is done), in a task of
/// its own, so what the flag redraws does not lengthen the hydrating task.
pub fn provide_hydrated() -> Hydrated {
    let flag = Hydrated(RwSignal::new(false));
    provide_context(flag);
    Effect::new(move |_| {
        leptos::task::spawn_local(async move {
            crate::platform::next_task().await;
            flag.0.set(true);
            crate::platform::mark_hydrated();
        });
    });
    flag
}

/// The flag.
pub fn use_hydrated() -> Hydrated {
    expect_context::<Hydrated>()
}
