//! The validated, immutable model every renderer reads, in two parts: the public `Standard`
//! (settings, competency dictionary, sequences with inherited requirements resolved, pages) and
//! the private `Records` (assessment records).
//!
//! Only `check` builds it, and only from content that passed validation, so renderers can
//! rely on every reference resolving. Nothing here does IO.

use std::collections::BTreeMap;

pub mod after;
pub mod change;
mod date;
pub mod editions;
pub mod people;
mod ratings;
mod records;
mod standard;

use std::collections::HashMap;

pub use after::*;
pub use date::Date;
pub use people::{Application, Cycle, Person, Roster, Since};
pub use ratings::*;
pub use records::*;
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

/// A measured figure — a score, a total, a fact such as years or hours — as shown beside the
/// mark it is compared with: at most two decimals, cut, never rounded up, so a figure never
/// reads as reaching a mark it misses (59.999 against 60 shows as 59.99). The verdict itself
/// compares the unrounded figure.
pub fn format_score(x: f64) -> String {
    // The tolerance the comparisons use, so a figure that meets its mark shows as meeting it.
    format_number(((x + 1e-9) * 100.0).floor() / 100.0)
}

/// A figure where lower is better (a KPI such as an expense ratio), cut upwards for the same
/// reason.
pub fn format_score_lower(x: f64) -> String {
    format_number(((x - 1e-9) * 100.0).ceil() / 100.0)
}

/// The validated content project: the public standard and the private records, apart.
#[derive(Debug, Clone)]
pub struct Model {
    pub standard: Standard,
    pub records: Records,
}

/// The public standard: what the site and the handbook publish. It holds no personal data, so
/// a renderer that receives only a `Standard` cannot leak any.
#[derive(Clone)]
pub struct Standard {
    pub settings: Settings,
    pub categories: Vec<Category>,
    pub contribution_kinds: Vec<Category>,
    /// Ordered by category (settings order), then by id.
    pub competencies: Vec<Competency>,
    /// Ordered by `order`, then by id.
    pub sequences: Vec<Sequence>,
    /// Ordered by `order`, then by id.
    pub pages: Vec<Page>,
    competency_index: HashMap<String, usize>,
    sequence_index: HashMap<String, usize>,
    /// By competency id: the levels that require it, as (sequence, level) indexes in order.
    required_at: HashMap<String, Vec<(usize, usize)>>,
}

/// Every field but the indexes, which are derived from the others and list in a random order:
/// the site's cache key is this text (see `fingerprint`), so the same standard must give the
/// same text. Written out whole so that a new field cannot be left out unnoticed.
impl std::fmt::Debug for Standard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Standard {
            settings,
            categories,
            contribution_kinds,
            competencies,
            sequences,
            pages,
            competency_index: _,
            sequence_index: _,
            required_at: _,
        } = self;
        f.debug_struct("Standard")
            .field("settings", settings)
            .field("categories", categories)
            .field("contribution_kinds", contribution_kinds)
            .field("competencies", competencies)
            .field("sequences", sequences)
            .field("pages", pages)
            .finish()
    }
}

impl Standard {
    pub fn new(
        settings: Settings,
        categories: Vec<Category>,
        contribution_kinds: Vec<Category>,
        mut competencies: Vec<Competency>,
        mut sequences: Vec<Sequence>,
        mut pages: Vec<Page>,
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
        let mut required_at: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for (s, sequence) in sequences.iter().enumerate() {
            for (l, level) in sequence.levels.iter().enumerate() {
                for r in &level.requirements {
                    let at = required_at.entry(r.competency.clone()).or_default();
                    if at.last() != Some(&(s, l)) {
                        at.push((s, l));
                    }
                }
            }
        }
        Standard {
            settings,
            categories,
            contribution_kinds,
            competencies,
            sequences,
            pages,
            competency_index,
            sequence_index,
            required_at,
        }
    }

    /// The levels that require a competency, as (sequence, level) indexes, lowest sequence and
    /// level first: what a competency's page lists, without searching every level.
    pub fn required_at(&self, competency: &str) -> &[(usize, usize)] {
        self.required_at.get(competency).map_or(&[], Vec::as_slice)
    }

    pub fn competency(&self, id: &str) -> Option<&Competency> {
        self.competency_index
            .get(id)
            .map(|&i| &self.competencies[i])
    }

    /// The competency's name, or its id when it is unknown (never for checked references).
    pub fn competency_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.competency(id).map_or(id, |c| c.name.as_str())
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

    /// The contribution kind's name, or its id.
    pub fn contribution_kind_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.contribution_kind(id).map_or(id, |k| k.name.as_str())
    }

    /// The level an assessment is evaluated against.
    pub fn target_level(&self, assessment: &Assessment) -> Option<(&Sequence, &Level)> {
        let sequence = self.sequence(&assessment.sequence)?;
        Some((sequence, sequence.level(&assessment.applied_level)?))
    }
}

/// The private records: assessments, one per employee per cycle. Only reports (and, later,
/// summaries and exports meant for HR) read them.
#[derive(Debug, Clone, Default)]
pub struct Records {
    /// Ordered by sequence, employee id, cycle. Not changed after [`Records::new`], which
    /// indexes them.
    pub assessments: Vec<Assessment>,
    /// Per employee, the indices of their records in `assessments`, oldest cycle first: the
    /// trend of every report looks its employee up here instead of scanning every record.
    by_employee: std::collections::HashMap<String, Vec<usize>>,
    /// Every cycle any record names, in order (by name: 2024H1 before 2024H2).
    cycles: Vec<String>,
    /// Per cycle folder that has one: its roster, applications and screening date.
    pub people: BTreeMap<String, Cycle>,
}

impl Records {
    pub fn new(mut assessments: Vec<Assessment>) -> Records {
        assessments.sort_by(|a, b| {
            (&a.sequence, &a.employee_id, &a.cycle).cmp(&(&b.sequence, &b.employee_id, &b.cycle))
        });
        let mut by_employee: std::collections::HashMap<String, Vec<usize>> = Default::default();
        for (i, a) in assessments.iter().enumerate() {
            by_employee
                .entry(a.employee_id.clone())
                .or_default()
                .push(i);
        }
        for indices in by_employee.values_mut() {
            indices.sort_by(|&x, &y| assessments[x].cycle.cmp(&assessments[y].cycle));
        }
        let mut cycles: Vec<String> = assessments.iter().map(|a| a.cycle.clone()).collect();
        cycles.sort();
        cycles.dedup();
        Records {
            assessments,
            by_employee,
            cycles,
            people: BTreeMap::new(),
        }
    }

    /// The records with the cycles' rosters and applications beside them.
    pub fn with_people(mut self, people: BTreeMap<String, Cycle>) -> Records {
        self.people = people;
        self
    }

    /// Every cycle any record names, in order: the project's cycles, over which a
    /// contribution requirement's `within` window is counted.
    pub fn cycles(&self) -> &[String] {
        &self.cycles
    }

    /// The employee's records before `a`'s cycle, oldest first.
    pub fn earlier<'a>(&'a self, a: &'a Assessment) -> impl Iterator<Item = &'a Assessment> + 'a {
        self.by_employee
            .get(&a.employee_id)
            .into_iter()
            .flatten()
            .map(|&i| &self.assessments[i])
            .filter(move |r| r.cycle < a.cycle)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_is_cut_never_rounded_up_to_the_mark_it_misses() {
        assert_eq!(format_score(59.999), "59.99");
        assert_eq!(format_score(73.833_333), "73.83");
        assert_eq!(format_score(60.0), "60");
        // Binary fractions that are meant to be exact stay exact.
        assert_eq!(format_score(0.7 + 0.1), "0.8");
        assert_eq!(format_score(5.0 / 6.0 * 7.0), "5.83");
        assert_eq!(format_score_lower(8.001), "8.01");
        assert_eq!(format_score_lower(9.2), "9.2");
    }
}
