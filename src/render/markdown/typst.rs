//! Markdown for the PDFs: a tree of nodes, serialised into the data file, that the Typst
//! templates lay out with their `md` function (`themes/default/typst/common.typ`). Text stays
//! data: a `#`, `$`, `]` or `\` in content is a character in a string, never Typst markup.
//!
//! Raw HTML is always text here; links keep their target only when it is a web or mail
//! address; footnotes are placed at their reference; a soft line break between two Chinese
//! characters joins them (as a browser does), elsewhere it is a space.

use std::collections::HashMap;

use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag};
use serde::Serialize;

use super::is_cjk;

/// One node of the tree; `k` names its kind in the data file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "k", rename_all = "kebab-case")]
pub enum Node {
    Text {
        t: String,
    },
    Par {
        c: Vec<Node>,
    },
    Heading {
        level: u8,
        c: Vec<Node>,
    },
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Node>>,
    },
    Table {
        align: Vec<&'static str>,
        header: Vec<Vec<Node>>,
        rows: Vec<Vec<Vec<Node>>>,
    },
    Quote {
        c: Vec<Node>,
    },
    CodeBlock {
        t: String,
    },
    Rule,
    Strong {
        c: Vec<Node>,
    },
    Emph {
        c: Vec<Node>,
    },
    Strike {
        c: Vec<Node>,
    },
    Code {
        t: String,
    },
    Link {
        url: Option<String>,
        c: Vec<Node>,
    },
    Footnote {
        c: Vec<Node>,
    },
    Break,
}

/// What is being built: a container node and the children gathered so far.
enum Open {
    Root,
    Par,
    Heading(u8),
    List(bool, u64, Vec<Vec<Node>>),
    Item,
    Table(Vec<&'static str>, Vec<Vec<Node>>, Vec<Vec<Vec<Node>>>),
    Head,
    Row,
    Cell,
    Quote,
    Strong,
    Emph,
    Strike,
    Link(Option<String>),
    FootnoteDefinition(String),
    Code(String),
}

/// Converts Markdown into nodes. Headings are renumbered so the shallowest is 1 (a page that
/// starts at `##` has no empty level above it); the template places them below the section
/// they appear in.
pub fn to_nodes(markdown: &str) -> Vec<Node> {
    let mut stack: Vec<(Open, Vec<Node>)> = vec![(Open::Root, Vec::new())];
    let mut footnotes: HashMap<String, Vec<Node>> = HashMap::new();
    let mut soft_break = false;
    for event in super::events(markdown, false) {
        match event {
            Event::Start(tag) => {
                let open = match tag {
                    Tag::Paragraph => Open::Par,
                    Tag::Heading { level, .. } => Open::Heading(heading_level(level)),
                    Tag::BlockQuote(_) => Open::Quote,
                    Tag::CodeBlock(_) => Open::Code(String::new()),
                    Tag::List(start) => Open::List(start.is_some(), start.unwrap_or(1), Vec::new()),
                    Tag::Item => Open::Item,
                    Tag::Table(alignments) => Open::Table(
                        alignments.iter().map(align).collect(),
                        Vec::new(),
                        Vec::new(),
                    ),
                    Tag::TableHead => Open::Head,
                    Tag::TableRow => Open::Row,
                    Tag::TableCell => Open::Cell,
                    Tag::Emphasis => Open::Emph,
                    Tag::Strong => Open::Strong,
                    Tag::Strikethrough => Open::Strike,
                    Tag::Link { dest_url, .. } => Open::Link(external(&dest_url)),
                    Tag::Image { .. } => Open::Link(None),
                    Tag::FootnoteDefinition(label) => Open::FootnoteDefinition(label.to_string()),
                    _ => Open::Par,
                };
                stack.push((open, Vec::new()));
                soft_break = false;
            }
            Event::End(_) => {
                let (open, children) = stack.pop().expect("balanced events");
                let parent = stack.last_mut().expect("a root below every tag");
                if let Some(node) = close(open, children, parent, &mut footnotes) {
                    parent.1.push(node);
                }
                soft_break = false;
            }
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => {
                let top = stack.last_mut().expect("root");
                if let Open::Code(code) = &mut top.0 {
                    code.push_str(&t);
                } else {
                    push_text(&mut top.1, &t, std::mem::take(&mut soft_break));
                }
            }
            Event::Code(t) => stack
                .last_mut()
                .expect("root")
                .1
                .push(Node::Code { t: t.to_string() }),
            Event::SoftBreak => soft_break = true,
            Event::HardBreak => stack.last_mut().expect("root").1.push(Node::Break),
            Event::Rule => stack.last_mut().expect("root").1.push(Node::Rule),
            Event::FootnoteReference(label) => {
                stack.last_mut().expect("root").1.push(Node::Footnote {
                    c: vec![Node::Text {
                        t: format!("\u{0}{label}"),
                    }],
                })
            }
            _ => {}
        }
    }
    let (_, mut root) = stack.pop().expect("root");
    resolve_footnotes(&mut root, &footnotes);
    let shallowest = root
        .iter()
        .filter_map(|n| match n {
            Node::Heading { level, .. } => Some(*level),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    for node in &mut root {
        if let Node::Heading { level, .. } = node {
            *level -= shallowest - 1;
        }
    }
    root
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

fn align(a: &Alignment) -> &'static str {
    match a {
        Alignment::None | Alignment::Left => "left",
        Alignment::Center => "center",
        Alignment::Right => "right",
    }
}

/// Only web and mail links are kept as links in print.
fn external(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:"))
        .then(|| url.to_string())
}

/// Appends text, joining it with the text before: a soft break between two Chinese characters
/// disappears, elsewhere it is a space.
fn push_text(nodes: &mut Vec<Node>, text: &str, after_soft_break: bool) {
    if let Some(Node::Text { t }) = nodes.last_mut() {
        if after_soft_break {
            let joined =
                t.chars().last().is_some_and(is_cjk) && text.chars().next().is_some_and(is_cjk);
            if !joined {
                t.push(' ');
            }
        }
        t.push_str(text);
        return;
    }
    if after_soft_break && !nodes.is_empty() {
        nodes.push(Node::Text {
            t: format!(" {text}"),
        });
    } else {
        nodes.push(Node::Text {
            t: text.to_string(),
        });
    }
}

/// Turns a finished container into its node (or files it into its parent: list items, table
/// rows and cells, footnote definitions).
fn close(
    open: Open,
    c: Vec<Node>,
    parent: &mut (Open, Vec<Node>),
    footnotes: &mut HashMap<String, Vec<Node>>,
) -> Option<Node> {
    Some(match open {
        Open::Root => return None,
        Open::Par => Node::Par { c },
        Open::Heading(level) => Node::Heading { level, c },
        Open::Quote => Node::Quote { c },
        Open::Code(t) => Node::CodeBlock { t },
        Open::List(ordered, start, items) => Node::List {
            ordered,
            start,
            items,
        },
        Open::Item => {
            if let Open::List(_, _, items) = &mut parent.0 {
                items.push(c);
            }
            return None;
        }
        Open::Table(align, header, rows) => Node::Table {
            align,
            header,
            rows,
        },
        Open::Head => {
            // The head's cells were gathered as a row.
            if let Open::Table(_, header, _) = &mut parent.0 {
                *header = c.into_iter().map(cell_children).collect();
            }
            return None;
        }
        Open::Row => {
            if let Open::Table(_, _, rows) = &mut parent.0 {
                rows.push(c.into_iter().map(cell_children).collect());
            }
            return None;
        }
        Open::Cell => Node::Par { c },
        Open::Strong => Node::Strong { c },
        Open::Emph => Node::Emph { c },
        Open::Strike => Node::Strike { c },
        Open::Link(url) => Node::Link { url, c },
        Open::FootnoteDefinition(label) => {
            footnotes.insert(label, c);
            return None;
        }
    })
}

/// A table cell is gathered as a paragraph node; the table keeps its children.
fn cell_children(node: Node) -> Vec<Node> {
    match node {
        Node::Par { c } => c,
        other => vec![other],
    }
}

/// Puts each footnote's text where it is referenced.
fn resolve_footnotes(nodes: &mut [Node], footnotes: &HashMap<String, Vec<Node>>) {
    for node in nodes {
        match node {
            Node::Footnote { c } => {
                if let [Node::Text { t }] = c.as_slice()
                    && let Some(label) = t.strip_prefix('\u{0}')
                {
                    *c = footnotes.get(label).cloned().unwrap_or_default();
                    // A footnote is inline: a one-paragraph definition loses its paragraph.
                    if let [Node::Par { c: inner }] = c.as_slice() {
                        *c = inner.clone();
                    }
                }
                resolve_footnotes(c, footnotes);
            }
            Node::Par { c }
            | Node::Heading { c, .. }
            | Node::Quote { c }
            | Node::Strong { c }
            | Node::Emph { c }
            | Node::Strike { c }
            | Node::Link { c, .. } => resolve_footnotes(c, footnotes),
            Node::List { items, .. } => {
                for item in items {
                    resolve_footnotes(item, footnotes);
                }
            }
            Node::Table { header, rows, .. } => {
                for cell in header.iter_mut().chain(rows.iter_mut().flatten()) {
                    resolve_footnotes(cell, footnotes);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Node::*;
    use super::*;

    fn text(t: &str) -> Node {
        Text { t: t.into() }
    }

    #[test]
    fn headings_paragraphs_and_emphasis() {
        assert_eq!(
            to_nodes("# 标准的结构\n\n正文 *强调* 和 **加粗**，~~删除~~ `代码`"),
            vec![
                Heading {
                    level: 1,
                    c: vec![text("标准的结构")]
                },
                Par {
                    c: vec![
                        text("正文 "),
                        Emph {
                            c: vec![text("强调")]
                        },
                        text(" 和 "),
                        Strong {
                            c: vec![text("加粗")]
                        },
                        text("，"),
                        Strike {
                            c: vec![text("删除")]
                        },
                        text(" "),
                        Code { t: "代码".into() },
                    ]
                },
            ]
        );
    }

    #[test]
    fn the_shallowest_heading_becomes_level_one() {
        let levels: Vec<u8> = to_nodes("## 目的\n\n### 细则\n\n## 范围")
            .iter()
            .filter_map(|n| match n {
                Heading { level, .. } => Some(*level),
                _ => None,
            })
            .collect();
        assert_eq!(levels, [1, 2, 1]);
    }

    #[test]
    fn nested_ordered_and_unordered_lists() {
        let nodes = to_nodes("3. 第三条\n4. 第四条\n   - 甲\n   - 乙\n");
        let List {
            ordered,
            start,
            items,
        } = &nodes[0]
        else {
            panic!("{nodes:?}")
        };
        assert!(*ordered);
        assert_eq!(*start, 3);
        assert_eq!(items.len(), 2);
        assert_eq!(items[0], vec![text("第三条")]);
        assert_eq!(
            items[1][1],
            List {
                ordered: false,
                start: 1,
                items: vec![vec![text("甲")], vec![text("乙")]]
            }
        );
    }

    #[test]
    fn tables_keep_their_header_and_alignment() {
        let nodes =
            to_nodes("| 部分 | 内容 |\n|:---|---:|\n| 基本条件 | 学历 |\n| 能力 | 行为 |\n");
        assert_eq!(
            nodes,
            vec![Table {
                align: vec!["left", "right"],
                header: vec![vec![text("部分")], vec![text("内容")]],
                rows: vec![
                    vec![vec![text("基本条件")], vec![text("学历")]],
                    vec![vec![text("能力")], vec![text("行为")]],
                ],
            }]
        );
    }

    #[test]
    fn footnotes_links_quotes_code_and_breaks() {
        let nodes = to_nodes(
            "见[手册](https://example.com)与[本地](x.html)[^1]\n\n> 引用\n\n```\nlet x = 1;\n```\n\n---\n\n[^1]: 脚注内容\n",
        );
        assert_eq!(
            nodes[0],
            Par {
                c: vec![
                    text("见"),
                    Link {
                        url: Some("https://example.com".into()),
                        c: vec![text("手册")]
                    },
                    text("与"),
                    Link {
                        url: None,
                        c: vec![text("本地")]
                    },
                    Footnote {
                        c: vec![text("脚注内容")]
                    },
                ]
            }
        );
        assert_eq!(
            nodes[1],
            Quote {
                c: vec![Par {
                    c: vec![text("引用")]
                }]
            }
        );
        assert_eq!(
            nodes[2],
            CodeBlock {
                t: "let x = 1;\n".into()
            }
        );
        assert_eq!(nodes[3], Rule);
        assert_eq!(
            nodes.len(),
            4,
            "the footnote definition is not printed again"
        );
    }

    #[test]
    fn soft_breaks_join_chinese_lines_and_space_latin_ones() {
        assert_eq!(
            to_nodes("第一行\n第二行"),
            vec![Par {
                c: vec![text("第一行第二行")]
            }]
        );
        assert_eq!(
            to_nodes("one\ntwo"),
            vec![Par {
                c: vec![text("one two")]
            }]
        );
    }

    #[test]
    fn hostile_text_stays_text() {
        let hostile = "#panic(\"x\") $z$ ] \\ <script>alert(1)</script>";
        let json = serde_json::to_string(&to_nodes(hostile)).unwrap();
        for piece in ["#panic", "$z$", "]", "<script>alert(1)</script>"] {
            assert!(json.contains(piece), "{piece} kept as text: {json}");
        }
        assert!(
            json.starts_with("[{\"k\":\"par\",\"c\":[{\"k\":\"text\""),
            "{json}"
        );
    }
}
