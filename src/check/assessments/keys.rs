//! The one way a problem with a key of a record's maps is reported (`competencies:`,
//! `behaviours:`, `kpis:`, `reference:`, `scores:`): a key the standard does not know, one the
//! level does not require, and one the level requires that the record leaves out differ only in
//! their code, their words and where they point. And the help for an id that is not known,
//! here and in the sequences' rules ([`known`]).

use crate::check::Ctx;
use crate::diagnostics::{Code, Diagnostic};
use crate::load::raw::{RawAssessment, S};
use crate::locale::Message;
use crate::suggest;

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

/// The help for `word`, which is none of the ids `candidates`: `help` is a key whose text
/// selects on `$case` — `suggest` names the closest id (`$candidate`), `none` says none is
/// defined, `list` lists them all (`$known`, at most 12), `many` says none of the `$count` is
/// close to `$word` — so each language says each case as a sentence of its own.
pub(in crate::check) fn known(help: Message, word: &str, candidates: &[&str]) -> Message {
    let (case, candidate) = match suggest::closest(word, candidates.iter().copied()) {
        Some(c) => ("suggest", c),
        None if candidates.is_empty() => ("none", ""),
        None if candidates.len() <= 12 => ("list", ""),
        None => ("many", ""),
    };
    let listed: Vec<String> = candidates.iter().map(|c| format!("`{c}`")).collect();
    help.arg("case", case)
        .arg("candidate", candidate)
        .arg("known", listed)
        .arg("count", candidates.len())
        .arg("word", word)
}

#[cfg(test)]
mod tests {
    use super::known;
    use crate::locale::Language;
    use crate::msg;

    #[test]
    fn the_help_for_an_unknown_id_is_one_sentence_in_each_language() {
        let many: Vec<String> = (0..13).map(|i| format!("level-{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let cases: [(&str, &[&str], &str, &str); 4] = [
            (
                "s11",
                &["s1", "x9"],
                "did you mean `s1`?",
                "是否想写 `s1`？",
            ),
            ("s3", &[], "no level is defined yet", "尚未定义任何级别"),
            (
                "s3",
                &["s1", "s2"],
                "the known level ids are `s1`, `s2`",
                "已有的级别编号为 `s1`、`s2`",
            ),
            (
                "zzz",
                &many,
                "none of the 13 known level ids is close to `zzz`",
                "已有的 13 个级别编号都与 `zzz` 不相近",
            ),
        ];
        for (word, candidates, en, zh) in cases {
            let help = known(msg!("record-unknown-level-help"), word, candidates);
            assert_eq!(Language::en().say(&help), en);
            assert_eq!(Language::zh_cn().say(&help), zh);
        }
        let help = known(msg!("sequence-unknown-module-help"), "bsic", &["basic"]);
        assert_eq!(
            Language::en().say(&help),
            "did you mean `basic`? (modules are listed under `scoring_modules:`)"
        );
        assert_eq!(
            Language::zh_cn().say(&help),
            "是否想写 `basic`？（评分模块列在 `scoring_modules:` 下）"
        );
    }
}
