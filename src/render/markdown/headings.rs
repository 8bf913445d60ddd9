//! Heading ids for Markdown pages: a slug of the heading's text (letters and digits of any
//! script kept, so Chinese headings keep their words), unique on the page, with a permalink
//! after the text; and the sections the headings open, for the search index.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

/// The ids already used on a page (the layout's own, then each heading's).
#[derive(Debug, Default, Clone)]
pub struct HeadingIds {
    used: HashSet<String>,
}

impl HeadingIds {
    /// Ids the layout itself uses, which headings must not take.
    pub fn reserving(ids: &[&str]) -> HeadingIds {
        HeadingIds {
            used: ids.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// A stable id for `text`, unique among those handed out so far.
    pub fn claim(&mut self, text: &str) -> String {
        let base = slug(text);
        let mut id = base.clone();
        let mut n = 2;
        while !self.used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}

/// Lowercase letters and digits (any script), words joined by `-`; `section` when nothing is
/// left.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else if c.is_whitespace() || c == '-' || c == '_' {
            dash = true;
        }
    }
    if out.is_empty() {
        "section".into()
    } else {
        out
    }
}

/// A part of a page under one heading: its id, its title and its text (for search).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// `None` for the text before the first heading.
    pub id: Option<String>,
    pub title: String,
    pub text: String,
}

/// Gives each heading an id and a permalink; returns the events and the page's sections.
pub(super) fn with_ids<'a>(
    events: Vec<Event<'a>>,
    ids: &mut HeadingIds,
) -> (Vec<Event<'a>>, Vec<Section>) {
    let mut out = Vec::with_capacity(events.len() + 8);
    let mut sections = vec![Section {
        id: None,
        title: String::new(),
        text: String::new(),
    }];
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => {
                let end = events[i..]
                    .iter()
                    .position(|e| matches!(e, Event::End(TagEnd::Heading(_))))
                    .map_or(events.len(), |p| i + p);
                let title = plain(&events[i + 1..end]);
                let id = ids.claim(&title);
                out.push(Event::Start(Tag::Heading {
                    level: *level,
                    id: Some(CowStr::from(id.clone())),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                }));
                out.extend(events[i + 1..end].iter().cloned());
                // The permalink: built as markup from the id alone, which is letters, digits
                // and dashes, so nothing from content is pasted in unescaped.
                out.push(Event::InlineHtml(CowStr::from(format!(
                    " <a class=\"permalink\" href=\"#{id}\" aria-hidden=\"true\" tabindex=\"-1\">#</a>"
                ))));
                if end < events.len() {
                    out.push(events[end].clone());
                }
                sections.push(Section {
                    id: Some(id),
                    title,
                    text: String::new(),
                });
                i = end + 1;
                continue;
            }
            Event::Text(t) | Event::Code(t) => {
                let section = sections.last_mut().expect("one section");
                section.text.push_str(t);
            }
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell) => {
                sections.last_mut().expect("one section").text.push(' ');
            }
            _ => {}
        }
        out.push(events[i].clone());
        i += 1;
    }
    for s in &mut sections {
        s.text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    sections.retain(|s| s.id.is_some() || !s.text.is_empty());
    (out, sections)
}

fn plain(events: &[Event]) -> String {
    let mut out = String::new();
    for e in events {
        if let Event::Text(t) | Event::Code(t) = e {
            out.push_str(t);
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_chinese_and_are_unique() {
        assert_eq!(slug("标准的结构"), "标准的结构");
        assert_eq!(slug("Scope & Use of rungs!"), "scope-use-of-rungs");
        assert_eq!(slug("第一条 适用范围"), "第一条-适用范围");
        assert_eq!(slug("？！"), "section");
        let mut ids = HeadingIds::reserving(&["main"]);
        assert_eq!(ids.claim("Main"), "main-2");
        assert_eq!(ids.claim("附则"), "附则");
        assert_eq!(ids.claim("附则"), "附则-2");
    }
}
