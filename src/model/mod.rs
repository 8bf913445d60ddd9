//! The validated, immutable model every renderer reads: the standard (settings, competency
//! dictionary, sequences with inherited requirements resolved, pages) and the assessment records.
//!
//! Only `check` builds it, and only from content that passed validation, so renderers can
//! rely on every reference resolving. Nothing here does IO.

mod assessment;
mod date;
mod standard;

use std::collections::HashMap;

pub use assessment::*;
pub use date::Date;
pub use standard::*;

/// Points, scores and years as people write them: no trailing `.0`, at most two decimals.
pub fn format_number(x: f64) -> String {
    let rounded = (x * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    }
}

/// Everything a content project holds, validated.
#[derive(Debug, Clone)]
pub struct Handbook {
    pub settings: Settings,
    pub categories: Vec<Category>,
    pub contribution_kinds: Vec<Category>,
    /// Ordered by category (settings order), then by id.
    pub competencies: Vec<Competency>,
    /// Ordered by `order`, then by id.
    pub sequences: Vec<Sequence>,
    /// Ordered by `order`, then by id.
    pub pages: Vec<Page>,
    /// Personal data: ordered by sequence, employee id, cycle. Never rendered into the site.
    pub assessments: Vec<Assessment>,
    /// The last commit that touched the content folder, when it is in git.
    pub content_commit: Option<String>,
    competency_index: HashMap<String, usize>,
    sequence_index: HashMap<String, usize>,
}

impl Handbook {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        settings: Settings,
        categories: Vec<Category>,
        contribution_kinds: Vec<Category>,
        mut competencies: Vec<Competency>,
        mut sequences: Vec<Sequence>,
        mut pages: Vec<Page>,
        mut assessments: Vec<Assessment>,
    ) -> Self {
        let category_rank = |id: &str| {
            categories
                .iter()
                .position(|c| c.id == id)
                .unwrap_or(usize::MAX)
        };
        competencies.sort_by(|a, b| {
            (category_rank(&a.category), &a.id).cmp(&(category_rank(&b.category), &b.id))
        });
        sequences.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
        pages.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
        assessments.sort_by(|a, b| {
            (&a.sequence, &a.employee_id, &a.cycle).cmp(&(&b.sequence, &b.employee_id, &b.cycle))
        });
        let competency_index = competencies
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        let sequence_index = sequences
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.clone(), i))
            .collect();
        Handbook {
            settings,
            categories,
            contribution_kinds,
            competencies,
            sequences,
            pages,
            assessments,
            content_commit: None,
            competency_index,
            sequence_index,
        }
    }

    pub fn competency(&self, id: &str) -> Option<&Competency> {
        self.competency_index
            .get(id)
            .map(|&i| &self.competencies[i])
    }

    pub fn sequence(&self, id: &str) -> Option<&Sequence> {
        self.sequence_index.get(id).map(|&i| &self.sequences[i])
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn contribution_kind(&self, id: &str) -> Option<&Category> {
        self.contribution_kinds.iter().find(|c| c.id == id)
    }

    /// The level an assessment is evaluated against.
    pub fn target_level(&self, assessment: &Assessment) -> Option<(&Sequence, &Level)> {
        let sequence = self.sequence(&assessment.sequence)?;
        Some((sequence, sequence.level(&assessment.applied_level)?))
    }

    /// How many records each employee has: more than one means the cycle goes in file names.
    pub fn records_per_employee(&self) -> HashMap<&str, usize> {
        let mut counts = HashMap::new();
        for a in &self.assessments {
            *counts.entry(a.employee_id.as_str()).or_insert(0) += 1;
        }
        counts
    }

    /// The report's path under `OUT/reports/`: `<sequence>/<employee-id>.pdf`, or
    /// `<sequence>/<employee-id>-<cycle>.pdf` when the employee has several records.
    pub fn report_path(&self, assessment: &Assessment, counts: &HashMap<&str, usize>) -> String {
        if counts
            .get(assessment.employee_id.as_str())
            .copied()
            .unwrap_or(1)
            > 1
        {
            format!(
                "{}/{}-{}.pdf",
                assessment.sequence, assessment.employee_id, assessment.cycle
            )
        } else {
            format!("{}/{}.pdf", assessment.sequence, assessment.employee_id)
        }
    }
}
