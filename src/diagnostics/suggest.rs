//! "Did you mean …?" help, said in the user's language: the closest known name to a misspelt
//! one (`crate::suggest::closest`), or the names known. Here rather than in `suggest` because
//! `locale` itself uses `suggest`.

use crate::locale::Message;
use crate::msg;
use crate::suggest::{closest, quoted_list};

/// "did you mean `x`?"
pub fn did_you_mean(suggestion: &str) -> Message {
    msg!("suggest-did-you-mean", suggestion = suggestion)
}

/// A help message that names the closest candidate, or lists the candidates when none (or
/// several equally) is close. `what` is a noun of the locale files (`msg!("noun-competency")`),
/// said as such ("competency") and, given `$form = known`, as the list is known ("competency
/// ids", "departments").
pub fn help_message(what: &Message, word: &str, candidates: &[&str]) -> Message {
    let known = || what.clone().arg("form", "known");
    match closest(word, candidates.iter().copied()) {
        Some(c) => did_you_mean(c),
        None if candidates.is_empty() => msg!("suggest-none-defined", what = what.clone()),
        None if candidates.len() <= 12 => {
            msg!(
                "suggest-known",
                known = known(),
                list = quoted_list(candidates)
            )
        }
        None => msg!(
            "suggest-none-close",
            count = candidates.len(),
            known = known(),
            word = word
        ),
    }
}

/// As [`help_message`], followed by where the candidates are defined (`hint`, a message).
pub fn help_message_with(
    what: &Message,
    word: &str,
    candidates: &[&str],
    hint: Message,
) -> Message {
    msg!(
        "suggest-with-hint",
        help = help_message(what, word, candidates),
        hint = hint
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_messages_name_candidates_in_each_language() {
        let many: Vec<String> = (0..20).map(|i| format!("name{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let employee = msg!("noun-employee-id");
        assert_eq!(
            help_message(&employee, "X9", &["E1", "E2"]).english(),
            "the known employee ids are `E1`, `E2`"
        );
        assert_eq!(
            help_message(&msg!("noun-department"), "销售", &["华东销售部", "市场部"]).english(),
            "the known departments are `华东销售部`, `市场部`"
        );
        assert_eq!(
            help_message(&msg!("noun-category"), "zzz", &many).english(),
            "none of the 20 known category ids is close to `zzz`"
        );
        assert_eq!(
            help_message(&msg!("noun-category"), "zzz", &[]).english(),
            "no category is defined yet"
        );
        assert_eq!(
            help_message(&employee, "E11", &["E1", "E2"]).english(),
            "did you mean `E1`?"
        );
        let zh = crate::locale::Language::zh_cn();
        assert_eq!(
            zh.say(&help_message(&employee, "X9", &["E1", "E2"])),
            "已有的工号：`E1`、`E2`"
        );
    }

    #[test]
    fn each_case_is_one_sentence_in_each_language() {
        let many: Vec<String> = (0..13).map(|i| format!("level-{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let zh = crate::locale::Language::zh_cn();
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
                "已有的级别编号：`s1`、`s2`",
            ),
            (
                "zzz",
                &many,
                "none of the 13 known level ids is close to `zzz`",
                "已有的 13 个级别编号都与 `zzz` 不相近",
            ),
        ];
        for (word, candidates, en, zh_text) in cases {
            let help = help_message(&msg!("noun-level"), word, candidates);
            assert_eq!(help.english(), en);
            assert_eq!(zh.say(&help), zh_text);
        }
        let help = help_message_with(
            &msg!("noun-scoring-module"),
            "bsic",
            &["basic"],
            msg!("hint-modules"),
        );
        assert_eq!(
            help.english(),
            "did you mean `basic`? (modules are listed under `scoring_modules:`)"
        );
    }
}
