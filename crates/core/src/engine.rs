//! Walking a tree: the answers given so far determine the position.
//!
//! The engine keeps no state of its own: a journey is the list of option ids chosen
//! from the tree's start, which is exactly what the URL holds. Every operation takes
//! answers and returns answers, so Back, reload and sharing a link all agree.

use crate::ids::{NodeId, OptionId, TreeId};
use crate::model::{Choice, Next, Node, Outcome, Question, Tree};
use std::fmt;

/// Where a journey stands after replaying its answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Position<'a> {
    /// A question waits for an answer.
    Question(&'a Question),
    /// The journey ended in an outcome.
    Outcome(&'a Outcome),
    /// The last answer leads into another tree.
    Leave(&'a TreeId),
}

/// One answered question on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Answered<'a> {
    /// The question.
    pub question: &'a Question,
    /// The option chosen.
    pub choice: &'a Choice,
}

/// A replayed journey: the answered questions and the current position.
#[derive(Clone, Debug, PartialEq)]
pub struct Walk<'a> {
    /// The tree walked.
    pub tree: &'a Tree,
    /// The questions answered, in order.
    pub trail: Vec<Answered<'a>>,
    /// Where the answers lead.
    pub position: Position<'a>,
}

/// Why answers cannot be replayed on a tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EngineError {
    /// The answer at `index` is not an option of the question reached there.
    UnknownAnswer {
        /// Position in the answer list (0-based).
        index: usize,
        /// The answer given.
        answer: OptionId,
    },
    /// There are answers after the journey already ended.
    AnswerAfterEnd {
        /// Position of the first superfluous answer.
        index: usize,
    },
    /// A routing target is missing (only in content the validator would reject).
    MissingNode(NodeId),
    /// `index` is not the position of an answered question.
    NoSuchAnswer {
        /// The position asked for.
        index: usize,
    },
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::UnknownAnswer { index, answer } => {
                write!(
                    f,
                    "answer {index} ({answer}) is not an option at that point"
                )
            }
            EngineError::AnswerAfterEnd { index } => {
                write!(f, "answer {index} comes after the end")
            }
            EngineError::MissingNode(n) => write!(f, "node {n} does not exist"),
            EngineError::NoSuchAnswer { index } => {
                write!(f, "there is no answer {index} to change")
            }
        }
    }
}

impl std::error::Error for EngineError {}

fn node<'a>(tree: &'a Tree, id: &NodeId) -> Result<&'a Node, EngineError> {
    tree.node(id.as_str())
        .ok_or_else(|| EngineError::MissingNode(id.clone()))
}

fn position_of<'a>(tree: &'a Tree, id: &NodeId) -> Result<Position<'a>, EngineError> {
    Ok(match node(tree, id)? {
        Node::Question(q) => Position::Question(q),
        Node::Outcome(o) => Position::Outcome(o),
    })
}

/// Replays `answers` from the tree's start.
///
/// # Errors
/// [`EngineError::UnknownAnswer`] when an answer does not fit the question reached,
/// [`EngineError::AnswerAfterEnd`] when answers follow an outcome or a jump to another tree.
pub fn replay<'a>(tree: &'a Tree, answers: &[OptionId]) -> Result<Walk<'a>, EngineError> {
    let mut position = position_of(tree, &tree.start)?;
    let mut trail = Vec::with_capacity(answers.len());
    for (index, answer) in answers.iter().enumerate() {
        let Position::Question(question) = position else {
            return Err(EngineError::AnswerAfterEnd { index });
        };
        let choice =
            question
                .option(answer.as_str())
                .ok_or_else(|| EngineError::UnknownAnswer {
                    index,
                    answer: answer.clone(),
                })?;
        trail.push(Answered { question, choice });
        position = match &choice.next {
            Next::Node(id) => position_of(tree, id)?,
            Next::Tree(t) => Position::Leave(t),
        };
    }
    Ok(Walk {
        tree,
        trail,
        position,
    })
}

impl Walk<'_> {
    /// The answers that lead here.
    pub fn answers(&self) -> Vec<OptionId> {
        self.trail.iter().map(|a| a.choice.id.clone()).collect()
    }

    /// Progress as (questions answered, most questions any path from here may still ask).
    pub fn progress(&self) -> (usize, usize) {
        let remaining = match &self.position {
            Position::Question(q) => longest_questions_from(self.tree, &q.id),
            Position::Outcome(_) | Position::Leave(_) => 0,
        };
        (self.trail.len(), remaining)
    }
}

/// The answers after choosing `option` at the current question.
///
/// # Errors
/// As [`replay`], for the extended list.
pub fn answer(
    tree: &Tree,
    answers: &[OptionId],
    option: &OptionId,
) -> Result<Vec<OptionId>, EngineError> {
    let mut next = answers.to_vec();
    next.push(option.clone());
    replay(tree, &next)?;
    Ok(next)
}

/// The answers one step back (the start stays the start).
pub fn back(answers: &[OptionId]) -> Vec<OptionId> {
    answers[..answers.len().saturating_sub(1)].to_vec()
}

/// The answers after changing the answer at `index` to `option`.
///
/// Later answers are kept for every question that is still on the new path, and
/// dropped from the first question the new path does not pass through.
///
/// # Errors
/// [`EngineError::NoSuchAnswer`] for an index that is not answered, and the errors of
/// [`replay`] when `answers` or `option` do not fit the tree.
pub fn change(
    tree: &Tree,
    answers: &[OptionId],
    index: usize,
    option: &OptionId,
) -> Result<Vec<OptionId>, EngineError> {
    let walk = replay(tree, answers)?;
    if index >= walk.trail.len() {
        return Err(EngineError::NoSuchAnswer { index });
    }
    let earlier: Vec<(&NodeId, &OptionId)> = walk.trail[index + 1..]
        .iter()
        .map(|a| (&a.question.id, &a.choice.id))
        .collect();
    let mut next = answer(tree, &walk.answers()[..index], option)?;
    while let Position::Question(q) = replay(tree, &next)?.position {
        match earlier.iter().find(|(node, _)| **node == q.id) {
            Some((_, kept)) => next.push((*kept).clone()),
            None => break,
        }
    }
    Ok(next)
}

/// The largest number of questions on any path from `start` to an end, counting `start`.
///
/// Content is acyclic (the validator proves it); a cycle would be cut at the tree's size.
pub fn longest_questions_from(tree: &Tree, start: &NodeId) -> usize {
    fn walk(tree: &Tree, id: &NodeId, budget: usize) -> usize {
        match tree.node(id.as_str()) {
            Some(Node::Question(q)) if budget > 0 => {
                1 + q
                    .options
                    .iter()
                    .map(|c| match &c.next {
                        Next::Node(n) => walk(tree, n, budget - 1),
                        Next::Tree(_) => 0,
                    })
                    .max()
                    .unwrap_or(0)
            }
            _ => 0,
        }
    }
    walk(tree, start, tree.nodes.len())
}

/// Every position a journey can reach in `tree`, as the answers that lead there: the
/// start (no answers), then each question and outcome in depth-first order. Answers that
/// jump to another tree are that tree's start, not a position of this one.
///
/// Content is acyclic (the validator proves it); a cycle would be cut at the tree's size.
pub fn reachable_answers(tree: &Tree) -> Vec<Vec<OptionId>> {
    fn visit(tree: &Tree, id: &NodeId, path: &mut Vec<OptionId>, out: &mut Vec<Vec<OptionId>>) {
        out.push(path.clone());
        if path.len() > tree.nodes.len() {
            return;
        }
        if let Some(Node::Question(q)) = tree.node(id.as_str()) {
            for choice in &q.options {
                if let Next::Node(next) = &choice.next {
                    path.push(choice.id.clone());
                    visit(tree, next, path, out);
                    path.pop();
                }
            }
        }
    }
    let mut out = Vec::new();
    visit(tree, &tree.start, &mut Vec::new(), &mut out);
    out
}
