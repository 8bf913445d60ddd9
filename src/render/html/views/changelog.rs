//! The change log page: editions newest first, each with what changed since the one before.

use serde::Serialize;

use crate::model::Standard;
use crate::render::words;

/// The change log page: editions newest first, each with what changed since the one before.
#[derive(Serialize)]
pub struct ChangelogView<'a> {
    pub editions: Vec<EditionView<'a>>,
}

#[derive(Serialize)]
pub struct EditionView<'a> {
    /// "第02版（v2）", or the edition name and 未发布 for the untagged current one.
    pub title: String,
    pub date: &'a str,
    pub status: &'static str,
    pub notes: Option<&'a str>,
    /// "12 处变化，其中 3 处影响认证"
    pub summary: String,
    pub changes: Vec<ChangeView<'a>>,
}

#[derive(Serialize)]
pub struct ChangeView<'a> {
    /// The page showing it now (the change log is at the site root).
    pub url: Option<&'a str>,
    pub kind: &'static str,
    pub label: &'static str,
    pub subject: &'a str,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
    pub affects: bool,
}

pub fn changelog<'a>(
    standard: &Standard,
    editions: &'a [crate::model::change::EditionRecord],
) -> ChangelogView<'a> {
    let lang = standard.settings.language;
    ChangelogView {
        editions: editions
            .iter()
            .rev()
            .map(|e| EditionView {
                title: match &e.tag {
                    Some(tag) => format!("{}（{tag}）", e.name),
                    None => format!("{}（{}）", e.name, lang.get("untagged")),
                },
                date: &e.effective_date,
                status: words::status(lang, e.status),
                notes: e.notes.as_deref(),
                summary: crate::render::shared::changes_summary(lang, &e.changes),
                changes: e
                    .changes
                    .iter()
                    .map(|c| ChangeView {
                        url: c.link.as_deref(),
                        kind: c.kind.class(),
                        label: lang.get(c.kind.label_key()),
                        subject: &c.subject,
                        before: c.before.as_deref(),
                        after: c.after.as_deref(),
                        affects: c.affects_assessments,
                    })
                    .collect(),
            })
            .collect(),
    }
}
