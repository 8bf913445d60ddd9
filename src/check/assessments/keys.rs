//! The one way a problem with a key of a record's maps is reported (`competencies:`,
//! `behaviours:`, `kpis:`, `reference:`, `scores:`): a key the standard does not know, one the
//! level does not require, and one the level requires that the record leaves out differ only in
//! their code, their words and where they point. And the help for an id that is not known,
//! here and in the sequences' rules ([`known`]).

use crate::check::Ctx;
use crate::diagnostics::{Code, Diagnostic};
use crate::load::raw::{RawAssessment, S};
use crate::locale::Message;

/// Where a problem with one of the record's keys points.
pub(super) enum At<'v, T> {
    /// The key as written: one the standard does not know, or the level does not require.
    Key(&'v S<T>, &'v str),
    /// A value as written: an unknown competency's assessment, or (see [`At::left_out`]) the
    /// record's `employee_id` for a key it leaves out.
    Value(&'v S<T>),
}

impl<'v> At<'v, String> {
    /// A required key the record leaves out has no place of its own: it points at the
    /// record's first line, its `employee_id`.
    pub(super) fn left_out(raw: &'v RawAssessment) -> Self {
        At::Value(&raw.employee_id)
    }
}

pub(super) fn key_problem<T>(
    ctx: &mut Ctx,
    file: &str,
    at: At<'_, T>,
    code: &'static Code,
    message: Message,
    help: Message,
) {
    let loc = match at {
        At::Key(value, key) => ctx.loc_key(file, value, key),
        At::Value(value) => ctx.loc(file, value),
    };
    ctx.push(Diagnostic::new(code, message).at(loc).help(help));
}
