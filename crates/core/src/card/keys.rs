//! The staff page's message keys for the card's fields and problems, derived here once
//! so the page and the validator (which checks every key exists in Dutch and English)
//! agree.

use super::{CardField, CardProblem, CARD_FIELDS};

/// Every problem, for deriving their message keys.
pub const CARD_PROBLEMS: [CardProblem; 8] = [
    CardProblem::NotAnAddress,
    CardProblem::NotADutchNumber,
    CardProblem::NotAGeneralNumber,
    CardProblem::NotHttps,
    CardProblem::NotOwnWebsite,
    CardProblem::TooLong,
    CardProblem::InvisibleCharacter,
    CardProblem::PlaceIncomplete,
];

/// The label's key: `staff-card-field-ukraine-email`.
pub fn field_key(field: CardField) -> String {
    format!("staff-card-field-{}", field.name().replace('_', "-"))
}

/// The message's key: `staff-card-problem-not-https`.
pub fn problem_key(problem: CardProblem) -> String {
    format!("staff-card-problem-{}", problem.code())
}

/// Every key of [`field_key`] and [`problem_key`].
pub fn message_keys() -> Vec<String> {
    CARD_FIELDS
        .into_iter()
        .map(field_key)
        .chain(CARD_PROBLEMS.into_iter().map(problem_key))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_field_and_problem_has_its_own_staff_key() {
        let keys = message_keys();
        let unique: BTreeSet<&String> = keys.iter().collect();
        assert_eq!(unique.len(), CARD_FIELDS.len() + CARD_PROBLEMS.len());
        assert!(keys
            .iter()
            .all(|k| k.starts_with(crate::route::STAFF_KEY_PREFIX)));
        assert_eq!(
            field_key(CardField::BrpAppointmentUrl),
            "staff-card-field-brp-appointment-url"
        );
        assert_eq!(
            problem_key(CardProblem::NotOwnWebsite),
            "staff-card-problem-not-own-website"
        );
    }

    #[test]
    fn every_problem_is_listed() {
        // A new problem must be added to CARD_PROBLEMS, or its message is never checked.
        for p in CARD_PROBLEMS {
            match p {
                CardProblem::NotAnAddress
                | CardProblem::NotADutchNumber
                | CardProblem::NotAGeneralNumber
                | CardProblem::NotHttps
                | CardProblem::NotOwnWebsite
                | CardProblem::TooLong
                | CardProblem::InvisibleCharacter
                | CardProblem::PlaceIncomplete => {}
            }
        }
        let codes: BTreeSet<&str> = CARD_PROBLEMS.iter().map(|p| p.code()).collect();
        assert_eq!(codes.len(), CARD_PROBLEMS.len());
    }
}
