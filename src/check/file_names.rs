//! Names that become file names must fit the file systems. Team summaries and distribution
//! bundles are named after a manager (id and name) or a department, and a report inside a
//! bundle after its employee's name (`urls::longest_team_file`, `urls::bundled_report`); a
//! name that is short enough as text can still make a file name over 255 bytes (80 emoji are
//! 320), which `build` or `distribute` could not write. The lengths are measured with the
//! functions that make the names, so what is checked is what is written.
//!
//! Names are also text, checked as such (length, control characters) by `Ctx::check_name_text`.

use std::collections::{BTreeMap, BTreeSet};

use super::Ctx;
use crate::diagnostics::{Diagnostic, codes};
use crate::load::Parsed;
use crate::load::raw::{RawAssessment, S};
use crate::locale::Message;
use crate::msg;
use crate::urls::{self, MAX_FILE_NAME_BYTES};

pub(super) fn check(ctx: &mut Ctx, parsed: &[Parsed<Box<RawAssessment>>]) {
    // A manager given by employee id alone takes that employee's name.
    let mut names: BTreeMap<&str, &str> = BTreeMap::new();
    for p in parsed {
        names
            .entry(p.value.employee_id.value.as_str())
            .or_insert(p.value.name().value.as_str());
    }
    let managers: BTreeSet<&str> = parsed
        .iter()
        .filter_map(|p| Some(p.value.manager.as_ref()?.id.value.as_str()))
        .collect();
    let departments: BTreeSet<&str> = parsed
        .iter()
        .map(|p| p.value.department().value.as_str())
        .collect();
    // Records without a manager make one more team.
    let manager_teams = managers.len() + 1;
    let mut reported: BTreeSet<String> = BTreeSet::new();
    for Parsed { file, value: raw } in parsed {
        let cycle = raw.cycle.value.as_str();
        let report = urls::bundled_report(&raw.employee_id.value, &raw.name().value, cycle).len();
        if report > MAX_FILE_NAME_BYTES {
            too_long(
                ctx,
                file,
                raw.name(),
                report,
                msg!("check-file-name-report"),
                msg!("check-file-name-report-added"),
            );
        }
        let department = raw.department();
        let bytes = urls::longest_team_file(&department.value, cycle, departments.len());
        if bytes > MAX_FILE_NAME_BYTES && reported.insert(format!("d:{}", department.value)) {
            too_long(
                ctx,
                file,
                department,
                bytes,
                msg!("check-file-name-department"),
                msg!("check-file-name-department-added"),
            );
        }
        if let Some(manager) = &raw.manager {
            let (value, name) = match &manager.name {
                Some(name) => (name, name.value.as_str()),
                None => (
                    &manager.id,
                    names.get(manager.id.value.as_str()).copied().unwrap_or(""),
                ),
            };
            let stem = urls::manager_team(&manager.id.value, name);
            let bytes = urls::longest_team_file(&stem, cycle, manager_teams);
            if bytes > MAX_FILE_NAME_BYTES && reported.insert(format!("m:{stem}")) {
                too_long(
                    ctx,
                    file,
                    value,
                    bytes,
                    msg!("check-file-name-manager"),
                    msg!("check-file-name-manager-added"),
                );
            }
        }
    }
}

/// `named` says which files the name makes; `added` what else their names hold.
fn too_long(
    ctx: &mut Ctx,
    file: &str,
    value: &S<String>,
    bytes: usize,
    named: Message,
    added: Message,
) {
    let loc = ctx.loc(file, value);
    ctx.push(
        Diagnostic::new(
            &codes::TOO_LONG,
            msg!(
                "check-file-name-too-long",
                bytes = bytes,
                named = named,
                limit = MAX_FILE_NAME_BYTES
            ),
        )
        .at(loc)
        .help(msg!(
            "check-file-name-too-long-help",
            added = added,
            limit = MAX_FILE_NAME_BYTES
        )),
    );
}
