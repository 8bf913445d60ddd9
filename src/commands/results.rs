//! `rungs results`: the HR roll-up, one row per assessment record, filtered.

use std::path::Path;

use super::{Failure, ResultsFormat, Ui, build_info, checked};
use rungs::evaluate::team::Member;
use rungs::model::{Assessment, Standard};
use rungs::render::results;
use rungs::suggest;

/// Which records the roll-up keeps; an empty list keeps all.
pub(super) struct Filters {
    pub cycle: Vec<String>,
    pub sequence: Vec<String>,
    pub level: Vec<String>,
    pub department: Vec<String>,
    pub manager: Vec<String>,
}

pub(super) fn run(
    content: &Path,
    records: Option<&Path>,
    format: ResultsFormat,
    out: Option<&Path>,
    filters: Filters,
    against: Option<&str>,
    ui: &Ui,
) -> Result<(), Failure> {
    if format == ResultsFormat::Xlsx && out.is_none() {
        return Err(Failure::usage(
            "an xlsx roll-up is a file: pass --out FILE.xlsx",
        ));
    }
    let tagged = super::tagged_editions(content);
    let (project, checked) = checked(content, records, &tagged, ui)?;
    if let Some(out) = out {
        super::refuse_inside(out, &project.folders())?;
    }
    let standard = &checked.model.as_ref().expect("no errors").standard;
    let info = build_info(content, "none", against, standard, &tagged)?;
    let build = checked
        .build(info, false)
        .expect("a project without errors has a model");
    let evaluations = build.evaluations();
    let assessments = &build.model().records.assessments;
    let everyone: Vec<Member> = assessments.iter().zip(&evaluations).collect();
    let keep = Keep::new(standard, assessments, &filters)?;
    let selected: Vec<Member> = everyone
        .iter()
        .copied()
        .filter(|(a, _)| keep.wants(a))
        .collect();
    let rows = results::rows(standard, build.info(), &selected, &everyone);
    let scope = keep.describe(standard);
    let bytes = match format {
        ResultsFormat::Csv => results::csv(standard, &rows),
        ResultsFormat::Md => results::markdown(standard, &rows, &scope).into_bytes(),
        ResultsFormat::Xlsx => results::xlsx(standard, &rows, standard.settings.effective_date)
            .map_err(|e| Failure::usage(format!("cannot write the workbook: {e}")))?,
    };
    match out {
        Some(path) => {
            rungs::publish::write_atomically(path, &bytes)
                .map_err(|e| Failure::usage(format!("cannot write `{}`: {e}", path.display())))?;
            if !ui.quiet {
                eprintln!(
                    "wrote {} ({} records; personal data: keep it within HR)",
                    path.display(),
                    rows.len()
                );
            }
        }
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(&bytes)
                .map_err(|e| Failure::usage(format!("cannot write to standard output: {e}")))?;
        }
    }
    Ok(())
}

/// The filters resolved against the records: ids or names, each checked to name something.
struct Keep {
    cycles: Vec<String>,
    sequences: Vec<String>,
    levels: Vec<String>,
    departments: Vec<String>,
    managers: Vec<String>,
}

impl Keep {
    fn new(standard: &Standard, records: &[Assessment], f: &Filters) -> Result<Keep, Failure> {
        let distinct = |of: &dyn Fn(&Assessment) -> Option<String>| {
            let mut v: Vec<String> = records.iter().filter_map(of).collect();
            v.sort();
            v.dedup();
            v
        };
        let cycles = distinct(&|a| Some(a.cycle.clone()));
        let departments = distinct(&|a| Some(a.department.clone()));
        let manager_ids = distinct(&|a| a.manager.as_ref().map(|m| m.id.clone()));
        let resolve = |what: &str,
                       given: &[String],
                       find: &dyn Fn(&str) -> Option<String>,
                       known: &[String]| {
            given
                .iter()
                .map(|g| {
                    find(g).ok_or_else(|| {
                        let known: Vec<&str> = known.iter().map(String::as_str).collect();
                        Failure::usage(format!("no {what} `{g}` in the records"))
                            .with_help(suggest::help_for(what, g, &known))
                    })
                })
                .collect::<Result<Vec<String>, Failure>>()
        };
        let sequence_ids: Vec<String> = standard.sequences.iter().map(|s| s.id.clone()).collect();
        let level_ids: Vec<String> = standard
            .sequences
            .iter()
            .flat_map(|s| s.levels.iter().map(|l| l.id.clone()))
            .collect();
        Ok(Keep {
            cycles: resolve(
                "cycle",
                &f.cycle,
                &|g| cycles.iter().find(|c| *c == g).cloned(),
                &cycles,
            )?,
            sequences: resolve(
                "sequence",
                &f.sequence,
                &|g| {
                    standard
                        .sequences
                        .iter()
                        .find(|s| s.id == g || s.name == g)
                        .map(|s| s.id.clone())
                },
                &sequence_ids,
            )?,
            levels: resolve(
                "level",
                &f.level,
                &|g| {
                    standard
                        .sequences
                        .iter()
                        .flat_map(|s| &s.levels)
                        .find(|l| l.id == g || l.name == g)
                        .map(|l| l.id.clone())
                },
                &level_ids,
            )?,
            departments: resolve(
                "department",
                &f.department,
                &|g| departments.iter().find(|d| *d == g).cloned(),
                &departments,
            )?,
            managers: resolve(
                "manager",
                &f.manager,
                &|g| {
                    records
                        .iter()
                        .filter_map(|a| a.manager.as_ref())
                        .find(|m| m.id == g || m.name == g)
                        .map(|m| m.id.clone())
                },
                &manager_ids,
            )?,
        })
    }

    fn wants(&self, a: &Assessment) -> bool {
        let any = |list: &[String], value: &str| list.is_empty() || list.iter().any(|v| v == value);
        any(&self.cycles, &a.cycle)
            && any(&self.sequences, &a.sequence)
            && any(&self.levels, &a.applied_level)
            && any(&self.departments, &a.department)
            && (self.managers.is_empty()
                || a.manager
                    .as_ref()
                    .is_some_and(|m| self.managers.contains(&m.id)))
    }

    /// The filters in words, for the Markdown heading.
    fn describe(&self, standard: &Standard) -> String {
        let parts: Vec<String> = [
            &self.cycles,
            &self.sequences,
            &self.levels,
            &self.departments,
            &self.managers,
        ]
        .into_iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.join(", "))
        .collect();
        if parts.is_empty() {
            rungs::render::i18n::get(standard.settings.language, "results_all").to_string()
        } else {
            parts.join(" · ")
        }
    }
}
