//! The development plan: the record's own, or one proposed from the gaps, the unmet behaviour
//! standards and the previous plan's open items; or a note when there is nothing to plan.

use serde::Serialize;

use super::guidance::guidance_lines;
use crate::evaluate::development::{self, ProposedItem};
use crate::evaluate::{BehaviourCheck, Evaluation};
use crate::model::{
    Assessment, Language, LearningKind, PlanItem, PlanStatus, Standard, Suggestion,
};
use crate::render::markdown::to_plain_text;
use crate::render::words::{self, fill};

#[derive(Serialize)]
pub(super) struct Plan {
    /// True when the record has no plan and the items are proposed from the gaps.
    proposed: bool,
    items: Vec<PlanItemView>,
    /// What to say when there is nothing to plan.
    note: Option<String>,
}

#[derive(Serialize)]
pub(super) struct PlanItemView {
    title: String,
    key: bool,
    /// `1 级 → 2 级「…」` for a competency gap.
    pub(super) step: Option<String>,
    goal: Option<String>,
    /// What `behaviours` are: the target level's behaviours, a behaviour standard's
    /// criterion, or a one-line standard to meet.
    behaviours_label: &'static str,
    behaviours: Vec<String>,
    /// (kind, action)
    actions: Vec<(&'static str, String)>,
    owner: Option<String>,
    due: Option<String>,
    status: Option<&'static str>,
    pub(super) overdue: bool,
}

/// Actions on the job first, then from others, then courses.
fn actions(lang: Language, list: &[Suggestion]) -> Vec<(&'static str, String)> {
    let mut sorted: Vec<&Suggestion> = list.iter().collect();
    sorted.sort_by_key(|s| LearningKind::ALL.iter().position(|k| *k == s.kind));
    sorted
        .into_iter()
        .map(|s| (words::learning(lang, s.kind), to_plain_text(&s.text)))
        .collect()
}

fn status_label(lang: Language, status: Option<PlanStatus>) -> &'static str {
    lang.get(match status {
        None => "plan_unset",
        Some(PlanStatus::Planned) => "plan_planned",
        Some(PlanStatus::InProgress) => "plan_in-progress",
        Some(PlanStatus::Done) => "plan_done",
        Some(PlanStatus::Dropped) => "plan_dropped",
    })
}

/// A plan item as written in a record. Reviewed in a later cycle (`review`), it shows its
/// status, and is overdue when its due date is before `as_of` and it is neither done nor
/// dropped; in the report of the cycle that agreed it, it is a plan, without a status.
pub(super) fn plan_item(
    h: &Standard,
    item: &PlanItem,
    as_of: crate::model::Date,
    review: bool,
) -> PlanItemView {
    let lang = h.settings.language;
    let closed = matches!(item.status, Some(PlanStatus::Done | PlanStatus::Dropped));
    PlanItemView {
        title: item.competency.as_deref().map_or_else(
            || to_plain_text(&item.goal),
            |id| h.competency_name(id).to_string(),
        ),
        key: false,
        step: None,
        goal: item.competency.as_ref().map(|_| to_plain_text(&item.goal)),
        behaviours_label: lang.get("target_behaviours"),
        behaviours: vec![],
        actions: actions(lang, &item.actions),
        owner: item.owner.clone(),
        due: item.due.map(|d| d.to_string()),
        status: review.then(|| status_label(lang, item.status)),
        overdue: review && !closed && item.due.is_some_and(|d| d < as_of),
    }
}

fn proposed_item(h: &Standard, a: &Assessment, p: &ProposedItem) -> PlanItemView {
    let lang = h.settings.language;
    let t = |k: &str| lang.get(k);
    let title = h
        .competency(&p.competency)
        .and_then(|c| c.level(p.target))
        .map_or("", |l| l.title.as_str());
    // A one-line standard is met or not: no level step.
    let step = if p.one_line {
        t("one_line_step").to_string()
    } else {
        fill(
            t("reach_level"),
            &[
                ("from", p.achieved.to_string()),
                ("to", p.target.to_string()),
                ("title", title.to_string()),
            ],
        )
    };
    PlanItemView {
        title: h.competency_name(&p.competency).to_string(),
        key: p.key,
        step: Some(step),
        goal: None,
        behaviours_label: t(if p.one_line {
            "standard_to_meet"
        } else {
            "target_behaviours"
        }),
        behaviours: p.behaviours.iter().map(|b| to_plain_text(b)).collect(),
        actions: actions(lang, &p.actions),
        owner: a.manager.as_ref().map(|m| m.name.clone()),
        due: Some(t("next_cycle").to_string()),
        status: None,
        overdue: false,
    }
}

/// The behaviour-standard activities not met, key first, in the sequence's order, each with
/// its module.
fn unmet_behaviours<'a>(
    h: &'a Standard,
    a: &Assessment,
    e: &'a Evaluation,
) -> Vec<(&'a BehaviourCheck, &'a str, &'a str)> {
    let (sequence, _) = h.target_level(a).expect("checked assessment");
    let mut unmet: Vec<_> = e
        .behaviours
        .iter()
        .filter(|b| !b.met)
        .filter_map(|b| {
            let (m, act) = sequence.activity(&b.activity)?;
            Some((b, m.name.as_str(), act.name.as_str()))
        })
        .collect();
    unmet.sort_by_key(|(b, _, _)| !b.key);
    unmet
}

/// A proposed item per behaviour-standard activity not met: reach the level's criterion.
fn behaviour_items(h: &Standard, a: &Assessment, e: &Evaluation) -> Vec<PlanItemView> {
    let t = |k: &str| h.settings.language.get(k);
    let (_, level) = h.target_level(a).expect("checked assessment");
    unmet_behaviours(h, a, e)
        .into_iter()
        .map(|(b, module, activity)| PlanItemView {
            title: format!("{module} › {activity}"),
            key: b.key,
            step: Some(t("behaviour_step").to_string()),
            goal: None,
            behaviours_label: t("behaviour_criterion"),
            behaviours: level
                .behaviours
                .iter()
                .find(|r| r.activity == b.activity)
                .map(|r| vec![to_plain_text(&r.criterion)])
                .unwrap_or_default(),
            actions: vec![],
            owner: a.manager.as_ref().map(|m| m.name.clone()),
            due: Some(t("next_cycle").to_string()),
            status: None,
            overdue: false,
        })
        .collect()
}

pub(super) fn plan(h: &Standard, a: &Assessment, e: &Evaluation, previous: &[PlanItem]) -> Plan {
    let lang = h.settings.language;
    if !a.plan.is_empty() {
        return Plan {
            proposed: false,
            items: a
                .plan
                .iter()
                .map(|item| plan_item(h, item, a.date, false))
                .collect(),
            note: None,
        };
    }
    let proposals = development::propose(h, e);
    let mut items: Vec<PlanItemView> = proposals.iter().map(|p| proposed_item(h, a, p)).collect();
    items.extend(behaviour_items(h, a, e));
    // The previous plan's open items go on, unless a proposal already covers their competency.
    for item in previous
        .iter()
        .filter(|i| !matches!(i.status, Some(PlanStatus::Done | PlanStatus::Dropped)))
    {
        // Covered by a proposal, or reached: its competency is met now.
        let covered = item.competency.as_ref().is_some_and(|c| {
            proposals.iter().any(|p| &p.competency == c)
                || e.competencies
                    .iter()
                    .any(|x| &x.competency == c && x.gap >= 0)
        });
        if !covered {
            let mut view = plan_item(h, item, a.date, false);
            view.step = Some(lang.get("carried_over").to_string());
            items.push(view);
        }
    }
    let note = items.is_empty().then(|| {
        let (sequence, level) = h.target_level(a).expect("checked assessment");
        if !e.qualified {
            // Not qualified with every requirement met: the level applied for is still the aim.
            // Failed only on what time cures: there is nothing else to improve.
            let key = if guidance_lines(h, a, e).is_empty() {
                "plan_none_needed_waiting"
            } else {
                "plan_none_needed_failed"
            };
            return lang.get(key).to_string();
        }
        match sequence.levels.get(level.rank + 1) {
            Some(next) => fill(
                lang.get("plan_none_needed_next"),
                &[("level", format!("{} {}", next.name, next.title))],
            ),
            None => lang.get("plan_none_needed").to_string(),
        }
    });
    Plan {
        proposed: true,
        items,
        note,
    }
}
