//! After the verdict, in the report: the appeal and its outcome — with the first verdict kept
//! visible when an upheld appeal changed it (the report is then reissued, 复核后) — and the
//! certification the verdict gives, with its validity.

use serde::Serialize;

use crate::evaluate::Evaluation;
use crate::evaluate::certification::Certificate;
use crate::model::{AppealDecision, Assessment, Standard, format_number};
use crate::render::words::{self, fill};

/// What the report knows beyond its own record's evaluation.
#[derive(Clone, Copy, Default)]
pub struct After<'a> {
    /// The verdict before an upheld appeal changed it.
    pub first: Option<&'a Evaluation>,
    pub certificate: Option<&'a Certificate<'a>>,
}

#[derive(Serialize)]
pub(super) struct AppealView {
    /// "2024-12-24 提出申诉：……"
    submitted: String,
    reviewers: String,
    /// "2024-12-30 复核决定：维持申诉（改变认证结果）" or "尚在复核".
    outcome: String,
    changes: Vec<String>,
    /// Why it was decided so.
    reason: Option<String>,
    /// "本报告于 2024-12-30 复核后重新出具，替代 2024-12-19 的首次报告。"
    reissued: Option<String>,
    /// The first verdict, when the appeal changed it: "未通过，保留观察（总分 68 低于合格分 70）".
    first_verdict: Option<String>,
}

pub(super) fn appeal(h: &Standard, a: &Assessment, after: After<'_>) -> Option<AppealView> {
    let appeal = a.appeal.as_ref()?;
    let lang = h.settings.language;
    let g = |k: &str| lang.get(k);
    let sequence = h.sequence(&a.sequence)?;
    let decision = appeal.decision.map(|d| {
        g(match d {
            AppealDecision::Upheld => "appeal_upheld",
            AppealDecision::PartlyUpheld => "appeal_partly_upheld",
            AppealDecision::Rejected => "appeal_rejected",
        })
    });
    Some(AppealView {
        submitted: fill(
            g("appeal_submitted"),
            &[
                ("date", appeal.submitted_on.to_string()),
                ("grounds", appeal.grounds.clone()),
            ],
        ),
        reviewers: appeal.reviewers.join(g("list_sep")),
        outcome: match (decision, appeal.decided_on) {
            (Some(word), Some(on)) => fill(
                g("appeal_decided"),
                &[("date", on.to_string()), ("decision", word.to_string())],
            ),
            _ => g("appeal_pending").to_string(),
        },
        changes: appeal
            .changes
            .iter()
            .map(|c| {
                format!(
                    "{} {} → {}{}{}",
                    crate::render::ratings::item_name(h, sequence, &c.item),
                    format_number(c.from),
                    format_number(c.to),
                    g("colon"),
                    c.reason
                )
            })
            .collect(),
        reason: appeal
            .reason
            .as_ref()
            .map(|r| fill(g("appeal_reason"), &[("reason", r.clone())])),
        reissued: after.first.and(appeal.decided_on).map(|on| {
            fill(
                g("appeal_reissued"),
                &[("date", on.to_string()), ("first", a.date.to_string())],
            )
        }),
        first_verdict: after.first.map(|e| {
            let reason = if e.qualified {
                String::new()
            } else {
                g("in_parens").replace(
                    "{text}",
                    &crate::render::verdict::reason_sentence(h, &e.failures),
                )
            };
            format!("{}{reason}", words::outcome(lang, e.outcome))
        }),
    })
}

/// "任职资格有效期至 2028-01-01（证书编号 2024H2-60C2EC5C）", for a verdict that gives one.
pub(super) fn certification(h: &Standard, after: After<'_>) -> Option<String> {
    let c = after.certificate?;
    Some(fill(
        h.settings.language.get("report_valid_until"),
        &[
            ("effective", c.effective.to_string()),
            ("until", c.valid_until.to_string()),
            ("serial", c.serial.clone()),
        ],
    ))
}
