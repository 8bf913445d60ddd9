//! A PDF exactly as Typst receives it: which template, its data file, the date `today()`
//! gives and the PDF's identifier. Every PDF is made from one, and a PDF's cache key is a hash
//! of its `Document` (see `fingerprint`), so whatever reaches Typst is in the key by
//! construction: a renderer that reads a new input puts it in the data, and the key follows.

use super::{eligibility as screening_list, handbook, report, summary, to_json};
use crate::evaluate::Evaluation;
use crate::evaluate::eligibility::Screening;
use crate::evaluate::team::{Grouping, Team, TeamSummary};
use crate::model::{Assessment, Date, Records, Sequence, Standard};
use crate::render::{BuildInfo, RenderError, TooLarge};

/// The theme's Typst template a document is laid out with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    // In the order of `ALL`, which indexes by `kind as usize`.
    Report,
    Handbook,
    Sheets,
    Summary,
    Eligibility,
    Calibration,
    Certificate,
    Announcement,
}

impl Kind {
    pub(crate) const ALL: [Kind; 8] = [
        Kind::Report,
        Kind::Handbook,
        Kind::Sheets,
        Kind::Summary,
        Kind::Eligibility,
        Kind::Calibration,
        Kind::Certificate,
        Kind::Announcement,
    ];

    /// The template's file under the theme's `typst/`.
    pub(crate) fn main_file(self) -> &'static str {
        match self {
            Kind::Report => "report.typ",
            Kind::Handbook => "handbook.typ",
            Kind::Sheets => "sheets.typ",
            Kind::Summary => "summary.typ",
            Kind::Eligibility => "eligibility.typ",
            Kind::Calibration => "calibration.typ",
            Kind::Certificate => "certificate.typ",
            Kind::Announcement => "announcement.typ",
        }
    }
}

/// One PDF's whole input besides the templates, the fonts and the PDF profile.
#[derive(Debug, Clone)]
pub struct Document {
    pub kind: Kind,
    /// The JSON the template reads with `json()`: content goes in only as data.
    pub data: String,
    /// What `datetime.today()` gives and the PDF's timestamp (never the clock).
    pub date: Date,
    /// The PDF's identifier (`rungs-report-E1001-2024H1`).
    pub ident: String,
}

/// `a`'s report, with the employee's earlier cycles, each evaluated against the standard
/// [`BuildInfo::standard_for`] picks for it (the edition it belongs to, as its own report
/// said); the report names the edition and commit of its own record's standard.
pub fn report(current: &Standard, records: &Records, a: &Assessment, info: &BuildInfo) -> Document {
    let (standard, commit) = info.standard_for(current, a);
    let earlier: Vec<&Assessment> = records.earlier(a).collect();
    let evaluations: Vec<Evaluation> = earlier
        .iter()
        .map(|r| info.evaluate(current, records, r))
        .collect();
    let evaluation = info.evaluate(current, records, a);
    let earlier: Vec<report::Earlier> = earlier.into_iter().zip(&evaluations).collect();
    // After the verdict: the first verdict an upheld appeal changed, and the certificate.
    let first = a
        .before_appeal()
        .map(|before| info.evaluate(current, records, &before));
    let certificate =
        crate::evaluate::certification::certificate(standard, records, a, &evaluation);
    Document {
        kind: Kind::Report,
        data: to_json(&report::data(
            standard,
            a,
            &evaluation,
            &earlier,
            info,
            commit,
            report::After {
                first: first.as_ref(),
                certificate: certificate.as_ref(),
            },
        )),
        date: a.date,
        ident: format!("rungs-report-{}-{}", a.employee_id, a.cycle),
    }
}

/// The whole handbook, refused when over [`crate::render::DOCUMENT_BUDGET`].
pub fn handbook(standard: &Standard, info: &BuildInfo) -> Result<Document, RenderError> {
    let data = to_json(&handbook::data(standard, info));
    TooLarge::check(|| crate::msg!("render-document-handbook"), &data)?;
    Ok(Document {
        kind: Kind::Handbook,
        data,
        date: standard.settings.effective_date,
        ident: "rungs-handbook".to_string(),
    })
}

/// A sequence's one-page sheets, refused when over [`crate::render::DOCUMENT_BUDGET`].
pub fn sheets(
    standard: &Standard,
    sequence: &Sequence,
    info: &BuildInfo,
) -> Result<Document, RenderError> {
    let data = to_json(&handbook::sheets(standard, sequence, info));
    TooLarge::check(
        || crate::msg!("render-document-sheets", sequence = &sequence.id),
        &data,
    )?;
    Ok(Document {
        kind: Kind::Sheets,
        data,
        date: standard.settings.effective_date,
        ident: format!("rungs-sheets-{}", sequence.id),
    })
}

/// A team summary (dated the latest assessment among its members), with `attachments`
/// (name, text) carried inside the PDF when given: what a protected bundle holds instead of
/// loose CSV and Markdown files.
pub fn summary(
    standard: &Standard,
    info: &BuildInfo,
    grouping: Grouping,
    team: &Team,
    s: &TeamSummary,
    attachments: Vec<summary::Attachment>,
) -> Document {
    let mut data = summary::data(standard, info, grouping, team, s, summary::Listing::Pdf);
    data.attachments = attachments;
    Document {
        kind: Kind::Summary,
        data: to_json(&data),
        date: s.date,
        ident: format!("rungs-summary-{}-{}", s.cycle, team.key),
    }
}

/// A cycle's eligibility screening list (资格审查名单) for the HR committee, dated the
/// screening date. Personal data: never part of the site.
pub fn eligibility(standard: &Standard, screening: &Screening, info: &BuildInfo) -> Document {
    Document {
        kind: Kind::Eligibility,
        data: to_json(&screening_list::data(standard, screening, info)),
        date: screening.date,
        ident: format!("rungs-eligibility-{}", screening.cycle),
    }
}

/// A cycle's calibration pack (校准会材料), dated its latest record. Personal data: never part of
/// the site.
pub fn calibration(
    standard: &Standard,
    pack: &crate::render::calibration::Pack,
    date: Date,
    cycle: &str,
    info: &BuildInfo,
) -> Document {
    #[derive(serde::Serialize)]
    struct Data<'a> {
        t: &'static std::collections::BTreeMap<&'static str, &'static str>,
        lang: &'static str,
        standard: super::Header<'a>,
        pack: &'a crate::render::calibration::Pack,
    }
    let lang = standard.settings.language;
    Document {
        kind: Kind::Calibration,
        data: to_json(&Data {
            t: lang.strings(),
            lang: super::language_code(lang),
            standard: super::Header::new(standard, info, info.commit.as_deref()),
            pack,
        }),
        date,
        ident: format!("rungs-calibration-{cycle}"),
    }
}

/// A certificate, dated the day it took effect. Its identifier carries the serial.
pub fn certificate(
    standard: &Standard,
    view: &crate::render::after::CertificateView,
    effective: Date,
) -> Document {
    #[derive(serde::Serialize)]
    struct Data<'a> {
        lang: &'static str,
        certificate: &'a crate::render::after::CertificateView,
    }
    Document {
        kind: Kind::Certificate,
        data: to_json(&Data {
            lang: super::language_code(standard.settings.language),
            certificate: view,
        }),
        date: effective,
        ident: format!("rungs-certificate-{}", view.serial),
    }
}

/// A cycle's 公示 notice, dated its first day.
pub fn announcement(
    standard: &Standard,
    notice: &crate::render::after::Notice,
    date: Date,
    cycle: &str,
) -> Document {
    #[derive(serde::Serialize)]
    struct Data<'a> {
        t: &'static std::collections::BTreeMap<&'static str, &'static str>,
        lang: &'static str,
        notice: &'a crate::render::after::Notice,
    }
    Document {
        kind: Kind::Announcement,
        data: to_json(&Data {
            t: standard.settings.language.strings(),
            lang: super::language_code(standard.settings.language),
            notice,
        }),
        date,
        ident: format!("rungs-announcement-{cycle}"),
    }
}
