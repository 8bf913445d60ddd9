//! A content file as a YAML tree that remembers where each value was written, so an edit of
//! the tree becomes the smallest edit of the text: a changed value rewrites its own
//! characters, a new entry is a few lines inserted beside its siblings, a removed one its own
//! lines deleted. Comments, order, quoting and blank lines elsewhere stay byte for byte.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

use crate::interchange::node::{self, Node};

/// A value and where it starts in the text.
#[derive(Debug, Clone)]
pub struct Placed {
    pub value: Value,
    /// Byte offset where the value's text starts (a block scalar's first content line).
    pub start: usize,
    /// Byte length of a scalar's text (its quotes included); 0 for collections.
    pub len: usize,
}

#[derive(Debug, Clone)]
pub enum Value {
    Scalar(Node),
    Seq(Vec<Placed>),
    /// Each entry with the byte offset of its key.
    Map(Vec<(String, usize, Placed)>),
}

struct Raw(Value);

impl<'de> de::Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Raw, D::Error> {
        d.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

fn scalar<E>(node: Node) -> Result<Raw, E> {
    Ok(Raw(Value::Scalar(node)))
}

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Raw, E> {
        scalar(Node::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Raw, E> {
        scalar(Node::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Raw, E> {
        scalar(i64::try_from(v).map_or(Node::Float(v as f64), Node::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Raw, E> {
        scalar(Node::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Raw, E> {
        scalar(Node::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Raw, E> {
        scalar(Node::Str(v))
    }
    fn visit_unit<E>(self) -> Result<Raw, E> {
        scalar(Node::Null)
    }
    fn visit_none<E>(self) -> Result<Raw, E> {
        scalar(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Raw, D::Error> {
        d.deserialize_any(RawVisitor)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Raw, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Raw>>()? {
            items.push(placed(item));
        }
        Ok(Raw(Value::Seq(items)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<node::KeyText>>()? {
            let value = map.next_value::<Spanned<Raw>>()?;
            let at = key.defined.span().byte_offset().unwrap_or(0) as usize;
            entries.push((key.value.0, at, placed(value)));
        }
        Ok(Raw(Value::Map(entries)))
    }
}

fn placed(spanned: Spanned<Raw>) -> Placed {
    let span = spanned.defined.span();
    Placed {
        value: spanned.value.0,
        start: span.byte_offset().unwrap_or(0) as usize,
        len: span.byte_len().unwrap_or(0) as usize,
    }
}

/// A parsed file: its text and its tree.
pub struct Doc {
    pub text: String,
    pub root: Placed,
}

impl Doc {
    /// `None` when the text is not a YAML mapping (`check` says why).
    pub fn parse(text: &str) -> Option<Doc> {
        let root: Spanned<Raw> = serde_saphyr::from_str(text).ok()?;
        let root = placed(root);
        matches!(root.value, Value::Map(_)).then(|| Doc {
            text: text.to_string(),
            root,
        })
    }

    pub fn node(&self) -> Node {
        self.root.node()
    }
}

impl Placed {
    /// The value without its places.
    pub fn node(&self) -> Node {
        match &self.value {
            Value::Scalar(n) => n.clone(),
            Value::Seq(items) => Node::Seq(items.iter().map(Placed::node).collect()),
            Value::Map(entries) => Node::Map(
                entries
                    .iter()
                    .map(|(k, _, v)| (k.clone(), v.node()))
                    .collect(),
            ),
        }
    }
}

/// The lists and ids down to the deepest list entry whose lines hold `line` (from 1):
/// `[("levels", "s3"), ("competencies", "communication")]`. An entry is named by its `id`,
/// `level`, `competency`, `activity` or `module`, else by its place from 1.
pub fn address_at(doc: &Doc, line: usize) -> Vec<(String, String)> {
    let line_of = |at: usize| doc.text[..at.min(doc.text.len())].matches('\n').count() + 1;
    let mut out = Vec::new();
    let mut node = &doc.root;
    loop {
        let Value::Map(entries) = &node.value else {
            return out;
        };
        // The entry whose key is the last at or above the line.
        let Some((key, _, value)) = entries
            .iter()
            .rev()
            .find(|(_, key_at, _)| line_of(*key_at) <= line)
        else {
            return out;
        };
        match &value.value {
            Value::Map(_) => node = value,
            Value::Seq(items) => {
                let Some((i, item)) = items
                    .iter()
                    .enumerate()
                    .rev()
                    .find(|(_, item)| line_of(item.start) <= line)
                else {
                    return out;
                };
                let n = item.node();
                let id = ["id", "level", "competency", "activity", "module"]
                    .iter()
                    .find_map(|k| {
                        n.get(k)
                            .and_then(crate::interchange::standard::tables::scalar)
                    })
                    .unwrap_or_else(|| (i + 1).to_string());
                out.push((key.clone(), id));
                node = item;
            }
            Value::Scalar(_) => return out,
        }
    }
}

/// One change of the text: `text` in place of the bytes `from..to`.
#[derive(Debug, Clone)]
struct Splice {
    from: usize,
    to: usize,
    text: String,
}

/// What an edit of a file did: the new text, and the lines it removed (a removal needs
/// `--allow-removals`), each as its first line in the old text.
pub struct Edited {
    pub text: String,
    pub removed: Vec<(usize, String)>,
}

/// `new` written over `doc`'s text as the smallest edit.
pub fn edit(doc: &Doc, new: &Node) -> Edited {
    let mut patcher = Patcher {
        text: &doc.text,
        splices: Vec::new(),
    };
    patcher.value(&doc.root, new, Context::Root, doc.text.len());
    // What the edit removes, read from the trees (whatever text the patch rewrites).
    let mut removed = Vec::new();
    removals(&patcher, &doc.root, new, &mut removed);
    let mut splices = patcher.splices;
    splices.sort_by_key(|s| (s.from, s.to));
    // A file written with CRLF line ends gets them on the lines the edit writes too.
    if doc.text.contains("\r\n") {
        for s in &mut splices {
            s.text = s.text.replace('\n', "\r\n");
        }
    }
    let mut text = doc.text.clone();
    for s in splices.iter().rev() {
        text.replace_range(s.from..s.to, &s.text);
    }
    Edited { text, removed }
}

/// Each map key and list entry `old` has and `new` has not: (line, that line's text).
fn removals(p: &Patcher, old: &Placed, new: &Node, out: &mut Vec<(usize, String)>) {
    let line = |at: usize| {
        let start = p.line_start(at);
        let end = p.text[at..].find('\n').map_or(p.text.len(), |i| at + i);
        (p.line_of(at), p.text[start..end].trim().to_string())
    };
    match (&old.value, new) {
        (Value::Map(entries), Node::Map(wanted)) => {
            for (key, key_at, value) in entries {
                match wanted.iter().find(|(k, _)| k == key) {
                    Some((_, n)) => removals(p, value, n, out),
                    None => out.push(line(*key_at)),
                }
            }
        }
        (Value::Seq(items), Node::Seq(wanted)) => {
            let olds: Vec<Node> = items.iter().map(Placed::node).collect();
            for (o, n) in align(&olds, wanted) {
                match (o, n) {
                    (Some(o), Some(n)) => removals(p, &items[o], &wanted[n], out),
                    (Some(o), None) => out.push(line(items[o].start)),
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

/// Where a value sits, which decides how it is rewritten whole.
#[derive(Clone, Copy)]
enum Context<'a> {
    Root,
    /// The value of `key`, whose text starts at `key_at`, in a block mapping.
    Entry {
        key: &'a str,
        key_at: usize,
    },
    /// An item of a block sequence.
    Item,
    /// Inside a flow collection: written on one line.
    Flow,
}

struct Patcher<'t> {
    text: &'t str,
    splices: Vec<Splice>,
}

impl Patcher<'_> {
    fn line_start(&self, at: usize) -> usize {
        self.text[..at].rfind('\n').map_or(0, |i| i + 1)
    }

    fn line_of(&self, at: usize) -> usize {
        self.text[..at].matches('\n').count() + 1
    }

    /// The column (in bytes; indents are spaces) `at` sits at.
    fn column(&self, at: usize) -> usize {
        at - self.line_start(at)
    }

    /// Whether the collection at `at` is written in flow style (`{ … }`, `[ … ]`).
    fn is_flow(&self, at: usize) -> bool {
        matches!(self.text.as_bytes().get(at), Some(b'{' | b'['))
    }

    /// The end of the flow collection opening at `at`, past its closing bracket.
    fn flow_end(&self, at: usize) -> usize {
        let bytes = self.text.as_bytes();
        let (mut depth, mut i, mut quote) = (0usize, at, None::<u8>);
        while i < bytes.len() {
            let b = bytes[i];
            match quote {
                Some(q) if b == b'\\' && q == b'"' => i += 1,
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None => match b {
                    // A quote opens a quoted scalar only where a scalar starts (`it's` is
                    // plain text).
                    b'"' | b'\'' if self.text[at..i].trim_end().ends_with(['{', '[', ',', ':']) => {
                        quote = Some(b)
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return i + 1;
                        }
                    }
                    _ => {}
                },
            }
            i += 1;
        }
        bytes.len()
    }

    /// The end of the last line in `from..to` that holds more than blanks or a comment: where
    /// a new sibling goes, before the blank lines and comments that lead into what follows.
    fn content_end(&self, from: usize, to: usize) -> usize {
        let mut end = from;
        let mut at = from;
        for line in self.text[from..to].split_inclusive('\n') {
            at += line.len();
            let t = line.trim();
            if !t.is_empty() && !t.starts_with('#') {
                end = at;
            }
        }
        end
    }

    fn splice(&mut self, from: usize, to: usize, text: String) {
        self.splices.push(Splice { from, to, text });
    }

    fn remove(&mut self, from: usize, to: usize) {
        let end = self.content_end(from, to);
        self.splice(from, end, String::new());
    }

    fn value(&mut self, old: &Placed, new: &Node, cx: Context, end: usize) {
        if old.node().same(new) {
            return;
        }
        match (&old.value, new) {
            (Value::Scalar(_), n) if !matches!(n, Node::Seq(_) | Node::Map(_)) => {
                self.scalar(old, new, cx)
            }
            // A list item whose first key (on the dash's line) goes is written afresh: its
            // other keys cannot move up onto the dash's line in place.
            (Value::Map(entries), Node::Map(wanted))
                if !self.is_flow(old.start)
                    && matches!(cx, Context::Item)
                    && !wanted.iter().any(|(k, _)| *k == entries[0].0) =>
            {
                self.whole(old, new, cx, end)
            }
            (Value::Map(entries), Node::Map(wanted)) if !self.is_flow(old.start) => {
                self.map(entries, wanted, end)
            }
            (Value::Seq(items), Node::Seq(wanted))
                if !items.is_empty() && !self.is_flow(old.start) =>
            {
                self.seq(items, wanted, end)
            }
            // A flow collection of the same shape: each changed value in place.
            (Value::Map(entries), Node::Map(wanted))
                if self.is_flow(old.start)
                    && entries.len() == wanted.len()
                    && entries.iter().zip(wanted).all(|((a, _, _), (b, _))| a == b) =>
            {
                for ((_, _, o), (_, n)) in entries.iter().zip(wanted) {
                    self.value(o, n, Context::Flow, end);
                }
            }
            (Value::Seq(items), Node::Seq(wanted))
                if self.is_flow(old.start) && items.len() == wanted.len() =>
            {
                for (o, n) in items.iter().zip(wanted) {
                    self.value(o, n, Context::Flow, end);
                }
            }
            (Value::Seq(_) | Value::Map(_), Node::Seq(_) | Node::Map(_))
                if self.is_flow(old.start) && node::flow_text(new).is_some() =>
            {
                let close = self.flow_end(old.start);
                self.splice(old.start, close, node::flow_text(new).expect("checked"));
            }
            _ => self.whole(old, new, cx, end),
        }
    }

    /// A changed scalar: its own characters when old and new fit on one line, else the value
    /// written afresh after its key or dash.
    fn scalar(&mut self, old: &Placed, new: &Node, cx: Context) {
        let old_text = &self.text[old.start..old.start + old.len];
        let one_line = !old_text.contains('\n') && !self.block_scalar(old);
        let text = match (new, cx) {
            (Node::Str(s), Context::Flow) if s.contains('\n') => Some(node::quoted_text(s)),
            (Node::Str(s), _) if s.contains('\n') => None,
            (other, _) => node::flow_text(other),
        };
        match (one_line, text) {
            (true, Some(text)) => self.splice(old.start, old.start + old.len, text),
            _ => self.whole(old, new, cx, old.start + old.len),
        }
    }

    /// Whether a scalar is a `|` or `>` block (its text starts on the line after the key).
    fn block_scalar(&self, old: &Placed) -> bool {
        let before = self.text[..self.line_start(old.start)].trim_end_matches('\n');
        let header = before.rsplit('\n').next().unwrap_or("");
        let header = header.split(" #").next().unwrap_or("").trim_end();
        self.text[self.line_start(old.start)..old.start]
            .trim()
            .is_empty()
            && header.ends_with(['|', '>', '-', '+'])
            && header.contains(['|', '>'])
    }

    /// The value written afresh: from after its key's colon (or its dash) to the end of its
    /// last line.
    fn whole(&mut self, old: &Placed, new: &Node, cx: Context, end: usize) {
        match cx {
            Context::Entry { key, key_at } => {
                let indent = self.column(key_at);
                let mut out = String::new();
                node::write_entry(&mut out, key, new, indent);
                let line = self.line_start(key_at);
                // The first key of a list item shares the dash's line: the dash stays.
                let on_dash = self.text[line..key_at].contains('-');
                let from = if on_dash { key_at } else { line };
                if on_dash {
                    out.replace_range(..indent, "");
                }
                let to = self.content_end(line, end.max(old.start + old.len));
                self.splice(from, to, out);
            }
            Context::Item => {
                let dash = self.text[..old.start].rfind('-').unwrap_or(old.start);
                let indent = self.column(dash);
                let mut out = String::new();
                let block = matches!(old.value, Value::Map(_)) && !self.is_flow(old.start);
                node::write_item(&mut out, new, indent, block);
                let from = self.line_start(dash);
                let to = self.content_end(from, end.max(old.start + old.len));
                self.splice(from, to, out);
            }
            Context::Flow | Context::Root => {
                // In a flow collection, text with line breaks is a double-quoted scalar.
                let text = match new {
                    Node::Str(s) => node::flow_text(new).unwrap_or_else(|| node::quoted_text(s)),
                    other => node::flow_text(other).unwrap_or_default(),
                };
                self.splice(old.start, old.start + old.len, text);
            }
        }
    }

    fn map(&mut self, entries: &[(String, usize, Placed)], wanted: &[(String, Node)], end: usize) {
        let starts: Vec<usize> = entries
            .iter()
            .map(|(_, at, _)| self.line_start(*at))
            .collect();
        let ends: Vec<usize> = (0..entries.len())
            .map(|i| starts.get(i + 1).copied().unwrap_or(end))
            .collect();
        // The first key of a mapping in a list item shares the dash's line: its entry starts
        // at the key, not the line.
        for (i, (key, key_at, old)) in entries.iter().enumerate() {
            match wanted.iter().find(|(k, _)| k == key) {
                Some((_, new)) => self.value(
                    old,
                    new,
                    Context::Entry {
                        key,
                        key_at: *key_at,
                    },
                    ends[i],
                ),
                // (A list item's first key is never removed here: see `value`.)
                None => self.remove(starts[i], ends[i]),
            }
        }
        let indent = entries.first().map_or(0, |(_, at, _)| self.column(*at));
        for (w, (key, new)) in wanted.iter().enumerate() {
            if entries.iter().any(|(k, _, _)| k == key) {
                continue;
            }
            // After the last existing key that comes before it in the new order.
            let before = wanted[..w]
                .iter()
                .rev()
                .find_map(|(k, _)| entries.iter().position(|(e, _, _)| e == k));
            let at = match before {
                Some(i) => self.content_end(starts[i], ends[i]),
                None => self.content_end(starts[0], ends[0]),
            };
            let mut out = String::new();
            node::write_entry(&mut out, key, new, indent);
            self.splice(at, at, out);
        }
    }

    fn seq(&mut self, items: &[Placed], wanted: &[Node], end: usize) {
        let dashes: Vec<usize> = items
            .iter()
            .map(|item| self.text[..item.start].rfind('-').unwrap_or(item.start))
            .collect();
        let starts: Vec<usize> = dashes.iter().map(|d| self.line_start(*d)).collect();
        let ends: Vec<usize> = (0..items.len())
            .map(|i| starts.get(i + 1).copied().unwrap_or(end))
            .collect();
        let indent = self.column(dashes[0]);
        let olds: Vec<Node> = items.iter().map(Placed::node).collect();
        // New entries take the style of the last one: a block mapping, or one line.
        let block = items
            .last()
            .is_some_and(|i| matches!(i.value, Value::Map(_)) && !self.is_flow(i.start));
        let pairs = align(&olds, wanted);
        // Items separated by blank lines get new ones separated so too.
        let spaced = items.len() > 1 && {
            let before = &self.text[..starts[items.len() - 1]];
            before.ends_with("\n\n") || before.ends_with("\n\r\n")
        };
        let mut last_kept: Option<usize> = None;
        for (o, n) in pairs {
            match (o, n) {
                (Some(o), Some(n)) => {
                    self.value(&items[o], &wanted[n], Context::Item, ends[o]);
                    last_kept = Some(o);
                }
                (Some(o), None) => self.remove(starts[o], ends[o]),
                (None, Some(n)) => {
                    let mut out = String::new();
                    let at = match last_kept {
                        Some(o) => {
                            if spaced {
                                out.push('\n');
                            }
                            self.content_end(starts[o], ends[o])
                        }
                        None => starts[0],
                    };
                    node::write_item(&mut out, &wanted[n], indent, block);
                    if last_kept.is_none() && spaced {
                        out.push('\n');
                    }
                    self.splice(at, at, out);
                }
                (None, None) => {}
            }
        }
    }
}

/// What identifies an entry of a list across an edit: its `id`, or the competency, activity,
/// module or level it is about.
fn identity(node: &Node) -> Option<String> {
    ["id", "competency", "activity", "module", "level"]
        .iter()
        .find_map(|k| {
            node.get(k).map(|v| {
                format!(
                    "{k}={}",
                    v.text().map_or_else(
                        || v.number().unwrap_or(f64::NAN).to_string(),
                        str::to_string
                    )
                )
            })
        })
}

/// Pairs the old entries of a list with the new: by identity where entries have one, else by
/// the longest run of equal entries, the others paired in order within each gap (so a changed
/// text is an edit, not a removal and an addition). In the new order, removals where they were.
pub fn align(old: &[Node], new: &[Node]) -> Vec<(Option<usize>, Option<usize>)> {
    let keyed =
        !old.is_empty() && !new.is_empty() && old.iter().chain(new).all(|n| identity(n).is_some());
    let matched: Vec<(usize, usize)> = if keyed {
        let mut out = Vec::new();
        for (j, n) in new.iter().enumerate() {
            let id = identity(n);
            if let Some(i) = old.iter().position(|o| identity(o) == id)
                && out.iter().all(|(a, _)| *a != i)
                && out.last().is_none_or(|(a, _)| *a < i)
            {
                out.push((i, j));
            }
        }
        out
    } else {
        lcs(old, new)
    };
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    for (a, b) in matched
        .into_iter()
        .chain(std::iter::once((old.len(), new.len())))
    {
        // The gap before this match: pair in order (unkeyed only), then the rest.
        let (gap_old, gap_new) = (a - i, b - j);
        let paired = if keyed { 0 } else { gap_old.min(gap_new) };
        for k in 0..paired {
            out.push((Some(i + k), Some(j + k)));
        }
        for k in paired..gap_old {
            out.push((Some(i + k), None));
        }
        for k in paired..gap_new {
            out.push((None, Some(j + k)));
        }
        if a < old.len() {
            out.push((Some(a), Some(b)));
        }
        (i, j) = (a + 1, b + 1);
    }
    out
}

/// The longest common subsequence of equal entries, as index pairs.
fn lcs(old: &[Node], new: &[Node]) -> Vec<(usize, usize)> {
    let (n, m) = (old.len(), new.len());
    let mut table = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if old[i].same(&new[j]) {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if old[i].same(&new[j]) {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# a comment\nid: x\nname: \"名 称\" # kept\ndesc: |\n  one\n  two\nlist:\n  - a\n  - b\nreqs:\n  - { competency: c, level: 2 }\n  - { competency: d, level: 1 }\n\nlevels:\n  - id: l1\n    title: T1\n\n  - id: l2\n    title: T2\n";

    fn edited(change: impl FnOnce(&mut Node)) -> Edited {
        let doc = Doc::parse(TEXT).expect("parses");
        let mut node = doc.node();
        change(&mut node);
        let out = edit(&doc, &node);
        let back = Doc::parse(&out.text).expect("still YAML").node();
        assert!(back.same(&node), "reads back as edited:\n{}", out.text);
        out
    }

    fn at<'a>(node: &'a mut Node, key: &str) -> &'a mut Node {
        let Node::Map(entries) = node else { panic!() };
        &mut entries.iter_mut().find(|(k, _)| k == key).unwrap().1
    }

    fn item(node: &mut Node, i: usize) -> &mut Node {
        let Node::Seq(items) = node else { panic!() };
        &mut items[i]
    }

    #[test]
    fn no_change_is_no_edit() {
        assert_eq!(edited(|_| {}).text, TEXT);
    }

    #[test]
    fn a_changed_value_changes_its_own_characters() {
        let out = edited(|n| *at(item(at(n, "reqs"), 1), "level") = Node::Int(3));
        assert_eq!(out.text, TEXT.replace("d, level: 1", "d, level: 3"));
        let out = edited(|n| *at(n, "name") = Node::Str("新".into()));
        assert_eq!(out.text, TEXT.replace("\"名 称\"", "新"));
        let out = edited(|n| *at(n, "desc") = Node::Str("one\nthree".into()));
        assert_eq!(
            out.text,
            TEXT.replace("desc: |\n  one\n  two", "desc: |-\n  one\n  three")
        );
    }

    #[test]
    fn new_entries_go_beside_their_siblings() {
        let out = edited(|n| {
            let Node::Seq(items) = at(n, "levels") else {
                panic!()
            };
            items.push(Node::Map(vec![
                ("id".into(), Node::Str("l3".into())),
                ("title".into(), Node::Str("T3".into())),
            ]));
        });
        assert!(
            out.text
                .ends_with("    title: T2\n\n  - id: l3\n    title: T3\n"),
            "{}",
            out.text
        );
        let out = edited(|n| {
            at(n, "reqs");
            n.set(&["extra"], Node::Str("e".into()), &|_| &[]);
        });
        assert!(out.text.ends_with("title: T2\nextra: e\n"), "{}", out.text);
        let out = edited(|n| {
            let Node::Map(e) = item(at(n, "reqs"), 0) else {
                panic!()
            };
            e.push(("key".into(), Node::Bool(true)));
        });
        assert!(
            out.text
                .contains("  - { competency: c, level: 2, key: true }\n")
        );
        assert!(out.removed.is_empty());
    }

    #[test]
    fn removals_are_reported() {
        let out = edited(|n| {
            let Node::Seq(items) = at(n, "levels") else {
                panic!()
            };
            items.remove(0);
        });
        assert_eq!(out.removed, vec![(15, "- id: l1".to_string())]);
        assert!(
            out.text.ends_with("levels:\n\n  - id: l2\n    title: T2\n")
                || out.text.ends_with("levels:\n  - id: l2\n    title: T2\n"),
            "{}",
            out.text
        );
        let out = edited(|n| {
            let Node::Seq(items) = at(n, "list") else {
                panic!()
            };
            items[0] = Node::Str("z".into());
        });
        assert!(out.removed.is_empty(), "a changed text is an edit");
        assert!(out.text.contains("  - z\n  - b\n"));
    }
}

#[cfg(test)]
mod review {
    use super::*;

    fn edit_to(text: &str, change: impl FnOnce(&mut Node)) -> String {
        let doc = Doc::parse(text).expect("parses");
        let mut node = doc.node();
        change(&mut node);
        let out = edit(&doc, &node);
        let back = Doc::parse(&out.text).unwrap_or_else(|| panic!("not YAML:\n{}", out.text));
        assert!(
            back.node().same(&node),
            "reads back as edited:\n{}",
            out.text
        );
        out.text
    }

    fn first_item<'a>(node: &'a mut Node, list: &str) -> &'a mut Node {
        let Node::Map(entries) = node else { panic!() };
        let (_, Node::Seq(items)) = entries.iter_mut().find(|(k, _)| k == list).unwrap() else {
            panic!()
        };
        &mut items[0]
    }

    #[test]
    fn text_with_line_breaks_in_a_flow_mapping_is_quoted() {
        let text = "items:\n  - { id: a, name: 爱岗 }\n";
        let out = edit_to(text, |n| {
            first_item(n, "items").set(&["name"], Node::Str("爱岗\n敬业".into()), &|_| &[])
        });
        assert_eq!(out, "items:\n  - { id: a, name: \"爱岗\\n敬业\" }\n");
    }

    #[test]
    fn a_value_rewritten_on_the_dash_line_keeps_the_dash() {
        let text = "kpis:\n  - description: |\n      one\n    id: k\n";
        let out = edit_to(text, |n| {
            first_item(n, "kpis").set(&["description"], Node::Str("two\nthree".into()), &|_| &[])
        });
        assert!(
            out.starts_with("kpis:\n  - description: |-\n      two\n      three\n    id: k\n"),
            "{out}"
        );
    }

    #[test]
    fn an_items_first_key_replaced_rewrites_the_item() {
        let text = "c:\n  - kind: work-case\n    # one a year\n    count: 1\n  - kind: x\n";
        let out = edit_to(text, |n| {
            let item = first_item(n, "c");
            item.remove("kind");
            let Node::Map(e) = item else { panic!() };
            e.insert(
                0,
                (
                    "kinds".into(),
                    Node::Seq(vec![Node::Str("work-case".into()), Node::Str("p".into())]),
                ),
            );
        });
        assert!(
            out.contains("  - kinds: [work-case, p]\n    count: 1\n  - kind: x\n"),
            "{out}"
        );
    }

    #[test]
    fn an_apostrophe_in_plain_text_is_not_a_quote() {
        let text = "m:\n  - { id: d, name: Team's spirit }\nlevels: [a]\n";
        let out = edit_to(text, |n| {
            first_item(n, "m").set(&["description"], Node::Str("x".into()), &|_| &[])
        });
        assert!(
            out.contains("{ id: d, name: Team's spirit, description: x }\nlevels: [a]\n"),
            "{out}"
        );
    }

    #[test]
    fn crlf_files_stay_crlf() {
        let text = "id: x\r\nlist:\r\n  - a\r\n";
        let out = edit_to(text, |n| {
            let Node::Map(e) = n else { panic!() };
            let Node::Seq(items) = &mut e[1].1 else {
                panic!()
            };
            items.push(Node::Str("b".into()));
        });
        assert_eq!(out, "id: x\r\nlist:\r\n  - a\r\n  - b\r\n");
    }
}
