//! After the verdict, for print: a certificate (任职资格证书) per certification that took
//! effect, and per cycle the 公示 notice of who was certified or promoted — a PDF and an HTML
//! page for the intranet. Both are personal data: written under their own folders of OUT
//! (`certificates/`, `announcements/`), never into the site or its search index.

use serde::Serialize;

use crate::evaluate::certification::Certificate;
use crate::evaluate::{Evaluation, Outcome};
use crate::model::{Assessment, Calendar, Date, Standard};
use crate::render::words::fill;

/// What a certificate says.
#[derive(Serialize)]
pub struct CertificateView {
    pub organisation: String,
    pub heading: String,
    pub name: String,
    pub employee_id: String,
    /// "经评审，认定 张三 具备 销售序列 三级（高级客户经理）任职资格。"
    pub statement: String,
    pub sequence: String,
    pub level: String,
    pub title: String,
    pub effective: String,
    pub valid_until: String,
    pub serial: String,
    pub issuer: String,
    /// What renewal needs, when the standard says.
    pub renewal: Option<String>,
    pub labels: CertificateLabels,
}

#[derive(Serialize)]
pub struct CertificateLabels {
    pub effective: &'static str,
    pub valid_until: &'static str,
    pub serial: &'static str,
    pub verify: String,
    pub employee_id: &'static str,
    pub seal: &'static str,
}

pub fn certificate(
    standard: &Standard,
    calendar: &Calendar,
    c: &Certificate<'_>,
) -> CertificateView {
    let lang = standard.settings.language;
    let g = |k: &str| lang.get(k);
    let sequence = standard.sequence(&c.sequence);
    let level = sequence.and_then(|s| s.level(&c.level));
    let (sequence_name, level_name, title) = (
        sequence.map_or(c.sequence.as_str(), |s| s.name.as_str()),
        level.map_or(c.level.as_str(), |l| l.name.as_str()),
        level.map_or("", |l| l.title.as_str()),
    );
    CertificateView {
        organisation: standard.settings.organisation.clone(),
        heading: g("cert_heading").to_string(),
        name: c.record.name.clone(),
        employee_id: c.record.employee_id.clone(),
        statement: fill(
            g("cert_statement"),
            &[
                ("name", c.record.name.clone()),
                ("sequence", sequence_name.to_string()),
                ("level", level_name.to_string()),
                ("title", title.to_string()),
            ],
        ),
        sequence: sequence_name.to_string(),
        level: level_name.to_string(),
        title: title.to_string(),
        effective: c.effective.to_string(),
        valid_until: c.valid_until.to_string(),
        serial: c.serial.clone(),
        issuer: calendar
            .committee
            .clone()
            .unwrap_or_else(|| standard.settings.organisation.clone()),
        renewal: standard.settings.certification.renewal.clone(),
        labels: CertificateLabels {
            effective: g("cert_effective"),
            valid_until: g("cert_valid_until"),
            serial: g("cert_serial"),
            verify: g("cert_verify").to_string(),
            employee_id: g("cert_employee_id"),
            seal: g("cert_seal"),
        },
    }
}

/// One line of the 公示 notice.
#[derive(Serialize)]
pub struct NoticeRow {
    pub name: String,
    pub employee_id: String,
    pub department: String,
    pub sequence: String,
    pub level: String,
    pub title: String,
    pub outcome: String,
}

/// The 公示 notice of one cycle.
#[derive(Serialize)]
pub struct Notice {
    pub lang: &'static str,
    pub organisation: String,
    pub title: String,
    pub intro: String,
    pub period: Option<String>,
    /// "认证结果自 2025-01-01 起生效。"
    pub effective: Option<String>,
    pub how_to_object: String,
    pub issuer: String,
    pub date: String,
    pub confidential: &'static str,
    pub headers: Vec<&'static str>,
    pub rows: Vec<NoticeRow>,
}

/// Whether a verdict is announced: every one that gives the level applied for — a first
/// certification, a promotion, a change of role, a re-certification passed (after an appeal
/// too).
pub fn announced(e: &Evaluation) -> bool {
    matches!(
        e.outcome,
        Outcome::Certified | Outcome::Promoted | Outcome::Reassigned | Outcome::Retained
    )
}

/// The notice of `cycle`: its announced records (by sequence and level, then employee id),
/// dated the 公示's first day, else the latest record's date.
pub fn notice(
    standard: &Standard,
    cycle: &str,
    calendar: &Calendar,
    members: &[(&Assessment, &Evaluation)],
) -> Notice {
    let lang = standard.settings.language;
    let g = |k: &str| lang.get(k);
    let mut rows: Vec<(&Assessment, &Evaluation)> = members
        .iter()
        .copied()
        .filter(|(_, e)| announced(e))
        .collect();
    let order = |a: &Assessment| {
        (
            crate::render::pdf::eligibility::level_order(standard, &a.sequence, &a.applied_level),
            a.employee_id.clone(),
        )
    };
    rows.sort_by_key(|(a, _)| order(a));
    let issuer = calendar
        .committee
        .clone()
        .unwrap_or_else(|| standard.settings.organisation.clone());
    let date: Date = calendar
        .announcement
        .map(|(from, _)| from)
        .or_else(|| members.iter().map(|(a, _)| a.date).max())
        .unwrap_or(standard.settings.effective_date);
    Notice {
        lang: lang.tag(),
        organisation: standard.settings.organisation.clone(),
        title: fill(g("notice_title"), &[("cycle", cycle.to_string())]),
        intro: fill(
            g("notice_intro"),
            &[
                ("cycle", cycle.to_string()),
                ("count", rows.len().to_string()),
            ],
        ),
        period: calendar.announcement.map(|(from, to)| {
            fill(
                g("notice_period"),
                &[("from", from.to_string()), ("to", to.to_string())],
            )
        }),
        effective: calendar
            .effective_date
            .map(|d| fill(g("notice_effective"), &[("date", d.to_string())])),
        how_to_object: match (&calendar.objection, calendar.appeal_deadline) {
            (Some(how), Some(deadline)) => fill(
                g("notice_object_by"),
                &[("how", how.clone()), ("deadline", deadline.to_string())],
            ),
            (Some(how), None) => how.clone(),
            (None, _) => g("notice_object_default").to_string(),
        },
        issuer,
        date: date.to_string(),
        confidential: g("notice_confidential"),
        headers: [
            "notice_col_name",
            "notice_col_id",
            "notice_col_department",
            "notice_col_sequence",
            "notice_col_level",
            "notice_col_title",
            "notice_col_outcome",
        ]
        .map(g)
        .to_vec(),
        rows: rows
            .into_iter()
            .map(|(a, e)| {
                let sequence = standard.sequence(&a.sequence);
                let level = sequence.and_then(|s| s.level(&a.applied_level));
                let name = |id: &str| {
                    crate::render::pdf::eligibility::level_name(standard, &a.sequence, id)
                        .to_string()
                };
                // From the level held to the one given: 一级 → 二级.
                let levels = match a.current_level.as_deref() {
                    Some(c) if c != a.applied_level => {
                        format!("{} → {}", name(c), name(&a.applied_level))
                    }
                    _ => name(&a.applied_level),
                };
                NoticeRow {
                    name: a.name.clone(),
                    employee_id: a.employee_id.clone(),
                    department: a.department.clone(),
                    sequence: sequence.map_or_else(|| a.sequence.clone(), |s| s.name.clone()),
                    level: levels,
                    title: level.map_or_else(String::new, |l| l.title.clone()),
                    outcome: crate::render::words::outcome(lang, e.outcome).to_string(),
                }
            })
            .collect(),
    }
}

/// The notice as an HTML page, from the theme's `notice/announcement.html` (Tera, escaping
/// every value).
pub fn notice_html(template: &str, notice: &Notice) -> Result<String, tera::Error> {
    let context = tera::Context::from_serialize(notice)?;
    tera::Tera::one_off(template, &context, true)
}
