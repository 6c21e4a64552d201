//! Turning content ids into display text: message arguments for outcomes and the
//! formatting of fact values and dates in the user's language.

use crate::i18n::I18n;
use crate::key;
use fluent_bundle::{FluentArgs, FluentValue};
use hulpwijzer_core::check::Check;
use hulpwijzer_core::date::Date;
use hulpwijzer_core::ids::FactId;
use hulpwijzer_core::keys;
use hulpwijzer_core::model::{Fact, FactValue};

/// A date as the current language writes it ("4 березня 2027 року").
pub fn date(i18n: &I18n, d: Date) -> String {
    let mut args = FluentArgs::new();
    args.set("day", FluentValue::from(d.day));
    args.set("month", FluentValue::from(d.month));
    args.set("year", FluentValue::from(d.year));
    i18n.tr_with(key!("fmt-date"), &args)
}

/// How a source was checked, as users read it on `today`: "checked on <date>" only for a
/// live check, "given by the municipality on <date>" (with a warning once a year old) for
/// a card the municipality keeps itself, else "from a page of <date>" or "from a document
/// of <date>" (or without a known date).
pub fn check_text(i18n: &I18n, check: &Check, today: Date) -> String {
    let mut args = FluentArgs::new();
    if let Some(d) = check.date {
        args.set("date", FluentValue::from(date(i18n, d)));
    }
    i18n.tr_derived_with(check.message_key(today), &args)
}

/// An amount in euro with the language's decimal separator ("€ 244,22").
pub fn euros(i18n: &I18n, cents: u64) -> String {
    let separator = if i18n.locale() == "en" { '.' } else { ',' };
    format!("€\u{a0}{}{separator}{:02}", cents / 100, cents % 100)
}

/// A fact's value as text (a rule has none).
pub fn fact_value(i18n: &I18n, value: &FactValue) -> String {
    match value {
        FactValue::Date(d) => date(i18n, *d),
        FactValue::EuroCents(c) => euros(i18n, *c),
        FactValue::Phone(p) => p.clone(),
        FactValue::Number(n) => n.to_string(),
        FactValue::Rule => String::new(),
    }
}

/// A fact's value as a message argument; numbers stay numbers so plural selectors work.
pub fn fact_arg(i18n: &I18n, value: &FactValue) -> FluentValue<'static> {
    match value {
        FactValue::Number(n) => FluentValue::from(*n),
        other => FluentValue::from(fact_value(i18n, other)),
    }
}

/// The arguments of an outcome's messages on one day: each variable filled from the
/// fact that holds then ([`hulpwijzer_core::dated::OutcomeOn::fact_vars`]), the municipality, and
/// the social hub counts from the hub data.
pub fn outcome_args_on(
    i18n: &I18n,
    fact_vars: &[(&FactId, &Fact)],
    municipality: Option<&str>,
) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (variable, fact) in fact_vars {
        args.set(variable.as_str().to_owned(), fact_arg(i18n, &fact.value));
    }
    let name = municipality
        .map(str::to_owned)
        .unwrap_or_else(|| "none".to_owned());
    args.set(keys::MUNICIPALITY_VAR, FluentValue::from(name));
    for (variable, count) in crate::catalog::hubs().count_vars() {
        args.set(variable, FluentValue::from(count));
    }
    args
}
