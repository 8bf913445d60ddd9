//! Keeping a parse going past a mistake. serde-saphyr stops at the first error of a document,
//! so a file with four independent mistakes would take four runs of `check` to see. When an
//! error has a position and a safe repair, this module patches the text so the parse can go
//! on: it blanks an unknown or repeated key with its value, or writes a placeholder of the
//! expected type over a value of the wrong one.
//!
//! A patch only ever replaces characters with spaces (or a placeholder and spaces), and keeps
//! every line break, so every other value stays at the line and column it was written at and
//! later diagnostics point at the right place. What has no safe repair — a syntax error, a
//! missing field, an alias — is not patched: the caller stops there, as before.
//!
//! This module knows YAML's layout, not its meaning: which errors to repair, and how, is
//! `yaml`'s choice.
//!
//! `scan.rs` finds where things start and end in the text (lines, scalars, flow collections,
//! blocks, entries); this file turns that into repairs and the questions `yaml` asks.

mod scan;
#[cfg(test)]
mod tests;

/// A place in a document: 1-based line and character column, as serde-saphyr counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

/// A repair for an error at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repair {
    /// Blank the mapping entry whose key is at the position: key, value (nested block or
    /// flow entry included) and, in a flow mapping, its comma.
    RemoveEntry,
    /// Write this value over the value at the position (a block collection or block scalar
    /// starting there, a flow collection, a quoted or plain scalar, or nothing at all).
    Placeholder(&'static str),
    /// Rename the key at the position (a misspelt field, to the field meant), padding it with
    /// blanks before its colon; a longer name only where nothing follows on the line.
    RenameKey(&'static str),
}

/// What a patch changed: the characters from `start` up to (not including) `end`, which
/// were `replaced`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Patched {
    pub start: Pos,
    pub end: Pos,
    pub replaced: String,
}

impl Patched {
    /// Whether an error at `at` is about what this patch changed: inside it, or just before it
    /// with only blanks, line breaks, `:` or `-` between (a value that became empty is
    /// reported at its key's colon or its list dash).
    pub fn touches(&self, doc: &Document, at: Pos) -> bool {
        if self.start <= at && at < self.end.max(next(self.start)) {
            return true;
        }
        if at > self.start {
            return false;
        }
        let (from, to) = (doc.index(at), doc.index(self.start));
        doc.chars[from..to]
            .iter()
            .all(|c| c.is_whitespace() || matches!(c, ':' | '-'))
    }

    /// Whether the patch took away a `key:` (so a field found missing after it may be missing
    /// because of it).
    pub fn took_key(&self, key: &str) -> bool {
        let pattern = format!("{key}:");
        self.replaced.match_indices(&pattern).any(|(at, _)| {
            self.replaced[..at]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || matches!(c, '{' | ',' | '-' | '"' | '\''))
        })
    }
}

fn next(p: Pos) -> Pos {
    Pos {
        line: p.line,
        column: p.column + 1,
    }
}

/// A document's text as characters, with where each line starts: made once per attempt at
/// parsing, and asked where errors stand and how to repair them.
pub struct Document {
    chars: Vec<char>,
    line_starts: Vec<usize>,
}

impl Document {
    /// Applies `repair` at `at`: the patched text and what changed, or `None` when the text there
    /// is not laid out as the repair expects (or is an alias, a tag or a complex key, which are
    /// left alone). The patched text has exactly the same line breaks.
    pub fn apply(&self, at: Pos, repair: Repair) -> Option<(String, Patched)> {
        let start = self.index_strict(at)?;
        let (from, to, fill) = match repair {
            Repair::RemoveEntry => {
                let (from, to) = self.entry(start)?;
                (from, to, "")
            }
            Repair::RenameKey(name) => (start, self.key_end(start)?, name),
            Repair::Placeholder(value) => {
                let (from, to) = self.value(start)?;
                (from, to, value)
            }
        };
        let mut chars = self.chars.clone();
        for c in &mut chars[from..to] {
            if *c != '\n' {
                *c = ' ';
            }
        }
        let mut fill: Vec<char> = fill.chars().collect();
        // An empty value right after `:` or `-` needs a space before the placeholder.
        if !fill.is_empty() && from == to && from > 0 && !chars[from - 1].is_whitespace() {
            fill.insert(0, ' ');
        }
        // The placeholder must not move anything that follows it on its line; it may grow into
        // the line's end (or push a comment along).
        let room = chars[from..]
            .iter()
            .take_while(|c| **c != '\n' && c.is_whitespace())
            .count();
        if fill.len() > room {
            let rest: String = chars[from + room..]
                .iter()
                .take_while(|c| **c != '\n')
                .collect();
            // A renamed key keeps its colon right after it.
            let (rest, keep) = match repair {
                Repair::RenameKey(_) => (rest.strip_prefix(':')?.trim_start().to_string(), 0),
                _ => {
                    let keep = usize::from(!rest.is_empty());
                    (rest, keep)
                }
            };
            if !(rest.is_empty() || rest.starts_with('#')) {
                return None;
            }
            let extra = fill.len() - room + keep;
            chars.splice(from + room..from + room, std::iter::repeat_n(' ', extra));
        }
        for (k, c) in fill.into_iter().enumerate() {
            chars[from + k] = c;
        }
        let patched = Patched {
            start: self.pos(from),
            end: self.pos(to.max(from)),
            replaced: self.chars[from..to].iter().collect(),
        };
        Some((chars.into_iter().collect(), patched))
    }

    /// Whether the keys at `a` and `b` belong to one mapping: the same flow mapping (`{ … }`), or,
    /// outside flow collections, the same column with no line between them indented less (a
    /// `- ` item starting between them begins another mapping).
    pub fn same_mapping(&self, a: Pos, b: Pos) -> bool {
        let (Some(ia), Some(ib)) = (self.index_strict(a), self.index_strict(b)) else {
            return false;
        };
        match (self.enclosing_flow(ia), self.enclosing_flow(ib)) {
            (Some(x), Some(y)) => x == y && self.chars[x] == '{',
            (None, None) => {
                let (first, last) = if a <= b { (a, b) } else { (b, a) };
                a.column == b.column
                    && (first.line + 1..=last.line).all(|line| {
                        let l = self.line(line);
                        blank_or_comment(l) || indent(l) + 1 >= a.column as usize
                    })
            }
            _ => false,
        }
    }
}

pub(super) fn blank_or_comment(line: &[char]) -> bool {
    let first = line.iter().find(|c| !c.is_whitespace());
    first.is_none_or(|c| *c == '#')
}

pub(super) fn indent(line: &[char]) -> usize {
    line.iter().take_while(|c| **c == ' ').count()
}

impl Document {
    pub fn new(text: &str) -> Document {
        let chars: Vec<char> = text.chars().collect();
        let mut line_starts = vec![0];
        line_starts.extend(
            chars
                .iter()
                .enumerate()
                .filter(|(_, c)| **c == '\n')
                .map(|(i, _)| i + 1),
        );
        Document { chars, line_starts }
    }

    /// Whether the mapping the key at `at` belongs to has another key `key`.
    pub fn has_key_beside(&self, at: Pos, key: &str) -> bool {
        self.first_key_beside(at, key).is_some()
    }

    /// The first other key `key` in the mapping the key at `at` belongs to.
    pub fn first_key_beside(&self, at: Pos, key: &str) -> Option<Pos> {
        let pattern: Vec<char> = format!("{key}:").chars().collect();
        (0..self.chars.len().saturating_sub(pattern.len() - 1))
            .filter(|&i| {
                self.chars[i..].starts_with(&pattern)
                    && self.is_value_colon(i + pattern.len() - 1)
                    && (i == 0
                        || self.chars[i - 1].is_whitespace()
                        || matches!(self.chars[i - 1], '{' | ','))
            })
            .map(|i| self.pos(i))
            .find(|&p| p != at && self.same_mapping(at, p))
    }

    /// Whether the key at `at` has no value at all: nothing after its colon, nothing below.
    pub fn has_empty_value(&self, at: Pos) -> bool {
        let Some(i) = self.index_strict(at) else {
            return false;
        };
        let (Some(colon), Some((_, end))) = (self.key_end(i), self.entry(i)) else {
            return false;
        };
        self.chars[colon + 1..end].iter().all(|c| c.is_whitespace())
    }

    /// The key whose value starts at `at`, when it is written on the same line (`id: …`), and
    /// where that key starts.
    pub fn key_before(&self, at: Pos) -> Option<(String, Pos)> {
        let i = self.index_strict(at)?;
        let line_start = self.line_starts[self.line_of(i) as usize - 1];
        let before = &self.chars[line_start..i];
        let mut end = before.len();
        while end > 0 && before[end - 1].is_whitespace() {
            end -= 1;
        }
        if end == 0 || before[end - 1] != ':' {
            return None;
        }
        let key = &before[..end - 1];
        let start = key
            .iter()
            .rposition(|c| c.is_whitespace() || matches!(c, '{' | ',' | '-'))
            .map_or(0, |p| p + 1);
        let name: String = key[start..].iter().collect();
        Some((
            name.trim_matches(['"', '\'']).to_string(),
            self.pos(line_start + start),
        ))
    }
}
