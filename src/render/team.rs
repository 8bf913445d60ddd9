//! A team summary as the files HR works with beside its PDF: a CSV (one row per member: the
//! verdict and each competency as achieved/required) and a Markdown document (the whole
//! summary, for a wiki or an email). Both read the same view as the PDF.

use crate::evaluate::GapStatus;
use crate::evaluate::team::{Cell, Grouping, Team, TeamSummary};
use crate::model::Standard;
use crate::render::BuildInfo;
use crate::render::pdf::summary::{self, SummaryData};

/// One row per member — cycle, team, verdict, totals, why not qualified, the key competencies
/// short — then each competency as two number columns (achieved, required; empty where the
/// member's level does not require it), headers in the content's language. Numbers stay numbers
/// in Excel (no "1/2" read as a date).
/// A team summary's view listing every member (the CSV and Markdown files list everyone).
fn everyone<'a>(
    standard: &'a Standard,
    info: &'a BuildInfo,
    grouping: Grouping,
    team: &Team,
    s: &TeamSummary,
) -> SummaryData<'a> {
    let listing = summary::Listing::Everyone;
    summary::data(standard, info, grouping, team, s, listing)
}

pub fn csv(
    standard: &Standard,
    info: &BuildInfo,
    grouping: Grouping,
    team: &Team,
    s: &TeamSummary,
) -> Vec<u8> {
    let d = everyone(standard, info, grouping, team, s);
    let lang = standard.settings.language;
    let g = |k| lang.get(k).to_string();
    let mut header = vec![
        g("team_col_cycle"),
        g("team_col_team"),
        g("team_col_id"),
        g("team_col_name"),
        g("team_col_sequence"),
        g("team_col_levels"),
        g("team_col_outcome"),
        g("grade"),
        g("team_col_total"),
        g("team_col_pass"),
        g("team_col_previous"),
        g("team_col_reason"),
        g("team_col_key_short"),
    ];
    for c in &s.columns {
        let name = standard.competency_name(&c.competency);
        header.push(format!("{name}·{}", g("team_col_achieved")));
        header.push(format!("{name}·{}", g("team_col_required")));
    }
    let mut rows = vec![header];
    for (m, line) in s.members.iter().zip(&d.members) {
        let key_short: Vec<&str> = s
            .columns
            .iter()
            .zip(&m.cells)
            .filter(|(_, cell)| matches!(cell, Cell::Assessed { key: true, status, .. } if *status != GapStatus::Met))
            .map(|(c, _)| standard.competency_name(&c.competency))
            .collect();
        let mut row = vec![
            s.cycle.clone(),
            d.team.name.clone(),
            m.employee_id.clone(),
            m.name.clone(),
            standard
                .sequence(&m.sequence)
                .map_or_else(|| m.sequence.clone(), |q| q.name.clone()),
            line.levels.clone(),
            line.outcome.clone(),
            line.grade.clone(),
            line.total.clone(),
            line.pass.clone(),
            m.previous
                .as_ref()
                .map(|(t, _)| summary::points(*t))
                .unwrap_or_default(),
            line.reason.clone(),
            key_short.join(lang.get("list_sep")),
        ];
        for cell in &m.cells {
            let c = summary::heat_cell(standard.settings.language, cell);
            row.push(c.achieved.map(|n| n.to_string()).unwrap_or_default());
            row.push(c.required.map(|n| n.to_string()).unwrap_or_default());
        }
        rows.push(row);
    }
    crate::render::csv::rows(&rows)
}

/// The summary as Markdown: the same sections as the PDF, the heatmap with symbols
/// (✓ met, △ one below, ✗ two or more below, – not required).
pub fn markdown(
    standard: &Standard,
    info: &BuildInfo,
    grouping: Grouping,
    team: &Team,
    s: &TeamSummary,
) -> String {
    let d = everyone(standard, info, grouping, team, s);
    let mut md = Markdown {
        lang: standard.settings.language,
        out: String::new(),
    };
    md.title(&d);
    md.overview(&d);
    md.members(&d);
    md.heatmaps(&d);
    md.needs(&d);
    md.out
}

/// The Markdown summary as it is written, a section at a time.
struct Markdown {
    lang: crate::model::Language,
    out: String,
}

/// A table cell: no `|` that would end it, no line break.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

impl Markdown {
    fn line(&mut self, text: impl AsRef<str>) {
        self.out.push_str(text.as_ref());
        self.out.push('\n');
    }

    fn colon(&self) -> &'static str {
        self.lang.get("colon")
    }

    /// "- 结论分布：晋级 1；认证通过 1"
    fn listed(&self, label: &str, items: Vec<String>) -> String {
        let list = self.lang.get("items_sep");
        format!("- {label}{}{}", self.colon(), items.join(list))
    }

    fn title(&mut self, d: &SummaryData) {
        let lang = self.lang;
        let g = |k| lang.get(k);
        self.line(format!(
            "# {} · {} · {}",
            g("team_title"),
            d.team.label,
            cell(&d.team.name)
        ));
        self.line("");
        self.line(format!(
            "{} · {} {}",
            g("team_confidential"),
            g("team_cycle"),
            d.team.cycle
        ));
        self.line("");
    }

    fn overview(&mut self, d: &SummaryData) {
        let lang = self.lang;
        let g = |k| lang.get(k);
        self.line(format!("## {}", g("team_overview")));
        self.line("");
        self.line(format!("- {}", d.overview.qualified));
        self.line(
            self.listed(
                g("team_outcomes"),
                d.overview
                    .outcomes
                    .iter()
                    .map(|(label, n)| format!("{label} {n}"))
                    .collect(),
            ),
        );
        self.line(
            self.listed(
                g("team_grades"),
                d.overview
                    .grades
                    .iter()
                    .map(|(grade, n)| format!("{grade} {n}"))
                    .collect(),
            ),
        );
        // Per level applied for: one pass mark each, so totals and pass rates compare.
        for l in &d.overview.levels {
            let mut text = g("team_level_line")
                .replace("{level}", &l.level)
                .replace("{qualified}", &l.qualified)
                .replace("{pass}", &l.pass)
                .replace("{totals}", &l.totals);
            if let Some(p) = &l.previous {
                text += &g("team_level_previous").replace("{previous}", p);
            }
            self.line(format!("- {text}"));
        }
        if let Some(p) = &d.previous {
            self.line(format!("- {p}"));
        }
        if let Some(r) = &d.overview.ratings {
            self.line(format!("- {r}"));
        }
        if let Some(r) = &d.overview.renewals {
            self.line(format!("- {r}"));
        }
        self.line("");
    }

    /// The members' table: a row each, with the reason a verdict failed.
    fn members(&mut self, d: &SummaryData) {
        let lang = self.lang;
        let g = |k| lang.get(k);
        self.line(format!("## {}", g("team_members")));
        self.line("");
        self.line(d.rules.clone());
        self.line("");
        self.line(format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            g("team_col_id"),
            g("team_col_name"),
            g("team_col_levels"),
            g("team_col_outcome"),
            g("grade"),
            g("team_col_total"),
            g("team_col_pass"),
            g("team_col_reason"),
            g("team_col_change")
        ));
        self.line("|---|---|---|---|---|--:|--:|---|--:|");
        for m in &d.members {
            self.line(format!(
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                cell(&m.id),
                cell(&m.name),
                cell(&m.levels),
                m.outcome,
                m.grade,
                m.total,
                m.pass,
                if m.reason.is_empty() {
                    "—"
                } else {
                    &m.reason
                },
                m.change.as_deref().unwrap_or("—")
            ));
        }
        self.line("");
    }

    /// A table per heatmap: each member's level against each competency's requirement.
    fn heatmaps(&mut self, d: &SummaryData) {
        let lang = self.lang;
        let g = |k| lang.get(k);
        self.line(format!("## {}", g("team_heatmap")));
        self.line("");
        self.line(format!(
            "{} ✓ {}, △ {}, ✗ {}, – {}; {}",
            g("team_heatmap_intro"),
            g("team_legend_met"),
            g("team_legend_one"),
            g("team_legend_two"),
            g("team_legend_none"),
            g("team_legend_key")
        ));
        for map in &d.heatmaps {
            self.line("");
            let names: Vec<String> = map
                .columns
                .iter()
                .map(|c| format!("{}{}", if c.key { "★" } else { "" }, cell(&c.name)))
                .collect();
            self.line(format!(
                "| {} | {} |",
                g("team_col_name"),
                names.join(" | ")
            ));
            self.line(format!("|---|{}", ":-:|".repeat(names.len())));
            for (name, cells) in &map.rows {
                let shown: Vec<String> = cells
                    .iter()
                    .map(|c| match c.status {
                        "met" => format!("✓ {}", c.text),
                        "one-below" => format!("△ {}", c.text),
                        "two-or-more-below" => format!("✗ {}", c.text),
                        _ => "–".into(),
                    })
                    .collect();
                self.line(format!("| {} | {} |", cell(name), shown.join(" | ")));
            }
        }
        self.line("");
    }

    /// The development needs, most shared first, each with who needs it and what helps.
    fn needs(&mut self, d: &SummaryData) {
        let lang = self.lang;
        let g = |k| lang.get(k);
        let colon = self.colon();
        self.line(format!("## {}", g("team_needs")));
        self.line("");
        if d.needs.is_empty() {
            self.line(g("team_no_needs"));
        } else {
            self.line(g("team_needs_intro"));
            for n in &d.needs {
                self.line("");
                self.line(format!(
                    "{}. **{}{}** — {} {}{}",
                    n.rank,
                    if n.key { "★" } else { "" },
                    n.name,
                    g("team_col_count"),
                    n.count,
                    n.previous
                        .as_ref()
                        .map(|p| crate::render::words::fill(
                            lang.get("in_parens"),
                            &[("text", p.to_string())]
                        ))
                        .unwrap_or_default()
                ));
                self.line(format!("   - {}", n.members));
                for (label, suggestions) in &n.targets {
                    self.line(format!("   - {label}"));
                    for (kind, text) in suggestions {
                        self.line(format!("     - {kind}{colon}{text}"));
                    }
                }
            }
        }
    }
}
