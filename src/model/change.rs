//! Changes between two editions of a standard, as the revision record and `rungs diff` show
//! them: what changed, how, and whether it can change a verdict. `diff` finds them; the
//! handbook, the site and `rungs diff` word them.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    New,
    Raised,
    Lowered,
    Unchanged,
    Removed,
    Changed,
}

impl Kind {
    /// The name pages style the change by.
    pub fn class(self) -> &'static str {
        match self {
            Kind::New => "new",
            Kind::Raised => "raised",
            Kind::Lowered => "lowered",
            Kind::Unchanged => "unchanged",
            Kind::Removed => "removed",
            Kind::Changed => "changed",
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Kind::New => "change_new",
            Kind::Raised => "change_raised",
            Kind::Lowered => "change_lowered",
            Kind::Unchanged => "change_unchanged",
            Kind::Removed => "change_removed",
            Kind::Changed => "change_changed",
        }
    }
}

/// One change, as a reviewer reads it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// What changed: "销售序列 › 二级 › 客户导向", "能力素质词典 › 谈判", "设置 › 版本".
    pub subject: String,
    /// How: added, removed, raised, lowered or changed.
    pub kind: Kind,
    pub before: Option<String>,
    pub after: Option<String>,
    /// It can change an evaluation (a requirement, a condition, a weight, a rule).
    pub affects_assessments: bool,
    /// The site page that shows it now, relative to the site root; none for what was removed
    /// or has no page (settings).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// One edition: a tag, or the working standard when it is not tagged yet.
#[derive(Debug, Clone, Serialize)]
pub struct EditionRecord {
    /// The tag, or none for the current, untagged standard.
    pub tag: Option<String>,
    /// The settings' `edition` at that point (第02版).
    pub name: String,
    pub effective_date: String,
    pub status: super::Status,
    /// Markdown.
    pub notes: Option<String>,
    pub owner: String,
    /// What changed since the edition before (empty for the first).
    pub changes: Vec<Change>,
}
