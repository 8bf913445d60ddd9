//! Layout rules checked on Typst's laid-out pages, not on pixels: where each line of body text
//! sits, and where the templates' markers (`mark(…)` in `common.typ`: headings, level starts,
//! sheets, kept blocks) landed. Tests hold the handbook, the sheets and the reports to these
//! rules; a person reading the PDF would notice each of them.

use std::fmt;

use typst::foundations::{Label, Selector, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::layout::{Frame, FrameItem, Point};
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

/// The label the templates' markers carry.
const MARK: &str = "rungs-mark";

/// Two baselines closer than this (in points) are one line.
const SAME_LINE: f64 = 1.0;

/// What a document's pages hold, for the layout rules.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Per page (index 0 is page 1): the baselines of the body's text, top to bottom, in
    /// points from the top of the page. Running headers and footers are left out.
    pub lines: Vec<Vec<f64>>,
    /// Per page, its height in points.
    pub heights: Vec<f64>,
    /// The markers, in document order.
    pub marks: Vec<Mark>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub kind: String,
    /// A heading's level.
    pub level: Option<i64>,
    /// A `break` mark's number.
    pub id: Option<i64>,
    /// What a mark belongs to: a sheet's sequence.
    pub group: Option<String>,
    /// 1-based.
    pub page: usize,
    pub y: f64,
}

/// A broken rule, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub page: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "page {}: {}", self.page, self.message)
    }
}

impl Layout {
    pub fn of(document: &PagedDocument) -> Layout {
        let lines = document
            .pages()
            .iter()
            .map(|page| {
                let mut ys = Vec::new();
                match body(&page.frame) {
                    Some((origin, body)) => collect_lines(body, origin, &mut ys),
                    None => {
                        // Typst placed the body's items on the page itself: leave out the
                        // running header and footer, which sit in the margins.
                        let height = page.frame.height().to_pt();
                        collect_lines(&page.frame, Point::zero(), &mut ys);
                        ys.retain(|&y| y > height * 0.07 && y < height * 0.94);
                    }
                }
                ys.sort_by(f64::total_cmp);
                ys.dedup_by(|a, b| (*a - *b).abs() < SAME_LINE);
                ys
            })
            .collect();
        let heights = document
            .pages()
            .iter()
            .map(|page| page.frame.height().to_pt())
            .collect();
        let introspector = document.introspector();
        let label = Label::new(PicoStr::intern(MARK)).expect("a valid label");
        let marks = introspector
            .query(&Selector::Label(label))
            .iter()
            .filter_map(|content| {
                let value = &content.to_packed::<MetadataElem>()?.value;
                let Value::Dict(dict) = value else {
                    return None;
                };
                let kind = match dict.get("kind").ok()? {
                    Value::Str(s) => s.to_string(),
                    _ => return None,
                };
                let int = |key: &str| match dict.get(key) {
                    Ok(Value::Int(n)) => Some(*n),
                    _ => None,
                };
                let position = introspector.position(content.location()?)?;
                Some(Mark {
                    kind,
                    level: int("level"),
                    id: int("id"),
                    group: match dict.get("group") {
                        Ok(Value::Str(s)) => Some(s.to_string()),
                        _ => None,
                    },
                    page: position.page.get(),
                    y: position.point.y.to_pt(),
                })
            })
            .collect();
        Layout {
            lines,
            heights,
            marks,
        }
    }

    pub fn page_count(&self) -> usize {
        self.lines.len()
    }

    /// Lines of body text on `page` strictly between `from` and `to` (points from the top).
    pub(crate) fn lines_between(&self, page: usize, from: f64, to: f64) -> usize {
        self.lines[page - 1]
            .iter()
            .filter(|&&y| y > from + SAME_LINE && y < to - SAME_LINE)
            .count()
    }

    /// The baseline of the first line at or below `y` on `page`.
    fn first_line_below(&self, page: usize, y: f64) -> Option<f64> {
        self.lines[page - 1]
            .iter()
            .copied()
            .find(|&l| l > y - SAME_LINE)
    }

    /// Headings followed on their page by fewer than `min` lines of their own content while
    /// that content goes on over the page (a heading alone at the foot of a page, or with a
    /// line or two under it). Content shorter than `min` lines must stay whole with it.
    pub fn stranded_headings(&self, min: usize) -> Vec<Problem> {
        let headings: Vec<&Mark> = self.marks.iter().filter(|m| m.kind == "heading").collect();
        let mut problems = Vec::new();
        for (i, h) in headings.iter().enumerate() {
            let Some(baseline) = self.first_line_below(h.page, h.y) else {
                problems.push(Problem {
                    page: h.page,
                    message: "a heading with nothing under it on its page".into(),
                });
                continue;
            };
            let next = headings.get(i + 1);
            // Where this heading's content ends: the next heading, or the end of the document.
            let (end_page, end_y) = next.map_or((self.page_count(), f64::MAX), |n| (n.page, n.y));
            if end_page == h.page {
                continue;
            }
            // A short introduction at a page's foot whose first sub-section starts over the
            // page: the heading is cut off from what it heads.
            let child_over_page = next.is_some_and(|n| n.level > h.level && n.page > h.page);
            if child_over_page && self.lines_between(h.page, baseline, f64::MAX) < min {
                problems.push(Problem {
                    page: h.page,
                    message: "a heading whose first sub-section starts on the next page".into(),
                });
                continue;
            }
            let on_page = self.lines_between(h.page, baseline, f64::MAX);
            let mut total = on_page;
            for page in h.page + 1..=end_page {
                let to = if page == end_page { end_y } else { f64::MAX };
                total += self.lines_between(page, f64::MIN, to);
            }
            if on_page < min.min(total) {
                problems.push(Problem {
                    page: h.page,
                    message: format!(
                        "a heading followed by {on_page} line(s) of its content before the page ends ({total} in all)"
                    ),
                });
            }
        }
        problems
    }

    /// Markers of `kind` that are not the first thing on their page.
    pub fn not_starting_a_page(&self, kind: &str) -> Vec<Problem> {
        self.marks
            .iter()
            .filter(|m| m.kind == kind)
            .filter(|m| {
                self.lines[m.page - 1]
                    .first()
                    .is_some_and(|&first| first < m.y - SAME_LINE)
            })
            .map(|m| Problem {
                page: m.page,
                message: format!("`{kind}` does not start its page"),
            })
            .collect()
    }

    /// Spans from a `start` marker to the next `end` marker that cross a page break.
    pub fn split_across_pages(&self, start: &str, end: &str) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut open: Option<&Mark> = None;
        for m in &self.marks {
            if m.kind == start {
                open = Some(m);
            } else if m.kind == end
                && let Some(s) = open.take()
                && s.page != m.page
            {
                problems.push(Problem {
                    page: s.page,
                    message: format!(
                        "`{start}` … `{end}` runs from page {} to page {}",
                        s.page, m.page
                    ),
                });
            }
        }
        problems
    }
}

impl Layout {
    /// How much of `page`'s height its body text spans, first baseline to last, as a share
    /// (0 for a page without text).
    pub fn span(&self, page: usize) -> f64 {
        let lines = &self.lines[page - 1];
        match (lines.first(), lines.last()) {
            (Some(first), Some(last)) => (last - first) / self.heights[page - 1],
            _ => 0.0,
        }
    }

    /// Where `page`'s body text ends, as a share of the page's height from its top.
    pub fn reach(&self, page: usize) -> f64 {
        self.lines[page - 1]
            .last()
            .map_or(0.0, |last| last / self.heights[page - 1])
    }

    /// Pages but the last whose body text spans less than `share` of the page: a page holding
    /// only a table's tail or a few lines while the rest of it is blank.
    pub fn sparse_pages(&self, share: f64) -> Vec<Problem> {
        (1..self.page_count())
            .filter(|&page| self.span(page) < share)
            .map(|page| Problem {
                page,
                message: format!(
                    "its body spans {:.0} % of the page",
                    self.span(page) * 100.0
                ),
            })
            .collect()
    }

    /// Markers of `kind` with fewer than `min` lines of body text above them on their page (a
    /// signature block alone on the last page, say).
    pub fn alone_on_page(&self, kind: &str, min: usize) -> Vec<Problem> {
        self.marks
            .iter()
            .filter(|m| m.kind == kind)
            .filter(|m| self.lines_between(m.page, f64::MIN, m.y) < min)
            .map(|m| Problem {
                page: m.page,
                message: format!("`{kind}` stands alone on its page"),
            })
            .collect()
    }
}

/// The page's body. A page with a running header or footer usually holds three groups
/// (header, body, footer), the body by far the tallest; otherwise Typst places the body's items
/// on the page itself.
fn body(page: &Frame) -> Option<(Point, &Frame)> {
    page.items()
        .filter_map(|(point, item)| match item {
            FrameItem::Group(group) => Some((*point, &group.frame)),
            _ => None,
        })
        .max_by(|a, b| a.1.height().to_pt().total_cmp(&b.1.height().to_pt()))
        .filter(|(_, frame)| frame.height().to_pt() > page.height().to_pt() / 2.0)
}

fn collect_lines(frame: &Frame, origin: Point, out: &mut Vec<f64>) {
    for (point, item) in frame.items() {
        let at = origin + *point;
        match item {
            // A rotated or scaled group (the draft watermark across a page) is not a line of
            // the body.
            FrameItem::Group(group) if !group.transform.is_only_translate() => {}
            FrameItem::Group(group) => {
                let offset = Point::new(group.transform.tx, group.transform.ty);
                collect_lines(&group.frame, at + offset, out);
            }
            FrameItem::Text(text) if !text.glyphs.is_empty() => out.push(at.y.to_pt()),
            _ => {}
        }
    }
}
