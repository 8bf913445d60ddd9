//! The data file of the handbook PDF: the standard (never the records), with Markdown reduced to
//! plain paragraphs, so the Typst template lays it out as text.

use serde_json::{Value, json};

use crate::evaluate::condition_kinds;
use crate::model::Handbook;
use crate::render::i18n::{self, number};
use crate::render::markdown::to_plain_text;

/// Markdown as a list of plain paragraphs.
fn paragraphs(markdown: &str) -> Vec<String> {
    markdown
        .split("\n\n")
        .map(to_plain_text)
        .filter(|p| !p.is_empty())
        .collect()
}

pub fn data(h: &Handbook) -> String {
    let lang = h.settings.language;
    let s = &h.settings;
    let sequences: Vec<Value> = h
        .sequences
        .iter()
        .map(|seq| {
            let matrix: Vec<Value> = seq
                .required_competencies()
                .into_iter()
                .map(|id| json!({"name": h.competency(id).map_or(id, |c| c.name.as_str()), "cells": seq.levels.iter().map(|l| l.requirement(id).map(|r| json!({"level": r.level, "key": r.key}))).collect::<Vec<_>>()}))
                .collect();
            let levels: Vec<Value> = seq
                .levels
                .iter()
                .map(|l| {
                    json!({
                        "name": l.name, "title": l.title,
                        "positioning": l.positioning.as_deref().map(paragraphs).unwrap_or_default(),
                        "conditions": condition_kinds(&l.conditions).iter().map(|k| { let (a, b) = i18n::condition(lang, k); json!([a, b]) }).collect::<Vec<_>>(),
                        "knowledge": l.knowledge.iter().map(|x| to_plain_text(x)).collect::<Vec<_>>(),
                        "responsibilities": l.responsibilities.iter().map(|x| to_plain_text(x)).collect::<Vec<_>>(),
                        "requirements": l.requirements.iter().map(|r| json!({"name": h.competency(&r.competency).map_or(r.competency.as_str(), |c| c.name.as_str()), "level": r.level, "key": r.key, "title": h.competency(&r.competency).and_then(|c| c.level(r.level)).map_or("", |x| x.title.as_str())})).collect::<Vec<_>>(),
                        "modules": l.scoring.modules.iter().map(|m| { let d = seq.module(&m.module); json!({"name": d.map_or(m.module.as_str(), |d| d.name.as_str()), "points": number(m.points), "items": m.items.iter().map(|(id, p)| json!([d.and_then(|d| d.item(id)).map_or(id.as_str(), |i| i.name.as_str()), number(*p)])).collect::<Vec<_>>()}) }).collect::<Vec<_>>(),
                        "total": number(l.scoring.total), "pass": number(l.scoring.pass),
                        "contributions": l.contributions.iter().map(|c| json!([h.contribution_kind(&c.kind).map_or(c.kind.as_str(), |k| k.name.as_str()), c.count])).collect::<Vec<_>>(),
                    })
                })
                .collect();
            json!({
                "name": seq.name, "description": seq.description.as_deref().map(paragraphs).unwrap_or_default(),
                "level_names": seq.levels.iter().map(|l| l.name.clone()).collect::<Vec<_>>(),
                "matrix": matrix, "levels": levels,
                "kpis": seq.kpis.iter().map(|k| json!({"name": k.name, "formula": k.formula, "description": k.description.as_deref().map(to_plain_text)})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let categories: Vec<Value> = h
        .categories
        .iter()
        .map(|c| {
            json!({"name": c.name, "competencies": h.competencies.iter().filter(|k| k.category == c.id).map(|k| json!({
                "name": k.name, "definition": paragraphs(&k.definition),
                "key_points": k.key_points.iter().map(|x| to_plain_text(x)).collect::<Vec<_>>(),
                "levels": k.levels.iter().map(|l| json!({"level": l.level, "title": l.title, "behaviours": l.behaviours.iter().map(|b| to_plain_text(b)).collect::<Vec<_>>()})).collect::<Vec<_>>(),
            })).collect::<Vec<_>>()})
        })
        .collect();
    let (front, back): (Vec<_>, Vec<_>) = h.pages.iter().partition(|p| !p.appendix);
    let page =
        |p: &&crate::model::Page| json!({"title": p.title, "paragraphs": paragraphs(&p.body)});
    json!({
        "t": i18n::strings(lang),
        "lang": if lang == crate::model::Language::ZhCn { "zh" } else { "en" },
        "standard": {"title": s.title, "organisation": s.organisation, "edition": s.edition, "effective_date": s.effective_date.to_string(), "owner": s.owner, "serial": s.serial, "commit": h.content_commit},
        "front_pages": front.iter().map(page).collect::<Vec<_>>(),
        "back_pages": back.iter().map(page).collect::<Vec<_>>(),
        "sequences": sequences,
        "categories": categories,
        "kinds": h.contribution_kinds.iter().map(|k| json!([k.name, k.description.as_deref().map(to_plain_text)])).collect::<Vec<_>>(),
        "rules": [i18n::get(lang, "score_rules"), i18n::get(lang, "grade_rules").replace("{pct}", &format!("{}%", number(s.grading.b_max_normal_unmet * 100.0))), i18n::get(lang, "verdict_rules")],
    })
    .to_string()
}
