//! The client-side search index: documents (title, URL, plain text) and an inverted index of
//! character bigrams for Chinese and lowercase words for Latin text, so 客户导向, 谈判 or 回款
//! are found inside running Chinese text, which has no spaces to split on.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::render::markdown::is_cjk;

pub struct SearchDocument {
    pub title: String,
    /// Relative to the site root.
    pub url: String,
    pub text: String,
}

#[derive(Serialize)]
struct Index<'a> {
    docs: Vec<(&'a str, &'a str, &'a str)>,
    grams: BTreeMap<String, Vec<u32>>,
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

/// The index as a script that sets `window.RUNGS_SEARCH` (a script, not JSON, so search also
/// works when the site is opened from disk, where browsers refuse to fetch files).
pub fn build(documents: &[SearchDocument]) -> String {
    let mut grams: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for (i, doc) in documents.iter().enumerate() {
        let mut doc_keys = keys(&doc.title);
        doc_keys.extend(keys(&doc.text));
        doc_keys.sort();
        doc_keys.dedup();
        for key in doc_keys {
            grams.entry(key).or_default().push(i as u32);
        }
    }
    let index = Index {
        docs: documents
            .iter()
            .map(|d| (d.title.as_str(), d.url.as_str(), d.text.as_str()))
            .collect(),
        grams,
    };
    let json = serde_json::to_string(&index).expect("index serialises");
    format!("window.RUNGS_SEARCH={};\n", json.replace("</", "<\\/"))
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
        let docs = vec![
            SearchDocument {
                title: "客户导向".into(),
                url: "a.html".into(),
                text: "及时回应客户".into(),
            },
            SearchDocument {
                title: "谈判".into(),
                url: "b.html".into(),
                text: "商务谈判与回款".into(),
            },
        ];
        let js = build(&docs);
        assert!(js.starts_with("window.RUNGS_SEARCH="));
        assert!(
            js.contains("\"回款\":[1]")
                && js.contains("\"客户\":[0]")
                && js.contains("\"谈判\":[1]"),
            "{js}"
        );
    }
}
