//! CSV for people: UTF-8 with a byte-order mark (so Excel and WPS open Chinese as written), and
//! every cell safe to open. A spreadsheet runs a cell that begins with `=`, `+`, `-` or `@`
//! (or a tab or carriage return before one) as a formula, so a name written
//! `=HYPERLINK("http://…")` would come out live; such a cell gets a leading `'` (OWASP's rule),
//! which spreadsheets show as text and `import` removes again. A plain number (`-1.5`) is left
//! as it is: it is no formula.

use std::borrow::Cow;

use serde::Serialize;

/// The characters that make a spreadsheet read a cell as a formula.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as written to a CSV: with a leading `'` when it could run as a formula.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(TRIGGERS) && cell.trim().parse::<f64>().is_err();
    if risky {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A cell read back: the `'` [`neutralise`] added is removed, so a value rungs wrote comes
/// back unchanged.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(TRIGGERS) => rest,
        _ => cell,
    }
}

/// Records of text (the first one the header; rows may differ in length).
pub fn rows<R, C>(rows: R) -> Vec<u8>
where
    R: IntoIterator,
    R::Item: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    let mut out = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    for row in rows {
        let cells: Vec<String> = row
            .into_iter()
            .map(|c| neutralise(c.as_ref()).into_owned())
            .collect();
        out.write_record(&cells).expect("rows serialise to CSV");
    }
    out.into_inner().expect("in-memory CSV")
}

/// Rows of a serialisable type, a header of its field names first.
pub fn records<T: Serialize>(records: &[T]) -> Vec<u8> {
    // Serialised plainly, then every cell passed through `neutralise`.
    let mut plain = csv::Writer::from_writer(Vec::new());
    for record in records {
        plain.serialize(record).expect("rows serialise to CSV");
    }
    let plain = plain.into_inner().expect("in-memory CSV");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(plain.as_slice());
    rows(reader.records().map(|r| {
        r.expect("CSV rungs wrote reads back")
            .iter()
            .map(String::from)
            .collect::<Vec<_>>()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text_and_come_back_unchanged() {
        for risky in [
            "=HYPERLINK(\"http://x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            let written = neutralise(risky);
            assert!(written.starts_with('\''), "{risky}");
            assert_eq!(restore(&written), risky);
        }
        for safe in ["张伟", "-1.5", "+3", "42", "", "a=b", "'quoted"] {
            assert_eq!(neutralise(safe), safe);
            assert_eq!(restore(safe), safe);
        }
        let csv = String::from_utf8(rows([["name", "total"], ["=1+1", "-3"]])).unwrap();
        assert_eq!(csv, "\u{feff}name,total\n'=1+1,-3\n");
    }
}
