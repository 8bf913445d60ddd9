//! Which language speaks to the user: `--lang` (or `RUNGS_LANG`) first; then the user's locale
//! (the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them) where it names a
//! language rungs has (`C` and `POSIX` name none); then the project's `language`; then
//! English. The documents always follow the project's `language`.

/// The user's choice before the project is read: a tag asked for by name, or one read from
/// the locale (which counts only when rungs speaks it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choice {
    /// `--lang` or `RUNGS_LANG`, as given.
    pub explicit: Option<String>,
    /// The locale's language as a tag (`zh_CN.UTF-8` → `zh-CN`), when it names one.
    pub locale: Option<String>,
}

/// The choice the flag and the environment make; `env` looks a variable up.
pub fn from_env(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Choice {
    let set = |name: &str| env(name).filter(|v| !v.trim().is_empty());
    let explicit = flag.map(str::to_string).or_else(|| set("RUNGS_LANG"));
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| set(name))
        .and_then(|value| tag_of_locale(&value));
    Choice { explicit, locale }
}

/// `zh_CN.UTF-8@euro` → `zh-CN`; `C`, `POSIX` and `C.UTF-8` name no language.
fn tag_of_locale(value: &str) -> Option<String> {
    let name = value.split(['.', '@']).next().unwrap_or("");
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    Some(name.replace('_', "-"))
}

/// The tag that speaks, among `speaks` (the bundled languages and the project's files): the
/// explicit choice, the locale's, the project's language, English. A tag matches exactly,
/// else by its family when rungs has one language of it (`en-US` → `en`, `zh-SG` → `zh-CN`).
/// Returns the tag and, when an explicit choice was not found, that choice for a warning.
pub fn choose(
    choice: &Choice,
    project: Option<&str>,
    speaks: &[String],
) -> (String, Option<String>) {
    let matching = |tag: &str| -> Option<String> {
        if let Some(exact) = speaks.iter().find(|t| t.eq_ignore_ascii_case(tag)) {
            return Some(exact.clone());
        }
        let family = |t: &str| t.split('-').next().unwrap_or("").to_ascii_lowercase();
        let same: Vec<&String> = speaks.iter().filter(|t| family(t) == family(tag)).collect();
        match same.as_slice() {
            [one] => Some((*one).clone()),
            _ => speaks
                .iter()
                .find(|t| family(t) == family(tag) && super::bundled_tags().any(|b| b == *t))
                .cloned(),
        }
    };
    let unknown = choice
        .explicit
        .as_deref()
        .filter(|tag| matching(tag).is_none())
        .map(str::to_string);
    let tag = choice
        .explicit
        .as_deref()
        .and_then(matching)
        .or_else(|| choice.locale.as_deref().and_then(matching))
        .or_else(|| project.and_then(matching))
        .unwrap_or_else(|| "en".to_string());
    (tag, unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    fn speaks() -> Vec<String> {
        vec!["en".into(), "zh-CN".into()]
    }

    #[test]
    fn the_flag_beats_the_environment_which_beats_the_project() {
        let vars = [("RUNGS_LANG", "en"), ("LANG", "zh_CN.UTF-8")];
        let c = from_env(Some("zh-CN"), env(&vars));
        assert_eq!(choose(&c, Some("en"), &speaks()).0, "zh-CN");
        let c = from_env(None, env(&vars));
        assert_eq!(choose(&c, Some("zh-CN"), &speaks()).0, "en");
        let c = from_env(None, env(&[("LANG", "zh_CN.UTF-8")]));
        assert_eq!(choose(&c, Some("en"), &speaks()).0, "zh-CN");
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang_and_c_names_no_language() {
        let c = from_env(
            None,
            env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "zh_CN.UTF-8")]),
        );
        assert_eq!(choose(&c, None, &speaks()).0, "en");
        let c = from_env(
            None,
            env(&[("LC_MESSAGES", "zh_CN"), ("LANG", "en_US.UTF-8")]),
        );
        assert_eq!(choose(&c, None, &speaks()).0, "zh-CN");
        for c_locale in ["C", "POSIX", "C.UTF-8"] {
            let c = from_env(None, env(&[("LC_ALL", c_locale), ("LANG", "en_US.UTF-8")]));
            assert_eq!(
                choose(&c, Some("zh-CN"), &speaks()).0,
                "zh-CN",
                "{c_locale} names no language, so the project's speaks"
            );
        }
        let c = from_env(None, env(&[("LANG", "fr_FR.UTF-8")]));
        assert_eq!(choose(&c, Some("zh-CN"), &speaks()).0, "zh-CN");
        assert_eq!(choose(&c, None, &speaks()).0, "en");
    }

    #[test]
    fn a_family_match_and_an_unknown_explicit_choice() {
        let c = from_env(None, env(&[("LANG", "zh_SG.UTF-8")]));
        assert_eq!(choose(&c, None, &speaks()).0, "zh-CN");
        let mut with_tw = speaks();
        with_tw.push("zh-TW".into());
        let c = from_env(None, env(&[("LANG", "zh_TW.UTF-8")]));
        assert_eq!(choose(&c, None, &with_tw).0, "zh-TW");
        let c = from_env(Some("fr"), env(&[]));
        assert_eq!(
            choose(&c, Some("zh-CN"), &speaks()),
            ("zh-CN".to_string(), Some("fr".to_string()))
        );
    }
}
