//! What the form starts from: the municipality from the link and the answers the host
//! already gave in the hosting check; and the stored draft, when there is one.

use crate::catalog::catalog;
use crate::form::{now_ms, Draft, DraftLoad, FlagField};
use crate::municipality::lookup;
use hulpwijzer_core::engine::replay;
use hulpwijzer_core::form::{settled_by, Field};
use hulpwijzer_core::route::Route;

/// What the new draft starts from: the municipality from `?m=` and the yes/no fields
/// the host already answered in the hosting check.
#[derive(Clone, Debug, Default)]
pub struct Start {
    /// The municipality's code from `?m=`, when it is one.
    pub municipality: Option<String>,
    /// The yes/no fields the check settled, with their values.
    pub settled: Vec<(Field, bool)>,
}

impl Start {
    /// What `route` settles.
    pub fn of(route: &Route) -> Start {
        let settled = route
            .position()
            .and_then(|(tree, answers)| replay(catalog().tree(tree.as_str())?, answers).ok())
            .map(|walk| settled_by(&walk))
            .unwrap_or_default();
        Start {
            municipality: lookup(route.municipality.as_deref()).map(|m| m.code.clone()),
            settled,
        }
    }
}

/// A new draft (what is rendered before the stored draft is read), for `municipality`.
pub fn blank_draft(start: &Start, municipality: Option<&str>) -> Draft {
    let mut draft = Draft {
        municipality: municipality.unwrap_or_default().to_owned(),
        ..Draft::default()
    };
    for (field, value) in &start.settled {
        if let Some(flag) = FlagField::of(*field) {
            *flag.get_mut(&mut draft) = *value;
        }
    }
    draft
}

/// The stored draft (or a new one, with the municipality from `?m=`), and whether an
/// unreadable one was discarded. Reads the phone's storage and clock: call it from an
/// effect, never while rendering.
pub fn restore(start: &Start) -> (Draft, bool) {
    let now = now_ms();
    let municipality = start.municipality.as_deref();
    let (mut draft, discarded) = match Draft::load(now) {
        DraftLoad::Found(d) => (*d, false),
        DraftLoad::Empty => (blank_draft(start, municipality), false),
        DraftLoad::Discarded => (blank_draft(start, municipality), true),
    };
    if draft.municipality.is_empty() {
        draft.municipality = municipality.unwrap_or_default().to_owned();
    }
    if draft.started_ms == 0 {
        draft.started_ms = now;
    }
    (draft, discarded || Draft::was_discarded())
}
