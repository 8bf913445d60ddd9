//! The handbook as a Word document (`handbook.docx`), for OA approval (发文): the same data as
//! the handbook PDF (`pdf::handbook::data`), laid out in the national official-document style
//! (GB/T 9704): A4 with a 156 × 225 mm type area, body in 三号仿宋 at a fixed 28-point line,
//! titles in 小标宋 and headings in 黑体 and 楷体; East-Asian fonts named on every style, table
//! header rows repeated on every page and rows never split, a table of contents field, page
//! numbers in the footer, and no pictures: every text is text. Written with docx-rs; the same
//! standard gives the same bytes.

use docx_rs::{
    AlignmentType, BreakType, Docx, Footer, Header, HeightRule, LineSpacing, LineSpacingType,
    PageMargin, PageNum, Paragraph, Run, RunFonts, Style, StyleType, Table, TableCell,
    TableOfContents, TableOfContentsItem, TableRow, VAlignType, WidthType,
};

use super::pdf::handbook::{self, HandbookData, LevelData, RequirementData, SequenceData};
use super::{BuildInfo, RenderError};
use crate::model::Standard;
use crate::render::markdown::typst::Node;

/// Twips per millimetre.
const MM: f64 = 56.7;
/// Tables of at most this many lines (a row's tallest cell's paragraphs, summed) are kept on
/// one page: a third of a page of 小四 rows.
const KEEP_WHOLE_LINES: usize = 12;
/// The type area's width (156 mm), which tables span.
const TYPE_WIDTH: usize = 8845;
/// docx-rs 0.4 has no `w:tblHeader`: header rows carry this height (0.7 cm, at least) and
/// get the element added once the document is written (`patch`).
const HEADER_ROW_HEIGHT: f32 = 397.0;

const FANGSONG: &str = "仿宋";
const HEITI: &str = "黑体";
const KAITI: &str = "楷体";
const TITLE_FACE: &str = "方正小标宋简体";
const LATIN: &str = "Times New Roman";

/// Half-points: 二号 22 pt, 小二 18 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt.
const ERHAO: usize = 44;
const XIAOER: usize = 36;
const SANHAO: usize = 32;
const SIHAO: usize = 28;
const XIAOSI: usize = 24;
const WUHAO: usize = 21;

fn fonts(east_asia: &str) -> RunFonts {
    RunFonts::new()
        .east_asia(east_asia)
        .ascii(LATIN)
        .hi_ansi(LATIN)
        .cs(LATIN)
}

fn exact(points: usize) -> LineSpacing {
    LineSpacing::new()
        .line(points as i32 * 20)
        .line_rule(LineSpacingType::Exact)
}

/// The styles every paragraph names: body, the three heading levels (with their outline
/// levels, which the contents field reads), the title, table text and table headers.
fn styles(docx: Docx) -> Docx {
    let heading = |id: &str, face: &str, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(format!("heading {}", level + 1))
            .based_on("Normal")
            .next("Normal")
            .fonts(fonts(face))
            .size(SANHAO)
            .outline_lvl(level)
            .line_spacing(exact(28))
    };
    // The body (Normal) takes the document defaults: docx-rs writes a bare Normal style of
    // its own, which `patch_styles` gives the same face.
    docx.default_fonts(fonts(FANGSONG))
        .default_size(SANHAO)
        .default_line_spacing(exact(28))
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .fonts(fonts(TITLE_FACE))
                .size(ERHAO)
                .align(AlignmentType::Center)
                .line_spacing(exact(36)),
        )
        .add_style(heading("Heading1", HEITI, 0).size(XIAOER).bold())
        // The revision record's and the contents' titles: a chapter's look, no outline level,
        // so a contents rebuilt by Word does not list them.
        .add_style(
            Style::new("Unlisted", StyleType::Paragraph)
                .name("Unlisted Heading")
                .based_on("Normal")
                .next("Normal")
                .fonts(fonts(HEITI))
                .size(XIAOER)
                .bold()
                .line_spacing(exact(28)),
        )
        .add_style(heading("Heading2", KAITI, 1).bold())
        .add_style(heading("Heading3", FANGSONG, 2).bold())
        .add_style(
            Style::new("TableText", StyleType::Paragraph)
                .name("Table Text")
                .based_on("Normal")
                .fonts(fonts(FANGSONG))
                .size(XIAOSI)
                .line_spacing(exact(20))
                .align(AlignmentType::Left),
        )
        .add_style(
            Style::new("TableHeader", StyleType::Paragraph)
                .name("Table Header")
                .based_on("TableText")
                .fonts(fonts(HEITI))
                .size(XIAOSI)
                .align(AlignmentType::Center),
        )
        .add_style(toc_style("ToC1", 0))
        .add_style(toc_style("ToC2", 1))
        .add_style(toc_style("ToC3", 2))
        .add_style(
            Style::new("Note", StyleType::Paragraph)
                .name("Note")
                .based_on("Normal")
                .fonts(fonts(FANGSONG))
                .size(SIHAO)
                .line_spacing(exact(24)),
        )
}

/// A contents entry's style: indented by its level, the page number at the right margin.
fn toc_style(id: &str, level: i32) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(format!("toc {}", level + 1))
        .based_on("Normal")
        .fonts(fonts(FANGSONG))
        .size(SIHAO)
        .line_spacing(exact(26))
        .indent(Some(level * 420), None, None, None)
}

/// One block of the body, in order.
enum Block {
    Par(Box<Paragraph>),
    Table(Box<Table>),
    Contents(Box<TableOfContents>),
}

/// The document being written, block by block, with the numbering of its headings.
struct Writer<'d> {
    t: &'d std::collections::BTreeMap<&'static str, &'static str>,
    blocks: Vec<Block>,
    /// (chapter, section): the numbers the next headings take.
    chapter: usize,
    section: usize,
    subsection: usize,
    /// The next table's last row is kept with what follows it (a level's scoring with its
    /// contributions, which end the level).
    chain_next: bool,
    /// The contents' entries: (level 1–3, text).
    contents: Vec<(usize, String)>,
}

impl<'d> Writer<'d> {
    fn t(&self, key: &str) -> &'static str {
        self.t.get(key).copied().unwrap_or_default()
    }

    /// A table's header row from its words' keys.
    fn head(&self, keys: &[&str]) -> Vec<String> {
        keys.iter().map(|k| self.t(k).to_string()).collect()
    }

    fn par(&mut self, p: Paragraph) {
        self.blocks.push(Block::Par(Box::new(p)));
    }

    fn text(&mut self, text: &str) {
        self.par(
            Paragraph::new()
                .align(AlignmentType::Both)
                .first_line_chars(200)
                .add_run(Run::new().add_text(text)),
        );
    }

    fn heading(&mut self, level: usize, text: &str, new_page: bool) {
        let number = match level {
            1 => {
                self.chapter += 1;
                self.section = 0;
                format!("{}　", self.chapter)
            }
            2 => {
                self.section += 1;
                self.subsection = 0;
                format!("{}.{}　", self.chapter, self.section)
            }
            _ => {
                self.subsection += 1;
                format!("{}.{}.{}　", self.chapter, self.section, self.subsection)
            }
        };
        self.unnumbered(level, &format!("{number}{text}"), new_page);
    }

    /// A heading, bookmarked for the contents' page references.
    fn unnumbered(&mut self, level: usize, text: &str, new_page: bool) {
        let id = self.contents.len() + 1;
        self.contents.push((level, text.to_string()));
        self.par(
            Paragraph::new()
                .style(&format!("Heading{level}"))
                .keep_next(true)
                .page_break_before(new_page)
                .add_bookmark_start(id, toc_key(id))
                .add_run(Run::new().add_text(text))
                .add_bookmark_end(id),
        );
    }

    /// A small note that leads into what follows (a table's legend), kept with it.
    fn note(&mut self, text: &str) {
        self.par(
            Paragraph::new()
                .style("Note")
                .keep_next(true)
                .add_run(Run::new().add_text(text)),
        );
    }

    /// A line of body text kept with what follows it ("关键点：" above its list).
    fn lead(&mut self, text: &str) {
        self.par(
            Paragraph::new()
                .align(AlignmentType::Both)
                .first_line_chars(200)
                .keep_next(true)
                .add_run(Run::new().add_text(text)),
        );
    }

    fn subhead(&mut self, text: &str) {
        self.par(
            Paragraph::new()
                .style("Heading3")
                .keep_next(true)
                .add_run(Run::new().add_text(text)),
        );
    }

    /// Markdown blocks: paragraphs, lists, tables, quotes; headings as unnumbered level-3
    /// headings.
    fn markdown(&mut self, nodes: &[Node]) {
        for node in nodes {
            match node {
                Node::Par { c } => self.par(
                    Paragraph::new()
                        .align(AlignmentType::Both)
                        .first_line_chars(200)
                        .add_runs(inline(c, false)),
                ),
                Node::Heading { c, .. } => self.subhead(&plain(c)),
                Node::List {
                    ordered,
                    start,
                    items,
                } => self.list(*ordered, *start, items),
                Node::Table { header, rows, .. } => {
                    let head: Vec<String> = header.iter().map(|c| plain(c)).collect();
                    let body: Vec<Vec<Vec<Paragraph>>> = rows
                        .iter()
                        .map(|r| r.iter().map(|c| vec![cell_par(inline(c, false))]).collect())
                        .collect();
                    self.table(&head, body, None);
                }
                Node::Quote { c } => self.markdown(c),
                Node::CodeBlock { t } => {
                    for line in t.lines() {
                        self.par(
                            Paragraph::new()
                                .style("Note")
                                .keep_next(true)
                                .add_run(Run::new().add_text(line)),
                        );
                    }
                }
                Node::Rule => {}
                inline_node => self.par(
                    Paragraph::new()
                        .first_line_chars(200)
                        .add_runs(inline(std::slice::from_ref(inline_node), false)),
                ),
            }
        }
    }

    /// A list: each entry a paragraph with a hanging mark (1. 2. or ·).
    fn list(&mut self, ordered: bool, start: u64, items: &[Vec<Node>]) {
        for (i, item) in items.iter().enumerate() {
            let mark = if ordered {
                format!("{}. ", start + i as u64)
            } else {
                "· ".to_string()
            };
            let nodes = unwrap_par(item);
            self.par(
                Paragraph::new()
                    .indent(
                        Some(640),
                        Some(docx_rs::SpecialIndentType::Hanging(320)),
                        None,
                        None,
                    )
                    .add_run(Run::new().add_text(mark))
                    .add_runs(inline(nodes, false)),
            );
        }
    }

    /// A table spanning the type area: a header row repeated on every page, rows kept whole.
    /// `widths` in shares of the width (default: equal).
    fn table(&mut self, head: &[String], rows: Vec<Vec<Vec<Paragraph>>>, widths: Option<&[usize]>) {
        let columns = head.len().max(1);
        let grid: Vec<usize> = match widths {
            Some(w) => {
                let sum: usize = w.iter().sum();
                w.iter().map(|x| TYPE_WIDTH * x / sum.max(1)).collect()
            }
            None => vec![TYPE_WIDTH / columns; columns],
        };
        // A short table stays whole (its heading comes along by its own keep-with-next): no
        // table tail, and no heading over one row, alone on a page.
        let lines: usize = rows
            .iter()
            .map(|r| r.iter().map(Vec::len).max().unwrap_or(1))
            .sum();
        let whole = lines <= KEEP_WHOLE_LINES;
        // Each row but the last kept with the next: the table stays whole, and is not chained
        // to what follows it.
        let count = rows.len();
        let chained = std::mem::take(&mut self.chain_next);
        let cell = |paragraphs: Vec<Paragraph>, width: usize, keep: bool| {
            paragraphs
                .into_iter()
                .map(|p| if keep { p.keep_next(true) } else { p })
                .fold(TableCell::new(), TableCell::add_paragraph)
                .width(width, WidthType::Dxa)
                .vertical_align(VAlignType::Center)
        };
        let header = TableRow::new(
            head.iter()
                .zip(&grid)
                .map(|(h, w)| {
                    cell(
                        vec![
                            Paragraph::new()
                                .style("TableHeader")
                                .add_run(Run::new().add_text(h)),
                        ],
                        *w,
                        whole && count > 0,
                    )
                    .shading(docx_rs::Shading::new().fill("F2F2F2"))
                })
                .collect(),
        )
        .row_height(HEADER_ROW_HEIGHT)
        .height_rule(HeightRule::AtLeast)
        .cant_split();
        let mut table_rows = vec![header];
        for (i, row) in rows.into_iter().enumerate() {
            // A chained table's last rows go with what follows, never it alone.
            let keep = (whole && i + 1 < count) || (chained && i + 3 >= count);
            let mut cells: Vec<TableCell> = row
                .into_iter()
                .zip(&grid)
                .map(|(c, w)| cell(c, *w, keep))
                .collect();
            while cells.len() < columns {
                cells.push(cell(vec![cell_par(Vec::new())], grid[cells.len()], keep));
            }
            table_rows.push(TableRow::new(cells).cant_split());
        }
        self.blocks.push(Block::Table(Box::new(
            Table::new(table_rows)
                .set_grid(grid)
                .width(TYPE_WIDTH, WidthType::Dxa),
        )));
    }
}

/// The bookmark of the `n`th heading, which its contents entry refers to.
fn toc_key(n: usize) -> String {
    format!("_Toc{n:08}")
}

/// A table cell's paragraph.
fn cell_par(runs: Vec<Run>) -> Paragraph {
    Paragraph::new().style("TableText").add_runs(runs)
}

fn cell_text(text: &str) -> Vec<Paragraph> {
    vec![cell_par(vec![Run::new().add_text(text)])]
}

/// List entries in one cell, a paragraph each with its bullet.
fn cell_bullets(items: &[Vec<Node>]) -> Vec<Paragraph> {
    items
        .iter()
        .map(|item| {
            let mut runs = vec![Run::new().add_text("· ")];
            runs.extend(inline(unwrap_par(item), false));
            cell_par(runs)
        })
        .collect()
}

/// Several lines in one cell, a paragraph each.
fn cell_lines(lines: &[String]) -> Vec<Paragraph> {
    lines
        .iter()
        .map(|t| cell_par(vec![Run::new().add_text(t.as_str())]))
        .collect()
}

/// A cell in bold where it marks a key requirement.
fn cell_key(text: &str, key: bool) -> Vec<Paragraph> {
    if key {
        cell_bold(text)
    } else {
        cell_text(text)
    }
}

/// A table head: `first` columns, then a column per level.
fn per_level(w: &Writer, first: &[&str], level_names: &[&str]) -> Vec<String> {
    let mut head = w.head(first);
    head.extend(level_names.iter().map(|n| n.to_string()));
    head
}

fn cell_bold(text: &str) -> Vec<Paragraph> {
    vec![cell_par(vec![Run::new().add_text(text).bold()])]
}

/// A list entry's content without its paragraph wrapper.
fn unwrap_par(nodes: &[Node]) -> &[Node] {
    match nodes {
        [Node::Par { c }] => c,
        other => other,
    }
}

trait AddRuns {
    fn add_runs(self, runs: Vec<Run>) -> Self;
}

impl AddRuns for Paragraph {
    fn add_runs(self, runs: Vec<Run>) -> Self {
        runs.into_iter().fold(self, Paragraph::add_run)
    }
}

/// Inline Markdown as runs: bold, italic and struck text as such; a link as its text; a
/// footnote in brackets after its mark.
fn inline(nodes: &[Node], bold: bool) -> Vec<Run> {
    let mut runs = Vec::new();
    for node in nodes {
        match node {
            Node::Text { t } | Node::Code { t } | Node::CodeBlock { t } => {
                let run = Run::new().add_text(t.as_str());
                runs.push(if bold { run.bold() } else { run });
            }
            Node::Strong { c } => runs.extend(inline(c, true)),
            Node::Emph { c } => runs.extend(inline(c, bold).into_iter().map(Run::italic)),
            Node::Strike { c } => runs.extend(inline(c, bold).into_iter().map(Run::strike)),
            Node::Link { c, .. }
            | Node::Par { c }
            | Node::Heading { c, .. }
            | Node::Quote { c } => runs.extend(inline(c, bold)),
            Node::Footnote { c } => {
                runs.push(Run::new().add_text("（"));
                runs.extend(inline(c, bold));
                runs.push(Run::new().add_text("）"));
            }
            Node::Break => runs.push(Run::new().add_break(BreakType::TextWrapping)),
            Node::List { items, .. } => {
                for item in items {
                    runs.push(Run::new().add_break(BreakType::TextWrapping).add_text("· "));
                    runs.extend(inline(unwrap_par(item), bold));
                }
            }
            Node::Table { .. } | Node::Rule => {}
        }
    }
    runs
}

/// Inline Markdown as plain text (headings, table headers).
fn plain(nodes: &[Node]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            Node::Text { t } | Node::Code { t } | Node::CodeBlock { t } => out.push_str(t),
            Node::Strong { c }
            | Node::Emph { c }
            | Node::Strike { c }
            | Node::Link { c, .. }
            | Node::Par { c }
            | Node::Heading { c, .. }
            | Node::Quote { c }
            | Node::Footnote { c } => out.push_str(&plain(c)),
            Node::Break => out.push(' '),
            Node::List { items, .. } => {
                for item in items {
                    out.push_str(&plain(item));
                }
            }
            Node::Table { .. } | Node::Rule => {}
        }
    }
    out
}

/// The handbook's Word edition.
pub fn handbook(standard: &Standard, info: &BuildInfo) -> Result<Vec<u8>, RenderError> {
    let d = handbook::data(standard, info);
    let mut w = Writer {
        t: d.t,
        blocks: Vec::new(),
        chapter: 0,
        section: 0,
        subsection: 0,
        chain_next: false,
        contents: Vec::new(),
    };
    cover(&mut w, &d);
    revisions(&mut w, &d);
    w.par(
        Paragraph::new()
            .style("Unlisted")
            .page_break_before(true)
            .add_run(Run::new().add_text(w.t("contents"))),
    );
    let contents_at = w.blocks.len();
    for page in &d.front_pages {
        let first = w.chapter == 0;
        w.heading(1, page.title, first);
        w.markdown(&page.body);
    }
    for seq in &d.sequences {
        sequence(&mut w, seq);
    }
    dictionary(&mut w, &d);
    scoring_rules(&mut w, &d);
    sheets(&mut w, &d);
    for page in &d.back_pages {
        w.heading(1, page.title, true);
        w.markdown(&page.body);
    }
    // The contents' entries are written out (Word updates their page numbers when asked:
    // the field is marked dirty) so that the document reads whole wherever it is opened.
    let contents = w
        .contents
        .iter()
        .enumerate()
        .filter(|(_, (level, _))| *level <= 3)
        .fold(
            TableOfContents::new()
                .heading_styles_range(1, 3)
                .without_sdt()
                .dirty(),
            |toc, (i, (level, text))| {
                toc.add_item(
                    TableOfContentsItem::new()
                        .text(text.as_str())
                        .level(*level)
                        .toc_key(toc_key(i + 1))
                        .page_ref(""),
                )
            },
        );
    w.blocks
        .insert(contents_at, Block::Contents(Box::new(contents)));
    let facts = &d.standard;
    // Page numbers as official documents set them (— 3 —), and on every page but the cover
    // the title, edition and document number.
    let footer = Footer::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Center)
            .style("Note")
            .add_run(Run::new().add_text("— "))
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(" —")),
    );
    let mut running = format!("{} · {}", facts.title, facts.edition);
    if let Some(serial) = facts.serial {
        running.push_str(&format!(" · {serial}"));
    }
    let header = Header::new().add_paragraph(
        Paragraph::new()
            .align(AlignmentType::Right)
            .add_run(Run::new().add_text(running).size(WUHAO)),
    );
    let mm = |x: f64| (x * MM).round() as i32;
    let mut docx = styles(Docx::new())
        .page_size(11906, 16838)
        .page_margin(
            PageMargin::new()
                .top(mm(37.0))
                .bottom(mm(35.0))
                .left(mm(28.0))
                .right(mm(26.0))
                .header(mm(15.0))
                .footer(mm(20.0)),
        )
        .footer(footer)
        .header(header)
        .title_pg()
        .first_footer(Footer::new())
        .first_header(Header::new())
        // The date of the edition, never the clock: the same standard gives the same bytes.
        .created_at(&format!("{}T00:00:00Z", facts.effective_date))
        .updated_at(&format!("{}T00:00:00Z", facts.effective_date));
    for block in w.blocks {
        docx = match block {
            Block::Par(p) => docx.add_paragraph(*p),
            Block::Table(t) => docx.add_table(*t),
            Block::Contents(c) => docx.add_table_of_contents(*c),
        };
    }
    let mut xml = docx.build();
    xml.document = patch(&xml.document);
    xml.styles = patch_styles(&xml.styles);
    for part in xml.footers.iter_mut().chain(xml.headers.iter_mut()) {
        *part = without_paragraph_ids(&String::from_utf8_lossy(part)).into_bytes();
    }
    // Word and WPS fill in the contents' page numbers when the document is opened.
    xml.settings = String::from_utf8_lossy(&xml.settings)
        .replacen(
            "</w:settings>",
            "<w:updateFields w:val=\"true\" /></w:settings>",
            1,
        )
        .into_bytes();
    let mut bytes = std::io::Cursor::new(Vec::new());
    // Into memory: the archive's only writer is a growing vector, which does not fail.
    xml.pack(&mut bytes)
        .expect("a DOCX archive written into memory");
    Ok(bytes.into_inner())
}

/// The document without docx-rs's paragraph ids (`w14:paraId`, optional, for Word's
/// co-authoring): docx-rs counts them per thread across documents, so they would differ from
/// one build to the next in the same process.
fn without_paragraph_ids(xml: &str) -> String {
    const ATTRIBUTE: &str = " w14:paraId=\"";
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(at) = rest.find(ATTRIBUTE) {
        out.push_str(&rest[..at]);
        let value = &rest[at + ATTRIBUTE.len()..];
        rest = value.find('"').map_or("", |end| &value[end + 1..]);
    }
    out.push_str(rest);
    out
}

/// The Normal style docx-rs writes, with the body's face and size named on it too.
fn patch_styles(styles: &[u8]) -> Vec<u8> {
    let fonts = format!(
        "<w:rFonts w:ascii=\"{LATIN}\" w:hAnsi=\"{LATIN}\" w:cs=\"{LATIN}\" w:eastAsia=\"{FANGSONG}\" /><w:sz w:val=\"{SANHAO}\" /><w:szCs w:val=\"{SANHAO}\" />"
    );
    String::from_utf8_lossy(styles)
        .replacen(
            "<w:name w:val=\"Normal\" /><w:rPr />",
            &format!("<w:name w:val=\"Normal\" /><w:rPr>{fonts}</w:rPr>"),
            1,
        )
        .into_bytes()
}

/// What docx-rs 0.4 cannot say, said in the written `document.xml`: `<w:tblHeader />` on the
/// rows `Writer::table` made header rows (Word and LibreOffice repeat them at the top of every
/// page a table runs onto), the contents entries' page-number tab at the type area's right
/// edge (docx-rs puts it at 80000 twips, off the page), and fields split into runs.
fn patch(document: &[u8]) -> Vec<u8> {
    let text = without_paragraph_ids(&String::from_utf8_lossy(document));
    let marker = format!("<w:trHeight w:val=\"{HEADER_ROW_HEIGHT}\" w:hRule=\"atLeast\" />");
    text.replace(&marker, &format!("{marker}<w:tblHeader />"))
        .replace("w:pos=\"80000\"", &format!("w:pos=\"{TYPE_WIDTH}\""))
        // Each part of a field in a run of its own, as Word writes them: LibreOffice shows
        // the contents field's code as text when its start shares a run with the first entry's
        // page reference.
        .replace(
            "/><w:instrText>",
            "/></w:r><w:r><w:instrText xml:space=\"preserve\"> ",
        )
        .replace("</w:instrText>", " </w:instrText>")
        // The contents as plain paragraphs of a field, not inside a content control, which
        // LibreOffice would show the field's code for.
        .replace("<w:sdt><w:sdtPr /><w:sdtContent>", "")
        .replace("</w:sdtContent></w:sdt>", "")
        .replace(
            "</w:instrText><w:fldChar",
            "</w:instrText></w:r><w:r><w:fldChar",
        )
        .replace(
            "w:fldCharType=\"separate\" w:dirty=\"false\" /><w:t ",
            "w:fldCharType=\"separate\" w:dirty=\"false\" /></w:r><w:r><w:t ",
        )
        .replace("</w:t><w:fldChar", "</w:t></w:r><w:r><w:fldChar")
        .into_bytes()
}

fn cover(w: &mut Writer, d: &HandbookData) {
    let s = &d.standard;
    let centred = |text: &str, size: usize| {
        Paragraph::new()
            .align(AlignmentType::Center)
            .add_run(Run::new().add_text(text).size(size))
    };
    for _ in 0..3 {
        w.par(Paragraph::new());
    }
    w.par(centred(s.organisation, SANHAO));
    w.par(Paragraph::new());
    w.par(
        Paragraph::new()
            .style("Title")
            .add_run(Run::new().add_text(s.title)),
    );
    w.par(centred(
        &format!(
            "{}{}",
            s.edition,
            w.t("in_parens").replace("{text}", s.status)
        ),
        SANHAO,
    ));
    if let Some(banner) = &s.banner {
        w.par(centred(banner, SIHAO));
    }
    w.par(Paragraph::new());
    let mut facts: Vec<(&str, String)> = Vec::new();
    if let Some(serial) = s.serial {
        facts.push((w.t("serial"), serial.to_string()));
    }
    if let Some(issued) = &s.issued {
        facts.push((w.t("issued"), issued.clone()));
    }
    let effective = if s.watermark.is_some() {
        w.t("proposed_effective_date")
    } else {
        w.t("effective_date")
    };
    facts.push((effective, s.effective_date.clone()));
    facts.push((w.t("owner"), s.owner.to_string()));
    for (label, value) in facts {
        w.par(centred(&format!("{label}{}{value}", w.t("colon")), SIHAO));
    }
    w.par(Paragraph::new());
    // The approval block: names and dates as signed, else room to sign by hand.
    let blank = "＿＿＿＿＿＿＿＿";
    let rows = s
        .approval
        .iter()
        .map(|r| {
            vec![
                cell_bold(r.role),
                cell_text(r.name.unwrap_or(blank)),
                // Signed by hand on the printed copy.
                cell_text(""),
                cell_text(r.date.as_deref().unwrap_or(blank)),
            ]
        })
        .collect();
    let head = w.head(&[
        "approval_role",
        "approval_name",
        "approval_signature",
        "approval_date",
    ]);
    w.table(&head, rows, Some(&[2, 5, 3, 3]));
    w.par(Paragraph::new());
    let by = if s.watermark.is_some() {
        w.t("drafted_by")
    } else {
        w.t("issued_by")
    };
    w.par(centred(&by.replace("{o}", s.organisation), SANHAO));
}

fn revisions(w: &mut Writer, d: &HandbookData) {
    w.par(
        Paragraph::new()
            .style("Unlisted")
            .page_break_before(true)
            .add_run(Run::new().add_text(w.t("revisions"))),
    );
    let head = w.head(&[
        "edition",
        "effective_date",
        "status",
        "edition_notes",
        "owner",
    ]);
    let rows = d
        .revisions
        .iter()
        .map(|r| {
            let mut notes = inline(unwrap_par(&r.notes), false);
            if !r.changes.is_empty() {
                notes.push(Run::new().add_break(BreakType::TextWrapping));
                notes.push(Run::new().add_text(r.changes.as_str()).size(WUHAO));
            }
            vec![
                cell_text(r.edition),
                cell_text(&r.date),
                cell_text(r.status),
                vec![cell_par(notes)],
                cell_text(r.owner),
            ]
        })
        .collect();
    w.table(&head, rows, Some(&[2, 2, 2, 5, 2]));
}

fn sequence(w: &mut Writer, seq: &SequenceData) {
    w.heading(1, seq.name, true);
    w.markdown(&seq.description);
    w.heading(2, w.t("ladder"), false);
    let rows = seq
        .levels
        .iter()
        .rev()
        .map(|l| {
            vec![
                cell_bold(l.name),
                cell_text(l.title),
                vec![cell_par(inline(unwrap_par(&l.positioning), false))],
            ]
        })
        .collect();
    let head = w.head(&["level", "level_title", "positioning"]);
    w.table(&head, rows, Some(&[2, 3, 8]));

    w.heading(2, w.t("matrix"), false);
    w.note(w.t("matrix_legend"));
    let head = per_level(w, &["competency"], &seq.level_names);
    let rows = seq
        .matrix
        .iter()
        .map(|row| {
            let mut cells = vec![cell_text(row.name)];
            cells.extend(row.cells.iter().map(|c| match c {
                None => cell_text("–"),
                Some(c) => cell_key(
                    &format!("{}{}", c.text, if c.key { " ★" } else { "" }),
                    c.key,
                ),
            }));
            cells
        })
        .collect();
    let mut widths = vec![4];
    widths.extend(seq.level_names.iter().map(|_| 2));
    w.table(&head, rows, Some(&widths));

    if !seq.behaviours.is_empty() {
        w.heading(2, w.t("behaviour_standards"), false);
        w.note(w.t("behaviour_legend"));
        let head = per_level(w, &["module", "activity"], &seq.level_names);
        let rows = seq
            .behaviours
            .iter()
            .map(|row| {
                let mut cells = vec![cell_bold(row.module.unwrap_or("")), cell_text(row.name)];
                cells.extend(row.cells.iter().map(|c| {
                    cell_text(match *c {
                        "key" => "★",
                        "normal" => "●",
                        _ => "–",
                    })
                }));
                cells
            })
            .collect();
        let mut widths = vec![3, 4];
        widths.extend(seq.level_names.iter().map(|_| 1));
        w.table(&head, rows, Some(&widths));
    }

    if !seq.kpis.is_empty() {
        w.heading(2, w.t("kpis"), false);
        let head = w.head(&["kpis", "formula", "target", "weight", "kpi_rule"]);
        let rows = seq
            .kpis
            .iter()
            .map(|k| {
                let dash = |s: &str| {
                    if s.is_empty() {
                        "—".to_string()
                    } else {
                        s.to_string()
                    }
                };
                let mut formula = vec![Run::new().add_text(k.line.formula)];
                if !k.description.is_empty() {
                    formula.push(Run::new().add_break(BreakType::TextWrapping));
                    formula.extend(
                        inline(unwrap_par(&k.description), false)
                            .into_iter()
                            .map(|r| r.size(WUHAO)),
                    );
                }
                vec![
                    cell_bold(k.line.name),
                    vec![cell_par(formula)],
                    cell_text(&dash(&k.line.target)),
                    cell_text(&if k.line.weight.is_empty() {
                        w.t("kpi_unscored").to_string()
                    } else {
                        k.line.weight.clone()
                    }),
                    cell_text(&dash(&k.line.rule)),
                ]
            })
            .collect();
        w.table(&head, rows, Some(&[3, 5, 2, 2, 4]));
        if let Some(total) = &seq.kpi_total {
            w.par(
                Paragraph::new()
                    .style("Note")
                    .keep_next(true)
                    .add_run(Run::new().add_text(total.as_str()).bold()),
            );
        }
    }

    if !seq.positions.is_empty() {
        w.heading(2, w.t("positions"), false);
        for p in &seq.positions {
            w.heading(3, p.name, false);
            w.text(&format!(
                "{}{}{}",
                w.t("position_levels"),
                w.t("colon"),
                p.levels
            ));
            w.markdown(&p.description);
            if !p.responsibilities.is_empty() {
                w.lead(&format!("{}{}", w.t("responsibilities"), w.t("colon")));
                w.list(false, 1, &p.responsibilities);
            }
            if !p.kpis.is_empty() {
                let mut line = format!(
                    "{}{}{}",
                    w.t("position_kpis"),
                    w.t("colon"),
                    p.kpis.join(w.t("list_sep"))
                );
                if let Some(total) = &p.kpi_total {
                    line.push_str(&format!("（{total}）"));
                }
                w.text(&line);
            }
            if !p.rows.is_empty() {
                w.note(w.t("position_requirements_note"));
                let head = per_level(w, &["competency"], &p.level_names);
                let rows = p
                    .rows
                    .iter()
                    .map(|r| {
                        let mut cells = vec![cell_text(r.name)];
                        cells.extend(r.cells.iter().map(|c| {
                            let text = format!(
                                "{}{}{}",
                                c.text,
                                if c.key { " ★" } else { "" },
                                if c.raised { " ↑" } else { "" }
                            );
                            cell_key(&text, c.key)
                        }));
                        cells
                    })
                    .collect();
                w.table(&head, rows, None);
            }
        }
    }

    if !seq.reference.is_empty() {
        w.heading(2, w.t("reference_items"), false);
        w.note(w.t("reference_note"));
        let head = w.head(&["reference_items", "description", "source"]);
        let rows = seq
            .reference
            .iter()
            .map(|r| {
                vec![
                    cell_bold(r.name),
                    cell_text(r.description.unwrap_or("")),
                    cell_text(r.source),
                ]
            })
            .collect();
        w.table(&head, rows, Some(&[3, 7, 3]));
    }

    for l in &seq.levels {
        level(w, l);
    }
}

/// A level's basic conditions: one row per kind, each text a paragraph.
fn conditions(w: &mut Writer, l: &LevelData) {
    w.subhead(w.t("conditions"));
    if l.conditions.is_empty() {
        w.text(w.t("none"));
        return;
    }
    let rows = l
        .conditions
        .iter()
        .map(|c| vec![cell_bold(c.label), cell_lines(&c.texts)])
        .collect();
    let head = w.head(&["conditions", "requirement"]);
    w.table(&head, rows, Some(&[3, 9]));
}

/// "3 · 熟练" for a graded requirement (`sep` between), 须达标 for a one-line standard.
fn grade(r: &RequirementData, sep: &str) -> String {
    if r.one_line {
        r.title.to_string()
    } else {
        format!("{}{sep}{}", r.level, r.title)
    }
}

fn level(w: &mut Writer, l: &LevelData) {
    w.heading(2, &format!("{} · {}", l.name, l.title), true);
    if !l.positions.is_empty() {
        w.text(&format!(
            "{}{}{}",
            w.t("positions_here"),
            w.t("colon"),
            l.positions.join(w.t("list_sep"))
        ));
    }
    if !l.positioning.is_empty() {
        w.subhead(w.t("positioning"));
        w.markdown(&l.positioning);
    }
    conditions(w, l);
    if !l.knowledge.is_empty() {
        w.subhead(w.t("knowledge"));
        w.list(false, 1, &l.knowledge);
    }
    if !l.responsibilities.is_empty() {
        w.subhead(w.t("responsibilities"));
        w.list(false, 1, &l.responsibilities);
    }
    w.subhead(w.t("required_competencies"));
    let rows = l
        .requirements
        .iter()
        .map(|r| {
            let grade = grade(r, " · ");
            let behaviours = cell_bullets(&r.behaviours);
            vec![
                cell_bold(r.name),
                cell_text(&grade),
                cell_text(if r.key { "★" } else { "" }),
                behaviours,
            ]
        })
        .collect();
    let head = w.head(&["competency", "required", "key", "behaviours"]);
    w.table(&head, rows, Some(&[6, 6, 3, 16]));
    if !l.behaviours.is_empty() {
        w.subhead(w.t("behaviour_standards"));
        let mut rows = Vec::new();
        for g in &l.behaviours {
            for a in &g.activities {
                rows.push(vec![
                    cell_text(&format!("{} › {}", g.name, a.name)),
                    vec![cell_par(inline(unwrap_par(&a.criterion), false))],
                    cell_text(if a.key { "★" } else { "" }),
                ]);
            }
        }
        let head = w.head(&["activity", "criterion", "key"]);
        w.table(&head, rows, Some(&[8, 16, 3]));
    }
    w.subhead(w.t("scoring"));
    let mut rows = Vec::new();
    for m in &l.modules {
        let name = format!(
            "{}{}",
            m.name,
            if m.exam {
                w.t("in_parens").replace("{text}", w.t("exam"))
            } else {
                String::new()
            }
        );
        rows.push(vec![cell_bold(&name), cell_text(""), cell_bold(&m.points)]);
        for i in &m.items {
            rows.push(vec![cell_text(""), cell_text(i.name), cell_text(&i.points)]);
        }
    }
    rows.push(vec![
        cell_bold(w.t("total")),
        cell_text(""),
        cell_bold(&l.total),
    ]);
    rows.push(vec![
        cell_bold(w.t("pass")),
        cell_text(""),
        cell_bold(&l.pass),
    ]);
    let head = w.head(&["module", "item", "points"]);
    w.chain_next = true;
    w.table(&head, rows, Some(&[4, 6, 2]));
    w.subhead(w.t("contributions"));
    if l.contributions.is_empty() {
        w.text(w.t("none"));
    }
    for c in &l.contributions {
        w.text(&format!(
            "{}{}{}{}",
            c.name,
            w.t("colon"),
            w.t("count_at_least").replace("{n}", &c.count.to_string()),
            c.within
        ));
    }
}

fn dictionary(w: &mut Writer, d: &HandbookData) {
    w.heading(1, w.t("competencies"), true);
    for cat in &d.categories {
        w.heading(2, cat.name, false);
        w.markdown(&cat.description);
        for k in &cat.competencies {
            w.heading(3, k.name, false);
            w.lead(&format!(
                "{}{}{}",
                w.t("definition"),
                w.t("colon"),
                plain(&k.definition)
            ));
            if !k.key_points.is_empty() {
                w.lead(&format!("{}{}", w.t("key_points"), w.t("colon")));
                w.list(false, 1, &k.key_points);
            }
            match &k.standard {
                Some(standard) => {
                    w.text(&format!(
                        "{}{}{}",
                        w.t("one_line_standard"),
                        w.t("colon"),
                        plain(standard)
                    ));
                }
                None => {
                    let rows = k
                        .levels
                        .iter()
                        .map(|g| {
                            let mut cell = cell_bullets(&g.behaviours);
                            if !g.suggestions.is_empty() {
                                let text: Vec<String> = g
                                    .suggestions
                                    .iter()
                                    .map(|(kind, s)| format!("【{kind}】{}", plain(s)))
                                    .collect();
                                cell.push(cell_par(vec![
                                    Run::new()
                                        .add_text(format!(
                                            "{}{}{}",
                                            w.t("suggestions"),
                                            w.t("colon"),
                                            text.join(w.t("rule_sep"))
                                        ))
                                        .size(WUHAO),
                                ]));
                            }
                            vec![cell_text(&g.level.to_string()), cell_bold(g.title), cell]
                        })
                        .collect();
                    let head = w.head(&["level", "graded_levels", "behaviours"]);
                    w.table(&head, rows, Some(&[2, 4, 14]));
                }
            }
        }
    }
}

fn scoring_rules(w: &mut Writer, d: &HandbookData) {
    w.heading(1, w.t("scoring_rules"), true);
    for rule in &d.rules {
        w.text(rule);
    }
    w.heading(2, w.t("pass_marks"), false);
    for seq in &d.sequences {
        w.subhead(seq.name);
        let rows = seq
            .levels
            .iter()
            .map(|l| {
                vec![
                    cell_text(&format!("{} {}", l.name, l.title)),
                    cell_text(&l.total),
                    cell_text(&l.pass),
                ]
            })
            .collect();
        let head = w.head(&["level", "total", "pass"]);
        w.table(&head, rows, Some(&[6, 2, 2]));
    }
    w.heading(2, w.t("contribution_kinds"), false);
    let rows = d
        .kinds
        .iter()
        .map(|k| {
            vec![
                cell_bold(k.name),
                vec![cell_par(inline(unwrap_par(&k.description), false))],
            ]
        })
        .collect();
    let head = w.head(&["contribution_kinds", "description"]);
    w.table(&head, rows, Some(&[3, 9]));
}

/// The one-page sheets (任职资格一纸禅) as a chapter, as in the handbook PDF: per level its
/// conditions, required competencies, behaviour standards, scoring and contributions in
/// tables, each level on a new page.
fn sheets(w: &mut Writer, d: &HandbookData) {
    w.heading(1, w.t("sheets"), true);
    w.text(w.t("sheets_note_word"));
    // The first sheet shares the chapter's page; every other starts one.
    let mut first = true;
    for seq in &d.sequences {
        for l in &seq.levels {
            let title = format!("{} · {} · {}", seq.name, l.name, l.title);
            w.heading(2, &title, !first);
            first = false;
            if !l.positions.is_empty() {
                let line = format!(
                    "{}{}{}",
                    w.t("positions_here"),
                    w.t("colon"),
                    l.positions.join(w.t("list_sep"))
                );
                w.text(&line);
            }
            conditions(w, l);
            w.subhead(w.t("required_competencies"));
            // &'static strings, so the closure holds no borrow of the writer.
            let (key_item, normal) = (w.t("key_item"), w.t("normal"));
            let key = move |is_key: bool| {
                if is_key {
                    cell_bold(key_item)
                } else {
                    cell_text(normal)
                }
            };
            let rows = l
                .requirements
                .iter()
                .map(|r| {
                    let grade = grade(r, " ");
                    vec![cell_text(r.name), cell_text(&grade), key(r.key)]
                })
                .collect();
            let head = w.head(&["competency", "required", "key"]);
            w.table(&head, rows, Some(&[5, 5, 3]));
            if !l.behaviours.is_empty() {
                w.subhead(w.t("behaviour_standards"));
                let mut rows = Vec::new();
                for g in &l.behaviours {
                    for a in &g.activities {
                        rows.push(vec![
                            cell_text(&format!("{} › {}", g.name, a.name)),
                            key(a.key),
                        ]);
                    }
                }
                let head = w.head(&["activity", "key"]);
                w.table(&head, rows, Some(&[10, 3]));
            }
            w.subhead(w.t("scoring"));
            let mut rows: Vec<Vec<Vec<Paragraph>>> = l
                .modules
                .iter()
                .map(|m| vec![cell_text(m.name), cell_text(&m.points)])
                .collect();
            rows.push(vec![cell_bold(w.t("total")), cell_bold(&l.total)]);
            rows.push(vec![cell_bold(w.t("pass")), cell_bold(&l.pass)]);
            let head = w.head(&["module", "points"]);
            w.chain_next = true;
            w.table(&head, rows, Some(&[10, 3]));
            w.subhead(w.t("contributions"));
            // The level's last lines stay together with the reference items under them.
            if l.contributions.is_empty() {
                w.lead(w.t("none"));
            }
            for c in &l.contributions {
                let line = format!("{}{}≥ {}{}", c.name, w.t("colon"), c.count, c.within);
                w.lead(&line);
            }
            if !seq.reference.is_empty() {
                let names: Vec<&str> = seq.reference.iter().map(|r| r.name).collect();
                let line = format!(
                    "{}{}{}{}",
                    w.t("reference_items"),
                    w.t("colon"),
                    names.join(w.t("list_sep")),
                    w.t("in_parens").replace("{text}", w.t("reference_short"))
                );
                w.text(&line);
            }
        }
    }
}
