//! Guidance for failures that are not competency gaps: which scoring modules lost the most
//! points against their weight, which basic condition is missing and by how much, what run of
//! ratings the performance rule needs, and which contributions are short. Pure data; the report
//! words it.

use serde::Serialize;

use super::{ConditionKind, Evaluation, alternative_parts, condition_met, performance_met};
use crate::model::{Alternative, Date, Education, Facts, PerformanceRule, Settings};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Guidance {
    /// The modules that lost the most points, most first (only when the total missed the pass
    /// mark).
    pub modules: Vec<ModuleLoss>,
    /// Each unmet basic condition with what is missing.
    pub conditions: Vec<ConditionGap>,
    /// Contribution kinds with fewer than required.
    pub contributions: Vec<ContributionGap>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModuleLoss {
    pub module: String,
    pub points: f64,
    pub score: f64,
    /// points − score
    pub lost: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ConditionGap {
    /// The education held (none when the record gives none) and the one required.
    Education {
        held: Option<Education>,
        required: Education,
    },
    /// Years or hours: what the record gives (0 when none), what is required; for years,
    /// the day they will be met if the employee stays (counted from the record's date), none
    /// when the record gives no years at all (nothing known is counting).
    /// `months` when the years were counted in whole months from a roster's date: said in
    /// years and months then.
    ExperienceYears {
        held: f64,
        required: f64,
        expected: Option<Date>,
        months: bool,
    },
    /// No day when the facts give no years in the level at all (no level held, or none
    /// known): waiting does not add to what is not counting.
    YearsInLevel {
        held: f64,
        required: f64,
        expected: Option<Date>,
        months: bool,
    },
    TrainingHours {
        held: f64,
        required: f64,
    },
    Certification(String),
    /// The major held (none when the record gives none) and those accepted.
    Major {
        held: Option<String>,
        accepted: Vec<String>,
    },
    /// The professional title held and the lowest accepted.
    Title {
        held: Option<String>,
        required: String,
    },
    /// None of the alternatives holds entirely: all of them, and what the closest ones (the
    /// fewest parts missing) still lack.
    Alternatives {
        all: Vec<Alternative>,
        /// Per closest alternative, each missing part as a condition of its own, with its gap.
        closest: Vec<Vec<(ConditionKind, ConditionGap)>>,
    },
    Performance(PerformanceAdvice),
    Other(String),
}

/// What the performance rule needs: the latest ratings it looks at, and how many further
/// ratings of at least `rating` would satisfy it (none when no run of ratings can).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PerformanceAdvice {
    pub rule: PerformanceRule,
    /// The ratings the rule looks at now, oldest first.
    pub window: Vec<String>,
    pub needed: Option<(usize, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContributionGap {
    pub kinds: Vec<String>,
    pub required: u32,
    pub achieved: u32,
}

/// At most this many modules are named.
const MODULES: usize = 2;

pub fn guidance(e: &Evaluation) -> Guidance {
    let mut modules: Vec<ModuleLoss> = if e.total_met {
        Vec::new()
    } else {
        e.modules
            .iter()
            .filter(|m| m.points > m.score)
            .map(|m| ModuleLoss {
                module: m.module.clone(),
                points: m.points,
                score: m.score,
                lost: m.points - m.score,
            })
            .collect()
    };
    // Most points lost first; among equals, the larger share of the module's weight.
    modules.sort_by(|x, y| {
        y.lost
            .total_cmp(&x.lost)
            .then((y.lost / y.points).total_cmp(&(x.lost / x.points)))
    });
    modules.truncate(MODULES);
    let conditions = e
        .conditions
        .iter()
        .filter_map(|c| c.shortfall.clone())
        .collect();
    let contributions = e
        .contributions
        .iter()
        .filter(|c| !c.met)
        .map(|c| ContributionGap {
            kinds: c.kinds.clone(),
            required: c.required,
            achieved: c.achieved,
        })
        .collect();
    Guidance {
        modules,
        conditions,
        contributions,
    }
}

/// What an unmet condition lacks, from the record's facts, assessed on `date`.
pub(crate) fn gap(
    kind: &ConditionKind,
    f: &Facts,
    settings: &Settings,
    recertification: bool,
    date: Date,
) -> ConditionGap {
    // The day `years` more have passed after the record's date.
    let after = |held: f64, required: f64| {
        let days = ((required - held).max(0.0) * 365.25).ceil() as i64;
        Date::from_days(date.days() + days)
    };
    match kind {
        ConditionKind::Education(required) => ConditionGap::Education {
            held: f.education,
            required: *required,
        },
        // From a roster's date the day is the anniversary; from a figure, an estimate.
        ConditionKind::ExperienceYears(r) => {
            let held = f.experience_years.unwrap_or(0.0);
            ConditionGap::ExperienceYears {
                held,
                required: *r,
                expected: f.experience_years.map(|_| {
                    f.experience_since
                        .map_or_else(|| after(held, *r), |since| since.reached(*r))
                }),
                months: f.experience_since.is_some(),
            }
        }
        ConditionKind::YearsInLevel(r) => {
            let held = f.years_in_level.unwrap_or(0.0);
            ConditionGap::YearsInLevel {
                held,
                required: *r,
                expected: f.years_in_level.map(|_| {
                    f.level_since
                        .map_or_else(|| after(held, *r), |since| since.reached(*r))
                }),
                months: f.level_since.is_some(),
            }
        }
        ConditionKind::TrainingHours(r) => ConditionGap::TrainingHours {
            held: f.training_hours.unwrap_or(0.0),
            required: *r,
        },
        ConditionKind::Certification(name) => ConditionGap::Certification(name.clone()),
        ConditionKind::Major(accepted) => ConditionGap::Major {
            held: f.major.clone(),
            accepted: accepted.clone(),
        },
        ConditionKind::Title(required) => ConditionGap::Title {
            held: f.title.clone(),
            required: required.clone(),
        },
        ConditionKind::Alternatives(list) => ConditionGap::Alternatives {
            all: list.clone(),
            closest: closest_alternative(list, f, settings, recertification, date),
        },
        ConditionKind::Performance(rule) => ConditionGap::Performance(performance_advice(
            rule,
            &f.performance,
            &settings.performance_ratings,
        )),
        ConditionKind::Other(o) => ConditionGap::Other(o.text.clone()),
    }
}

/// The missing parts of the alternatives closest to holding (all those with the fewest).
fn closest_alternative(
    list: &[Alternative],
    f: &Facts,
    settings: &Settings,
    recertification: bool,
    date: Date,
) -> Vec<Vec<(ConditionKind, ConditionGap)>> {
    let missing: Vec<Vec<(ConditionKind, ConditionGap)>> = list
        .iter()
        .map(|alt| {
            alternative_parts(alt)
                .into_iter()
                .filter(|k| !condition_met(k, f, settings, recertification))
                .map(|k| {
                    let g = gap(&k, f, settings, recertification, date);
                    (k, g)
                })
                .collect()
        })
        .collect();
    let fewest = missing.iter().map(Vec::len).min().unwrap_or(0);
    missing.into_iter().filter(|m| m.len() == fewest).collect()
}

impl Guidance {
    pub fn is_empty(&self) -> bool {
        self.modules.is_empty() && self.conditions.is_empty() && self.contributions.is_empty()
    }
}

/// The fewest further ratings, each at the lowest rating that helps, that satisfy the rule.
pub fn performance_advice(
    rule: &PerformanceRule,
    history: &[String],
    ratings: &[String],
) -> PerformanceAdvice {
    let window = history[history.len().saturating_sub(rule.last as usize)..].to_vec();
    let rank = |r: &str| ratings.iter().position(|x| x == r).unwrap_or(usize::MAX);
    // The lowest rating that is not "at or below" the rule's rating, and not below `at_least`.
    let mut ceiling = ratings.len().saturating_sub(1);
    if let Some((_, bad)) = &rule.no_consecutive {
        ceiling = ceiling.min(rank(bad).saturating_sub(1));
    }
    if let Some(floor) = &rule.at_least {
        ceiling = ceiling.min(rank(floor));
    }
    let good = ratings.get(ceiling).cloned();
    let needed = good.and_then(|good| {
        let mut future = history.to_vec();
        (1..=rule.last as usize + 1).find_map(|n| {
            future.push(good.clone());
            performance_met(rule, &future, ratings).then(|| (n, good.clone()))
        })
    });
    PerformanceAdvice {
        rule: rule.clone(),
        window,
        needed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ratings() -> Vec<String> {
        ["S", "A", "B", "C", "D"].map(String::from).to_vec()
    }

    fn history(r: &[&str]) -> Vec<String> {
        r.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn performance_advice_counts_the_ratings_needed() {
        let no_two_c = PerformanceRule {
            last: 3,
            no_consecutive: Some((2, "C".into())),
            at_least: None,
        };
        // B, C, C: one more B leaves C, C, B in the window — still two Cs in a row; two more
        // B leave C, B, B.
        let advice = performance_advice(&no_two_c, &history(&["B", "C", "C"]), &ratings());
        assert_eq!(advice.window, ["B", "C", "C"]);
        assert_eq!(advice.needed, Some((2, "B".to_string())));
        let at_least_b = PerformanceRule {
            last: 3,
            no_consecutive: None,
            at_least: Some("B".into()),
        };
        // C, B, B: the C leaves the window after one more B.
        let advice = performance_advice(&at_least_b, &history(&["C", "B", "B"]), &ratings());
        assert_eq!(advice.needed, Some((1, "B".to_string())));
        // No ratings at all: one rating at B satisfies it.
        let advice = performance_advice(&at_least_b, &[], &ratings());
        assert_eq!(advice.needed, Some((1, "B".to_string())));
    }
}
