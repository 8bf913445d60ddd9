//! Contributions counted over a window of cycles, once each.

use super::{ContributionCheck, CountedContribution};
use crate::model::*;

/// Each requirement counts, once each, the contributions listed in the employee's records of
/// the window: the record's cycle and the `within − 1` cycles before it among the project's
/// `cycles` (a cycle the employee skipped still takes its place in the window). A contribution
/// listed in a record before the window was counted then and does not count again.
/// Requirements count independently.
pub(super) fn count_contributions(
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
