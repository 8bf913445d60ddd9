//! `rungs diff` output: terminal text (coloured like a diff), Markdown for a pull request, or
//! JSON. Records appear only when asked for: they are personal data.

use std::fmt::Write;

use serde::Serialize;

use super::{Change, Impact};
use crate::compare::Change as Kind;
use crate::model::Language;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text { colour: bool },
    Markdown,
    Json,
}

#[derive(Serialize)]
struct JsonDiff<'a> {
    from: &'a str,
    to: &'a str,
    changes: &'a [Change],
    affects_assessments: bool,
    impact: &'a [super::ImpactRow],
    #[serde(skip_serializing_if = "Option::is_none")]
    records: Option<&'a [super::RecordChange]>,
}

fn sign(kind: Kind) -> char {
    match kind {
        Kind::New => '+',
        Kind::Removed => '-',
        _ => '~',
    }
}

/// The whole report of a diff from `from` to `to` (revision names).
pub fn render(
    lang: Language,
    from: &str,
    to: &str,
    changes: &[Change],
    impact: &Impact,
    list_records: bool,
    format: Format,
) -> String {
    match format {
        Format::Json => {
            let json = JsonDiff {
                from,
                to,
                changes,
                affects_assessments: changes.iter().any(|c| c.affects_assessments),
                impact: &impact.rows,
                records: list_records.then_some(impact.records.as_slice()),
            };
            serde_json::to_string_pretty(&json).expect("serialisable") + "\n"
        }
        Format::Text { colour } => text(
            &Summary::new(lang, changes, impact),
            from,
            to,
            changes,
            impact,
            list_records,
            colour,
        ),
        Format::Markdown => markdown(
            &Summary::new(lang, changes, impact),
            from,
            to,
            changes,
            impact,
            list_records,
        ),
    }
}

/// What the text and the Markdown say alike: the count of changes, the impact's heading and
/// sentence, and the rows of the impact table where something changes.
struct Summary<'a> {
    lang: Language,
    counts: String,
    impact_head: String,
    verdict_line: String,
    comparable_note: Option<&'static str>,
    columns: [&'static str; 7],
    shown: Vec<&'a super::ImpactRow>,
}

impl<'a> Summary<'a> {
    fn new(lang: Language, changes: &[Change], impact: &'a Impact) -> Summary<'a> {
        let t = |k: &str| lang.get(k);
        let evaluated: usize = impact.rows.iter().map(|r| r.records).sum();
        let counts = if changes.is_empty() {
            t("diff_none").to_string()
        } else {
            crate::render::shared::changes_summary(lang, changes)
        };
        // Only the rows where something changes; a sentence says how many and which way.
        let shown = impact
            .rows
            .iter()
            .filter(|r| {
                r.verdicts_changed + r.grades_changed + r.totals_changed + r.not_comparable > 0
            })
            .collect();
        let sum = |f: fn(&super::ImpactRow) -> usize| impact.rows.iter().map(f).sum::<usize>();
        let verdict_line = if impact.records.is_empty() {
            t("diff_unaffected").to_string()
        } else {
            t("diff_affected")
                .replace("{n}", &impact.records.len().to_string())
                .replace("{pass_fail}", &sum(|r| r.qualified_to_not).to_string())
                .replace("{fail_pass}", &sum(|r| r.not_to_qualified).to_string())
                .replace("{grade}", &sum(|r| r.grades_changed).to_string())
                .replace("{total}", &sum(|r| r.totals_changed).to_string())
        };
        Summary {
            lang,
            counts,
            impact_head: t("diff_impact").replace("{n}", &evaluated.to_string()),
            verdict_line,
            comparable_note: (sum(|r| r.not_comparable) > 0).then(|| t("diff_not_comparable_note")),
            columns: [
                t("sequence"),
                t("diff_applied_level"),
                t("diff_records"),
                t("diff_verdicts"),
                t("diff_grades"),
                t("diff_totals"),
                t("diff_not_comparable"),
            ],
            shown,
        }
    }
}

/// A row of the impact table, cell by cell.
fn row_cells(r: &super::ImpactRow) -> [String; 7] {
    [
        r.sequence.clone(),
        r.level.clone(),
        r.records.to_string(),
        r.verdicts_changed.to_string(),
        r.grades_changed.to_string(),
        r.totals_changed.to_string(),
        r.not_comparable.to_string(),
    ]
}

/// What changed from `before` to `after`, as one line reads it.
fn arrow(c: &Change) -> String {
    match (&c.before, &c.after) {
        (Some(b), Some(a)) => format!("{b} → {a}"),
        (None, Some(a)) => a.clone(),
        (Some(b), None) => b.clone(),
        (None, None) => String::new(),
    }
}

/// The terminal's form: a line per change (coloured by kind with `colour`), then the impact.
fn text(
    summary: &Summary<'_>,
    from: &str,
    to: &str,
    changes: &[Change],
    impact: &Impact,
    list_records: bool,
    colour: bool,
) -> String {
    let t = |k: &str| summary.lang.get(k);
    let Summary {
        counts,
        impact_head,
        verdict_line,
        comparable_note,
        columns,
        shown,
        ..
    } = summary;
    let mut out = String::new();
    let paint = |code: &str, text: &str| {
        if colour {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    };
    let _ = writeln!(out, "rungs diff {from} → {to}: {counts}");
    for c in changes {
        let code = match c.kind {
            Kind::New => "32",
            Kind::Removed => "31",
            _ => "33",
        };
        let flag = if c.affects_assessments {
            format!("  [{}]", t("diff_affects"))
        } else {
            String::new()
        };
        let line = format!(
            "{} {}：{} {}{flag}",
            sign(c.kind),
            c.subject,
            t(c.kind.label_key()),
            arrow(c)
        );
        let _ = writeln!(out, "{}", paint(code, &line));
    }
    let _ = writeln!(out, "\n{impact_head}\n{verdict_line}");
    if !shown.is_empty() {
        let rows: Vec<Vec<String>> = std::iter::once(columns.map(String::from).to_vec())
            .chain(shown.iter().map(|r| row_cells(r).to_vec()))
            .collect();
        let _ = write!(out, "{}", aligned(&rows));
    }
    if let Some(note) = comparable_note {
        let _ = writeln!(out, "{note}");
    }
    if list_records {
        let _ = writeln!(out, "\n{}", t("diff_records_warning"));
        for r in &impact.records {
            let _ = writeln!(
                out,
                "  {} {} {} {}：{} → {}",
                r.employee_id, r.cycle, r.sequence, r.level, r.before, r.after
            );
        }
    }
    out
}

/// The Markdown form, for a pull request: a table of the changes, then the impact.
fn markdown(
    summary: &Summary<'_>,
    from: &str,
    to: &str,
    changes: &[Change],
    impact: &Impact,
    list_records: bool,
) -> String {
    let t = |k: &str| summary.lang.get(k);
    let Summary {
        counts,
        impact_head,
        verdict_line,
        comparable_note,
        columns,
        shown,
        ..
    } = summary;
    let mut out = String::new();
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let _ = writeln!(out, "### {} `{from}` → `{to}`\n", t("diff_title"));
    let _ = writeln!(out, "{counts}\n");
    if !changes.is_empty() {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |\n|---|---|---|---|",
            t("diff_what"),
            t("diff_before"),
            t("diff_after"),
            t("diff_affects")
        );
        for c in changes {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(&format!("{}（{}）", c.subject, t(c.kind.label_key()))),
                cell(c.before.as_deref().unwrap_or("")),
                cell(c.after.as_deref().unwrap_or("")),
                if c.affects_assessments { "⚠" } else { "" }
            );
        }
    }
    let _ = writeln!(out, "\n#### {impact_head}\n\n{verdict_line}\n");
    if !shown.is_empty() {
        let _ = writeln!(out, "| {} |", columns.join(" | "));
        let _ = writeln!(out, "|{}", "---|".repeat(columns.len()));
        for r in shown.iter() {
            let cells: Vec<String> = row_cells(r).iter().map(|c| cell(c)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
    }
    if let Some(note) = comparable_note {
        let _ = writeln!(out, "\n{note}");
    }
    if list_records {
        let _ = writeln!(out, "\n> {}\n", t("diff_records_warning"));
        for r in &impact.records {
            let _ = writeln!(
                out,
                "- {} {} {} {}：{} → {}",
                r.employee_id,
                r.cycle,
                cell(&r.sequence),
                cell(&r.level),
                r.before,
                r.after
            );
        }
    }
    out
}

/// A table as aligned text columns (CJK characters count two), indented by two spaces.
fn aligned(rows: &[Vec<String>]) -> String {
    use unicode_width::UnicodeWidthStr;
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|i| rows.iter().map(|r| r[i].width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.width())))
            .collect();
        let _ = writeln!(out, "  {}", cells.join("  ").trim_end());
    }
    out
}
