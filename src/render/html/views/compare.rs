//! The comparison of two levels: what changed in competencies, behaviour standards,
//! conditions, scoring and contributions.

use std::borrow::Cow;

use serde::Serialize;

use super::pieces::{LevelBrief, SequenceFacts, level_brief, sequence_facts};
use super::searchable::{SearchKind, Searchable, separator};
use crate::compare::{self, Change, CountWithin, Diff};
use crate::evaluate::ConditionKind;
use crate::model::{Language, Level, Sequence, Standard};
use crate::render::shared;
use crate::render::words::{self, number};
use crate::urls::{self, SitePath, anchor};

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
    let diff = DiffView {
        competencies: competency_rows(here, standard, d.competencies),
        behaviours: behaviour_rows(lang, s, to, &d.behaviours),
        conditions: condition_rows(lang, &d.conditions),
        scoring: scoring_rows(lang, s, &d.scoring),
        contributions: contribution_rows(standard, &d.contributions),
    };
    CompareView {
        sequence: sequence_facts(here, s, standard.settings.language),
        picker: here.link_to(&urls::compare_picker(&s.id)),
        from: level_brief(here, s, from),
        to: level_brief(here, s, to),
        diff,
    }
}

impl<'a> DiffRow<'a> {
    fn new(
        lang: Language,
        url: Option<String>,
        name: Cow<'a, str>,
        from: String,
        to: String,
        change: Change,
    ) -> DiffRow<'a> {
        DiffRow {
            url,
            name,
            from,
            to,
            change,
            class: change.class(),
            label: lang.get(change.label_key()),
            key_note: None,
            behaviours: &[],
        }
    }
}

/// What a side without the thing shows.
fn dash() -> String {
    "–".to_string()
}

/// A requirement that turned key, or normal.
fn key_note(lang: Language, from: Option<bool>, to: Option<bool>) -> Option<&'static str> {
    match (from, to) {
        (Some(false), Some(true)) => Some(lang.get("became_key")),
        (Some(true), Some(false)) => Some(lang.get("became_normal")),
        _ => None,
    }
}

/// The competencies required: the level (★ when key) on each side, and for a new or raised
/// requirement the behaviours now required.
fn competency_rows<'a>(
    here: &SitePath,
    standard: &'a Standard,
    diffs: Vec<(String, Diff<(u32, bool)>)>,
) -> Vec<DiffRow<'a>> {
    let lang = standard.settings.language;
    let grade = |x: &Option<(u32, bool)>| {
        x.map_or_else(
            dash,
            |(l, k)| if k { format!("{l} ★") } else { l.to_string() },
        )
    };
    diffs
        .into_iter()
        .map(|(id, x)| {
            let c = standard.competency(&id);
            let mut r = DiffRow::new(
                lang,
                Some(here.link_to(&urls::competency(&id))),
                c.map_or("", |c| c.name.as_str()).into(),
                grade(&x.from),
                grade(&x.to),
                x.change,
            );
            r.key_note = key_note(lang, x.from.map(|(_, k)| k), x.to.map(|(_, k)| k));
            if matches!(x.change, Change::New | Change::Raised)
                && let Some((level, _)) = x.to
                && let Some(g) = c.and_then(|c| c.level(level))
            {
                r.behaviours = &g.behaviours;
            }
            r
        })
        .collect()
}

/// The behaviour-standard activities: key or normal on each side, and for a new or changed
/// one the criterion now required.
fn behaviour_rows<'a>(
    lang: Language,
    s: &'a Sequence,
    to: &'a Level,
    diffs: &[(String, Diff<(String, bool)>)],
) -> Vec<DiffRow<'a>> {
    diffs
        .iter()
        .map(|(id, x)| {
            let name = s.activity(id).map_or("", |(_, a)| a.name.as_str());
            let side = |v: &Option<(String, bool)>| {
                v.as_ref().map_or_else(dash, |(_, key)| {
                    lang.get(if *key { "key" } else { "normal" }).to_string()
                })
            };
            let mut r = DiffRow::new(
                lang,
                None,
                name.into(),
                side(&x.from),
                side(&x.to),
                x.change,
            );
            r.key_note = key_note(
                lang,
                x.from.as_ref().map(|(_, k)| *k),
                x.to.as_ref().map(|(_, k)| *k),
            );
            if matches!(x.change, Change::New | Change::Changed)
                && let Some(b) = to.behaviours.iter().find(|b| &b.activity == id)
            {
                r.behaviours = std::slice::from_ref(&b.criterion);
            }
            r
        })
        .collect()
}

/// The basic conditions, as each side words them.
fn condition_rows<'a>(lang: Language, diffs: &[Diff<ConditionKind>]) -> Vec<DiffRow<'a>> {
    let text = |k: &Option<ConditionKind>| {
        k.as_ref()
            .map_or_else(dash, |k| words::condition(lang, k).1)
    };
    diffs
        .iter()
        .map(|x| {
            let any = x.to.as_ref().or(x.from.as_ref()).expect("one side");
            DiffRow::new(
                lang,
                None,
                words::condition(lang, any).0.into(),
                text(&x.from),
                text(&x.to),
                x.change,
            )
        })
        .collect()
}

/// The modules' points and the pass mark.
fn scoring_rows<'a>(
    lang: Language,
    s: &'a Sequence,
    diffs: &[(Option<String>, Diff<f64>)],
) -> Vec<DiffRow<'a>> {
    diffs
        .iter()
        .map(|(id, x)| {
            let mut r = DiffRow::new(
                lang,
                None,
                match id {
                    None => lang.get("pass"),
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
                r.label = lang.get("change_reweighted");
            }
            r
        })
        .collect()
}

/// The contribution requirements: the count (with its window of cycles) on each side.
fn contribution_rows<'a>(
    standard: &Standard,
    diffs: &[(Vec<String>, Diff<CountWithin>)],
) -> Vec<DiffRow<'a>> {
    let lang = standard.settings.language;
    let count = |c: &Option<(u32, u32)>| {
        c.map_or_else(dash, |(count, within)| {
            count.to_string() + &shared::within_cycles(lang, within)
        })
    };
    diffs
        .iter()
        .map(|(kinds, x)| {
            DiffRow::new(
                lang,
                None,
                shared::contribution_kinds(standard, kinds).into(),
                count(&x.from),
                count(&x.to),
                x.change,
            )
        })
        .collect()
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
        lang.get("required_competencies"),
        Some(anchor::section::COMPARE_COMPETENCIES),
        changed.join(separator(lang)),
    );
    found
}
