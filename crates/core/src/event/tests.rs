use super::{check_events, pending_for, Body, Dependent, Event, EventStatus, Proposal};
use crate::date::Date;
use crate::dated::Validity;
use crate::ids::{FactId, LinkId, NodeId};
use crate::model::{Audience, Catalog, Link, Node, Outcome, Tree};
use crate::validate::Severity;

fn day(s: &str) -> Date {
    Date::parse(s).expect("date")
}

fn event(confirmed: &str, proposal_to: Option<&str>) -> Event {
    Event {
        id: "tp-end".into(),
        date: day("2027-03-04"),
        status: EventStatus::Decided,
        source: "https://eur-lex.europa.eu/x".into(),
        confirmed: day(confirmed),
        proposal: proposal_to.map(|to| Proposal {
            date: day(to),
            by: Body::EuropeanCommission,
            on: day("2026-06-26"),
            source: "https://example.org/p".into(),
        }),
        check_at: vec![LinkId("ind".into())],
        rule_phrases: vec![],
        dependents: vec![Dependent {
            file: "content/trees/status.toml".into(),
            owner: "node now".into(),
        }],
        file: "content/events.toml".into(),
    }
}

fn catalog(e: Event) -> Catalog {
    Catalog {
        links: vec![Link {
            id: LinkId("ind".into()),
            url: "https://ind.nl".into(),
            checked: crate::check::Check {
                method: crate::check::CheckMethod::Copy,
                date: None,
            },
            file: "r.toml".into(),
        }],
        events: vec![e],
        ..Catalog::default()
    }
}

fn errors(c: &Catalog, today: &str) -> Vec<String> {
    check_events(c, day(today))
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn a_near_event_not_confirmed_in_the_last_30_days_is_an_error() {
    let c = catalog(event("2026-12-06", Some("2028-03-04")));
    assert_eq!(errors(&c, "2026-12-06"), Vec::<String>::new());
    // 61 days before: not yet near.
    assert_eq!(errors(&c, "2027-01-02"), Vec::<String>::new());
    let near = errors(&c, "2027-02-01");
    assert_eq!(near.len(), 1, "{near:?}");
    assert!(near[0].contains("content/events.toml: event tp-end"));
    assert!(near[0].contains("in 31 days"));
    // Confirmed within 30 days: fine; after the day: the switch has happened.
    let c2 = catalog(event("2027-01-20", Some("2028-03-04")));
    assert_eq!(errors(&c2, "2027-02-01"), Vec::<String>::new());
    assert_eq!(errors(&c, "2027-03-05"), Vec::<String>::new());
}

#[test]
fn an_unknown_link_is_an_error_and_a_confirmation_after_the_day_a_warning() {
    let mut e = event("2027-01-01", None);
    e.check_at.push(LinkId("nowhere".into()));
    let c = catalog(e);
    let found = errors(&c, "2026-12-06");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("unknown link nowhere"));
    assert!(check_events(&c, day("2026-12-06"))
        .iter()
        .any(|p| p.severity == Severity::Warning && p.message.contains("after the day checked")));
}

#[test]
fn a_proposal_to_the_events_own_date_is_adopted_and_no_longer_pending() {
    let pending = event("2026-12-06", Some("2028-03-04"));
    assert!(pending.pending().is_some());
    let mut adopted = pending.clone();
    adopted.date = day("2028-03-04");
    assert!(adopted.pending().is_none());
    let c = catalog(adopted);
    let all = check_events(&c, day("2026-12-06"));
    assert!(all
        .iter()
        .any(|p| p.severity == Severity::Warning && p.message.contains("was adopted")));
    assert_eq!(c.events[0].day_after(), day("2028-03-05"));
}

fn outcome(id: &str, facts: &[&str]) -> Outcome {
    Outcome {
        id: NodeId(id.into()),
        local: false,
        steps: vec![],
        bring: vec![],
        contacts: vec![],
        links: vec![],
        facts: facts.iter().map(|f| FactId((*f).into())).collect(),
        related: vec![],
        related_first: false,
        hubs: false,
        desk: false,
        form: None,
        validity: Validity::default(),
        marks: vec![],
    }
}

#[test]
fn pages_depending_on_the_event_get_the_pending_notice_and_others_do_not() {
    let mut e = event("2026-12-06", Some("2028-03-04"));
    e.dependents.push(Dependent {
        file: "content/registry/r.toml".into(),
        owner: "fact tp-end".into(),
    });
    let c = catalog(e);
    let tree = |file: &str| Tree {
        id: "status".into(),
        audience: Audience::Refugee,
        start: NodeId("now".into()),
        nodes: vec![Node::Outcome(outcome("now", &[]))],
        steps: vec![],
        file: file.into(),
    };
    let t = tree("content/trees/status.toml");
    assert_eq!(pending_for(&c, &t, &outcome("now", &[])).len(), 1);
    // Same node id in another tree file: not the dependent.
    assert!(pending_for(&c, &tree("content/trees/work.toml"), &outcome("now", &[])).is_empty());
    // Any tree: an outcome listing a dependent fact.
    let other = tree("content/trees/work.toml");
    assert_eq!(pending_for(&c, &other, &outcome("x", &["tp-end"])).len(), 1);
    assert!(pending_for(&c, &other, &outcome("x", &["brp-duty"])).is_empty());
    // Without a pending proposal there is no notice.
    let mut quiet = c.clone();
    quiet.events[0].proposal = None;
    assert!(pending_for(&quiet, &t, &outcome("now", &[])).is_empty());
}

mod rule_texts {
    use super::{catalog, day, event, outcome};
    use crate::dated::Validity;
    use crate::event::{check_rule_texts, Dependent};
    use crate::ids::{FactId, NodeId, StepId};
    use crate::model::{Audience, Catalog, Fact, FactValue, Node, Provenance, Tree};
    use crate::validate::{LocaleMessages, MessageInfo};

    fn fact(id: &str, until: bool) -> Fact {
        Fact {
            id: FactId(id.into()),
            value: FactValue::Rule,
            provenance: Provenance {
                source: "https://example.org".into(),
                checked: crate::check::Check {
                    method: crate::check::CheckMethod::Copy,
                    date: None,
                },
            },
            validity: Validity {
                from: None,
                until: until.then(|| day("2027-03-04")),
                successor: None,
            },
            file: "r.toml".into(),
        }
    }

    /// A housing tree whose outcome lists the reception right (ending with tp-end) and
    /// `tp-end`; the Dutch step text is `step`.
    fn project(step: &str, vars: &[&str]) -> (Catalog, Vec<LocaleMessages>) {
        let mut e = event("2026-12-06", None);
        e.rule_phrases = vec!["recht op".into()];
        for f in ["reception-right", "tp-end"] {
            e.dependents.push(Dependent {
                file: "r.toml".into(),
                owner: format!("fact {f}"),
            });
        }
        let mut c = catalog(e);
        c.facts = vec![fact("reception-right", true), fact("tp-end", true)];
        let mut o = outcome("host-ending", &["reception-right", "tp-end"]);
        o.steps = vec![StepId("keep-right".into())];
        c.trees = vec![Tree {
            id: "housing".into(),
            audience: Audience::Refugee,
            start: NodeId("host-ending".into()),
            nodes: vec![Node::Outcome(o)],
            steps: vec![],
            file: "content/trees/housing.toml".into(),
        }];
        let mut nl = LocaleMessages {
            locale: "nl".into(),
            ..Default::default()
        };
        nl.messages.insert(
            "housing-step-keep-right".into(),
            MessageInfo {
                vars: vars.iter().map(|v| (*v).to_owned()).collect(),
                file: "locales/nl/x.ftl".into(),
                text: step.into(),
            },
        );
        (c, vec![nl])
    }

    #[test]
    fn an_undated_text_stating_an_ending_rule_is_an_error_naming_file_node_and_locale() {
        let (c, l) = project("U houdt recht op een plek in de opvang.", &[]);
        let found = check_rule_texts(&c, &l);
        assert_eq!(found.len(), 1, "{found:?}");
        let p = found[0].to_string();
        assert!(
            p.starts_with("error: content/trees/housing.toml: node host-ending: locale nl:"),
            "{p}"
        );
        assert!(p.contains("housing-step-keep-right") && p.contains("\"recht op\""));
    }

    #[test]
    fn a_text_with_the_period_or_without_a_rule_phrase_passes() {
        let dated = project(
            "Tot en met { $tp-end } houdt u recht op een plek.",
            &["tp-end"],
        );
        assert!(check_rule_texts(&dated.0, &dated.1).is_empty());
        let plain = project("Neem contact op met de gemeente.", &[]);
        assert!(check_rule_texts(&plain.0, &plain.1).is_empty());
        // An outcome listing no fact that ends with the event is not checked.
        let (mut c, l) = project("U houdt recht op een plek.", &[]);
        c.facts[0].validity.until = None;
        c.facts[1].validity.until = None;
        assert!(check_rule_texts(&c, &l).is_empty());
    }
}
