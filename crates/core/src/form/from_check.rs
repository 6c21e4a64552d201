//! The answers of the hosting check that the form asks again: the form starts from what
//! the host already answered, so the municipality receives that answer and not a box
//! left unticked. Only the check's own answers count; a field no answer settles starts
//! empty.

use super::Field;
use crate::engine::Walk;

/// The tree of the hosting check.
pub const HOSTING_CHECK: &str = "hosting-check";

/// One answer of the hosting check that settles a yes/no field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckAnswer {
    /// The question's id in [`HOSTING_CHECK`].
    pub question: &'static str,
    /// The option chosen.
    pub option: &'static str,
    /// The form's yes/no field it settles.
    pub field: Field,
    /// The value it gives that field.
    pub value: bool,
}

/// Every answer of the check the form asks again ("Do you have a room of your own, with
/// a door that closes?" → "A room of its own with a door that closes").
pub const CHECK_ANSWERS: [CheckAnswer; 1] = [CheckAnswer {
    question: "room",
    option: "yes",
    field: Field::SeparateRoomWithDoor,
    value: true,
}];

/// The yes/no fields the answers of `walk` settle, with their values, in answer order;
/// none when `walk` is not the hosting check.
pub fn settled_by(walk: &Walk<'_>) -> Vec<(Field, bool)> {
    if walk.tree.id.as_str() != HOSTING_CHECK {
        return Vec::new();
    }
    walk.trail
        .iter()
        .flat_map(|step| {
            CHECK_ANSWERS.iter().filter(move |a| {
                step.question.id.as_str() == a.question && step.choice.id.as_str() == a.option
            })
        })
        .map(|a| (a.field, a.value))
        .collect()
}
