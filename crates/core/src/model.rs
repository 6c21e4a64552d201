//! Content as data: trees hold ids and routing only; registries hold contacts,
//! links and facts with their sources. Every text is a Fluent message whose key
//! [`crate::keys`] derives from these ids.

use crate::check::Check;
use crate::date::Date;
use crate::dated::{DatedStep, Validity};
use crate::ids::{ContactId, FactId, ItemId, LinkId, NodeId, OptionId, StepId, TreeId};
use serde::{Deserialize, Serialize};

/// Everything the portal signposts, loaded once.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    /// All trees; the one named [`Catalog::START`] is the home page.
    pub trees: Vec<Tree>,
    /// Organisations and desks people can contact.
    pub contacts: Vec<Contact>,
    /// Web pages outcomes point to.
    pub links: Vec<Link>,
    /// Dated, sourced facts (dates, amounts, rules) that texts refer to.
    pub facts: Vec<Fact>,
    /// Dated legal events (`content/events.toml`) whose dates the content names.
    pub events: Vec<crate::event::Event>,
}

impl Catalog {
    /// The id of the tree shown on the home page.
    pub const START: &'static str = "start";

    /// The catalog a browser needs: the same, without the files the registries' contacts,
    /// links, facts and events came from, which only the validator's reports name, and
    /// without the events' rule phrases, which only the validator matches. The trees keep
    /// their files: [`crate::event::pending_for`] compares them.
    #[must_use]
    pub fn for_browser(&self) -> Catalog {
        let mut out = self.clone();
        out.contacts.iter_mut().for_each(|c| c.file.clear());
        out.links.iter_mut().for_each(|l| l.file.clear());
        out.facts.iter_mut().for_each(|f| f.file.clear());
        out.events.iter_mut().for_each(|e| {
            e.file.clear();
            e.rule_phrases.clear();
        });
        out
    }

    /// The tree with this id.
    pub fn tree(&self, id: &str) -> Option<&Tree> {
        self.trees.iter().find(|t| t.id == *id)
    }

    /// The contact with this id.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == *id)
    }

    /// The link with this id.
    pub fn link(&self, id: &str) -> Option<&Link> {
        self.links.iter().find(|l| l.id == *id)
    }

    /// The fact with this id.
    pub fn fact(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == *id)
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&crate::event::Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// Every outcome with its tree, in file order.
    pub fn outcomes(&self) -> impl Iterator<Item = (&Tree, &Outcome)> {
        self.trees.iter().flat_map(|t| {
            t.nodes.iter().filter_map(move |n| match n {
                Node::Outcome(o) => Some((t, o)),
                Node::Question(_) => None,
            })
        })
    }
}

/// Who a tree is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// Both audiences (the home page).
    Everyone,
    /// People who fled Ukraine.
    Refugee,
    /// People who host or help.
    Host,
}

/// A decision tree: questions leading to outcomes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tree {
    /// The tree's id, equal to its file name.
    pub id: TreeId,
    /// Who the tree is for.
    pub audience: Audience,
    /// The first node.
    pub start: NodeId,
    /// Questions and outcomes, in file order.
    pub nodes: Vec<Node>,
    /// Steps that hold only from or until a date (`[[step]]`); the others always hold.
    pub steps: Vec<DatedStep>,
    /// The file the tree came from, for problem reports.
    pub file: String,
}

impl Tree {
    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id() == id)
    }
}

/// A point in a tree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Node {
    /// Asks the user to choose.
    Question(Question),
    /// Ends a path with next steps.
    Outcome(Outcome),
}

impl Node {
    /// The node's id.
    pub fn id(&self) -> &NodeId {
        match self {
            Node::Question(q) => &q.id,
            Node::Outcome(o) => &o.id,
        }
    }

    /// What the page is about, where that calls for care (see [`Mark`]).
    pub fn marks(&self) -> &[Mark] {
        match self {
            Node::Question(q) => &q.marks,
            Node::Outcome(o) => &o.marks,
        }
    }
}

/// A sensitive subject a page is about. A marked page offers "leave this page quickly",
/// because it may be read by someone watched by the person they need help against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Mark {
    /// Violence, threats, danger at home.
    Violence,
    /// Abuse, also by a host or partner.
    Abuse,
    /// Labour exploitation, human trafficking.
    Exploitation,
    /// A mental-health or suicide crisis.
    Crisis,
}

impl Mark {
    /// Every marking, in the order the content guide lists them.
    pub const ALL: [Mark; 4] = [
        Mark::Violence,
        Mark::Abuse,
        Mark::Exploitation,
        Mark::Crisis,
    ];

    /// The word used in the tree files (`marks = ["violence"]`).
    pub fn as_str(self) -> &'static str {
        match self {
            Mark::Violence => "violence",
            Mark::Abuse => "abuse",
            Mark::Exploitation => "exploitation",
            Mark::Crisis => "crisis",
        }
    }

    /// The marking a tree file names, if it is one.
    pub fn parse(text: &str) -> Option<Mark> {
        Mark::ALL.into_iter().find(|m| m.as_str() == text)
    }
}

/// A question with the options that route onwards.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// The node id.
    pub id: NodeId,
    /// The answers, in display order.
    pub options: Vec<Choice>,
    /// Sensitive subjects of the question's page.
    pub marks: Vec<Mark>,
    /// Links under the options straight to pages people ask for most (see
    /// [`crate::shortcut`]).
    pub shortcuts: Vec<Shortcut>,
    /// Whether the page carries the search field (the menus of topics: the home page, the
    /// topics for refugees and for hosts). It searches the A–Z page (decision 29).
    pub search: bool,
}

/// A page reached from a question without answering it: a tree and the answers given in it,
/// as in the URL (`status/ukrainian/after`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shortcut {
    /// The tree.
    pub tree: TreeId,
    /// The answers given in it, in order (none: its first question).
    pub answers: Vec<OptionId>,
}

impl Question {
    /// The option with this id.
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == *id)
    }
}

/// One answer to a question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// The option id (shown in the URL).
    pub id: OptionId,
    /// Where choosing it leads.
    pub next: Next,
}

/// Where an option leads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Next {
    /// Another node in the same tree.
    Node(NodeId),
    /// The start of another tree.
    Tree(TreeId),
}

/// The end of a path: a checklist of next steps with contacts, links and facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The node id.
    pub id: NodeId,
    /// Whether the user's municipality is a contact here.
    pub local: bool,
    /// The checklist, in order.
    pub steps: Vec<StepId>,
    /// What to bring to the desk, in order (each a short message).
    pub bring: Vec<ItemId>,
    /// Contacts from the registry.
    pub contacts: Vec<ContactId>,
    /// Links from the registry.
    pub links: Vec<LinkId>,
    /// Facts the texts rely on; passed to every message of the outcome as variables.
    pub facts: Vec<FactId>,
    /// Trees worth reading next.
    pub related: Vec<TreeId>,
    /// Whether the related trees are the answer itself ("choose your next topic"): listed right
    /// under the first paragraph instead of after the steps.
    pub related_first: bool,
    /// Whether to list Ukrainian social hubs (the user's province first).
    pub hubs: bool,
    /// Whether the outcome sends the reader to the municipality's desk in person, so its
    /// page offers the desk card (`desk = true`; see `crate::desk` for the rule).
    pub desk: bool,
    /// A form shown on the outcome, when the deployment has an endpoint for it.
    pub form: Option<FormKind>,
    /// When it holds; its successor (another outcome of the tree) is shown after it.
    pub validity: Validity<NodeId>,
    /// Sensitive subjects of the outcome's page.
    pub marks: Vec<Mark>,
}

/// The forms an outcome can carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FormKind {
    /// Register interest in hosting (posted to the endpoint, or the municipality instead).
    HostInterest,
}

/// Where and when a piece of information was checked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    /// The page that states it (https).
    pub source: String,
    /// How and when it was checked against that page.
    pub checked: Check,
}

/// An organisation, desk or line people can reach.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// The contact id.
    pub id: ContactId,
    /// Phone number as dialled in the Netherlands (`0800-0113`).
    pub phone: Option<String>,
    /// WhatsApp number in international form (`+31612345678`).
    pub whatsapp: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Website (https).
    pub web: Option<String>,
    /// Whether opening hours are given as a message.
    pub hours: bool,
    /// A line for people in danger (Veilig Thuis, 113): a page that lists it must be
    /// marked (see [`Mark`]) so that it offers "leave this page".
    pub sensitive: bool,
    /// Where this was found and when.
    pub provenance: Provenance,
    /// When it holds and what replaces it.
    pub validity: Validity<ContactId>,
    /// The file it came from.
    pub file: String,
}

/// A web page an outcome points to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// The link id.
    pub id: LinkId,
    /// The address (https).
    pub url: String,
    /// How and when the page was checked.
    pub checked: Check,
    /// The file it came from.
    pub file: String,
}

/// A value a fact holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum FactValue {
    /// A calendar date.
    Date(Date),
    /// An amount in euro cents.
    EuroCents(u64),
    /// A phone number as dialled in the Netherlands.
    Phone(String),
    /// A plain number (a count, a number of days).
    Number(u64),
    /// A rule: the fact's own sentence states it; there is no separate value.
    Rule,
}

/// A dated, sourced fact.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// The fact id; also the Fluent variable name texts use for it.
    pub id: FactId,
    /// The value.
    pub value: FactValue,
    /// Where this was found and when.
    pub provenance: Provenance,
    /// When it holds and which fact takes over after it (same kind of value).
    pub validity: Validity<FactId>,
    /// The file it came from.
    pub file: String,
}
