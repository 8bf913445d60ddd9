//! Markdown for the site (HTML), the PDFs (a tree of nodes the Typst templates lay out, in
//! `typst`) and the search index (plain text), from one parse.
//!
//! Raw HTML in content is turned into text unless the settings opt in, so nothing an author
//! (or an attacker who edits a YAML field) writes can become script. CommonMark does not let
//! `**` close after CJK punctuation (`**注意：**正文`); the released pulldown-cmark has no
//! CJK-friendly option yet, so unmatched `**` pairs left as text are paired up here.

mod headings;
pub mod typst;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

pub use headings::{HeadingIds, Section};

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH
}

/// True for Chinese (CJK ideograph) characters, which run on without spaces.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

/// The parsed events, with raw HTML turned into text (unless `raw_html`), script links
/// disarmed, and CJK emphasis paired.
fn events(markdown: &str, raw_html: bool) -> Vec<Event<'_>> {
    cjk_strong(
        Parser::new_ext(markdown, options())
            .map(|e| neutralise(e, raw_html))
            .collect(),
    )
}

/// Renders a Markdown block (paragraphs, lists, tables …) to HTML.
pub fn to_html(markdown: &str, raw_html: bool) -> String {
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events(markdown, raw_html).into_iter());
    out
}

/// A Markdown page as HTML whose headings carry stable, unique ids (Chinese kept) and a
/// permalink, with the page's sections for the search index.
pub fn page_html(markdown: &str, raw_html: bool, ids: &mut HeadingIds) -> (String, Vec<Section>) {
    let (events, sections) = headings::with_ids(events(markdown, raw_html), ids);
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    (out, sections)
}

/// Renders one line of Markdown without the surrounding `<p>`.
pub fn to_inline_html(markdown: &str, raw_html: bool) -> String {
    let html = to_html(markdown, raw_html);
    let trimmed = html.trim_end();
    match trimmed
        .strip_prefix("<p>")
        .and_then(|s| s.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => html,
    }
}

/// The text of a Markdown document, for search and for the PDFs' plain fields.
pub fn to_plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                out.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_) | TagEnd::TableCell,
            ) => out.push(' '),
            _ => {}
        }
    }
    out.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("**", "")
}

fn neutralise(event: Event<'_>, raw_html: bool) -> Event<'_> {
    match event {
        Event::Html(t) | Event::InlineHtml(t) if !raw_html => Event::Text(t),
        // Links may not run script, whatever the settings.
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) if is_script_url(&dest_url) => Event::Start(Tag::Link {
            link_type,
            dest_url: CowStr::from("#"),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) if is_script_url(&dest_url) => Event::Start(Tag::Image {
            link_type,
            dest_url: CowStr::from("#"),
            title,
            id,
        }),
        e => e,
    }
}

fn is_script_url(url: &str) -> bool {
    let lower: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    lower.starts_with("javascript:")
        || lower.starts_with("vbscript:")
        || lower.starts_with("data:text/html")
}

/// Pairs `**` delimiters that CommonMark left as text inside one run of text (the CJK case).
fn cjk_strong(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<Event>| {
        if run.is_empty() {
            return;
        }
        let parts: Vec<&str> = run.split("**").collect();
        if parts.len() >= 3 && parts.len() % 2 == 1 {
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    out.push(if i % 2 == 1 {
                        Event::Start(Tag::Strong)
                    } else {
                        Event::End(TagEnd::Strong)
                    });
                }
                if !part.is_empty() {
                    out.push(Event::Text(CowStr::from(part.to_string())));
                }
            }
        } else {
            out.push(Event::Text(CowStr::from(std::mem::take(run))));
        }
        run.clear();
    };
    for event in events {
        match event {
            Event::Text(t) => run.push_str(&t),
            other => {
                flush(&mut run, &mut out);
                out.push(other);
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_emphasis_renders_bold() {
        assert_eq!(
            to_inline_html("**注意：**正文", false),
            "<strong>注意：</strong>正文"
        );
        assert_eq!(
            to_inline_html("普通 **加粗** 文字", false),
            "普通 <strong>加粗</strong> 文字"
        );
    }

    #[test]
    fn raw_html_and_script_links_stay_text() {
        let html = to_html(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>",
            false,
        );
        assert!(
            !html.contains("<script") && !html.contains("<img"),
            "{html}"
        );
        assert!(html.contains("&lt;script&gt;"));
        let link = to_html("[x](javascript:alert(1))", true);
        assert!(!link.contains("javascript:"), "{link}");
        assert!(to_html("<b>ok</b>", true).contains("<b>ok</b>"));
    }

    #[test]
    fn tables_footnotes_strikethrough() {
        let html = to_html(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~旧~~ 注[^1]\n\n[^1]: 脚注",
            false,
        );
        assert!(
            html.contains("<table>") && html.contains("<del>旧</del>") && html.contains("footnote")
        );
    }

    #[test]
    fn plain_text() {
        assert_eq!(
            to_plain_text("# 标题\n\n**注意：**正文 `code`"),
            "标题 注意：正文 code"
        );
    }
}
