//! The comparison of two levels: what changed in competencies, behaviour standards,
//! conditions, scoring and contributions.

use std::borrow::Cow;

use serde::Serialize;

use super::searchable::{SearchKind, Searchable, separator};
use crate::urls::anchor;

use super::pieces::{LevelBrief, SequenceFacts, level_brief, sequence_facts};
use crate::compare::{self, Change};
use crate::model::{Level, Sequence, Standard};
use crate::render::i18n::{self, number};
use crate::render::shared::{self};
use crate::urls::{self, SitePath};

#[derive(Serialize)]
pub struct CompareView<'a> {
    pub sequence: SequenceFacts<'a>,
    pub picker: String,
    pub from: LevelBrief<'a>,
    pub to: LevelBrief<'a>,
    pub diff: DiffView<'a>,
}

#[derive(Serialize)]
pub struct DiffView<'a> {
    pub competencies: Vec<DiffRow<'a>>,
    pub behaviours: Vec<DiffRow<'a>>,
    pub conditions: Vec<DiffRow<'a>>,
    pub scoring: Vec<DiffRow<'a>>,
    pub contributions: Vec<DiffRow<'a>>,
}

/// One line of a comparison: what it is, before, after, and how it changed.
#[derive(Serialize)]
pub struct DiffRow<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub name: Cow<'a, str>,
    pub from: String,
    pub to: String,
    pub change: Change,
    /// The row's style: the change, or `reweighted` for a module's points (neither better
    /// nor worse).
    pub class: &'static str,
    pub label: &'static str,
    /// A requirement that turned key or normal.
    pub key_note: Option<&'static str>,
    /// For a new or raised requirement: the behaviours of the grade now required, in full.
    pub behaviours: &'a [String],
}

pub(super) fn compare_view<'a>(
    here: &SitePath,
    s: &'a Sequence,
    from: &'a Level,
    to: &'a Level,
    standard: &'a Standard,
) -> CompareView<'a> {
    let lang = standard.settings.language;
    let d = compare::compare(from, to);
    let label = |c: Change| i18n::get(lang, c.label_key());
    let dash = || "–".to_string();
    let grade = |x: &Option<(u32, bool)>| {
        x.map_or_else(
            dash,
            |(l, k)| if k { format!("{l} ★") } else { l.to_string() },
        )
    };
    let row =
        |url: Option<String>, name: Cow<'a, str>, from: String, to: String, change: Change| {
            DiffRow {
                url,
                name,
                from,
                to,
                change,
                class: change.class(),
                label: label(change),
                key_note: None,
                behaviours: &[],
            }
        };
    let condition_text = |k: &Option<crate::evaluate::ConditionKind>| {
        k.as_ref().map_or_else(dash, |k| i18n::condition(lang, k).1)
    };
    let diff = DiffView {
        competencies: d
            .competencies
            .into_iter()
            .map(|(id, x)| {
                let c = standard.competency(&id);
                let mut r = row(
                    Some(here.link_to(&urls::competency(&id))),
                    c.map_or("", |c| c.name.as_str()).into(),
                    grade(&x.from),
                    grade(&x.to),
                    x.change,
                );
                r.key_note = match (x.from, x.to) {
                    (Some((_, false)), Some((_, true))) => Some(i18n::get(lang, "became_key")),
                    (Some((_, true)), Some((_, false))) => Some(i18n::get(lang, "became_normal")),
                    _ => None,
                };
                if matches!(x.change, Change::New | Change::Raised)
                    && let Some((level, _)) = x.to
                    && let Some(g) = c.and_then(|c| c.level(level))
                {
                    r.behaviours = &g.behaviours;
                }
                r
            })
            .collect(),
        behaviours: d
            .behaviours
            .iter()
            .map(|(id, x)| {
                let name = s.activity(id).map_or("", |(_, a)| a.name.as_str());
                let side = |v: &Option<(String, bool)>| {
                    v.as_ref().map_or_else(dash, |(_, key)| {
                        i18n::get(lang, if *key { "key" } else { "normal" }).to_string()
                    })
                };
                let mut r = row(None, name.into(), side(&x.from), side(&x.to), x.change);
                r.key_note = match (&x.from, &x.to) {
                    (Some((_, false)), Some((_, true))) => Some(i18n::get(lang, "became_key")),
                    (Some((_, true)), Some((_, false))) => Some(i18n::get(lang, "became_normal")),
                    _ => None,
                };
                if matches!(x.change, Change::New | Change::Changed)
                    && let Some(b) = to.behaviours.iter().find(|b| &b.activity == id)
                {
                    r.behaviours = std::slice::from_ref(&b.criterion);
                }
                r
            })
            .collect(),
        conditions: d
            .conditions
            .iter()
            .map(|x| {
                let any = x.to.as_ref().or(x.from.as_ref()).expect("one side");
                row(
                    None,
                    i18n::condition(lang, any).0.into(),
                    condition_text(&x.from),
                    condition_text(&x.to),
                    x.change,
                )
            })
            .collect(),
        scoring: d
            .scoring
            .iter()
            .map(|(id, x)| {
                let mut r = row(
                    None,
                    match id {
                        None => i18n::get(lang, "pass"),
                        Some(id) => s.module(id).map_or("", |m| m.name.as_str()),
                    }
                    .into(),
                    x.from.map_or_else(dash, number),
                    x.to.map_or_else(dash, number),
                    x.change,
                );
                // A module worth more or fewer points is reweighted, not raised or lowered.
                if id.is_some() && matches!(x.change, Change::Raised | Change::Lowered) {
                    r.class = "reweighted";
                    r.label = i18n::get(lang, "change_reweighted");
                }
                r
            })
            .collect(),
        contributions: d
            .contributions
            .iter()
            .map(|(kinds, x)| {
                let count = |c: &Option<(u32, u32)>| {
                    c.map_or_else(dash, |(count, within)| {
                        count.to_string() + &shared::within_cycles(lang, within)
                    })
                };
                row(
                    None,
                    shared::contribution_kinds(standard, kinds).into(),
                    count(&x.from),
                    count(&x.to),
                    x.change,
                )
            })
            .collect(),
    };
    CompareView {
        sequence: sequence_facts(here, s, standard.settings.language),
        picker: here.link_to(&urls::compare_picker(&s.id)),
        from: level_brief(here, s, from),
        to: level_brief(here, s, to),
        diff,
    }
}

/// The comparison's section in the search index: the competencies new or raised, by name and
/// grade only (the behaviours are found on the level pages).
pub(super) fn search(s: &Sequence, from: &Level, to: &Level, standard: &Standard) -> Searchable {
    let lang = standard.settings.language;
    let changed: Vec<String> = compare::compare(from, to)
        .competencies
        .iter()
        .filter(|(_, d)| matches!(d.change, Change::New | Change::Raised))
        .map(|(id, d)| {
            let c = standard.competency(id);
            let grade = d.to.and_then(|(n, _)| c.and_then(|c| c.level(n)));
            format!(
                "{} {}",
                standard.competency_name(id),
                grade.map_or("", |g| g.title.as_str())
            )
        })
        .collect();
    let mut found = Searchable::new(
        SearchKind::Compare,
        format!(
            "{} {} → {} {} · {}",
            from.name, from.title, to.name, to.title, s.name
        ),
    );
    found.add(
        i18n::get(lang, "required_competencies"),
        Some(anchor::section::COMPARE_COMPETENCIES),
        changed.join(separator(lang)),
    );
    found
}
