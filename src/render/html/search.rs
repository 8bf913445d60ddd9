//! The client-side search index: one document per section of every page (a level's
//! conditions, each required competency with its behaviours, each graded level of a
//! competency, each heading of a Markdown page …), so a result links to the section it was
//! found in. Keys are character bigrams for Chinese and lowercase words for Latin text, so
//! 客户导向, 谈判 or 回款 are found inside running Chinese text, which has no spaces.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use serde::Serialize;

use super::views::{self, SearchKind};
use crate::model::{Language, Standard};
use crate::render::markdown::is_cjk;
use crate::urls::{self, SitePage};

pub struct SearchDocument {
    pub kind: SearchKind,
    /// The page's title.
    pub title: String,
    /// The section's title, empty for a page's opening text.
    pub section: String,
    /// Relative to the site root, with the section's anchor.
    pub url: String,
    pub text: String,
}

/// Every section of every page worth finding: what each page's view says it holds
/// (`views::searchable`), over the pages the site renders.
pub fn documents(h: &Standard) -> Vec<SearchDocument> {
    let mut pages = urls::site_pages(h);
    pages.sort_by_key(|page| reading_order(*page));
    let mut docs = Vec::new();
    for page in pages {
        let Some(found) = views::searchable(page, h) else {
            continue;
        };
        // A kind left out of `ALL` would have no label: any build of a page of it stops here.
        assert!(
            SearchKind::ALL.contains(&found.kind),
            "SearchKind::ALL lacks {:?}",
            found.kind
        );
        let path = page.path(h);
        for section in found.sections {
            let url = match &section.anchor {
                Some(a) => format!("{}#{a}", path.as_str()),
                None => path.as_str().to_string(),
            };
            docs.push(SearchDocument {
                kind: found.kind,
                title: found.title.clone(),
                section: section.title,
                url,
                text: section.text,
            });
        }
    }
    docs
}

/// The order pages are indexed in (a page's number in the index is its place in it): each
/// sequence with its positions, then its levels each followed by the comparisons from it; then
/// the competencies, the dictionary, the Markdown pages, the scoring rules and the downloads.
/// Each sequence's sheets follow its levels. Pages the index
/// leaves out come last.
fn reading_order(page: SitePage) -> (u8, usize, u8, usize, usize) {
    match page {
        SitePage::Sequence(s) => (0, s, 0, 0, 0),
        SitePage::Position(s, p) => (0, s, 1, p, 0),
        SitePage::Level(s, l) => (0, s, 2, l, 0),
        // The higher level is above the lower one, so the level's own page comes first.
        SitePage::Compare(s, l, m) => (0, s, 2, l, m),
        // The sheets after the sequence's levels: a reader after a level finds its page first.
        SitePage::Sheet(s, l) => (0, s, 3, l, 0),
        SitePage::Competency(c) => (1, c, 0, 0, 0),
        SitePage::Dictionary => (2, 0, 0, 0, 0),
        SitePage::Page(p) => (3, p, 0, 0, 0),
        SitePage::Scoring => (4, 0, 0, 0, 0),
        SitePage::Downloads => (4, 1, 0, 0, 0),
        SitePage::Home | SitePage::Picker(_) | SitePage::NotFound => (5, 0, 0, 0, 0),
    }
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
            pages.push((doc.kind.id(), doc.title.as_str(), url));
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
        kinds: SearchKind::ALL
            .iter()
            .map(|k| (k.id(), lang.get(k.label_key())))
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
            kind: SearchKind::Page,
            title: title.into(),
            section: section.into(),
            url: url.into(),
            text: text.into(),
        };
        let docs = vec![
            doc("客户导向", "", "a.html", "及时回应客户"),
            doc("谈判", "回款", "b.html#x", "商务谈判"),
        ];
        let js = build(&docs, Language::zh_cn());
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
