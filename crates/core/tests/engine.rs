//! The engine on a small fixture tree: every transition, Back, changing an earlier
//! answer (later answers kept only while they still apply), and replay errors.

use hulpwijzer_core::engine::{
    answer, back, change, reachable_answers, replay, EngineError, Position,
};
use hulpwijzer_core::ids::{NodeId, OptionId, TreeId};
use hulpwijzer_core::model::{Audience, Choice, Next, Node, Outcome, Question, Tree};

fn o(id: &str) -> OptionId {
    OptionId::from(id)
}

fn question(id: &str, options: &[(&str, Next)]) -> Node {
    Node::Question(Question {
        id: NodeId::from(id),
        options: options
            .iter()
            .map(|(o, n)| Choice {
                id: OptionId::from(*o),
                next: n.clone(),
            })
            .collect(),
        marks: Vec::new(),
        shortcuts: Vec::new(),
        search: false,
    })
}

fn outcome(id: &str) -> Node {
    Node::Outcome(Outcome {
        id: NodeId::from(id),
        local: false,
        steps: Vec::new(),
        bring: Vec::new(),
        contacts: Vec::new(),
        links: Vec::new(),
        facts: Vec::new(),
        related: Vec::new(),
        related_first: false,
        hubs: false,
        desk: false,
        form: None,
        validity: Default::default(),
        marks: Vec::new(),
    })
}

fn node(id: &str) -> Next {
    Next::Node(NodeId::from(id))
}

/// where → (host → docs-host → yes/no) | (home → docs-home → yes/no) | (elsewhere → other tree)
fn tree() -> Tree {
    Tree {
        id: TreeId::from("t"),
        audience: Audience::Refugee,
        start: NodeId::from("where"),
        file: "fixture".into(),
        steps: Vec::new(),
        nodes: vec![
            question(
                "where",
                &[
                    ("host", node("docs-host")),
                    ("home", node("docs-home")),
                    ("elsewhere", Next::Tree(TreeId::from("other"))),
                ],
            ),
            question(
                "docs-host",
                &[("yes", node("citizen")), ("no", node("no-docs"))],
            ),
            question(
                "docs-home",
                &[("yes", node("citizen")), ("no", node("no-docs"))],
            ),
            question(
                "citizen",
                &[("ua", node("register")), ("other", node("advice"))],
            ),
            outcome("register"),
            outcome("advice"),
            outcome("no-docs"),
        ],
    }
}

fn at(tree: &Tree, answers: &[&str]) -> String {
    let answers: Vec<OptionId> = answers.iter().map(|a| o(a)).collect();
    match replay(tree, &answers).expect("valid answers").position {
        Position::Question(q) => format!("question {}", q.id),
        Position::Outcome(x) => format!("outcome {}", x.id),
        Position::Leave(t) => format!("tree {t}"),
    }
}

#[test]
fn every_transition_leads_to_its_next_node() {
    let t = tree();
    let table: &[(&[&str], &str)] = &[
        (&[], "question where"),
        (&["host"], "question docs-host"),
        (&["home"], "question docs-home"),
        (&["elsewhere"], "tree other"),
        (&["host", "yes"], "question citizen"),
        (&["host", "no"], "outcome no-docs"),
        (&["home", "yes"], "question citizen"),
        (&["home", "no"], "outcome no-docs"),
        (&["host", "yes", "ua"], "outcome register"),
        (&["host", "yes", "other"], "outcome advice"),
        (&["home", "yes", "ua"], "outcome register"),
    ];
    for (answers, expected) in table {
        assert_eq!(at(&t, answers), *expected, "answers {answers:?}");
    }
}

#[test]
fn answering_and_going_back_are_inverse() {
    let t = tree();
    let a = answer(&t, &[], &o("host")).expect("host is an option");
    let b = answer(&t, &a, &o("yes")).expect("yes is an option");
    assert_eq!(b, vec![o("host"), o("yes")]);
    assert_eq!(back(&b), a);
    assert_eq!(back(&back(&b)), Vec::<OptionId>::new());
    assert_eq!(back(&[]), Vec::<OptionId>::new());
    assert_eq!(
        answer(&t, &a, &o("ua")),
        Err(EngineError::UnknownAnswer {
            index: 1,
            answer: o("ua")
        })
    );
}

#[test]
fn progress_counts_answered_and_the_longest_remaining_path() {
    let t = tree();
    let walk = replay(&t, &[o("host")]).expect("valid");
    assert_eq!(walk.progress(), (1, 2));
    let done = replay(&t, &[o("host"), o("yes"), o("ua")]).expect("valid");
    assert_eq!(done.progress(), (3, 0));
}

#[test]
fn changing_an_answer_keeps_later_answers_only_where_they_still_apply() {
    let t = tree();
    let full = [o("host"), o("yes"), o("ua")];
    // host → home: the next question is docs-home, never answered: later answers are dropped.
    assert_eq!(
        change(&t, &full, 0, &o("home")).expect("valid"),
        vec![o("home")]
    );
    // yes → no at docs-host: the path ends in an outcome; the citizen answer no longer applies.
    assert_eq!(
        change(&t, &full, 1, &o("no")).expect("valid"),
        vec![o("host"), o("no")]
    );
    // The last answer: everything before it stays.
    assert_eq!(
        change(&t, &full, 2, &o("other")).expect("valid"),
        vec![o("host"), o("yes"), o("other")]
    );
    // Changing to the same answer keeps the whole path.
    assert_eq!(
        change(&t, &full, 0, &o("host")).expect("valid"),
        full.to_vec()
    );
    // Errors: an index that was not answered, an option that does not exist.
    assert_eq!(
        change(&t, &full, 3, &o("ua")),
        Err(EngineError::NoSuchAnswer { index: 3 })
    );
    assert_eq!(
        change(&t, &full, 0, &o("banana")),
        Err(EngineError::UnknownAnswer {
            index: 0,
            answer: o("banana")
        })
    );
}

#[test]
fn a_shared_question_keeps_its_answer_across_a_change() {
    // citizen is reached from both documents questions; its answer is kept when the
    // change leads through it again.
    let t = tree();
    let mut shared = tree();
    shared.nodes[1] = question(
        "docs-host",
        &[("yes", node("citizen")), ("maybe", node("citizen"))],
    );
    let full = [o("host"), o("yes"), o("other")];
    assert_eq!(
        change(&shared, &full, 1, &o("maybe")).expect("valid"),
        vec![o("host"), o("maybe"), o("other")]
    );
    assert_eq!(at(&t, &["host", "yes", "other"]), "outcome advice");
}

#[test]
fn replay_rejects_unknown_and_superfluous_answers() {
    let t = tree();
    assert_eq!(
        replay(&t, &[o("host"), o("maybe")]).map(|w| w.trail.len()),
        Err(EngineError::UnknownAnswer {
            index: 1,
            answer: o("maybe")
        })
    );
    assert_eq!(
        replay(&t, &[o("host"), o("no"), o("yes")]).map(|w| w.trail.len()),
        Err(EngineError::AnswerAfterEnd { index: 2 })
    );
    assert_eq!(
        replay(&t, &[o("elsewhere"), o("x")]).map(|w| w.trail.len()),
        Err(EngineError::AnswerAfterEnd { index: 1 })
    );
}

#[test]
fn every_reachable_position_is_enumerated_once_and_replays() {
    let t = tree();
    let all = reachable_answers(&t);
    let joined: Vec<String> = all
        .iter()
        .map(|a| a.iter().map(OptionId::as_str).collect::<Vec<_>>().join("/"))
        .collect();
    assert_eq!(
        joined,
        [
            "",
            "host",
            "host/yes",
            "host/yes/ua",
            "host/yes/other",
            "host/no",
            "home",
            "home/yes",
            "home/yes/ua",
            "home/yes/other",
            "home/no",
        ]
    );
    for answers in &all {
        let walk = replay(&t, answers).expect("an enumerated position replays");
        assert!(!matches!(walk.position, Position::Leave(_)));
    }
}
