//! An assessment record as an ordered YAML tree, so an import can change the fields a sheet
//! carries and keep everything else (evidence, comments, plans) in the order it was written,
//! and write it back in the layout hand-written records use.

use std::fmt::{self, Write as _};

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

/// A YAML value with its mappings' keys in written order.
#[derive(Debug, Clone)]
pub enum Node {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(String, Node)>),
}

impl Node {
    pub fn map() -> Node {
        Node::Map(Vec::new())
    }

    /// Parses a record's text; `None` when it is not a mapping (`check` reports why).
    pub fn parse(text: &str) -> Option<Node> {
        serde_saphyr::from_str::<Node>(text)
            .ok()
            .filter(|n| matches!(n, Node::Map(_)))
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The node at a dotted path of mapping keys.
    pub fn at(&self, path: &[&str]) -> Option<&Node> {
        path.iter().try_fold(self, |node, key| node.get(key))
    }

    /// Sets the value at `path`, creating mappings on the way. A key new to its mapping goes
    /// before the first existing key that `order` lists after it, else at the end.
    pub fn set(
        &mut self,
        path: &[&str],
        value: Node,
        order: &dyn Fn(&[&str]) -> &'static [&'static str],
    ) {
        let Some((last, parents)) = path.split_last() else {
            return;
        };
        let mut node = self;
        for (depth, key) in parents.iter().enumerate() {
            if !matches!(node, Node::Map(_)) {
                *node = Node::map();
            }
            node = node.entry(key, order(&path[..depth]));
        }
        if !matches!(node, Node::Map(_)) {
            *node = Node::map();
        }
        *node.entry(last, order(parents)) = value;
    }

    /// Removes `key` from a mapping.
    pub fn remove(&mut self, key: &str) {
        if let Node::Map(entries) = self {
            entries.retain(|(k, _)| k != key);
        }
    }

    fn entry(&mut self, key: &str, order: &[&str]) -> &mut Node {
        let Node::Map(entries) = self else {
            unreachable!("entry() is called on mappings")
        };
        let index = match entries.iter().position(|(k, _)| k == key) {
            Some(i) => i,
            None => {
                let rank = |k: &str| order.iter().position(|o| *o == k);
                let at = rank(key)
                    .and_then(|mine| {
                        entries
                            .iter()
                            .position(|(k, _)| rank(k).is_some_and(|theirs| theirs > mine))
                    })
                    .unwrap_or(entries.len());
                entries.insert(at, (key.to_string(), Node::Null));
                at
            }
        };
        &mut entries[index].1
    }

    /// The same value: numbers compare by value (3 equals 3.0), mappings whatever their order.
    pub fn same(&self, other: &Node) -> bool {
        match (self, other) {
            (Node::Null, Node::Null) => true,
            (Node::Bool(a), Node::Bool(b)) => a == b,
            (Node::Str(a), Node::Str(b)) => a == b,
            (Node::Seq(a), Node::Seq(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same(y))
            }
            (Node::Map(a), Node::Map(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .all(|(k, v)| other.get(k).is_some_and(|w| v.same(w)))
            }
            (a, b) => match (a.number(), b.number()) {
                (Some(x), Some(y)) => x == y,
                _ => false,
            },
        }
    }

    pub fn number(&self) -> Option<f64> {
        match self {
            Node::Int(i) => Some(*i as f64),
            Node::Float(f) => Some(*f),
            _ => None,
        }
    }

    pub fn text(&self) -> Option<&str> {
        match self {
            Node::Str(s) => Some(s),
            _ => None,
        }
    }

    /// A number as a record would write it: whole numbers without a decimal point.
    pub fn from_number(value: f64) -> Node {
        if value.fract() == 0.0 && value.abs() < 1e15 {
            Node::Int(value as i64)
        } else {
            Node::Float(value)
        }
    }
}

impl<'de> de::Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(i64::try_from(v).map_or(Node::Float(v as f64), Node::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Str(v))
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries: Vec<(String, Node)> = Vec::new();
        while let Some((key, value)) = map.next_entry::<KeyText, Node>()? {
            entries.push((key.0, value));
        }
        Ok(Node::Map(entries))
    }
}

/// A mapping key as text, whatever scalar it was written as (`2024: …` is the key "2024").
pub(crate) struct KeyText(pub(crate) String);

impl<'de> de::Deserialize<'de> for KeyText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<KeyText, D::Error> {
        match Node::deserialize(deserializer)? {
            Node::Str(s) => Ok(KeyText(s)),
            Node::Int(i) => Ok(KeyText(i.to_string())),
            Node::Float(f) => Ok(KeyText(f.to_string())),
            Node::Bool(b) => Ok(KeyText(b.to_string())),
            _ => Err(de::Error::custom("a mapping key must be a scalar")),
        }
    }
}

/// Writes a record in the layout of hand-written ones: block mappings at the top, short
/// mappings and lists of scalars on one line (`{ level: 2 }`, `[S, A, B]`), long text in
/// `|-` blocks.
pub fn emit(node: &Node) -> String {
    let mut out = String::new();
    if let Node::Map(entries) = node {
        block_map(&mut out, entries, 0);
    }
    out
}

/// Writes `new`, an edit of the record `old` read from `old_text`, keeping the text of every
/// top-level field, and of every entry of a block mapping, that the edit left alone: its
/// layout, quoting and `#` comments. Only what changed is written afresh.
pub fn emit_edit(old_text: &str, old: &Node, new: &Node) -> String {
    let (Node::Map(old_entries), Node::Map(new_entries)) = (old, new) else {
        return emit(new);
    };
    let Some((preamble, segments)) = segments(old_text, 0, old_entries) else {
        return emit(new);
    };
    let mut out = preamble;
    for (key, value) in new_entries {
        let before = old_entries.iter().position(|(k, _)| k == key);
        match before {
            Some(i) if old_entries[i].1.same(value) => out.push_str(&segments[i]),
            Some(i) => out.push_str(&edit_entry(&segments[i], key, &old_entries[i].1, value)),
            None => block_map(&mut out, &[(key.clone(), value.clone())], 0),
        }
    }
    out
}

/// A changed top-level field: a block mapping keeps its unchanged entries' text.
fn edit_entry(segment: &str, key: &str, old: &Node, new: &Node) -> String {
    let fresh = || {
        let mut out = String::new();
        block_map(&mut out, &[(key.to_string(), new.clone())], 0);
        out
    };
    if let (Node::Seq(old_items), Node::Seq(new_items)) = (old, new) {
        return edit_list(segment, key, old_items, new_items).unwrap_or_else(fresh);
    }
    let (Node::Map(old_entries), Node::Map(new_entries)) = (old, new) else {
        return fresh();
    };
    let Some((head, body)) = segment.split_once('\n') else {
        return fresh();
    };
    // Only a block mapping (`key:` alone on its line) has entries of its own lines.
    if head.trim_end() != format!("{}:", scalar_text(key)) {
        return fresh();
    }
    let Some((preamble, children)) = segments(body, 2, old_entries) else {
        return fresh();
    };
    let mut out = format!("{head}\n{preamble}");
    for (k, v) in new_entries {
        match old_entries.iter().position(|(old_key, _)| old_key == k) {
            Some(i) if old_entries[i].1.same(v) => out.push_str(&children[i]),
            _ => block_map(&mut out, &[(k.clone(), v.clone())], 2),
        }
    }
    out
}

/// A changed top-level list (`ratings:`, one entry per rater): the entries that stayed keep
/// their text, changed and added ones are written afresh. `None` when the text is not one
/// `- ` item per entry under `key:` alone on its line.
fn edit_list(segment: &str, key: &str, old: &[Node], new: &[Node]) -> Option<String> {
    let (head, body) = segment.split_once('\n')?;
    if head.trim_end() != format!("{}:", scalar_text(key)) {
        return None;
    }
    let mut items: Vec<String> = Vec::new();
    let mut trailing = String::new();
    for line in body.split_inclusive('\n') {
        if line.starts_with("  - ") || line.trim_end() == "  -" {
            items.push(line.to_string());
        } else if let Some(last) = items.last_mut() {
            if line.trim().is_empty() {
                trailing.push_str(line);
            } else {
                last.push_str(&trailing);
                trailing.clear();
                last.push_str(line);
            }
        } else {
            return None;
        }
    }
    if items.len() != old.len() {
        return None;
    }
    let mut out = format!("{head}\n");
    for (i, item) in new.iter().enumerate() {
        match old.get(i) {
            Some(before) if before.same(item) => out.push_str(&items[i]),
            _ => {
                let mut one = String::new();
                block_map(
                    &mut one,
                    &[(key.to_string(), Node::Seq(vec![item.clone()]))],
                    0,
                );
                out.push_str(one.split_once('\n').map_or("", |(_, rest)| rest));
            }
        }
    }
    out.push_str(&trailing);
    Some(out)
}

/// The text of each entry of a block mapping whose keys sit at `indent`, in `entries`'
/// order, after whatever comes before the first; `None` when the text is not laid out so.
fn segments(
    text: &str,
    indent: usize,
    entries: &[(String, Node)],
) -> Option<(String, Vec<String>)> {
    let mut preamble = String::new();
    let mut found: Vec<(String, String)> = Vec::new();
    let mut pending = String::new();
    for line in text.split_inclusive('\n') {
        let starts_entry = line.len() > indent
            && line[..indent].bytes().all(|b| b == b' ')
            && !line[indent..].starts_with([' ', '#', '-', '\n', '\r']);
        if starts_entry {
            let key = line[indent..].split_once(':')?.0.trim();
            let key = key.trim_matches(|c| c == '"' || c == '\'').to_string();
            if let Some((_, last)) = found.last_mut() {
                last.push_str(&pending);
            } else {
                preamble.push_str(&pending);
            }
            pending.clear();
            found.push((key, line.to_string()));
        } else if line.trim().is_empty() || line.trim_start().starts_with('#') {
            // Blank lines and comments go with the entry that follows them.
            pending.push_str(line);
        } else if let Some((_, last)) = found.last_mut() {
            last.push_str(&pending);
            pending.clear();
            last.push_str(line);
        } else {
            return None;
        }
    }
    match found.last_mut() {
        Some((_, last)) => last.push_str(&pending),
        None => preamble.push_str(&pending),
    }
    let same_keys =
        found.len() == entries.len() && found.iter().zip(entries).all(|((a, _), (b, _))| a == b);
    same_keys.then(|| (preamble, found.into_iter().map(|(_, text)| text).collect()))
}

/// `key: value` at `indent`, as [`emit`] lays it out (a block value on the lines below).
pub(crate) fn write_entry(out: &mut String, key: &str, value: &Node, indent: usize) {
    block_map(out, &[(key.to_string(), value.clone())], indent);
}

/// `- value` with its dash at `indent`, as [`emit`] lays out list items; a mapping on lines
/// of its own when `block` (beside siblings written so), however short.
pub(crate) fn write_item(out: &mut String, value: &Node, indent: usize, block: bool) {
    seq_item(out, value, indent, block);
}

/// The value on one line, when it has such a form (scalars, short collections of scalars).
pub(crate) fn flow_text(node: &Node) -> Option<String> {
    flow(node)
}

/// Text as a double-quoted scalar, line breaks escaped: one line wherever it goes.
pub(crate) fn quoted_text(s: &str) -> String {
    quoted(s)
}

/// A mapping or list goes on one line when the whole line, key and indent included, is at
/// most this wide (in columns: a Chinese character takes two).
const LINE_WIDTH: usize = 100;

fn width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// The value on one line after `prefix` columns, when it fits.
fn flow_after(prefix: usize, node: &Node) -> Option<String> {
    let text = flow(node)?;
    (matches!(node, Node::Seq(_) | Node::Map(_)) && prefix + width(&text) > LINE_WIDTH)
        .then_some(())
        .map_or(Some(text), |()| None)
}

fn block_map(out: &mut String, entries: &[(String, Node)], indent: usize) {
    for (key, value) in entries {
        pad(out, indent);
        let key = scalar_text(key);
        out.push_str(&key);
        out.push(':');
        value_after_key(out, value, indent, indent + width(&key) + 2);
    }
}

/// `prefix`: the columns the line already holds.
fn value_after_key(out: &mut String, value: &Node, indent: usize, prefix: usize) {
    let one_line = flow_after(prefix, value);
    match value {
        Node::Map(entries) if !entries.is_empty() && one_line.is_none() => {
            out.push('\n');
            block_map(out, entries, indent + 2);
        }
        Node::Seq(items) if !items.is_empty() && one_line.is_none() => {
            out.push('\n');
            block_seq(out, items, indent + 2);
        }
        Node::Str(s) if literal_block(s) => {
            out.push_str(" |-\n");
            for line in s.lines() {
                if !line.is_empty() {
                    pad(out, indent + 2);
                    out.push_str(line);
                }
                out.push('\n');
            }
        }
        _ => {
            out.push(' ');
            // Only text with line breaks that no `|-` block can hold has no one-line form.
            out.push_str(&one_line.unwrap_or_else(|| quoted(value.text().unwrap_or_default())));
            out.push('\n');
        }
    }
}

fn block_seq(out: &mut String, items: &[Node], indent: usize) {
    for item in items {
        seq_item(out, item, indent, false);
    }
}

/// `- item` with its dash at `indent`; a mapping on lines of its own when `block`.
fn seq_item(out: &mut String, item: &Node, indent: usize, block: bool) {
    pad(out, indent);
    out.push('-');
    let one_line = match item {
        Node::Map(entries) if block && !entries.is_empty() => None,
        _ => flow_after(indent + 2, item),
    };
    match item {
        Node::Map(entries) if !entries.is_empty() && one_line.is_none() => {
            // The first key on the dash's line, the others under it.
            let (first, rest) = entries.split_first().expect("not empty");
            out.push(' ');
            let key = scalar_text(&first.0);
            out.push_str(&key);
            out.push(':');
            value_after_key(out, &first.1, indent + 2, indent + 2 + width(&key) + 2);
            block_map(out, rest, indent + 2);
        }
        Node::Seq(inner) if !inner.is_empty() && one_line.is_none() => {
            out.push('\n');
            block_seq(out, inner, indent + 2);
        }
        _ => {
            out.push(' ');
            out.push_str(&one_line.unwrap_or_else(|| quoted(item.text().unwrap_or_default())));
            out.push('\n');
        }
    }
}

/// The value on one line, when it is short and holds no line breaks.
fn flow(node: &Node) -> Option<String> {
    let text = match node {
        Node::Null => return Some("null".to_string()),
        Node::Bool(b) => return Some(b.to_string()),
        Node::Int(i) => return Some(i.to_string()),
        Node::Float(f) => return Some(float_text(*f)),
        Node::Str(s) if s.contains('\n') => return None,
        Node::Str(s) => return Some(scalar_text(s)),
        Node::Seq(items) if items.is_empty() => "[]".to_string(),
        Node::Map(entries) if entries.is_empty() => "{}".to_string(),
        Node::Seq(items) => {
            let parts = items
                .iter()
                .map(|i| scalar_only(i).and_then(|_| flow(i)))
                .collect::<Option<Vec<_>>>()?;
            format!("[{}]", parts.join(", "))
        }
        Node::Map(entries) => {
            let parts = entries
                .iter()
                .map(|(k, v)| {
                    scalar_only(v)
                        .and_then(|_| flow(v))
                        .map(|v| format!("{}: {v}", scalar_text(k)))
                })
                .collect::<Option<Vec<_>>>()?;
            format!("{{ {} }}", parts.join(", "))
        }
    };
    Some(text)
}

fn scalar_only(node: &Node) -> Option<()> {
    (!matches!(node, Node::Seq(_) | Node::Map(_))).then_some(())
}

fn float_text(f: f64) -> String {
    if f.is_finite() {
        let text = f.to_string();
        if text.contains('.') || text.contains('e') {
            text
        } else {
            format!("{text}.0")
        }
    } else if f.is_nan() {
        ".nan".into()
    } else if f > 0.0 {
        ".inf".into()
    } else {
        "-.inf".into()
    }
}

/// Multi-line text goes in a `|-` block when it reads back the same.
fn literal_block(s: &str) -> bool {
    s.contains('\n')
        && !s.ends_with('\n')
        && !s.starts_with([' ', '\n'])
        && !s.contains(['\r', '\t'])
        && s.lines().all(|l| !l.ends_with(' '))
        && !s.chars().any(|c| c.is_control() && c != '\n')
}

/// A string plain when YAML reads it back as the same string, double-quoted otherwise.
pub fn scalar_text(s: &str) -> String {
    if plain_is_safe(s) {
        s.to_string()
    } else {
        quoted(s)
    }
}

fn quoted(s: &str) -> String {
    // A JSON string is a YAML double-quoted scalar.
    serde_json::to_string(s).expect("strings serialise")
}

fn plain_is_safe(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if "-?:,[]{}#&*!|>'\"%@`".contains(first)
        || first.is_whitespace()
        || s.ends_with(char::is_whitespace)
        || s.ends_with(':')
        || s.contains(": ")
        || s.contains(" #")
        || s.contains([',', '[', ']', '{', '}', '\t'])
        || s.chars().any(char::is_control)
    {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | "null" | "~"
    ) {
        return false;
    }
    // Anything that could read as a number (or a YAML 1.1 sexagesimal) is quoted; ISO dates
    // stay plain, as records write them.
    let numeric_looking = s.starts_with(|c: char| c.is_ascii_digit() || "+-.".contains(c))
        && s.chars()
            .all(|c| c.is_ascii_hexdigit() || "+-._:xXoO".contains(c));
    let special_float = matches!(lower.as_str(), ".inf" | "+.inf" | "-.inf" | ".nan");
    (!numeric_looking || is_iso_date(s)) && !special_float
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn pad(out: &mut String, indent: usize) {
    let _ = write!(out, "{:indent$}", "");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reparse(node: &Node) -> Node {
        let text = emit(node);
        Node::parse(&text).unwrap_or_else(|| panic!("emitted YAML does not parse:\n{text}"))
    }

    #[test]
    fn awkward_strings_read_back_the_same() {
        let awkward = [
            "true",
            "No",
            "null",
            "~",
            "1",
            "0x10",
            "1e5",
            ".5",
            "+1",
            "12:30",
            "2024-12-12",
            "2024H2",
            "E1001",
            "A",
            ".inf",
            "-.nan",
            "- x",
            "a: b",
            "#x",
            "a #b",
            "",
            " lead",
            "trail ",
            "x,y",
            "[a]",
            "{a}",
            "@x",
            "`x`",
            "%x",
            "*x",
            "&x",
            "!x",
            "|",
            ">",
            "?",
            "'q'",
            "\"q\"",
            "多行\n第二行",
            "多行\n\n空行之后",
            "末尾换行\n",
            "tab\there",
            "客户导向：结论先行，理由清楚",
        ];
        let node = Node::Map(
            awkward
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    (
                        format!("k{i}"),
                        Node::Map(vec![
                            ("text".into(), Node::Str(s.to_string())),
                            ("list".into(), Node::Seq(vec![Node::Str(s.to_string())])),
                        ]),
                    )
                })
                .chain([(
                    "numbers".to_string(),
                    Node::Seq(vec![Node::Int(3), Node::Float(3.5), Node::Float(2.0)]),
                )])
                .collect(),
        );
        assert!(reparse(&node).same(&node), "{}", emit(&node));
    }

    #[test]
    fn an_edit_keeps_the_text_it_does_not_touch() {
        let old_text = "# 2024 年下半年\nemployee_id: E1\nname:   林\ncompetencies:\n  # 口头汇报\n  communication:\n    level: 1\n    evidence: \"结论先行\"\n  teamwork: { level: 2 }\ncomments: \"好\"\n";
        let old = Node::parse(old_text).unwrap();
        let mut new = old.clone();
        new.set(
            &["competencies", "teamwork", "level"],
            Node::Int(3),
            &|_| &[],
        );
        assert_eq!(
            emit_edit(old_text, &old, &new),
            "# 2024 年下半年\nemployee_id: E1\nname:   林\ncompetencies:\n  # 口头汇报\n  communication:\n    level: 1\n    evidence: \"结论先行\"\n  teamwork: { level: 3 }\ncomments: \"好\"\n"
        );
        assert_eq!(emit_edit(old_text, &old, &old), old_text);
    }

    #[test]
    fn new_keys_go_in_canonical_order() {
        let mut node = Node::parse("employee_id: E1\ndate: 2024-01-01\n").unwrap();
        let order = |path: &[&str]| -> &'static [&'static str] {
            if path.is_empty() {
                &["employee_id", "name", "date", "facts"]
            } else {
                &[]
            }
        };
        node.set(&["name"], Node::Str("林".into()), &order);
        node.set(
            &["facts", "education"],
            Node::Str("bachelor".into()),
            &order,
        );
        assert_eq!(
            emit(&node),
            "employee_id: E1\nname: 林\ndate: 2024-01-01\nfacts: { education: bachelor }\n"
        );
    }
}
