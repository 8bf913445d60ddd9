//! The client-side search index: one document per section of every page (a level's
//! conditions, each required competency with its behaviours, each graded level of a
//! competency, each heading of a Markdown page …), so a result links to the section it was
//! found in. Keys are character bigrams for Chinese and lowercase words for Latin text, so
//! 客户导向, 谈判 or 回款 are found inside running Chinese text, which has no spaces.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use serde::Serialize;

use crate::compare::{self, Change};
use crate::evaluate::condition_kinds;
use crate::model::{Language, Standard};
use crate::render::markdown::{self, HeadingIds, is_cjk, to_plain_text as plain};
use crate::render::{i18n, shared};
use crate::urls::{self, SitePath, anchor};

/// The kinds of page results are grouped by, in display order.
const KINDS: &[(&str, &str)] = &[
    ("level", "search_kind_level"),
    ("competency", "search_kind_competency"),
    ("sequence", "search_kind_sequence"),
    ("position", "search_kind_position"),
    ("compare", "search_kind_compare"),
    ("scoring", "search_kind_scoring"),
    ("page", "search_kind_page"),
];

pub struct SearchDocument {
    /// One of [`KINDS`].
    pub kind: &'static str,
    /// The page's title.
    pub title: String,
    /// The section's title, empty for a page's opening text.
    pub section: String,
    /// Relative to the site root, with the section's anchor.
    pub url: String,
    pub text: String,
}

/// Every section of every page worth finding.
pub fn documents(h: &Standard) -> Vec<SearchDocument> {
    let lang = h.settings.language;
    let t = |k: &str| i18n::get(lang, k).to_string();
    let mut docs = Vec::new();
    let mut push = |kind,
                    title: &str,
                    section: String,
                    page: &SitePath,
                    anchor: Option<&str>,
                    text: String| {
        let url = match anchor {
            Some(a) => format!("{}#{a}", page.as_str()),
            None => page.as_str().to_string(),
        };
        docs.push(SearchDocument {
            kind,
            title: title.to_string(),
            section,
            url,
            text,
        });
    };
    // List entries are kept apart in snippets the way the language writes lists.
    let separator = if lang == Language::ZhCn { "；" } else { "; " };
    let joined = |items: &[String]| {
        items
            .iter()
            .map(|x| plain(x))
            .collect::<Vec<_>>()
            .join(separator)
    };

    for s in &h.sequences {
        let page = urls::sequence(&s.id);
        push(
            "sequence",
            &s.name,
            String::new(),
            &page,
            None,
            s.description.as_deref().map(plain).unwrap_or_default(),
        );
        let ladder: Vec<String> = s
            .levels
            .iter()
            .map(|l| {
                format!(
                    "{} {} {}",
                    l.name,
                    l.title,
                    l.positioning.as_deref().map(plain).unwrap_or_default()
                )
            })
            .collect();
        push(
            "sequence",
            &s.name,
            t("ladder"),
            &page,
            Some(anchor::section::LADDER),
            ladder.join(" "),
        );
        let matrix: Vec<&str> = s
            .required_competencies()
            .into_iter()
            .map(|id| h.competency_name(id))
            .collect();
        push(
            "sequence",
            &s.name,
            t("matrix"),
            &page,
            Some(anchor::section::MATRIX),
            matrix.join(" "),
        );
        let modules: Vec<String> = s
            .modules
            .iter()
            .map(|m| {
                std::iter::once(m.name.as_str())
                    .chain(m.items.iter().map(|i| i.name.as_str()))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        push(
            "sequence",
            &s.name,
            t("scoring"),
            &page,
            Some(anchor::section::SCORING),
            modules.join(" "),
        );
        for k in &s.kpis {
            let text = format!(
                "{} {}",
                k.formula,
                k.description.as_deref().map(plain).unwrap_or_default()
            );
            push(
                "sequence",
                &s.name,
                k.name.clone(),
                &page,
                Some(&anchor::kpi(&k.id)),
                text,
            );
        }
        if !s.reference_items.is_empty() {
            let items: Vec<String> = s
                .reference_items
                .iter()
                .map(|r| format!("{} {}", r.name, r.description.as_deref().unwrap_or("")))
                .collect();
            push(
                "sequence",
                &s.name,
                t("reference_items"),
                &page,
                Some(anchor::section::REFERENCE),
                items.join(separator),
            );
        }
        for p in &s.positions {
            let page = urls::position(&s.id, &p.id);
            let title = format!("{} · {}", p.name, s.name);
            let mut opening = vec![shared::position_range(s, p)];
            opening.extend(p.description.as_deref().map(plain));
            opening.extend(p.responsibilities.iter().map(|x| plain(x)));
            push(
                "position",
                &title,
                String::new(),
                &page,
                None,
                opening.join(separator),
            );
            let kpis: Vec<&str> = s
                .kpis_for(Some(p))
                .iter()
                .map(|k| k.name.as_str())
                .collect();
            if !kpis.is_empty() {
                push(
                    "position",
                    &title,
                    t("position_kpis"),
                    &page,
                    Some(anchor::section::POSITION_KPIS),
                    kpis.join(separator),
                );
            }
            let required: Vec<&str> = p
                .requirements
                .iter()
                .map(|r| h.competency_name(&r.competency))
                .collect();
            if !required.is_empty() {
                push(
                    "position",
                    &title,
                    t("position_requirements"),
                    &page,
                    Some(anchor::section::POSITION_REQUIREMENTS),
                    required.join(separator),
                );
            }
        }
        for (i, l) in s.levels.iter().enumerate() {
            let page = urls::level(&s.id, &l.id);
            let title = format!("{} {} · {}", l.name, l.title, s.name);
            if let Some(p) = &l.positioning {
                push(
                    "level",
                    &title,
                    t("positioning"),
                    &page,
                    Some(anchor::section::POSITIONING),
                    plain(p),
                );
            }
            let conditions: Vec<String> = condition_kinds(&l.conditions)
                .iter()
                .map(|k| {
                    let (label, text) = i18n::condition(lang, k);
                    format!("{label} {text}")
                })
                .collect();
            push(
                "level",
                &title,
                t("conditions"),
                &page,
                Some(anchor::section::CONDITIONS),
                conditions.join(" "),
            );
            if !l.knowledge.is_empty() {
                push(
                    "level",
                    &title,
                    t("knowledge"),
                    &page,
                    Some(anchor::section::KNOWLEDGE),
                    joined(&l.knowledge),
                );
            }
            if !l.responsibilities.is_empty() {
                push(
                    "level",
                    &title,
                    t("responsibilities"),
                    &page,
                    Some(anchor::section::RESPONSIBILITIES),
                    joined(&l.responsibilities),
                );
            }
            for r in &l.requirements {
                let (Some(c), Some(grade)) =
                    (h.competency(&r.competency), shared::required_grade(h, r))
                else {
                    continue;
                };
                let section = if grade.one_line {
                    format!("{} {}", c.name, grade.title)
                } else {
                    format!("{} {} {}", c.name, r.level, grade.title)
                };
                push(
                    "level",
                    &title,
                    section,
                    &page,
                    Some(&anchor::requirement(&c.id)),
                    joined(grade.behaviours),
                );
            }
            for g in shared::behaviour_groups(s, l) {
                for a in g.activities {
                    push(
                        "level",
                        &title,
                        format!("{} › {}", g.name, a.name),
                        &page,
                        Some(&a.anchor),
                        plain(a.criterion),
                    );
                }
            }
            let contributions: Vec<String> = l
                .contributions
                .iter()
                .map(|c| crate::render::shared::contribution_kinds(h, &c.kinds))
                .collect();
            if !contributions.is_empty() {
                push(
                    "level",
                    &title,
                    t("contributions"),
                    &page,
                    Some(anchor::section::CONTRIBUTIONS),
                    contributions.join(" "),
                );
            }
            for to in &s.levels[i + 1..] {
                let page = urls::compare(&s.id, &l.id, &to.id);
                let diff = compare::compare(l, to);
                let changed: Vec<String> = diff
                    .competencies
                    .iter()
                    .filter(|(_, d)| matches!(d.change, Change::New | Change::Raised))
                    .map(|(id, d)| {
                        let c = h.competency(id);
                        let grade = d.to.and_then(|(n, _)| c.and_then(|c| c.level(n)));
                        // Names and grades only: the behaviours are found on the level pages.
                        format!(
                            "{} {}",
                            h.competency_name(id),
                            grade.map_or("", |g| g.title.as_str())
                        )
                    })
                    .collect::<Vec<_>>();
                let changed = changed.join(separator);
                let title = format!(
                    "{} {} → {} {} · {}",
                    l.name, l.title, to.name, to.title, s.name
                );
                push(
                    "compare",
                    &title,
                    t("required_competencies"),
                    &page,
                    Some(anchor::section::COMPARE_COMPETENCIES),
                    changed,
                );
            }
        }
    }
    for c in &h.competencies {
        let page = urls::competency(&c.id);
        push(
            "competency",
            &c.name,
            t("definition"),
            &page,
            Some(anchor::section::DEFINITION),
            plain(&c.definition),
        );
        if let Some(line) = &c.standard {
            push(
                "competency",
                &c.name,
                t("one_line_standard"),
                &page,
                Some(anchor::section::STANDARD),
                plain(line),
            );
        }
        if !c.key_points.is_empty() {
            push(
                "competency",
                &c.name,
                t("key_points"),
                &page,
                Some(anchor::section::KEY_POINTS),
                joined(&c.key_points),
            );
        }
        for l in &c.levels {
            // The behaviours alone, so the text is shared with the level pages requiring them.
            push(
                "competency",
                &c.name,
                format!("{} {}", l.level, l.title),
                &page,
                Some(&anchor::grade(l.level)),
                joined(&l.behaviours),
            );
            if !l.suggestions.is_empty() {
                push(
                    "competency",
                    &c.name,
                    format!("{} {} · {}", l.level, l.title, t("suggestions")),
                    &page,
                    Some(&anchor::grade(l.level)),
                    l.suggestions
                        .iter()
                        .map(|x| plain(&x.text))
                        .collect::<Vec<_>>()
                        .join(separator),
                );
            }
        }
    }
    for cat in &h.categories {
        let names: Vec<&str> = h
            .competencies
            .iter()
            .filter(|c| c.category == cat.id)
            .map(|c| c.name.as_str())
            .collect();
        let text = format!(
            "{} {}",
            cat.description.as_deref().map(plain).unwrap_or_default(),
            names.join(" ")
        );
        push(
            "competency",
            &t("competencies"),
            cat.name.clone(),
            &urls::dictionary(),
            Some(&anchor::category(&cat.id)),
            text,
        );
    }
    for p in &h.pages {
        let page = urls::page(&p.id);
        let mut ids = HeadingIds::reserving(super::views::LAYOUT_IDS);
        let (_, sections) = markdown::page_html(&p.body, h.settings.raw_html, &mut ids);
        for section in sections {
            push(
                "page",
                &p.title,
                section.title,
                &page,
                section.id.as_deref(),
                section.text,
            );
        }
    }
    let scoring = urls::scoring();
    let rules = i18n::rules(&h.settings).join(" ");
    push(
        "scoring",
        &t("scoring_rules"),
        String::new(),
        &scoring,
        None,
        rules,
    );
    for k in &h.contribution_kinds {
        push(
            "scoring",
            &t("scoring_rules"),
            k.name.clone(),
            &scoring,
            Some(&anchor::contribution_kind(&k.id)),
            k.description.as_deref().map(plain).unwrap_or_default(),
        );
    }
    for s in &h.sequences {
        let marks: Vec<String> = s
            .levels
            .iter()
            .map(|l| {
                format!(
                    "{} {} {} {} {} {}",
                    l.name,
                    l.title,
                    t("total"),
                    i18n::number(l.scoring.total),
                    t("pass"),
                    i18n::number(l.scoring.pass)
                )
            })
            .collect();
        push(
            "scoring",
            &t("scoring_rules"),
            s.name.clone(),
            &scoring,
            Some(&anchor::pass_marks(&s.id)),
            marks.join(" "),
        );
    }
    docs
}

/// The index keys of a text: CJK bigrams (and single characters of one-character runs) and
/// lowercase alphanumeric words.
pub fn keys(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut cjk: Vec<char> = Vec::new();
    let mut word = String::new();
    let flush_cjk = |run: &mut Vec<char>, keys: &mut Vec<String>| {
        if run.len() == 1 {
            keys.push(run[0].to_string());
        }
        for pair in run.windows(2) {
            keys.push(pair.iter().collect());
        }
        run.clear();
    };
    for c in text.chars() {
        if is_cjk(c) {
            cjk.push(c);
        } else {
            flush_cjk(&mut cjk, &mut keys);
        }
        if c.is_alphanumeric() && !is_cjk(c) {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            keys.push(std::mem::take(&mut word));
        }
    }
    flush_cjk(&mut cjk, &mut keys);
    if !word.is_empty() {
        keys.push(word);
    }
    keys
}

/// The index as the browser reads it. Pages, not sections, are what the keys point at: a page
/// holds its sections as parts, and the script finds the parts that match. Texts are stored
/// once (a competency's behaviours appear on every level that requires it).
#[derive(Serialize)]
struct Index<'a> {
    /// Each kind's label, in display order.
    kinds: Vec<(&'static str, &'static str)>,
    /// Each page as `[kind, title, url]` (the url without an anchor).
    pages: Vec<(&'static str, &'a str, &'a str)>,
    /// Each section as `[page, anchor, section title, text]`, texts by index into `texts`.
    parts: Vec<(u32, &'a str, &'a str, u32)>,
    texts: Vec<&'a str>,
    /// The pages holding each key, ascending, as base-36 differences joined by `.`.
    grams: BTreeMap<String, String>,
}

/// The index as a script that sets `window.RUNGS_SEARCH` (a script, not JSON, so search also
/// works when the site is opened from disk, where browsers refuse to fetch files).
pub fn build(documents: &[SearchDocument], lang: Language) -> String {
    let mut pages: Vec<(&'static str, &str, &str)> = Vec::new();
    let mut page_ids: HashMap<&str, u32> = HashMap::new();
    let mut texts: Vec<&str> = Vec::new();
    let mut text_ids: HashMap<&str, u32> = HashMap::new();
    let mut parts = Vec::with_capacity(documents.len());
    for doc in documents {
        let (url, anchor) = doc.url.split_once('#').unwrap_or((&doc.url, ""));
        let page = *page_ids.entry(url).or_insert_with(|| {
            pages.push((doc.kind, doc.title.as_str(), url));
            (pages.len() - 1) as u32
        });
        let text = *text_ids.entry(doc.text.as_str()).or_insert_with(|| {
            texts.push(doc.text.as_str());
            (texts.len() - 1) as u32
        });
        parts.push((page, anchor, doc.section.as_str(), text));
    }
    // Keys are taken once per text (a competency's behaviours recur on many level pages), and
    // pages are visited in order, so each posting list comes out ascending without sorting.
    let text_keys: Vec<Vec<String>> = texts.par_iter().map(|t| keys(t)).collect();
    let mut parts_of: Vec<Vec<usize>> = vec![Vec::new(); pages.len()];
    for (i, part) in parts.iter().enumerate() {
        parts_of[part.0 as usize].push(i);
    }
    let mut postings: HashMap<String, Vec<u32>> = HashMap::new();
    let mut add = |key: &str, page: u32| match postings.get_mut(key) {
        Some(list) if list.last() == Some(&page) => {}
        Some(list) => list.push(page),
        None => {
            postings.insert(key.to_string(), vec![page]);
        }
    };
    for (page, of_page) in parts_of.iter().enumerate() {
        let page = page as u32;
        for key in keys(pages[page as usize].1) {
            add(&key, page);
        }
        for &i in of_page {
            let (_, _, section, text) = parts[i];
            for key in keys(section).iter().chain(&text_keys[text as usize]) {
                add(key, page);
            }
        }
    }
    let index = Index {
        kinds: KINDS
            .iter()
            .map(|(k, label)| (*k, i18n::get(lang, label)))
            .collect(),
        pages,
        parts,
        texts,
        grams: postings
            .into_iter()
            .map(|(k, ids)| (k, deltas(&ids)))
            .collect(),
    };
    let json = serde_json::to_string(&index).expect("index serialises");
    format!("window.RUNGS_SEARCH={};\n", json.replace("</", "<\\/"))
}

/// Ascending ids as base-36 differences joined by `.`: `[3, 4, 14]` is `3.1.a`.
fn deltas(ids: &[u32]) -> String {
    let mut out = String::with_capacity(ids.len() * 2);
    let mut previous = 0;
    for (i, &id) in ids.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        push_base36(&mut out, id - previous);
        previous = id;
    }
    out
}

fn push_base36(out: &mut String, mut n: u32) {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut buf = Vec::new();
    loop {
        buf.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.extend(buf.iter().rev().map(|&b| b as char));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_bigrams_and_words() {
        assert_eq!(
            keys("客户导向 CRM系统"),
            vec!["客户", "户导", "导向", "crm", "系统"]
        );
        assert_eq!(keys("谈"), vec!["谈"]);
    }

    #[test]
    fn index_lists_documents_per_key() {
        let doc = |title: &str, section: &str, url: &str, text: &str| SearchDocument {
            kind: "page",
            title: title.into(),
            section: section.into(),
            url: url.into(),
            text: text.into(),
        };
        let docs = vec![
            doc("客户导向", "", "a.html", "及时回应客户"),
            doc("谈判", "回款", "b.html#x", "商务谈判"),
        ];
        let js = build(&docs, Language::ZhCn);
        assert!(js.starts_with("window.RUNGS_SEARCH="));
        for key in ["\"回款\":\"1\"", "\"客户\":\"0\"", "\"谈判\":\"1\""] {
            assert!(js.contains(key), "{key} in {js}");
        }
        assert!(
            js.contains(
                "\"pages\":[[\"page\",\"客户导向\",\"a.html\"],[\"page\",\"谈判\",\"b.html\"]]"
            ),
            "{js}"
        );
        assert!(
            js.contains("\"parts\":[[0,\"\",\"\",0],[1,\"x\",\"回款\",1]]"),
            "{js}"
        );
    }

    #[test]
    fn postings_are_base36_differences() {
        assert_eq!(deltas(&[3, 4, 14]), "3.1.a");
        assert_eq!(deltas(&[3, 4, 40]), "3.1.10");
        assert_eq!(deltas(&[0, 1296]), "0.100");
    }
}
