//! Where things are in a document's text: lines and positions, quoted and plain scalars, flow
//! collections, blocks by indentation, mapping entries, keys and values. Only ever reads.

use super::{Document, Pos, blank_or_comment, indent};

impl Document {
    /// The characters of `line` (1-based), without its line break.
    pub(super) fn line(&self, line: u32) -> &[char] {
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
    pub(super) fn index(&self, at: Pos) -> usize {
        let start = self.line_starts[(at.line.max(1) as usize - 1).min(self.line_starts.len() - 1)];
        start + (at.column.max(1) as usize - 1).min(self.line(at.line).len())
    }

    /// The index of `at`, when the position exists (the end of a line counts).
    pub(super) fn index_strict(&self, at: Pos) -> Option<usize> {
        let line = self.line(at.line);
        (at.line >= 1
            && (at.line as usize) <= self.line_starts.len()
            && at.column >= 1
            && at.column as usize <= line.len() + 1)
            .then(|| self.index(at))
    }

    pub(super) fn pos(&self, index: usize) -> Pos {
        let line = self.line_starts.partition_point(|s| *s <= index);
        Pos {
            line: line as u32,
            column: (index - self.line_starts[line - 1] + 1) as u32,
        }
    }

    pub(super) fn line_of(&self, index: usize) -> u32 {
        self.pos(index).line
    }

    pub(super) fn line_end(&self, index: usize) -> usize {
        self.chars[index..]
            .iter()
            .position(|c| *c == '\n')
            .map_or(self.chars.len(), |p| index + p)
    }

    /// The innermost flow collection (`[` or `{`) open at `index`, by its index; a position on
    /// an opening bracket is inside it.
    pub(super) fn enclosing_flow(&self, index: usize) -> Option<usize> {
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
    pub(super) fn starts_scalar(&self, i: usize) -> bool {
        i == 0 || {
            let before = self.chars[i - 1];
            before.is_whitespace() || matches!(before, '[' | '{' | ',' | ':' | '-')
        }
    }

    /// The index just after the quoted scalar opening at `i`; `None` when it is never closed.
    pub(super) fn quoted_end(&self, i: usize) -> Option<usize> {
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
    pub(super) fn flow_end(&self, i: usize) -> Option<usize> {
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
    pub(super) fn plain_end(&self, i: usize, in_flow: bool) -> usize {
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
    pub(super) fn token_end(&self, i: usize, in_flow: bool) -> Option<usize> {
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
    pub(super) fn entry(&self, i: usize) -> Option<(usize, usize)> {
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
    pub(super) fn key_end(&self, i: usize) -> Option<usize> {
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

    /// Whether the `:` at `j` ends a key (followed by a blank, a line break, the end, or in a
    /// flow collection a `,` or closing bracket).
    pub(super) fn is_value_colon(&self, j: usize) -> bool {
        self.chars.get(j) == Some(&':')
            && self
                .chars
                .get(j + 1)
                .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ']' | '}'))
    }

    /// The span of the value at `i`: nothing (an empty value at a colon, a dash or a line's
    /// end), a block collection or block scalar, a flow collection, or a scalar.
    pub(super) fn value(&self, i: usize) -> Option<(usize, usize)> {
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
    pub(super) fn blank_value_at(&self, i: usize) -> Option<(usize, usize)> {
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
    pub(super) fn key_on_line(&self, i: usize) -> bool {
        (i..self.line_end(i)).any(|j| self.is_value_colon(j))
            && !matches!(self.chars[i], '"' | '\'' | '[' | '{')
    }

    /// When `i` is the first character of a block scalar's content (`|` or `>` ending the
    /// non-blank line above), the index of that indicator.
    pub(super) fn block_scalar_header(&self, i: usize) -> Option<usize> {
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
