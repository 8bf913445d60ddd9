//! Other guidance: a sentence per failure that is not a competency gap.

use crate::evaluate::{Evaluation, guidance};
use crate::model::{Assessment, Standard, format_score, format_score_lower};
use crate::render::words::{fill, number};
use crate::render::{shared, verdict};

/// One sentence per failure that is not a competency gap, except conditions only time cures
/// (the summary says when they will be met).
pub(super) fn guidance_lines(h: &Standard, a: &Assessment, e: &Evaluation) -> Vec<String> {
    let lang = h.settings.language;
    let t = |k: &str| lang.get(k);
    let g = guidance::guidance(e);
    let (sequence, _) = h.target_level(a).expect("checked assessment");
    let mut lines = Vec::new();
    if !g.modules.is_empty() {
        let modules: Vec<String> = g
            .modules
            .iter()
            .map(|m| {
                fill(
                    t("guide_module"),
                    &[
                        ("module", sequence.module_name(&m.module).to_string()),
                        ("score", format_score(m.score)),
                        ("points", number(m.points)),
                        ("lost", format_score_lower(m.lost)),
                    ],
                )
            })
            .collect();
        lines.push(format!(
            "{}{}",
            fill(
                t("guide_total"),
                &[
                    ("total", format_score(e.total)),
                    ("pass", number(e.pass)),
                    ("n", format_score_lower(e.pass - e.total)),
                ],
            ),
            modules.join(t("rule_sep"))
        ));
    }
    lines.extend(
        e.failures
            .conditions
            .iter()
            .filter(|(kind, _)| !kind.cured_by_time())
            .map(|(_, gap)| verdict::shortfall(lang, gap)),
    );
    for c in &g.contributions {
        lines.push(fill(
            t("guide_contribution"),
            &[
                ("kind", shared::contribution_kinds(h, &c.kinds)),
                ("achieved", c.achieved.to_string()),
                ("required", c.required.to_string()),
                ("n", (c.required - c.achieved).to_string()),
            ],
        ));
    }
    lines
}
