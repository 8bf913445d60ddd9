//! The data file of one qualification report: every figure already evaluated and formatted, so
//! the Typst template only lays it out.

use serde_json::{Value, json};

use crate::evaluate::{self, GapStatus, Grade};
use crate::model::{Assessment, Handbook};
use crate::render::i18n::{self, number};
use crate::render::markdown::to_plain_text;

pub fn data(h: &Handbook, a: &Assessment) -> String {
    let lang = h.settings.language;
    let t = |k| i18n::get(lang, k);
    let (sequence, level) = h.target_level(a).expect("checked assessment");
    let e = evaluate::evaluate_against(&h.settings, sequence, level, a);
    let level_label = |id: &str| {
        sequence
            .level(id)
            .map_or(id.to_string(), |l| format!("{} {}", l.name, l.title))
    };
    let competency_name = |id: &str| h.competency(id).map_or(id.to_string(), |c| c.name.clone());
    let grade_title = |id: &str, n: u32| {
        h.competency(id)
            .and_then(|c| c.level(n))
            .map_or(String::new(), |l| l.title.clone())
    };

    let conditions: Vec<Value> = e
        .conditions
        .iter()
        .map(|c| {
            let (label, text) = i18n::condition(lang, &c.kind);
            json!({"label": label, "required": text, "met": c.met})
        })
        .collect();
    let modules: Vec<Value> = e
        .modules
        .iter()
        .map(|m| {
            let d = sequence.module(&m.module);
            json!({
                "name": d.map_or(m.module.as_str(), |d| d.name.as_str()),
                "exam": d.is_some_and(|d| d.exam),
                "points": number(m.points), "score": number(m.score),
                "ratio": if m.points > 0.0 { m.score / m.points } else { 0.0 },
                "items": m.items.iter().map(|(id, p, s)| json!({"name": d.and_then(|d| d.item(id)).map_or(id.as_str(), |i| i.name.as_str()), "points": number(*p), "score": number(*s)})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let competencies: Vec<Value> = e
        .competencies
        .iter()
        .map(|c| {
            json!({
                "name": competency_name(&c.competency), "key": c.key,
                "required": c.required, "achieved": c.achieved, "gap": c.gap,
                "max": h.competency(&c.competency).map_or(c.required, |x| x.max_level()),
                "required_title": grade_title(&c.competency, c.required),
                "achieved_title": grade_title(&c.competency, c.achieved),
                "status": match c.status { GapStatus::Met => "met", GapStatus::OneBelow => "one", GapStatus::TwoOrMoreBelow => "two" },
                "evidence": a.competencies.get(&c.competency).and_then(|x| x.evidence.as_deref()).map(to_plain_text),
            })
        })
        .collect();
    let strengths: Vec<Value> = e
        .strengths
        .iter()
        .filter_map(|id| e.competencies.iter().find(|c| &c.competency == id))
        .map(|c| json!({"name": competency_name(&c.competency), "achieved": c.achieved, "required": c.required, "title": grade_title(&c.competency, c.achieved)}))
        .collect();
    let development: Vec<Value> = e
        .development
        .iter()
        .map(|d| {
            let next = h.competency(&d.competency).and_then(|c| c.level(d.next_level));
            json!({
                "name": competency_name(&d.competency), "key": d.key, "required": d.required, "achieved": d.achieved,
                "next_level": d.next_level, "next_title": next.map_or("", |l| l.title.as_str()),
                "behaviours": next.map_or(vec![], |l| l.behaviours.iter().map(|b| to_plain_text(b)).collect::<Vec<_>>()),
                "suggestions": next.map_or(vec![], |l| l.suggestions.iter().map(|b| to_plain_text(b)).collect::<Vec<_>>()),
            })
        })
        .collect();
    let kind_name = |k: &str| {
        h.contribution_kind(k)
            .map_or(k.to_string(), |x| x.name.clone())
    };
    let grade = match e.grade {
        Grade::A => "A",
        Grade::B => "B",
        Grade::C => "C",
    };
    json!({
        "t": i18n::strings(lang),
        "lang": if lang == crate::model::Language::ZhCn { "zh" } else { "en" },
        "standard": {"title": h.settings.title, "organisation": h.settings.organisation, "edition": h.settings.edition, "commit": h.content_commit},
        "employee": {
            "name": a.name, "short_name": shorten(&a.name, 16), "id": a.employee_id, "department": a.department,
            "manager": a.manager.as_ref().map(|m| m.name.clone()),
            "sequence": sequence.name, "cycle": a.cycle, "date": a.date.to_string(),
            "current": a.current_level.as_deref().map(level_label), "applied": level_label(&a.applied_level),
            "assessors": a.assessors.join("、"),
            "edition": a.edition,
        },
        "verdict": {
            "qualified": e.qualified, "grade": grade,
            "total": number(e.total), "pass": number(e.pass), "points": number(e.total_points), "total_met": e.total_met,
            "conditions_met": e.conditions_met,
            "key_unmet": e.key_unmet, "key_total": e.key_total, "normal_unmet": e.normal_unmet, "normal_total": e.normal_total,
            "rules": t("grade_rules").replace("{pct}", &format!("{}%", number(h.settings.grading.b_max_normal_unmet * 100.0))),
        },
        "conditions": conditions,
        "modules": modules,
        "competencies": competencies,
        "strengths": strengths,
        "development": development,
        "contributions": e.contributions.iter().map(|c| json!({"name": kind_name(&c.kind), "required": c.required, "achieved": c.achieved, "met": c.met})).collect::<Vec<_>>(),
        "submitted": a.contributions.iter().map(|c| json!({"kind": kind_name(&c.kind), "title": c.title})).collect::<Vec<_>>(),
        "comments": a.comments.as_deref().map(to_plain_text),
    })
    .to_string()
}

/// At most `max` characters, with `…` when cut: for running headers and footers.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        text.chars().take(max - 1).chain(['…']).collect()
    }
}
