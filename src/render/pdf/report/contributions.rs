//! Contributions: each requirement with what was achieved, and the contributions the record
//! lists, with the cycle that counted each when it was not this one.

use serde::Serialize;

use crate::evaluate::Evaluation;
use crate::model::{Assessment, Standard};
use crate::render::shared;
use crate::render::words::fill;

#[derive(Serialize)]
pub(super) struct ContributionRow {
    name: String,
    required: u32,
    achieved: u32,
    met: bool,
}

#[derive(Serialize)]
pub(super) struct Submitted<'a> {
    kind: &'a str,
    title: &'a str,
    /// "已在 2024H1 计入" when an earlier cycle counted it already; "2024H1 提交，本期计入"
    /// when listed in an earlier cycle and counted now.
    counted: Option<String>,
}

pub(super) fn contributions(h: &Standard, e: &Evaluation) -> Vec<ContributionRow> {
    e.contributions
        .iter()
        .map(|c| ContributionRow {
            name: shared::contribution_kinds(h, &c.kinds)
                + &shared::within_cycles(h.settings.language, c.within),
            required: c.required,
            achieved: c.achieved,
            met: c.met,
        })
        .collect()
}

/// A contribution an earlier cycle listed, and that no requirement counts now, was counted
/// then; `listed_before` gives, per contribution of the record, the earlier cycle that listed it.
pub(super) fn submitted<'a>(
    h: &'a Standard,
    a: &'a Assessment,
    e: &'a Evaluation,
    listed_before: Vec<Option<&str>>,
) -> Vec<Submitted<'a>> {
    let t = |k: &str| h.settings.language.get(k);
    a.contributions
        .iter()
        .zip(listed_before)
        .map(|(c, before)| {
            let counted_now = e.contributions.iter().any(|r| {
                r.counted
                    .iter()
                    .any(|x| x.kind == c.kind && x.title.trim() == c.title.trim())
            });
            Submitted {
                kind: h.contribution_kind_name(&c.kind),
                title: &c.title,
                counted: before
                    .filter(|_| !counted_now)
                    .map(|cycle| fill(t("counted_before"), &[("cycle", cycle.to_string())])),
            }
        })
        // Listed in an earlier cycle within a requirement's window, and counted now.
        .chain(e.contributions.iter().flat_map(|r| {
            r.counted
                .iter()
                .filter(|x| x.cycle != a.cycle)
                .map(|x| Submitted {
                    kind: h.contribution_kind_name(&x.kind),
                    title: &x.title,
                    counted: Some(fill(t("counted_from"), &[("cycle", x.cycle.clone())])),
                })
        }))
        .collect()
}
