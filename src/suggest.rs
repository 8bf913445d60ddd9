//! "Did you mean …?" — the closest known name to a misspelt one (Levenshtein distance over
//! characters, from strsim, so it also works for Chinese names).
//!
//! [`quoted_list`] gives a message argument; the help messages built on [`closest`], said in
//! the user's language, are `diagnostics::suggest`'s.

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

/// Words in backticks, as a message argument: the language joins them with its list
/// separator (`a`, `b` / `a`、`b`).
pub fn quoted_list<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> Vec<String> {
    words
        .into_iter()
        .map(|w| format!("`{}`", w.as_ref()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            closest("客户导问", ["客户导向", "影响力"]),
            Some("客户导向")
        );
    }
}
