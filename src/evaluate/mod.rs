//! Scoring and gap analysis: one `Evaluation` per assessment against its target level, and
//! what a development report builds on it — guidance for failures that are not competency
//! gaps (`guidance`), a proposed development plan (`development`) and the trend across an
//! employee's cycles (`trend`).
//!
//! Pure functions over the validated model: no IO, no formatting. The rules are the ones
//! documented in README.md under "Scoring and verdict".

pub mod development;
pub mod guidance;
pub mod team;
pub mod trend;

use serde::Serialize;

use crate::model::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Grade {
    A,
    B,
    C,
}

/// Red / amber / green in the report's gap table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GapStatus {
    Met,
    OneBelow,
    TwoOrMoreBelow,
    /// A one-line standard not met: it has no levels to be below by.
    Unmet,
}

#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub conditions: Vec<ConditionCheck>,
    pub conditions_met: bool,
    /// The level's competency requirements with the position's added or raised.
    pub competencies: Vec<CompetencyCheck>,
    pub behaviours: Vec<BehaviourCheck>,
    /// Key and normal requirements as the grade counts them (competencies, behaviours or
    /// both, as the settings say).
    pub key_total: usize,
    pub key_unmet: usize,
    pub normal_total: usize,
    pub normal_unmet: usize,
    pub modules: Vec<ModuleCheck>,
    pub total: f64,
    pub total_points: f64,
    pub pass: f64,
    pub total_met: bool,
    /// The KPIs the record is measured on (its position's, or the sequence's).
    pub kpis: Vec<KpiCheck>,
    /// The KPI score: points earned over the weights of the scored KPIs, 0–1; `None` when no
    /// KPI is scored.
    pub kpi_share: Option<f64>,
    /// 参考项 with the record's values; they never gate.
    pub reference: Vec<ReferenceCheck>,
    pub contributions: Vec<ContributionCheck>,
    pub contributions_met: bool,
    pub grade: Grade,
    pub qualified: bool,
    /// Why it is not qualified, gate by gate (empty when it is).
    pub failures: Failures,
    pub outcome: Outcome,
    /// Levels jumped over by the application (越级): 0 for the next level up.
    pub skipped_levels: usize,
    /// The applied level is the one held: entry-only conditions are waived.
    pub recertification: bool,
    /// What holds, most telling first (see [`Strength`]): a strong record never has none,
    /// and a weak one still names what it meets.
    pub strengths: Vec<Strength>,
    /// Unmet competencies, key first, then by the size of the gap.
    pub development: Vec<DevelopmentArea>,
}

/// Why a record is not qualified, gate by gate: what every output that states a verdict
/// words as its reason, so a report, a summary and the roll-up give the same one.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Failures {
    /// Each unmet basic condition, with what it lacks.
    pub conditions: Vec<(ConditionKind, guidance::ConditionGap)>,
    /// The total and the pass mark it misses.
    pub total: Option<(f64, f64)>,
    /// The grade is C: which requirements fall short.
    pub grade: Option<GradeShortfall>,
    /// The contribution requirements short, when they gate the verdict.
    pub contributions: Vec<guidance::ContributionGap>,
}

impl Failures {
    pub fn is_empty(&self) -> bool {
        self.conditions.is_empty()
            && self.total.is_none()
            && self.grade.is_none()
            && self.contributions.is_empty()
    }
}

/// Why a grade is C: the key requirements not met, and the normal ones against how many
/// may be unmet for a B.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct GradeShortfall {
    pub key_unmet: Vec<RequirementRef>,
    pub normal_unmet: Vec<RequirementRef>,
    pub normal_total: usize,
    /// The most normal requirements a B allows unmet: ⌊b × normal_total⌋.
    pub allowed: usize,
}

/// A requirement the grade counts: a competency or a behaviour-standard activity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementRef {
    pub id: String,
    pub activity: bool,
}

/// What the verdict means for the person, given the level held and the level applied for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// A first certification passed (认证通过).
    Certified,
    /// Qualified for a level above the one held (晋级).
    Promoted,
    /// Re-certified at the level held (保留).
    Retained,
    /// A first certification failed (未通过).
    NotCertified,
    /// An application above the level held failed: the level held stays (未通过，维持原级).
    NotPromoted,
    /// A re-certification failed and the settings demote (降级).
    Demoted,
    /// A re-certification failed and the settings keep the level on probation (保留观察).
    Observation,
    /// Qualified for a level below the one held, applied for (a change of role, say): the
    /// level becomes the one applied for (调级通过).
    Reassigned,
    /// An application below the level held failed: the level held stays (调级未通过，维持原级).
    NotReassigned,
}

impl Outcome {
    /// Every outcome, in the order summaries list them.
    pub const ALL: [Outcome; 9] = [
        Outcome::Promoted,
        Outcome::Certified,
        Outcome::Retained,
        Outcome::Reassigned,
        Outcome::Observation,
        Outcome::NotPromoted,
        Outcome::NotReassigned,
        Outcome::NotCertified,
        Outcome::Demoted,
    ];
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ConditionKind {
    Education(Education),
    Major(Vec<String>),
    ExperienceYears(f64),
    YearsInLevel(f64),
    TrainingHours(f64),
    Title(String),
    Certification(String),
    Alternatives(Vec<Alternative>),
    Performance(PerformanceRule),
    Other(OtherCondition),
}

impl ConditionKind {
    /// The slot a condition fills: two conditions in one slot (training hours at two levels,
    /// one certification) are the same requirement, perhaps at another value.
    pub fn slot(&self) -> String {
        match self {
            ConditionKind::Education(_) => "education".into(),
            ConditionKind::Major(_) => "major".into(),
            ConditionKind::Title(_) => "title".into(),
            ConditionKind::Alternatives(_) => "alternatives".into(),
            ConditionKind::ExperienceYears(_) => "experience".into(),
            ConditionKind::YearsInLevel(_) => "years-in-level".into(),
            ConditionKind::TrainingHours(_) => "training".into(),
            ConditionKind::Certification(c) => format!("certification:{c}"),
            ConditionKind::Performance(_) => "performance".into(),
            ConditionKind::Other(o) => format!("other:{}", o.id),
        }
    }

    /// A condition only time cures: years of experience or in the level, and the run of
    /// performance ratings. Such a condition is waited for, not developed, so a report never
    /// offers it as a development priority.
    pub fn cured_by_time(&self) -> bool {
        matches!(
            self,
            ConditionKind::ExperienceYears(_)
                | ConditionKind::YearsInLevel(_)
                | ConditionKind::Performance(_)
        )
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ConditionCheck {
    pub kind: ConditionKind,
    /// True also when waived.
    pub met: bool,
    /// An entry-only condition (years in level) that a re-certification does not apply.
    pub waived: bool,
    /// What an unmet condition lacks, from the record's facts.
    pub shortfall: Option<guidance::ConditionGap>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BehaviourCheck {
    pub activity: String,
    /// The behaviour module it belongs to.
    pub module: String,
    pub key: bool,
    pub met: bool,
    /// False when the record does not assess it (it counts as not met).
    pub assessed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct KpiCheck {
    pub kpi: String,
    pub result: Option<f64>,
    /// Points earned out of the KPI's weight; `None` for a KPI without a scoring rule.
    pub points: Option<f64>,
    pub weight: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReferenceCheck {
    pub item: String,
    pub value: ReferenceValue,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ReferenceValue {
    Text(String),
    /// The latest ratings, oldest first.
    Ratings(Vec<String>),
    /// The KPI score out of 100.
    KpiScore(f64),
    /// The record gives nothing to show.
    Missing,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompetencyCheck {
    pub competency: String,
    pub key: bool,
    /// A one-line standard (达标/未达标): required at 1, achieved 1 (met) or 0.
    pub one_line: bool,
    pub required: u32,
    pub achieved: u32,
    /// achieved − required: negative is a gap.
    pub gap: i64,
    pub status: GapStatus,
}

#[derive(Debug, Clone, Serialize)]
pub struct ModuleCheck {
    pub module: String,
    pub points: f64,
    pub score: f64,
    /// (item id, points, score).
    pub items: Vec<(String, f64, f64)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContributionCheck {
    pub kinds: Vec<String>,
    pub required: u32,
    /// The latest cycles whose contributions count (1: this one).
    pub within: u32,
    /// The contributions counted, each once.
    pub counted: Vec<CountedContribution>,
    pub achieved: u32,
    pub met: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CountedContribution {
    pub kind: String,
    pub title: String,
    /// The cycle whose record first lists it.
    pub cycle: String,
}

/// Something a record shows it holds, in the order [`Evaluation::strengths`] ranks them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Strength {
    /// A graded competency achieved above the level required, with the level the previous
    /// record achieved when it was lower.
    Above {
        competency: String,
        key: bool,
        required: u32,
        achieved: u32,
        raised_from: Option<u32>,
    },
    /// A graded competency achieved at a higher level than the previous record did (not
    /// above the requirement: that is [`Strength::Above`]).
    Raised {
        competency: String,
        from: u32,
        to: u32,
        required: u32,
    },
    /// Full marks in a scoring module.
    FullMarks { module: String, points: f64 },
    /// A scored KPI whose result beats its target.
    KpiAbove {
        kpi: String,
        result: f64,
        target: f64,
    },
    /// A total above the pass mark.
    TotalAbove { total: f64, pass: f64 },
    /// The requirements met at the level applied for, key and normal (competencies and
    /// behaviour items as the grade counts them), with the key competencies met by id;
    /// listed when at least one is met.
    Requirements {
        key_met: usize,
        key_total: usize,
        normal_met: usize,
        normal_total: usize,
        key_competencies: Vec<String>,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct DevelopmentArea {
    pub competency: String,
    pub key: bool,
    /// A one-line standard not met: it is to be met, not raised by a level.
    pub one_line: bool,
    pub required: u32,
    pub achieved: u32,
    /// The level to reach next (achieved + 1) and its behaviours and suggestions.
    pub next_level: u32,
}

/// Evaluates one assessment against its target level (and position), given the employee's
/// earlier records, oldest first, and the project's cycles in order (for contributions counted
/// over several cycles: see [`Records::cycles`]).
pub fn evaluate(
    standard: &Standard,
    assessment: &Assessment,
    earlier: &[&Assessment],
    cycles: &[String],
) -> Option<Evaluation> {
    let (sequence, level) = standard.target_level(assessment)?;
    let one_line = |id: &str| standard.competency(id).is_some_and(|c| c.is_one_line());
    Some(evaluate_against(
        &standard.settings,
        &one_line,
        sequence,
        level,
        assessment,
        earlier,
        cycles,
    ))
}

/// Evaluates `a` against `level` of `sequence`; `one_line` tells the dictionary's one-line
/// standards (达标/未达标) from graded competencies.
pub fn evaluate_against(
    settings: &Settings,
    one_line: &dyn Fn(&str) -> bool,
    sequence: &Sequence,
    level: &Level,
    a: &Assessment,
    earlier: &[&Assessment],
    cycles: &[String],
) -> Evaluation {
    let position = a.position.as_deref().and_then(|p| sequence.position(p));
    let current = a.current_level.as_deref().and_then(|l| sequence.level(l));
    let recertification = current.is_some_and(|c| c.id == level.id);
    let conditions = check_conditions(
        &level.conditions,
        &a.facts,
        settings,
        recertification,
        a.date,
    );
    let conditions_met = conditions.iter().all(|c| c.met);

    let competencies: Vec<CompetencyCheck> = sequence
        .requirements_for(level, position)
        .into_iter()
        .map(|r| {
            let achieved = a.competencies.get(&r.competency).map_or(0, |x| x.level);
            let gap = achieved as i64 - r.level as i64;
            let one_line = one_line(&r.competency);
            let status = match gap {
                g if g >= 0 => GapStatus::Met,
                _ if one_line => GapStatus::Unmet,
                -1 => GapStatus::OneBelow,
                _ => GapStatus::TwoOrMoreBelow,
            };
            CompetencyCheck {
                competency: r.competency,
                key: r.key,
                one_line,
                required: r.level,
                achieved,
                gap,
                status,
            }
        })
        .collect();
    let behaviours: Vec<BehaviourCheck> = level
        .behaviours
        .iter()
        .map(|b| {
            let result = a.behaviours.get(&b.activity);
            BehaviourCheck {
                activity: b.activity.clone(),
                module: sequence
                    .activity(&b.activity)
                    .map_or_else(String::new, |(m, _)| m.id.clone()),
                key: b.key,
                met: result.is_some_and(|r| r.met),
                assessed: result.is_some(),
            }
        })
        .collect();
    // In the sequence's order of modules and activities, however the levels inherited them.
    let order: Vec<&str> = sequence
        .behaviour_modules
        .iter()
        .flat_map(|m| m.activities.iter().map(|a| a.id.as_str()))
        .collect();
    let mut behaviours = behaviours;
    behaviours.sort_by_key(|b| order.iter().position(|id| *id == b.activity));
    // (key, met) of every requirement the grade counts.
    let counted: Vec<(bool, bool)> = competencies
        .iter()
        .filter(|_| settings.grading.counts_competencies)
        .map(|c| (c.key, c.gap >= 0))
        .chain(
            behaviours
                .iter()
                .filter(|_| settings.grading.counts_behaviours)
                .map(|b| (b.key, b.met)),
        )
        .collect();
    let count = |key: bool, unmet_only: bool| {
        counted
            .iter()
            .filter(|(k, met)| *k == key && (!unmet_only || !met))
            .count()
    };
    let (key_total, key_unmet, normal_total, normal_unmet) = (
        count(true, false),
        count(true, true),
        count(false, false),
        count(false, true),
    );
    let grade = grade(
        key_unmet,
        normal_total,
        normal_unmet,
        settings.grading.b_max_normal_unmet,
    );

    // A record is measured on KPIs when it names a position, gives results, or its level
    // scores them; an entry-level record with none of these has no KPIs to show.
    let scores_kpis = level
        .scoring
        .modules
        .iter()
        .any(|m| sequence.module(&m.module).is_some_and(|d| d.kpi));
    let measured = position.is_some() || !a.kpis.is_empty() || scores_kpis;
    let kpis: Vec<KpiCheck> = sequence
        .kpis_for(position)
        .into_iter()
        .filter(|_| measured)
        .map(|k| {
            let result = a.kpis.get(&k.id).copied();
            KpiCheck {
                kpi: k.id.clone(),
                result,
                points: k
                    .rule
                    .as_ref()
                    .map(|_| result.map_or(0.0, |r| kpi_points(k, r))),
                weight: k.weight,
            }
        })
        .collect();
    let weights: f64 = kpis
        .iter()
        .filter(|k| k.points.is_some())
        .map(|k| k.weight)
        .sum();
    let kpi_share =
        (weights > 0.0).then(|| kpis.iter().filter_map(|k| k.points).sum::<f64>() / weights);

    let modules: Vec<ModuleCheck> = level
        .scoring
        .modules
        .iter()
        .map(|m| score_module(sequence, m, a, kpi_share))
        .collect();
    let total: f64 = modules.iter().map(|m| m.score).sum();
    let total_met = total + 1e-9 >= level.scoring.pass;

    let contributions = count_contributions(&level.contributions, a, earlier, cycles);
    let contributions_met = contributions.iter().all(|c| c.met);
    let reference = sequence
        .reference_items
        .iter()
        .map(|item| ReferenceCheck {
            item: item.id.clone(),
            value: reference_value(item, a, kpi_share),
        })
        .collect();

    let mut strengths = strengths(
        &competencies,
        earlier.last().copied(),
        &modules,
        sequence,
        &kpis,
        &counted,
    );
    if total > level.scoring.pass + 1e-9 && level.scoring.pass > 0.0 {
        // Before the key items met and the count of requirements, after the rest.
        let at = strengths
            .iter()
            .position(|s| matches!(s, Strength::Requirements { .. }))
            .unwrap_or(strengths.len());
        strengths.insert(
            at,
            Strength::TotalAbove {
                total,
                pass: level.scoring.pass,
            },
        );
    }
    let mut development: Vec<&CompetencyCheck> =
        competencies.iter().filter(|c| c.gap < 0).collect();
    // Key first, then the largest gap; a stable sort keeps the level's order among equals.
    development.sort_by_key(|c| (!c.key, c.gap));

    let qualified = conditions_met
        && total_met
        && grade != Grade::C
        && (contributions_met || !settings.verdict.contributions_gate);
    let failures = Failures {
        conditions: conditions
            .iter()
            .filter_map(|c| Some((c.kind.clone(), c.shortfall.clone()?)))
            .collect(),
        total: (!total_met).then_some((total, level.scoring.pass)),
        grade: (grade == Grade::C).then(|| {
            let unmet = |key: bool| -> Vec<RequirementRef> {
                competencies
                    .iter()
                    .filter(|_| settings.grading.counts_competencies)
                    .filter(|c| c.key == key && c.gap < 0)
                    .map(|c| RequirementRef {
                        id: c.competency.clone(),
                        activity: false,
                    })
                    .chain(
                        behaviours
                            .iter()
                            .filter(|_| settings.grading.counts_behaviours)
                            .filter(|b| b.key == key && !b.met)
                            .map(|b| RequirementRef {
                                id: b.activity.clone(),
                                activity: true,
                            }),
                    )
                    .collect()
            };
            GradeShortfall {
                key_unmet: unmet(true),
                normal_unmet: unmet(false),
                normal_total,
                allowed: (settings.grading.b_max_normal_unmet * normal_total as f64 + 1e-9).floor()
                    as usize,
            }
        }),
        contributions: contributions
            .iter()
            .filter(|c| !c.met && settings.verdict.contributions_gate)
            .map(|c| guidance::ContributionGap {
                kinds: c.kinds.clone(),
                required: c.required,
                achieved: c.achieved,
            })
            .collect(),
    };
    let outcome = match current {
        None => [Outcome::NotCertified, Outcome::Certified][usize::from(qualified)],
        Some(c) if c.rank < level.rank => {
            [Outcome::NotPromoted, Outcome::Promoted][usize::from(qualified)]
        }
        Some(c) if c.rank == level.rank && !qualified => {
            match settings.verdict.failed_recertification {
                FailedRecertification::Demote => Outcome::Demoted,
                FailedRecertification::Observe => Outcome::Observation,
            }
        }
        Some(c) if c.rank == level.rank => Outcome::Retained,
        // Applied below the level held (warned; a change of role, say).
        Some(_) => [Outcome::NotReassigned, Outcome::Reassigned][usize::from(qualified)],
    };
    Evaluation {
        conditions_met,
        qualified,
        failures,
        outcome,
        skipped_levels: current.map_or(0, |c| level.rank.saturating_sub(c.rank + 1)),
        recertification,
        strengths,
        development: development
            .iter()
            .map(|c| DevelopmentArea {
                competency: c.competency.clone(),
                key: c.key,
                one_line: c.one_line,
                required: c.required,
                achieved: c.achieved,
                next_level: c.achieved + 1,
            })
            .collect(),
        conditions,
        competencies,
        behaviours,
        key_total,
        key_unmet,
        normal_total,
        normal_unmet,
        modules,
        total,
        total_points: level.scoring.total,
        pass: level.scoring.pass,
        total_met,
        kpis,
        kpi_share,
        reference,
        contributions,
        contributions_met,
        grade,
    }
}

/// What a record holds, ranked: competencies above the requirement (furthest above first, key
/// first among equals), competencies raised since the previous record (most raised first),
/// modules with full marks, KPIs beating their target, and the requirements met at the level
/// applied for. One-line standards have no levels, so they count only among the requirements.
fn strengths(
    competencies: &[CompetencyCheck],
    previous: Option<&Assessment>,
    modules: &[ModuleCheck],
    sequence: &Sequence,
    kpis: &[KpiCheck],
    counted: &[(bool, bool)],
) -> Vec<Strength> {
    let before = |id: &str| {
        previous
            .and_then(|p| p.competencies.get(id))
            .map(|x| x.level)
    };
    let graded = competencies.iter().filter(|c| !c.one_line);
    let mut above: Vec<&CompetencyCheck> = graded.clone().filter(|c| c.gap > 0).collect();
    above.sort_by_key(|c| (std::cmp::Reverse(c.gap), !c.key));
    let mut out: Vec<Strength> = above
        .into_iter()
        .map(|c| Strength::Above {
            competency: c.competency.clone(),
            key: c.key,
            required: c.required,
            achieved: c.achieved,
            raised_from: before(&c.competency).filter(|then| *then < c.achieved),
        })
        .collect();
    let mut raised: Vec<(&CompetencyCheck, u32)> = graded
        .filter(|c| c.gap <= 0)
        .filter_map(|c| Some((c, before(&c.competency).filter(|then| *then < c.achieved)?)))
        .collect();
    raised.sort_by_key(|(c, then)| (std::cmp::Reverse(c.achieved - then), !c.key));
    out.extend(raised.into_iter().map(|(c, then)| Strength::Raised {
        competency: c.competency.clone(),
        from: then,
        to: c.achieved,
        required: c.required,
    }));
    out.extend(
        modules
            .iter()
            .filter(|m| m.points > 0.0 && m.score + 1e-9 >= m.points)
            .map(|m| Strength::FullMarks {
                module: m.module.clone(),
                points: m.points,
            }),
    );
    out.extend(kpis.iter().filter_map(|k| {
        let definition = sequence.kpi(&k.kpi)?;
        let (result, target) = (k.result?, definition.target?);
        let beats = k.points.is_some() && definition.direction.shortfall(target, result) > 1e-9;
        beats.then(|| Strength::KpiAbove {
            kpi: k.kpi.clone(),
            result,
            target,
        })
    }));
    let count = |key: bool, met: bool| {
        counted
            .iter()
            .filter(|(k, m)| *k == key && (!met || *m))
            .count()
    };
    if counted.iter().any(|(_, met)| *met) {
        out.push(Strength::Requirements {
            key_met: count(true, true),
            key_total: count(true, false),
            normal_met: count(false, true),
            normal_total: count(false, false),
            key_competencies: competencies
                .iter()
                .filter(|c| c.key && c.gap >= 0)
                .map(|c| c.competency.clone())
                .collect(),
        });
    }
    out
}

/// A KPI result in points out of the KPI's weight, by its rule (0 without one).
pub fn kpi_points(kpi: &Kpi, result: f64) -> f64 {
    match &kpi.rule {
        None => 0.0,
        Some(KpiRule::Deduct { step, points }) => {
            let short = kpi
                .direction
                .shortfall(result, kpi.target.unwrap_or(result));
            // Whole steps only: 4.9 short of a step of 5 costs nothing.
            let steps = (short / step + 1e-9).floor();
            (kpi.weight - steps * points).max(0.0)
        }
        Some(KpiRule::Table(bands)) => bands
            .iter()
            .find(|(from, _)| kpi.direction.reaches(result, *from))
            .map_or(0.0, |(_, points)| *points),
    }
}

fn reference_value(item: &ReferenceItem, a: &Assessment, kpi_share: Option<f64>) -> ReferenceValue {
    match item.source {
        ReferenceSource::Record => a
            .reference
            .get(&item.id)
            .map_or(ReferenceValue::Missing, |t| ReferenceValue::Text(t.clone())),
        ReferenceSource::Performance if a.facts.performance.is_empty() => ReferenceValue::Missing,
        ReferenceSource::Performance => ReferenceValue::Ratings(a.facts.performance.clone()),
        ReferenceSource::Kpi => kpi_share
            .filter(|_| !a.kpis.is_empty())
            .map_or(ReferenceValue::Missing, |s| {
                ReferenceValue::KpiScore(s * 100.0)
            }),
    }
}

/// Each requirement counts, once each, the contributions listed in the employee's records of
/// the window: the record's cycle and the `within − 1` cycles before it among the project's
/// `cycles` (a cycle the employee skipped still takes its place in the window). A contribution
/// listed in a record before the window was counted then and does not count again.
/// Requirements count independently.
fn count_contributions(
    requirements: &[ContributionRequirement],
    a: &Assessment,
    earlier: &[&Assessment],
    cycles: &[String],
) -> Vec<ContributionCheck> {
    let same =
        |x: &Contribution, y: &Contribution| x.kind == y.kind && x.title.trim() == y.title.trim();
    // Evaluated without the project's cycles (a record on its own), the employee's own
    // cycles stand in.
    let own: Vec<String>;
    let cycles = if cycles.contains(&a.cycle) {
        cycles
    } else {
        own = earlier
            .iter()
            .map(|r| r.cycle.clone())
            .chain([a.cycle.clone()])
            .collect();
        &own
    };
    let position = cycles
        .iter()
        .position(|c| *c == a.cycle)
        .expect("the record's cycle is listed");
    requirements
        .iter()
        .map(|req| {
            let start = &cycles[position.saturating_sub(req.within.saturating_sub(1) as usize)];
            let in_window = |cycle: &str| cycle >= start.as_str();
            let (window, before): (Vec<&Assessment>, Vec<&Assessment>) =
                earlier.iter().partition(|r| in_window(&r.cycle));
            let mut counted: Vec<CountedContribution> = Vec::new();
            for record in window.iter().copied().chain([a]) {
                for c in &record.contributions {
                    let stale = before
                        .iter()
                        .any(|r| r.contributions.iter().any(|x| same(x, c)));
                    let seen = counted
                        .iter()
                        .any(|x| x.kind == c.kind && x.title.trim() == c.title.trim());
                    if req.kinds.contains(&c.kind) && !stale && !seen {
                        counted.push(CountedContribution {
                            kind: c.kind.clone(),
                            title: c.title.clone(),
                            cycle: record.cycle.clone(),
                        });
                    }
                }
            }
            let achieved = counted.len() as u32;
            ContributionCheck {
                kinds: req.kinds.clone(),
                required: req.count,
                within: req.within,
                counted,
                achieved,
                met: achieved >= req.count,
            }
        })
        .collect()
}

impl Evaluation {
    /// The competency checks in the order a gap table reads: unmet key items first, then the
    /// other unmet items by the size of the gap (largest first), then the items met.
    pub fn gaps_first(&self) -> Vec<&CompetencyCheck> {
        let mut order: Vec<&CompetencyCheck> = self.competencies.iter().collect();
        order.sort_by_key(|c| (c.gap >= 0, !(c.key && c.gap < 0), c.gap.min(0)));
        order
    }
}

/// A: every requirement met; B: every key one met and at most `b_max` of the normal ones unmet;
/// C otherwise.
pub fn grade(key_unmet: usize, normal_total: usize, normal_unmet: usize, b_max: f64) -> Grade {
    if key_unmet > 0 {
        return Grade::C;
    }
    if normal_unmet == 0 {
        return Grade::A;
    }
    if (normal_unmet as f64) <= b_max * normal_total as f64 + 1e-9 {
        Grade::B
    } else {
        Grade::C
    }
}

fn score_module(
    sequence: &Sequence,
    req: &ModuleRequirement,
    a: &Assessment,
    kpi_share: Option<f64>,
) -> ModuleCheck {
    let definition = sequence.module(&req.module);
    let exam = definition.is_some_and(|d| d.exam);
    let from_kpis = definition.is_some_and(|d| d.kpi);
    let given = a.scores.get(&req.module);
    let items: Vec<(String, f64, f64)> = req
        .items
        .iter()
        .map(|(id, points)| {
            let score = match given {
                Some(ModuleScore::Items(map)) => map.get(id).copied().unwrap_or(0.0),
                _ => 0.0,
            };
            (id.clone(), *points, score.clamp(0.0, *points))
        })
        .collect();
    let raw = if exam {
        a.written_exam.unwrap_or(0.0)
    } else if from_kpis {
        req.points * kpi_share.unwrap_or(0.0)
    } else {
        match given {
            Some(ModuleScore::Whole(x)) => *x,
            _ => items.iter().map(|(_, _, s)| s).sum(),
        }
    };
    ModuleCheck {
        module: req.module.clone(),
        points: req.points,
        score: raw.clamp(0.0, req.points),
        items,
    }
}

fn check_conditions(
    c: &Conditions,
    f: &Facts,
    settings: &Settings,
    recertification: bool,
    date: Date,
) -> Vec<ConditionCheck> {
    condition_kinds(c)
        .into_iter()
        .map(|kind| {
            let waived = recertification && matches!(kind, ConditionKind::YearsInLevel(_));
            let met = waived || condition_met(&kind, f, settings, recertification);
            ConditionCheck {
                shortfall: (!met).then(|| guidance::gap(&kind, f, settings, recertification, date)),
                met,
                waived,
                kind,
            }
        })
        .collect()
}

/// A level's basic conditions, one entry each, in display order.
pub fn condition_kinds(c: &Conditions) -> Vec<ConditionKind> {
    let mut out = Vec::new();
    out.extend(c.education.map(ConditionKind::Education));
    if !c.majors.is_empty() {
        out.push(ConditionKind::Major(c.majors.clone()));
    }
    out.extend(c.experience_years.map(ConditionKind::ExperienceYears));
    out.extend(c.years_in_level.map(ConditionKind::YearsInLevel));
    out.extend(c.training_hours.map(ConditionKind::TrainingHours));
    out.extend(c.title.clone().map(ConditionKind::Title));
    out.extend(
        c.certifications
            .iter()
            .cloned()
            .map(ConditionKind::Certification),
    );
    if !c.alternatives.is_empty() {
        out.push(ConditionKind::Alternatives(c.alternatives.clone()));
    }
    out.extend(c.performance.clone().map(ConditionKind::Performance));
    out.extend(c.other.iter().cloned().map(ConditionKind::Other));
    out
}

/// An alternative's parts, each a condition of its own.
pub fn alternative_parts(alt: &Alternative) -> Vec<ConditionKind> {
    condition_kinds(&Conditions {
        education: alt.education,
        majors: alt.majors.clone(),
        experience_years: alt.experience_years,
        years_in_level: alt.years_in_level,
        training_hours: alt.training_hours,
        title: alt.title.clone(),
        ..Conditions::default()
    })
}

pub(crate) fn condition_met(
    kind: &ConditionKind,
    f: &Facts,
    settings: &Settings,
    recertification: bool,
) -> bool {
    let at_least = |fact: Option<f64>, min: f64| fact.is_some_and(|x| x + 1e-9 >= min);
    let ratings = &settings.performance_ratings;
    match kind {
        ConditionKind::Education(min) => f.education.is_some_and(|e| e >= *min),
        ConditionKind::Major(accepted) => f.major.as_ref().is_some_and(|m| accepted.contains(m)),
        ConditionKind::Title(min) => title_met(settings, f, min),
        // Entry-only parts (years in level) are waived on re-certification, as on their own.
        ConditionKind::Alternatives(list) => list.iter().any(|alt| {
            alternative_parts(alt).iter().all(|k| {
                (recertification && matches!(k, ConditionKind::YearsInLevel(_)))
                    || condition_met(k, f, settings, recertification)
            })
        }),
        ConditionKind::ExperienceYears(min) => at_least(f.experience_years, *min),
        ConditionKind::YearsInLevel(min) => at_least(f.years_in_level, *min),
        ConditionKind::TrainingHours(min) => at_least(f.training_hours, *min),
        ConditionKind::Certification(c) => f.certifications.contains(c),
        ConditionKind::Performance(rule) => performance_met(rule, &f.performance, ratings),
        ConditionKind::Other(o) => f.other.get(&o.id).copied().unwrap_or(false),
    }
}

/// A professional title at `min` or higher on the settings' scale.
fn title_met(settings: &Settings, f: &Facts, min: &str) -> bool {
    let held = f.title.as_deref().and_then(|t| settings.title_rank(t));
    held.zip(settings.title_rank(min))
        .is_some_and(|(h, m)| h >= m)
}

/// Applies a performance rule to the latest `rule.last` ratings (oldest first in `history`).
/// With no ratings at all the rule is unmet: there is nothing to show it holds.
pub fn performance_met(rule: &PerformanceRule, history: &[String], ratings: &[String]) -> bool {
    if history.is_empty() {
        return false;
    }
    let rank = |r: &str| ratings.iter().position(|x| x == r).unwrap_or(usize::MAX);
    let window = &history[history.len().saturating_sub(rule.last as usize)..];
    if let Some(floor) = &rule.at_least
        && window.iter().any(|r| rank(r) > rank(floor))
    {
        return false;
    }
    if let Some((n, bad)) = &rule.no_consecutive {
        let mut run = 0;
        for r in window {
            run = if rank(r) >= rank(bad) { run + 1 } else { 0 };
            if run >= *n {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests;
