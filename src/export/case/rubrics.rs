//! The package's rubrics: a level's scoring (a criterion per item, or per module without
//! items), and the sequence's KPIs (a table rule's bands as criterion levels).

use serde_json::json;

use super::objects::{Criterion, CriterionLevel, Link, Rubric};
use super::{Builder, words};
use crate::export::json::rule_view;
use crate::model::{Direction, Level, format_number};

impl Builder<'_> {
    /// A rubric per level that is scored (a criterion per scoring item, or per module without
    /// items), and one for the sequence's KPIs (a criterion per KPI; a table rule's bands are
    /// its criterion levels).
    pub(super) fn rubrics(&self, levels: &[Link], sequence_item: &Link) -> Vec<Rubric> {
        let sequence = self.sequence;
        let mut rubrics: Vec<Rubric> = sequence
            .levels
            .iter()
            .zip(levels)
            .filter_map(|(level, item)| self.level_rubric(level, item))
            .collect();
        rubrics.extend(self.kpi_rubric(sequence_item));
        rubrics
    }

    /// A scored level's rubric: a criterion per scoring item, or per module without items.
    fn level_rubric(&self, level: &Level, item: &Link) -> Option<Rubric> {
        let sequence = self.sequence;
        let (scoring_word, _) = words(self.standard.settings.language);
        if level.scoring.modules.is_empty() {
            return None;
        }
        let path = self.seq(&format!("levels/{}/rubric", level.id));
        let rubric = self.link(&path, "");
        let mut criteria = Vec::new();
        for m in &level.scoring.modules {
            let definition = sequence.module(&m.module);
            let module_name = sequence.module_name(&m.module).to_string();
            let entries: Vec<(Option<&str>, String, f64)> = if m.items.is_empty() {
                vec![(None, module_name.clone(), m.points)]
            } else {
                m.items
                    .iter()
                    .map(|(id, points)| {
                        (
                            Some(id.as_str()),
                            sequence.item_name(&m.module, id).to_string(),
                            *points,
                        )
                    })
                    .collect()
            };
            for (item_id, name, points) in entries {
                let criterion = self.link(
                    &format!("{path}/{}/{}", m.module, item_id.unwrap_or("")),
                    &name,
                );
                criteria.push(Criterion {
                    identifier: criterion.identifier,
                    uri: criterion.uri,
                    category: module_name.clone(),
                    description: name,
                    item: item.clone(),
                    weight: Some(points),
                    position: criteria.len() as u32 + 1,
                    rubric_id: rubric.identifier.clone(),
                    last_change_date_time: self.changed.clone(),
                    levels: Vec::new(),
                    extensions: json!({ "rungs": {
                        "module": m.module,
                        "item": item_id,
                        "module_points": m.points,
                        "exam": definition.is_some_and(|d| d.exam),
                        "kpi": definition.is_some_and(|d| d.kpi),
                    }}),
                });
            }
        }
        Some(Rubric {
            identifier: rubric.identifier,
            uri: rubric.uri,
            title: format!("{} {} · {scoring_word}", level.name, level.title),
            description: None,
            last_change_date_time: self.changed.clone(),
            criteria,
            extensions: json!({ "rungs": {
                "level": level.id,
                "pass": level.scoring.pass,
                "total": level.scoring.total,
            }}),
        })
    }

    /// The sequence's KPIs as a rubric (a criterion per KPI; a table rule's bands are its
    /// criterion levels), when it has any.
    fn kpi_rubric(&self, sequence_item: &Link) -> Option<Rubric> {
        let sequence = self.sequence;
        let (_, kpi_word) = words(self.standard.settings.language);
        if sequence.kpis.is_empty() {
            return None;
        }
        let path = self.seq("kpis");
        let rubric = self.link(&path, "");
        let criteria = sequence
            .kpis
            .iter()
            .enumerate()
            .map(|(i, kpi)| {
                let criterion = self.link(&format!("{path}/{}", kpi.id), &kpi.name);
                let unit = kpi.unit.as_deref().unwrap_or("");
                let sign = match kpi.direction {
                    Direction::Higher => "≥",
                    Direction::Lower => "≤",
                };
                let bands = match &kpi.rule {
                    Some(crate::model::KpiRule::Table(bands)) => bands
                        .iter()
                        .enumerate()
                        .map(|(b, (from, points))| {
                            let level = self.link(&format!("{path}/{}/bands/{b}", kpi.id), "");
                            let quality = format!("{sign} {}{unit}", format_number(*from));
                            CriterionLevel {
                                identifier: level.identifier,
                                uri: level.uri,
                                description: quality.clone(),
                                quality,
                                score: *points,
                                position: b as u32 + 1,
                                rubric_criterion_id: criterion.identifier.clone(),
                                last_change_date_time: self.changed.clone(),
                            }
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                Criterion {
                    identifier: criterion.identifier.clone(),
                    uri: criterion.uri.clone(),
                    category: kpi_word.to_string(),
                    description: format!("{}: {}", kpi.name, kpi.formula),
                    item: sequence_item.clone(),
                    weight: kpi.rule.as_ref().map(|_| kpi.weight),
                    position: i as u32 + 1,
                    rubric_id: rubric.identifier.clone(),
                    last_change_date_time: self.changed.clone(),
                    levels: bands,
                    extensions: json!({ "rungs": {
                        "id": kpi.id,
                        "name": kpi.name,
                        "formula": kpi.formula,
                        "unit": kpi.unit,
                        "direction": kpi.direction,
                        "target": kpi.target,
                        "weight": kpi.weight,
                        "scored": kpi.rule.is_some(),
                        "scoring": kpi.rule.as_ref().map(rule_view),
                    }}),
                }
            })
            .collect();
        Some(Rubric {
            identifier: rubric.identifier,
            uri: rubric.uri,
            title: format!("{} · {kpi_word}", sequence.name),
            description: None,
            last_change_date_time: self.changed.clone(),
            criteria,
            extensions: json!({ "rungs": { "kind": "kpis" } }),
        })
    }
}
