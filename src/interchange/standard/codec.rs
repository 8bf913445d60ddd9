//! A field's value as a cell shows it, and a cell read back as the field's value.

use super::tree::align;
use crate::interchange::node::Node;
use crate::locale::Message;
use crate::model::Language;
use crate::msg;
use crate::spreadsheet::Cell;

use super::tables::{Codec, cell_text, scalar};

/// What a cell holds when written.
#[derive(Debug, Clone, PartialEq)]
pub enum Out {
    Blank,
    Text(String),
    Number(f64),
}

/// What codecs look names up in: the content's language, and the categories and competencies
/// as the import has them so far.
pub struct Names {
    pub language: Language,
    /// (id, name) of each category.
    pub categories: Vec<(String, String)>,
    /// (id, name) of each competency.
    pub competencies: Vec<(String, String)>,
    /// (id, name) of each contribution kind.
    pub kinds: Vec<(String, String)>,
}

impl Names {
    fn word(&self, key: &str) -> &'static str {
        self.language.get(key)
    }

    fn yes(&self) -> &'static str {
        self.word("book_yes")
    }

    fn no(&self) -> &'static str {
        self.word("book_no")
    }

    fn competency_name(&self, id: &str) -> String {
        self.competencies
            .iter()
            .find(|(i, _)| i == id)
            .map_or_else(|| id.to_string(), |(_, n)| n.clone())
    }

    /// The id a name or an id stands for, among `list`.
    fn resolve(list: &[(String, String)], text: &str) -> Option<String> {
        list.iter()
            .find(|(id, _)| id == text)
            .or_else(|| list.iter().find(|(_, name)| name == text))
            .map(|(id, _)| id.clone())
    }
}

fn lines(node: Option<&Node>) -> Vec<String> {
    match node {
        Some(Node::Seq(items)) => items.iter().filter_map(scalar).collect(),
        Some(other) => scalar(other).into_iter().collect(),
        None => Vec::new(),
    }
}

fn joined(parts: Vec<String>, by: &str) -> Out {
    if parts.is_empty() {
        Out::Blank
    } else {
        Out::Text(parts.join(by))
    }
}

/// Ids separated by commas (half- or full-width), 、 or line breaks.
fn ids(text: &str) -> Vec<String> {
    text.split([',', '，', '、', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn split_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// `key: value` or `key：value` (the full-width colon a Chinese keyboard types).
fn split_pair(line: &str) -> Option<(String, String)> {
    let at = line.find([':', '：', '='])?;
    let (k, rest) = line.split_at(at);
    let sep = rest.chars().next().expect("found");
    Some((
        k.trim().to_string(),
        rest[sep.len_utf8()..].trim().to_string(),
    ))
}

fn number(text: &str) -> Option<f64> {
    text.trim().parse::<f64>().ok().filter(|n| n.is_finite())
}

const KEY_MARKS: [char; 2] = ['★', '*'];

impl Codec {
    /// The cell showing `node` (the field's value, absent as `None`).
    pub fn encode(self, node: Option<&Node>, names: &Names) -> Out {
        let Some(node) = node else {
            return Out::Blank;
        };
        match self {
            Codec::Text => scalar(node).map_or(Out::Blank, Out::Text),
            Codec::Number | Codec::Whole => match node.number() {
                Some(n) => Out::Number(n),
                None => scalar(node).map_or(Out::Blank, Out::Text),
            },
            Codec::Bool => match node {
                Node::Bool(true) => Out::Text(names.yes().into()),
                Node::Bool(false) => Out::Text(names.no().into()),
                _ => Out::Blank,
            },
            Codec::Choice(prefix, _) => match scalar(node) {
                Some(v) => match names.word(&format!("{prefix}{v}")) {
                    "" => Out::Text(v),
                    word => Out::Text(word.to_string()),
                },
                None => Out::Blank,
            },
            Codec::Lines => joined(lines(Some(node)), "\n"),
            Codec::Kinds => {
                let name = |id: String| {
                    names
                        .kinds
                        .iter()
                        .find(|(i, _)| *i == id)
                        .map_or(id, |(_, n)| n.clone())
                };
                match (node.get("kind").and_then(scalar), node.get("kinds")) {
                    (Some(kind), _) => Out::Text(name(kind)),
                    (None, Some(kinds)) => {
                        joined(lines(Some(kinds)).into_iter().map(name).collect(), ", ")
                    }
                    (None, None) => Out::Blank,
                }
            }
            Codec::Ids => joined(lines(Some(node)), ", "),
            Codec::Category => match scalar(node) {
                Some(id) => Out::Text(
                    names
                        .categories
                        .iter()
                        .find(|(i, _)| *i == id)
                        .map_or(id, |(_, n)| n.clone()),
                ),
                None => Out::Blank,
            },
            Codec::Suggestions(kind) => joined(
                suggestions(node)
                    .into_iter()
                    .filter(|(k, _, _)| k == kind)
                    .map(|(_, text, _)| text)
                    .collect(),
                "\n",
            ),
            Codec::Criteria => match node {
                Node::Map(entries) => joined(
                    entries
                        .iter()
                        .filter_map(|(k, v)| Some(format!("{k}: {}", scalar(v)?)))
                        .collect(),
                    "\n",
                ),
                _ => Out::Blank,
            },
            Codec::Bands => match node {
                Node::Seq(bands) => joined(
                    bands
                        .iter()
                        .filter_map(|b| {
                            Some(format!(
                                "{}: {}",
                                scalar(b.get("from")?)?,
                                scalar(b.get("points")?)?
                            ))
                        })
                        .collect(),
                    "\n",
                ),
                _ => Out::Blank,
            },
            Codec::Requirements => match node {
                Node::Seq(items) => joined(
                    items
                        .iter()
                        .filter_map(|r| {
                            let id = scalar(r.get("competency")?)?;
                            let mut line = names.competency_name(&id);
                            if let Some(level) = r.get("level").and_then(scalar) {
                                line.push(' ');
                                line.push_str(&level);
                            }
                            if matches!(r.get("key"), Some(Node::Bool(true))) {
                                line.push('★');
                            }
                            Some(line)
                        })
                        .collect(),
                    "\n",
                ),
                _ => Out::Blank,
            },
            Codec::Alternatives => match node {
                Node::Seq(items) => joined(
                    items
                        .iter()
                        .map(|alt| match alt {
                            Node::Map(entries) => entries
                                .iter()
                                .map(|(k, v)| {
                                    let codec = alternative_codec(k);
                                    let shown = match codec.encode(Some(v), names) {
                                        // Majors within one alternative: 、, not a comma.
                                        Out::Text(t) => t.replace(", ", "、"),
                                        Out::Number(n) => {
                                            crate::spreadsheet::values::number_text(n)
                                        }
                                        Out::Blank => String::new(),
                                    };
                                    format!(
                                        "{}={shown}",
                                        names.word(&format!("book_col_{}", alternative_column(k)))
                                    )
                                })
                                .collect::<Vec<_>>()
                                .join("，"),
                            _ => String::new(),
                        })
                        .collect(),
                    "\n",
                ),
                _ => Out::Blank,
            },
            Codec::Judged => match node {
                Node::Seq(items) => joined(
                    items
                        .iter()
                        .filter_map(|c| scalar(c.get("text")?))
                        .collect(),
                    "\n",
                ),
                _ => Out::Blank,
            },
        }
    }

    /// The field's value a cell says, given its value before (`current`); `None` for none.
    pub fn decode(
        self,
        cell: &Cell,
        current: Option<&Node>,
        names: &Names,
    ) -> Result<Option<Node>, Message> {
        if let Cell::Unreadable(why) = cell {
            return Err(why.clone());
        }
        let text = cell_text(cell);
        let Some(text) = text else {
            return Ok(match self {
                // Blank is "none of this kind": the other kinds stay.
                Codec::Suggestions(kind) => set_suggestions(current, kind, &[])
                    .filter(|n| !matches!(n, Node::Seq(s) if s.is_empty())),
                _ => None,
            });
        };
        // The value as it was, when the cell still says it: nothing to write.
        if let Some(old) = current
            && self.encode(Some(old), names) == Out::Text(text.clone())
        {
            return Ok(Some(old.clone()));
        }
        if let (Some(old), Cell::Number(n)) = (current, cell)
            && old.number() == Some(*n)
        {
            return Ok(Some(old.clone()));
        }
        let value = match self {
            Codec::Text => match current {
                // Text read back as it was written, whitespace at its ends aside.
                Some(Node::Str(old)) if old.trim() == text => Node::Str(old.clone()),
                _ => Node::Str(text),
            },
            Codec::Number => {
                Node::from_number(number(&text).ok_or_else(|| msg!("book-not-a-number"))?)
            }
            Codec::Whole => {
                let n = number(&text).filter(|n| n.fract() == 0.0 && *n >= 0.0);
                Node::Int(n.ok_or_else(|| msg!("book-not-a-whole-number"))? as i64)
            }
            Codec::Bool => {
                let t = text.to_lowercase();
                if t == names.yes() || ["true", "yes", "y", "1", "是"].contains(&t.as_str()) {
                    Node::Bool(true)
                } else if t == names.no() || ["false", "no", "n", "0", "否"].contains(&t.as_str())
                {
                    Node::Bool(false)
                } else {
                    return Err(msg!("book-not-yes-no", yes = names.yes(), no = names.no()));
                }
            }
            Codec::Choice(prefix, values) => {
                let found = values
                    .iter()
                    .find(|v| **v == text || names.word(&format!("{prefix}{v}")) == text);
                let shown: Vec<String> = values
                    .iter()
                    .map(|v| names.word(&format!("{prefix}{v}")).to_string())
                    .collect();
                Node::Str(
                    found
                        .ok_or_else(|| msg!("book-not-a-choice", choices = shown.join("、")))?
                        .to_string(),
                )
            }
            Codec::Lines => Node::Seq(split_lines(&text).into_iter().map(Node::Str).collect()),
            Codec::Ids => Node::Seq(ids(&text).into_iter().map(Node::Str).collect()),
            Codec::Kinds => {
                let mut entity = current.cloned().unwrap_or_else(Node::map);
                let mut ids = ids(&text);
                for id in &mut ids {
                    *id = Names::resolve(&names.kinds, id).ok_or_else(|| {
                        let known: Vec<&str> =
                            names.kinds.iter().map(|(_, n)| n.as_str()).collect();
                        msg!(
                            "book-unknown-kind",
                            name = id.as_str(),
                            known = known.join("、")
                        )
                    })?;
                }
                entity.remove("kind");
                entity.remove("kinds");
                let value = match ids.as_slice() {
                    [one] => ("kind", Node::Str(one.clone())),
                    _ => ("kinds", Node::Seq(ids.into_iter().map(Node::Str).collect())),
                };
                entity.set(&[value.0], value.1, &super::tables::key_order);
                entity
            }
            Codec::Category => {
                Node::Str(Names::resolve(&names.categories, &text).ok_or_else(|| {
                    let known: Vec<&str> =
                        names.categories.iter().map(|(_, n)| n.as_str()).collect();
                    msg!("book-unknown-category", known = known.join("、"))
                })?)
            }
            Codec::Suggestions(kind) => {
                return Ok(set_suggestions(current, kind, &split_lines(&text)));
            }
            Codec::Criteria => {
                let mut entries = Vec::new();
                for line in split_lines(&text) {
                    let (k, v) =
                        split_pair(&line).ok_or_else(|| msg!("book-not-a-pair", line = &line))?;
                    entries.push((k, Node::Str(v)));
                }
                Node::Map(entries)
            }
            Codec::Bands => {
                let mut bands = Vec::new();
                for line in split_lines(&text) {
                    let pair =
                        split_pair(&line).and_then(|(a, b)| Some((number(&a)?, number(&b)?)));
                    let (from, points) =
                        pair.ok_or_else(|| msg!("book-not-a-band", line = &line))?;
                    bands.push(Node::Map(vec![
                        ("from".into(), Node::from_number(from)),
                        ("points".into(), Node::from_number(points)),
                    ]));
                }
                Node::Seq(bands)
            }
            Codec::Requirements => {
                let old = match current {
                    Some(Node::Seq(items)) => items.clone(),
                    _ => Vec::new(),
                };
                let mut items = Vec::new();
                for line in split_lines(&text) {
                    let key = line.ends_with(KEY_MARKS);
                    let body = line.trim_end_matches(KEY_MARKS).trim();
                    let (name, level) = match body.rsplit_once(char::is_whitespace) {
                        Some((n, l)) if number(l).is_some() => (n.trim(), number(l)),
                        _ => (body, None),
                    };
                    let id = Names::resolve(&names.competencies, name)
                        .ok_or_else(|| msg!("book-unknown-competency", name = name))?;
                    // An entry that says the same keeps its text (`key: false` included).
                    let same = old.iter().find(|o| {
                        o.get("competency").and_then(scalar).as_deref() == Some(id.as_str())
                            && o.get("level").and_then(Node::number) == level
                            && matches!(o.get("key"), Some(Node::Bool(true))) == key
                    });
                    items.push(match same {
                        Some(o) => o.clone(),
                        None => {
                            let mut entry = vec![("competency".to_string(), Node::Str(id))];
                            if let Some(l) = level {
                                entry.push(("level".into(), Node::from_number(l)));
                            }
                            if key {
                                entry.push(("key".into(), Node::Bool(true)));
                            }
                            Node::Map(entry)
                        }
                    });
                }
                Node::Seq(items)
            }
            Codec::Alternatives => {
                let mut alternatives = Vec::new();
                for line in split_lines(&text) {
                    let mut entries = Vec::new();
                    // `专业=a, b，工作年限=3`: a piece without `=` continues the value before it.
                    let mut parts: Vec<String> = Vec::new();
                    for piece in line.split([',', '，', ';', '；']).map(str::trim) {
                        match parts.last_mut() {
                            Some(last) if split_pair(piece).is_none() && !piece.is_empty() => {
                                last.push('、');
                                last.push_str(piece);
                            }
                            _ if piece.is_empty() => {}
                            _ => parts.push(piece.to_string()),
                        }
                    }
                    for part in parts.iter().map(String::as_str) {
                        let (label, value) =
                            split_pair(part).ok_or_else(|| msg!("book-not-a-pair", line = part))?;
                        let key = ALTERNATIVE_KEYS
                            .iter()
                            .find(|k| {
                                **k == label
                                    || names.word(&format!("book_col_{}", alternative_column(k)))
                                        == label
                            })
                            .ok_or_else(|| msg!("book-unknown-condition", name = &label))?;
                        let cell = Cell::Text(value);
                        let v = alternative_codec(key)
                            .decode(&cell, None, names)?
                            .ok_or_else(|| msg!("book-not-a-pair", line = part))?;
                        entries.push((key.to_string(), v));
                    }
                    alternatives.push(Node::Map(entries));
                }
                Node::Seq(alternatives)
            }
            Codec::Judged => {
                let old = match current {
                    Some(Node::Seq(items)) => items.clone(),
                    _ => Vec::new(),
                };
                let texts: Vec<Node> = split_lines(&text).into_iter().map(Node::Str).collect();
                let old_texts: Vec<Node> = old
                    .iter()
                    .map(|o| o.get("text").cloned().unwrap_or(Node::Null))
                    .collect();
                let mut used: Vec<String> = old
                    .iter()
                    .filter_map(|o| o.get("id").and_then(scalar))
                    .collect();
                let mut items = Vec::new();
                for (o, n) in align(&old_texts, &texts) {
                    let Some(n) = n else { continue };
                    let text = texts[n].clone();
                    items.push(match o {
                        Some(o) => {
                            let mut entry = old[o].clone();
                            entry.set(&["text"], text, &super::tables::key_order);
                            entry
                        }
                        None => {
                            let id = (1..)
                                .map(|i| format!("condition-{i}"))
                                .find(|id| !used.contains(id))
                                .expect("unbounded");
                            used.push(id.clone());
                            Node::Map(vec![("id".into(), Node::Str(id)), ("text".into(), text)])
                        }
                    });
                }
                Node::Seq(items)
            }
        };
        Ok(Some(value))
    }
}

/// The fields an alternative of `any_of` may give, in the order they are shown.
const ALTERNATIVE_KEYS: [&str; 6] = [
    "education",
    "experience_years",
    "years_in_level",
    "training_hours",
    "major",
    "title",
];

fn alternative_codec(key: &str) -> Codec {
    match key {
        "education" => Codec::Choice("edu_", super::tables::EDUCATION),
        "major" => Codec::Ids,
        "title" => Codec::Text,
        _ => Codec::Number,
    }
}

/// The levels table's column for an alternative's field.
fn alternative_column(key: &str) -> &str {
    match key {
        "title" => "professional_title",
        other => other,
    }
}

/// Each suggestion: (kind, text, index in the list). A plain text is on-the-job practice.
fn suggestions(node: &Node) -> Vec<(String, String, usize)> {
    let Node::Seq(items) = node else {
        return Vec::new();
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, s)| match s {
            Node::Str(t) => Some(("on-the-job".to_string(), t.clone(), i)),
            other => Some((scalar(other.get("kind")?)?, scalar(other.get("text")?)?, i)),
        })
        .collect()
}

/// The suggestion list with those of `kind` made `texts`: a changed text edited where it is,
/// new ones after the one before them, those gone removed; the other kinds untouched.
fn set_suggestions(current: Option<&Node>, kind: &str, texts: &[String]) -> Option<Node> {
    let items = match current {
        Some(Node::Seq(items)) => items.clone(),
        _ => Vec::new(),
    };
    let all = suggestions(&Node::Seq(items.clone()));
    let mine: Vec<usize> = all
        .iter()
        .filter(|(k, _, _)| k == kind)
        .map(|(_, _, i)| *i)
        .collect();
    let old: Vec<Node> = all
        .iter()
        .filter(|(k, _, _)| k == kind)
        .map(|(_, t, _)| Node::Str(t.clone()))
        .collect();
    let new: Vec<Node> = texts.iter().cloned().map(Node::Str).collect();
    // For each of the kind's entries: the text that replaces it (none: removed), and the new
    // texts that follow it.
    let mut fate: Vec<(Option<usize>, Vec<usize>)> = vec![(None, Vec::new()); mine.len()];
    let mut leading = Vec::new();
    let mut last = None;
    for (o, n) in align(&old, &new) {
        match (o, n) {
            (Some(o), n) => {
                fate[o].0 = n;
                last = Some(o);
            }
            (None, Some(n)) => match last {
                Some(o) => fate[o].1.push(n),
                None => leading.push(n),
            },
            (None, None) => {}
        }
    }
    let mut out = Vec::new();
    if mine.is_empty() {
        out.extend(items.iter().cloned());
    }
    for (i, item) in items.iter().enumerate() {
        let Some(o) = mine.iter().position(|m| *m == i) else {
            if !mine.is_empty() {
                out.push(item.clone());
            }
            continue;
        };
        if o == 0 {
            out.extend(leading.drain(..).map(|n| typed(kind, &texts[n])));
        }
        if let Some(n) = fate[o].0 {
            out.push(match item {
                Node::Str(_) => new[n].clone(),
                _ if old[o].same(&new[n]) => item.clone(),
                typed_item => {
                    let mut t = typed_item.clone();
                    t.set(&["text"], new[n].clone(), &super::tables::key_order);
                    t
                }
            });
        }
        out.extend(fate[o].1.iter().map(|n| typed(kind, &texts[*n])));
    }
    out.extend(leading.into_iter().map(|n| typed(kind, &texts[n])));
    if out.is_empty() && current.is_none() {
        return None;
    }
    Some(Node::Seq(out))
}

fn typed(kind: &str, text: &str) -> Node {
    Node::Map(vec![
        ("kind".into(), Node::Str(kind.to_string())),
        ("text".into(), Node::Str(text.to_string())),
    ])
}
