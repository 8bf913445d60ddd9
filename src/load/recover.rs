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

fn blank_or_comment(line: &[char]) -> bool {
    let first = line.iter().find(|c| !c.is_whitespace());
    first.is_none_or(|c| *c == '#')
}

fn indent(line: &[char]) -> usize {
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

    /// The characters of `line` (1-based), without its line break.
    fn line(&self, line: u32) -> &[char] {
        let Some(&start) = (line as usize)
            .checked_sub(1)
            .and_then(|i| self.line_starts.get(i))
        else {
            return &[];
        };
        let end = self
            .line_starts
            .get(line as usize)
            .map_or(self.chars.len(), |s| s - 1);
        &self.chars[start..end]
    }

    /// The index of `at`, clamped to the end of its line.
    fn index(&self, at: Pos) -> usize {
        let start = self.line_starts[(at.line.max(1) as usize - 1).min(self.line_starts.len() - 1)];
        start + (at.column.max(1) as usize - 1).min(self.line(at.line).len())
    }

    /// The index of `at`, when the position exists (the end of a line counts).
    fn index_strict(&self, at: Pos) -> Option<usize> {
        let line = self.line(at.line);
        (at.line >= 1
            && (at.line as usize) <= self.line_starts.len()
            && at.column >= 1
            && at.column as usize <= line.len() + 1)
            .then(|| self.index(at))
    }

    fn pos(&self, index: usize) -> Pos {
        let line = self.line_starts.partition_point(|s| *s <= index);
        Pos {
            line: line as u32,
            column: (index - self.line_starts[line - 1] + 1) as u32,
        }
    }

    fn line_of(&self, index: usize) -> u32 {
        self.pos(index).line
    }

    fn line_end(&self, index: usize) -> usize {
        self.chars[index..]
            .iter()
            .position(|c| *c == '\n')
            .map_or(self.chars.len(), |p| index + p)
    }

    /// The innermost flow collection (`[` or `{`) open at `index`, by its index; a position on
    /// an opening bracket is inside it.
    fn enclosing_flow(&self, index: usize) -> Option<usize> {
        let mut open: Vec<usize> = Vec::new();
        let mut i = 0;
        while i <= index && i < self.chars.len() {
            match self.chars[i] {
                '[' | '{' => open.push(i),
                ']' | '}' if i < index => {
                    open.pop();
                }
                '"' | '\'' if self.starts_scalar(i) => {
                    match self.quoted_end(i) {
                        Some(end) if end <= index => i = end,
                        _ => break,
                    }
                    continue;
                }
                '#' if i == 0 || self.chars[i - 1].is_whitespace() => {
                    i = self.line_end(i);
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        open.last().copied()
    }

    /// Whether a quote at `i` opens a quoted scalar (rather than standing inside a plain one).
    fn starts_scalar(&self, i: usize) -> bool {
        i == 0 || {
            let before = self.chars[i - 1];
            before.is_whitespace() || matches!(before, '[' | '{' | ',' | ':' | '-')
        }
    }

    /// The index just after the quoted scalar opening at `i`; `None` when it is never closed.
    fn quoted_end(&self, i: usize) -> Option<usize> {
        let quote = self.chars[i];
        let mut j = i + 1;
        while j < self.chars.len() {
            match self.chars[j] {
                '\\' if quote == '"' => j += 1,
                '\'' if quote == '\'' && self.chars.get(j + 1) == Some(&'\'') => j += 1,
                c if c == quote => return Some(j + 1),
                _ => {}
            }
            j += 1;
        }
        None
    }

    /// The index just after the flow collection opening at `i`; `None` when it is never
    /// closed, or when a line it would run over starts a block entry no deeper than the line it
    /// opens on (the bracket was left open; what follows is not inside it).
    fn flow_end(&self, i: usize) -> Option<usize> {
        let opened_at = indent(self.line(self.line_of(i)));
        let mut open: Vec<char> = Vec::new();
        let mut j = i;
        while j < self.chars.len() {
            match self.chars[j] {
                '[' => open.push(']'),
                '{' => open.push('}'),
                c @ (']' | '}') => {
                    // A closing bracket of the other kind: the one opened is never closed.
                    if open.pop() != Some(c) {
                        return None;
                    }
                    if open.is_empty() {
                        return Some(j + 1);
                    }
                }
                '"' | '\'' if self.starts_scalar(j) => {
                    j = self.quoted_end(j)?;
                    continue;
                }
                '#' if self.chars[j - 1].is_whitespace() => {
                    j = self.line_end(j);
                    continue;
                }
                '\n' => {
                    let next = self.line(self.line_of(j + 1));
                    let closes = next.iter().find(|c| !c.is_whitespace());
                    if !blank_or_comment(next)
                        && indent(next) <= opened_at
                        && !matches!(closes, Some(']' | '}'))
                    {
                        return None;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        None
    }

    /// The end of a plain scalar starting at `i`: before a comment or the line's end, and in
    /// a flow collection before `,`, `]` or `}`; trailing blanks left out.
    fn plain_end(&self, i: usize, in_flow: bool) -> usize {
        let mut j = i;
        while j < self.chars.len() {
            let c = self.chars[j];
            if c == '\n'
                || (c == '#' && j > i && self.chars[j - 1].is_whitespace())
                || (in_flow && matches!(c, ',' | ']' | '}'))
            {
                break;
            }
            j += 1;
        }
        while j > i && self.chars[j - 1].is_whitespace() {
            j -= 1;
        }
        j
    }

    /// The end of a scalar or flow collection starting at `i` (a plain scalar when it starts
    /// with neither a bracket nor a quote); `None` when a bracket or quote is never closed.
    fn token_end(&self, i: usize, in_flow: bool) -> Option<usize> {
        match self.chars.get(i) {
            Some('[' | '{') => self.flow_end(i),
            Some('"' | '\'') => self.quoted_end(i),
            _ => Some(self.plain_end(i, in_flow)),
        }
    }

    /// The index after the last of the lines below `line` that belong to a block whose
    /// entries are at indentation `indent`: lines indented more, blank lines between them,
    /// and lines at `indent` that `level` takes (a `- ` item, another key).
    fn block_end(&self, line: u32, indent: usize, level: Level) -> Option<usize> {
        let mut end = None;
        for next in line + 1..=self.line_starts.len() as u32 {
            let l = self.line(next);
            if blank_or_comment(l) {
                continue;
            }
            let deeper = self::indent(l) > indent;
            let at_level = self::indent(l) == indent
                && match level {
                    Level::Nothing => false,
                    Level::Items => is_dash(&l[indent..]),
                    Level::Keys => !is_dash(&l[indent..]),
                };
            if !(deeper || at_level) {
                break;
            }
            end = Some(self.line_starts[next as usize - 1] + l.len());
        }
        end
    }

    /// The span of the mapping entry whose key starts at `i`, with its comma in a flow mapping.
    fn entry(&self, i: usize) -> Option<(usize, usize)> {
        let in_flow = self.enclosing_flow(i).is_some();
        let key_end = self.key_end(i)?;
        let mut v = key_end + 1;
        while v < self.chars.len() && matches!(self.chars[v], ' ' | '\t') {
            v += 1;
        }
        if in_flow {
            let mut end = match self.chars.get(v) {
                Some(',' | '}') | None => v,
                _ => self.token_end(v, true)?,
            };
            let mut after = end;
            while after < self.chars.len() && self.chars[after].is_whitespace() {
                after += 1;
            }
            if self.chars.get(after) == Some(&',') {
                end = after + 1;
            }
            return Some((i, end));
        }
        // The value on the key's line (which may run on, quoted or in brackets), then the
        // lines below indented deeper than the key: a nested block, a block scalar's text, a
        // plain scalar's continuation; and `- ` items at the key's own indentation when the
        // key's line holds no value.
        let key_indent = self.pos(i).column as usize - 1;
        let on_line = match self.chars.get(v) {
            Some('\n' | '#') | None => v,
            Some('|' | '>') => self.line_end(v),
            _ => self.token_end(v, false)?,
        };
        let level = if on_line == v {
            Level::Items
        } else {
            Level::Nothing
        };
        let below = self.block_end(self.line_of(on_line), key_indent, level);
        Some((i, below.unwrap_or(on_line)))
    }

    /// Where the key starting at `i` ends: at its `:`, which must follow on the same line.
    fn key_end(&self, i: usize) -> Option<usize> {
        if matches!(
            self.chars.get(i),
            Some('?' | '&' | '*' | '!' | '[' | '{') | None
        ) {
            return None;
        }
        let in_flow = self.enclosing_flow(i).is_some();
        let end = match self.chars[i] {
            '"' | '\'' => self.quoted_end(i)?,
            _ => {
                let mut j = i;
                while j < self.chars.len() && !self.is_value_colon(j) {
                    if self.chars[j] == '\n' || (in_flow && matches!(self.chars[j], ',' | '}')) {
                        return None;
                    }
                    j += 1;
                }
                j
            }
        };
        self.is_value_colon(end).then_some(end)
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

    /// Whether the `:` at `j` ends a key (followed by a blank, a line break, the end, or in a
    /// flow collection a `,` or closing bracket).
    fn is_value_colon(&self, j: usize) -> bool {
        self.chars.get(j) == Some(&':')
            && self
                .chars
                .get(j + 1)
                .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ']' | '}'))
    }

    /// The span of the value at `i`: nothing (an empty value at a colon, a dash or a line's
    /// end), a block collection or block scalar, a flow collection, or a scalar.
    fn value(&self, i: usize) -> Option<(usize, usize)> {
        let c = self.chars.get(i).copied();
        // An empty value is reported at its key's colon, or where it would start.
        if c == Some(':') && self.is_value_colon(i) {
            let after = i + 1;
            return self.blank_value_at(after);
        }
        match c {
            None | Some('\n') => return Some((i, i)),
            Some('#') if i > 0 && self.chars[i - 1].is_whitespace() => return Some((i, i)),
            Some(' ' | '\t') => return self.blank_value_at(i),
            Some('*' | '&' | '!' | '?') => return None,
            _ => {}
        }
        if let Some(header) = self.block_scalar_header(i) {
            let indent = self.pos(i).column as usize - 1;
            let end = self
                .block_end(self.line_of(i), indent.saturating_sub(1), Level::Nothing)
                .unwrap_or(self.line_end(i));
            return Some((header, end));
        }
        // Inside a flow collection: a bracket opening at `i` is the value, not its context.
        let in_flow = match self.chars[i] {
            '[' | '{' => i > 0 && self.enclosing_flow(i - 1).is_some(),
            _ => self.enclosing_flow(i).is_some(),
        };
        let column = self.pos(i).column as usize;
        if !in_flow && is_dash(&self.chars[i..self.line_end(i)]) {
            let end = self
                .block_end(self.line_of(i), column - 1, Level::Items)
                .unwrap_or(self.line_end(i));
            return Some((i, end));
        }
        let end = self.token_end(i, in_flow)?;
        if !in_flow && (self.is_value_colon(end) || self.key_on_line(i)) {
            // A block mapping whose first key is here.
            let end = self
                .block_end(self.line_of(i), column - 1, Level::Keys)
                .map_or(self.line_end(i), |e| e.max(self.line_end(i)));
            return Some((i, end));
        }
        if in_flow {
            return Some((i, end));
        }
        // Lines below indented deeper than the value's key (or list dash) belong to it: a
        // plain scalar's continuation, or text that cannot follow what was written.
        let before = &self.chars[self.line_starts[self.line_of(i) as usize - 1]..i];
        let owner = match self.key_before(self.pos(i)) {
            Some((_, key)) => Some(key.column as usize - 1),
            None => before
                .iter()
                .rposition(|c| *c == '-')
                .filter(|_| before.iter().all(|c| c.is_whitespace() || *c == '-')),
        };
        let end = owner
            .and_then(|indent| self.block_end(self.line_of(end), indent, Level::Nothing))
            .map_or(end, |below| below.max(end));
        Some((i, end))
    }

    /// A value that starts at a blank: empty when nothing but blanks or a comment follows on
    /// the line; otherwise the value after the blanks.
    fn blank_value_at(&self, i: usize) -> Option<(usize, usize)> {
        let mut j = i;
        while j < self.chars.len() && matches!(self.chars[j], ' ' | '\t') {
            j += 1;
        }
        match self.chars.get(j) {
            None | Some('\n' | '#') => Some((i, i)),
            _ => self.value(j),
        }
    }

    /// Whether the plain text at `i` is a key followed by `: ` on its line.
    fn key_on_line(&self, i: usize) -> bool {
        (i..self.line_end(i)).any(|j| self.is_value_colon(j))
            && !matches!(self.chars[i], '"' | '\'' | '[' | '{')
    }

    /// When `i` is the first character of a block scalar's content (`|` or `>` ending the
    /// non-blank line above), the index of that indicator.
    fn block_scalar_header(&self, i: usize) -> Option<usize> {
        let pos = self.pos(i);
        if indent(self.line(pos.line)) + 1 != pos.column as usize || pos.line < 2 {
            return None;
        }
        let mut line = pos.line - 1;
        while line > 1 && blank_or_comment(self.line(line)) {
            line -= 1;
        }
        let text = self.line(line);
        let content: String = text.iter().collect();
        let content = match content.find(" #") {
            Some(cut) => &content[..cut],
            None => content.as_str(),
        }
        .trim_end();
        let token = content.rsplit([' ', ':']).next()?;
        let is_header = token.starts_with(['|', '>'])
            && token[1..]
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+'));
        if !is_header {
            return None;
        }
        let offset = content.chars().count() - token.chars().count();
        Some(self.line_starts[line as usize - 1] + offset)
    }
}

/// Which lines at a block's own indentation belong to it.
#[derive(Clone, Copy)]
enum Level {
    Nothing,
    /// `- ` items: a list written at its key's indentation, or a list's further items.
    Items,
    /// Further keys of a block mapping.
    Keys,
}

/// Whether a line (from its indentation on) starts a block sequence item.
fn is_dash(rest: &[char]) -> bool {
    rest.first() == Some(&'-') && rest.get(1).is_none_or(|c| c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, column: u32) -> Pos {
        Pos { line, column }
    }

    fn patched(text: &str, pos: Pos, repair: Repair) -> String {
        let (out, _) = Document::new(text).apply(pos, repair).expect("a repair");
        assert_eq!(
            out.matches('\n').count(),
            text.matches('\n').count(),
            "line breaks kept"
        );
        out
    }

    #[test]
    fn an_entry_goes_with_its_nested_block() {
        let text = "a: 1\nb:\n  c: 2\n  d:\n    - x\ne: 3\n";
        assert_eq!(
            patched(text, at(2, 1), Repair::RemoveEntry),
            "a: 1\n  \n      \n    \n       \ne: 3\n"
        );
        let text = "a: 1\nb:\n- x\n- y\ne: 3\n";
        assert_eq!(
            patched(text, at(2, 1), Repair::RemoveEntry),
            "a: 1\n  \n   \n   \ne: 3\n"
        );
        let text = "  - age: 3\n    name: x\n";
        assert_eq!(
            patched(text, at(1, 5), Repair::RemoveEntry),
            "  -       \n    name: x\n"
        );
    }

    #[test]
    fn a_misspelt_key_is_renamed_in_place() {
        assert_eq!(
            patched("- { nmae: x, b: 1 }\n", at(1, 5), Repair::RenameKey("name")),
            "- { name: x, b: 1 }\n"
        );
        assert_eq!(
            patched("itemsx: { a: 1 }\n", at(1, 1), Repair::RenameKey("items")),
            "items : { a: 1 }\n"
        );
        // Longer only where the value is below.
        assert_eq!(
            patched("levl:\n  - 1\n", at(1, 1), Repair::RenameKey("levels")),
            "levels:\n  - 1\n"
        );
        assert!(
            Document::new("levl: 1\n")
                .apply(at(1, 1), Repair::RenameKey("level"))
                .is_none()
        );
    }

    #[test]
    fn a_flow_entry_goes_with_its_comma() {
        let text = "- { a: 1, age: [1, 2], b: x }\n";
        assert_eq!(
            patched(text, at(1, 11), Repair::RemoveEntry),
            "- { a: 1,              b: x }\n"
        );
        let text = "- { a: 1, b: x }\n";
        assert_eq!(
            patched(text, at(1, 11), Repair::RemoveEntry),
            "- { a: 1,      }\n"
        );
    }

    #[test]
    fn placeholders_keep_what_follows_in_place() {
        let text = "- { level: two, key: true }\n";
        assert_eq!(
            patched(text, at(1, 12), Repair::Placeholder("0")),
            "- { level: 0  , key: true }\n"
        );
        // Longer than the value: only where nothing follows on the line.
        assert_eq!(
            patched("key: 是 # yes\n", at(1, 6), Repair::Placeholder("false")),
            "key: false # yes\n"
        );
        assert!(
            Document::new("{ key: 是, b: 1 }\n")
                .apply(at(1, 8), Repair::Placeholder("false"))
                .is_none()
        );
        // A block mapping where text was expected.
        assert_eq!(
            patched(
                "name:\n  a: 1\n  b: 2\nc: 3\n",
                at(2, 3),
                Repair::Placeholder("\"\"")
            ),
            "name:\n  \"\"  \n      \nc: 3\n"
        );
        // An empty value, reported at the colon or after the dash.
        assert_eq!(
            patched("list:\nb: 1\n", at(1, 5), Repair::Placeholder("[]")),
            "list: []\nb: 1\n"
        );
        assert_eq!(
            patched("  -\n", at(1, 4), Repair::Placeholder("{}")),
            "  - {}\n"
        );
        // A value's continuation lines go with it.
        assert_eq!(
            patched(
                "n: { a: 1 }\n  more\nm: 1\n",
                at(1, 4),
                Repair::Placeholder("\"\"")
            ),
            "n: \"\"      \n      \nm: 1\n"
        );
        assert_eq!(
            patched("- two\n  three\n- 3\n", at(1, 3), Repair::Placeholder("0")),
            "- 0  \n       \n- 3\n"
        );
        // A block scalar, reported at its first line of content.
        assert_eq!(
            patched(
                "n: |\n  two\n  three\nm: 1\n",
                at(2, 3),
                Repair::Placeholder("0")
            ),
            "n: 0\n     \n       \nm: 1\n"
        );
        // A bracket or quote never closed has no end to replace up to.
        for open in [
            "n: [a, b\nm: 1\n",
            "n: \"a\nm: 1\n",
            "n: [a,\n  b\nm: [1]\n",
        ] {
            assert!(
                Document::new(open)
                    .apply(at(1, 4), Repair::Placeholder("0"))
                    .is_none(),
                "{open}"
            );
        }
        assert!(
            Document::new("- { n: [a }\n")
                .apply(at(1, 8), Repair::Placeholder("0"))
                .is_none()
        );
        assert_eq!(
            patched("n: [a,\n  b\n]\nm: 1\n", at(1, 4), Repair::Placeholder("0")),
            "n: 0  \n   \n \nm: 1\n"
        );
        assert!(
            Document::new("n: *alias\n")
                .apply(at(1, 4), Repair::Placeholder("0"))
                .is_none()
        );
    }

    #[test]
    fn any_repair_anywhere_keeps_the_lines() {
        let texts = [
            "a: 1\nb: { c: \"x, }\", d: [1, {e: 2}] }\n- q: 'it''s' # c\n  r: |\n    text\n\ts: 名称\n",
            "- \n-\n? k\n: v\n*a: &b x\n!!str t: 1\n\"unclosed\n{ [\n",
            "",
            "x",
        ];
        let repairs = [
            Repair::RemoveEntry,
            Repair::Placeholder("0"),
            Repair::Placeholder("\"\""),
            Repair::Placeholder("{}"),
        ];
        for text in texts {
            let doc = Document::new(text);
            for line in 0..12 {
                for column in 0..30 {
                    for repair in repairs {
                        let at = at(line, column);
                        if let Some((out, _)) = doc.apply(at, repair) {
                            assert_eq!(
                                out.matches('\n').count(),
                                text.matches('\n').count(),
                                "{at:?}"
                            );
                        }
                        doc.same_mapping(at, Pos { line: 2, column: 1 });
                    }
                }
            }
        }
    }

    #[test]
    fn keys_of_one_mapping() {
        let text = Document::new("a:\n  x: 1\n  y: 2\nb:\n  x: 1\n- { p: 1, q: 2 }\n- { r: 1 }\n");
        assert!(text.same_mapping(at(2, 3), at(3, 3)));
        assert!(!text.same_mapping(at(2, 3), at(5, 3)));
        assert!(text.same_mapping(at(6, 5), at(6, 11)));
        assert!(text.same_mapping(at(6, 3), at(6, 11)));
        assert!(!text.same_mapping(at(6, 5), at(7, 5)));
        let items = Document::new("- a: 1\n  b: 2\n- a: 1\n");
        assert!(items.same_mapping(at(1, 3), at(2, 3)));
        assert!(!items.same_mapping(at(1, 3), at(3, 3)));
    }
}
