//! A cell and a record's value, both ways: the cell a pre-filled sheet shows for a value, and
//! the value a cell gives (or why it cannot, said in the user's language).

use super::{Column, Field, Kind};
use crate::interchange::node::Node;
use crate::interchange::sheet::Cell;
use crate::interchange::values;
use crate::locale::Message;
use crate::model::Language;
use crate::msg;
use crate::render::words::yes_no_words;

impl Column {
    /// The record's value for this column, as a cell (for pre-filled sheets).
    pub fn cell_of(&self, record: &Node, language: Language) -> Cell {
        let path: Vec<&str> = self.key.split('.').collect();
        let Some(node) = record.at(&path) else {
            return Cell::Empty;
        };
        let node = match &self.field {
            // One-line standards may be written `{ met: true }` or `{ level: 1 }`.
            Field::Competency { one_line: true, .. } => {
                match (node.get("met"), node.get("level")) {
                    (Some(Node::Bool(b)), _) => return yes_no_cell(*b, language),
                    (_, Some(level)) => {
                        return level
                            .number()
                            .map_or(Cell::Empty, |n| yes_no_cell(n >= 1.0, language));
                    }
                    _ => return Cell::Empty,
                }
            }
            Field::Competency { .. } => node.get("level").unwrap_or(&Node::Null),
            Field::Behaviour(_) => node.get("met").unwrap_or(&Node::Null),
            _ => node,
        };
        match (node, &self.kind) {
            (Node::Bool(b), _) => yes_no_cell(*b, language),
            (Node::Int(_) | Node::Float(_), _) => Cell::Number(node.number().unwrap_or_default()),
            (Node::Str(s), Kind::Date) => values::date(s).map_or_else(
                || Cell::Text(s.clone()),
                |d| Cell::Date(values::date_serial(d)),
            ),
            // Shown by name, as the drop-down offers it; the import takes either.
            (Node::Str(s), Kind::Choice(options)) => Cell::Text(
                options
                    .iter()
                    .find(|(id, _)| id == s)
                    .map_or_else(|| s.clone(), |(_, name)| name.clone()),
            ),
            (Node::Str(s), Kind::SequenceLevel(levels)) => Cell::Text(
                levels
                    .iter()
                    .find(|(id, _, _)| id == s)
                    .map_or_else(|| s.clone(), |(_, name, _)| name.clone()),
            ),
            (Node::Str(s), _) => Cell::Text(s.clone()),
            (Node::Seq(items), _) => Cell::Text(
                items
                    .iter()
                    .filter_map(|i| {
                        i.text()
                            .map(str::to_string)
                            .or_else(|| i.number().map(values::number_text))
                    })
                    .collect::<Vec<_>>()
                    .join(if matches!(self.kind, Kind::Ratings(_)) {
                        " "
                    } else {
                        "、"
                    }),
            ),
            _ => Cell::Empty,
        }
    }

    /// The value a cell gives this column, or why it cannot. An empty cell gives nothing.
    pub fn value(&self, cell: &Cell) -> Result<Option<Node>, Message> {
        if cell.is_blank() {
            return Ok(None);
        }
        let text = values::normalise(&cell.shown());
        let node = match &self.kind {
            Kind::Text => Node::Str(text),
            Kind::Date => {
                let date = match cell {
                    Cell::Date(serial) | Cell::Number(serial) => values::serial_date(*serial),
                    _ => values::date(&text),
                };
                Node::Str(date.ok_or_else(|| msg!("import-not-a-date"))?.to_string())
            }
            Kind::Number { max } => number(cell, &text, *max)?,
            Kind::Level { max } => {
                let level = match cell {
                    Cell::Number(n) if n.fract() == 0.0 && *n >= 0.0 => Some(*n as u32),
                    _ => values::whole(&text),
                }
                .filter(|l| l <= max)
                .ok_or_else(|| msg!("import-not-a-level-number", max = *max))?;
                Node::Int(i64::from(level))
            }
            Kind::YesNo => Node::Bool(match cell {
                Cell::Bool(b) => *b,
                _ => values::yes_no(&text).ok_or_else(|| msg!("import-not-yes-no"))?,
            }),
            Kind::Choice(options) => choice(&text, options)?,
            Kind::SequenceLevel(levels) => {
                let forms: Vec<(&str, &str, &str)> = levels
                    .iter()
                    .map(|(id, name, title)| (id.as_str(), name.as_str(), title.as_str()))
                    .collect();
                let found = values::level(&text, &forms).ok_or_else(|| level_help(&forms))?;
                Node::Str(levels[found].0.clone())
            }
            Kind::List => Node::Seq(values::list(&text).into_iter().map(Node::Str).collect()),
            Kind::Ratings(scale) => ratings(&text, scale)?,
        };
        Ok(Some(node))
    }
}

/// A number from 0 to `max` (or any not negative without one).
fn number(cell: &Cell, text: &str, max: Option<f64>) -> Result<Node, Message> {
    let n = match cell {
        Cell::Number(n) => Some(*n),
        _ => values::number(text),
    }
    .ok_or_else(|| msg!("import-not-a-number"))?;
    let top = max.unwrap_or(f64::INFINITY);
    if n < 0.0 || n > top {
        return Err(match max {
            Some(m) => msg!("import-out-of-range", max = values::number_text(m)),
            None => msg!("import-negative"),
        });
    }
    Ok(Node::from_number(n))
}

/// Items said as one list in the language that speaks: `a, b, c` or `a、b、c`.
fn listed(items: Vec<Message>) -> Message {
    let mut items = items.into_iter().rev();
    let last = items.next().unwrap_or_else(|| Message::verbatim(""));
    items.fold(last, |rest, first| {
        msg!("import-list-more", first = first, rest = rest)
    })
}

/// An option or a level as the notes write it: its name with its id, or the id alone.
fn named(id: &str, name: &str) -> Message {
    if id == name {
        Message::verbatim(id)
    } else {
        msg!("import-name-with-id", name = name, id = id)
    }
}

/// One of `options` (id, name), by either, case-insensitively; gives the id.
fn choice(text: &str, options: &[(String, String)]) -> Result<Node, Message> {
    let folded = text.to_lowercase();
    let found = options.iter().find(|(id, name)| {
        id.to_lowercase() == folded || values::normalise(name).to_lowercase() == folded
    });
    Ok(Node::Str(
        found
            .ok_or_else(|| {
                let list = listed(options.iter().map(|(id, name)| named(id, name)).collect());
                msg!("import-not-a-choice", options = list)
            })?
            .0
            .clone(),
    ))
}

/// Performance ratings on `scale`, oldest first.
fn ratings(text: &str, scale: &[String]) -> Result<Node, Message> {
    let ratings = values::ratings(text, scale);
    if let Some(bad) = ratings.iter().find(|r| !scale.contains(r)) {
        return Err(msg!(
            "import-not-a-rating",
            rating = bad,
            scale = scale.to_vec()
        ));
    }
    Ok(Node::Seq(ratings.into_iter().map(Node::Str).collect()))
}

/// Why a cell is no level: the forms a level may be written in, from the sequence's own.
fn level_help(levels: &[(&str, &str, &str)]) -> Message {
    let list = listed(
        levels
            .iter()
            .map(|(id, name, _)| msg!("import-name-with-id", name = *name, id = *id))
            .collect(),
    );
    let example = levels
        .iter()
        .find(|(_, name, _)| values::whole(name).is_some())
        .or(levels.first());
    match example {
        Some((id, name, title)) => {
            let forms = match values::whole(name) {
                Some(n) => msg!(
                    "import-level-forms-numbered",
                    number = n.to_string(),
                    name = *name,
                    id = *id,
                    title = *title
                ),
                None => msg!("import-level-forms", name = *name, id = *id, title = *title),
            };
            msg!(
                "import-not-a-level-with-forms",
                levels = list,
                forms = forms
            )
        }
        None => msg!("import-not-a-level", levels = list),
    }
}

fn yes_no_cell(b: bool, language: Language) -> Cell {
    let (yes, no) = yes_no_words(language);
    Cell::Text(if b { yes } else { no }.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Language;

    /// A cell's message is one sentence in each language, its list joined the language's way.
    #[test]
    fn a_wrong_choice_lists_the_options_in_the_language_that_speaks() {
        let options = vec![
            ("s1".to_string(), "一级".to_string()),
            ("s2".to_string(), "二级".to_string()),
            ("x".to_string(), "x".to_string()),
        ];
        let why = choice("五级", &options).unwrap_err();
        assert_eq!(why.english(), "is not one of: 一级 (s1), 二级 (s2), x");
        assert_eq!(
            Language::zh_cn().say(&why),
            "不是可选值；可填：一级（s1）、二级（s2）、x"
        );
        let why = number(&Cell::Number(120.0), "120", Some(100.0)).unwrap_err();
        assert_eq!(
            why.english(),
            "is out of range; write a number from 0 to 100"
        );
    }
}
