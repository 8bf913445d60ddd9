//! "Did you mean …?" — the closest known name to a misspelt one (Levenshtein distance over
//! characters, from strsim, so it also works for Chinese names).
//!
//! [`quoted_list`] gives a message argument; the help messages built on [`closest`], said in
//! the user's language, are `diagnostics::suggest`'s. [`help_for`] and [`quoted`] give English
//! text, for code not yet moved to the locale files.

/// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo
/// and no other candidate is as close.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(2);
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(word, c), c))
        .filter(|&(d, _)| d <= limit)
        .collect();
    scored.sort();
    match scored.as_slice() {
        [(d, c), rest @ ..] if rest.first().is_none_or(|(next, _)| next > d) => Some(c),
        _ => None,
    }
}

/// Words in backticks, separated by commas: "`a`, `b`, `c`".
pub fn quoted<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> String {
    words
        .into_iter()
        .map(|w| format!("`{}`", w.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Words in backticks, as a message argument: the language joins them with its list
/// separator (`a`, `b` / `a`、`b`).
pub fn quoted_list<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> Vec<String> {
    words
        .into_iter()
        .map(|w| format!("`{}`", w.as_ref()))
        .collect()
}

/// English text, for code not yet moved to the locale files: see
/// `diagnostics::suggest::help_message`.
/// A help line that names the closest candidate, or lists the candidates when none (or
/// several equally) is close.
pub fn help_for(what: &str, word: &str, candidates: &[&str]) -> String {
    match closest(word, candidates.iter().copied()) {
        Some(c) => format!("did you mean `{c}`?"),
        None if candidates.is_empty() => format!("no {what} is defined yet"),
        None if candidates.len() <= 12 => {
            format!("the known {} are {}", named(what), quoted(candidates))
        }
        None => format!(
            "none of the {} known {} is close to `{word}`",
            candidates.len(),
            named(what)
        ),
    }
}

/// How a list of candidates is named: by their ids ("competency ids", "employee ids"), or —
/// for what is known by name or number — plainly ("departments", "professional titles").
fn named(what: &str) -> String {
    match what {
        "professional title" | "column" | "department" | "cycle" => plural(what),
        w if w.ends_with(" id") => format!("{w}s"),
        w => format!("{w} ids"),
    }
}

fn plural(word: &str) -> String {
    match word.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ => format!("{word}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_are_named_as_they_are_known() {
        let many: Vec<String> = (0..20).map(|i| format!("name{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(
            help_for("employee id", "X9", &["E1", "E2"]),
            "the known employee ids are `E1`, `E2`"
        );
        assert_eq!(
            help_for("department", "销售", &["华东销售部", "市场部"]),
            "the known departments are `华东销售部`, `市场部`"
        );
        assert_eq!(
            help_for("category", "zzz", &many),
            "none of the 20 known category ids is close to `zzz`"
        );
        assert_eq!(plural("activity"), "activities");
        assert_eq!(plural("key"), "keys");
    }

    #[test]
    fn finds_typos_and_ignores_strangers() {
        assert_eq!(
            closest("custmer-orientation", ["customer-orientation", "influence"]),
            Some("customer-orientation")
        );
        assert_eq!(closest("zzz", ["customer-orientation"]), None);
        assert_eq!(
            closest("s5", ["s1", "s2", "s3"]),
            None,
            "a tie names no one"
        );
        assert!(help_for("level", "s5", &["s1", "s2"]).contains("`s1`, `s2`"));
        assert_eq!(
            closest("客户导问", ["客户导向", "影响力"]),
            Some("客户导向")
        );
    }
}
