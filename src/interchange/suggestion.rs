//! "Did you mean …?" for the command line and the import, as messages: the closest known
//! name to a misspelt one, else the names there are (see [`crate::suggest::closest`]).

use crate::locale::Message;
use crate::msg;

/// What the names are of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    EmployeeId,
    Cycle,
    Sequence,
    Level,
    Column,
    Department,
    Manager,
}

impl Noun {
    /// One of them: "no cycle is defined yet".
    fn one(self) -> Message {
        match self {
            Noun::EmployeeId => msg!("cli-noun-employee-id"),
            Noun::Cycle => msg!("cli-noun-cycle"),
            Noun::Sequence => msg!("cli-noun-sequence"),
            Noun::Level => msg!("cli-noun-level"),
            Noun::Column => msg!("cli-noun-column"),
            Noun::Department => msg!("cli-noun-department"),
            Noun::Manager => msg!("cli-noun-manager"),
        }
    }

    /// The list of them, as it is known: by ids ("sequence ids") or by name ("departments").
    fn known(self) -> Message {
        match self {
            Noun::EmployeeId => msg!("cli-noun-employee-ids"),
            Noun::Cycle => msg!("cli-noun-cycles"),
            Noun::Sequence => msg!("cli-noun-sequence-ids"),
            Noun::Level => msg!("cli-noun-level-ids"),
            Noun::Column => msg!("cli-noun-columns"),
            Noun::Department => msg!("cli-noun-departments"),
            Noun::Manager => msg!("cli-noun-manager-ids"),
        }
    }
}

/// A help line that names the closest candidate, or lists the candidates when none (or
/// several equally) is close.
pub fn help(noun: Noun, word: &str, candidates: &[&str]) -> Message {
    match crate::suggest::closest(word, candidates.iter().copied()) {
        Some(c) => msg!("cli-did-you-mean", suggestion = c),
        None if candidates.is_empty() => msg!("cli-none-yet", what = noun.one()),
        None if candidates.len() <= 12 => msg!(
            "cli-known",
            what = noun.known(),
            known = candidates
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
        ),
        None => msg!(
            "cli-none-close",
            count = candidates.len(),
            what = noun.known(),
            word = word
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_are_named_as_they_are_known() {
        assert_eq!(
            help(Noun::EmployeeId, "X9", &["E1", "E2"]).english(),
            "the known employee ids are `E1`, `E2`"
        );
        assert_eq!(
            help(Noun::Department, "销售", &["华东销售部", "市场部"]).english(),
            "the known departments are `华东销售部`, `市场部`"
        );
        assert_eq!(
            help(Noun::Sequence, "salse", &["sales", "marketing"]).english(),
            "did you mean `sales`?"
        );
        assert_eq!(
            help(Noun::Cycle, "2024H1", &[]).english(),
            "no cycle is defined yet"
        );
    }
}
