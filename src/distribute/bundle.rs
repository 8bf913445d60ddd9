//! Zip archives that are the same bytes every time for the same files: entries sorted by name,
//! one timestamp (the team's assessment date, not the clock), fixed permissions, and every file
//! stored as it is — PDFs are compressed already, so recompressing gains little and would tie
//! the bytes to a compressor's version.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::model::Date;

/// A zip of `entries` (path inside the archive, bytes), sorted by path, each dated `date`.
pub fn zip(mut entries: Vec<(String, Vec<u8>)>, date: Date) -> std::io::Result<Vec<u8>> {
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let stamp = DateTime::from_date_and_time(date.year as u16, date.month, date.day, 0, 0, 0)
        .unwrap_or_default();
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(stamp)
        .unix_permissions(0o644)
        .large_file(false);
    let size: usize = entries
        .iter()
        .map(|(n, b)| n.len() * 2 + b.len() + 128)
        .sum();
    let mut writer = ZipWriter::new(Cursor::new(Vec::with_capacity(size + 64)));
    for (name, bytes) in &entries {
        writer
            .start_file(name.as_str(), options)
            .map_err(std::io::Error::other)?;
        writer.write_all(bytes)?;
    }
    Ok(writer.finish().map_err(std::io::Error::other)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_files_give_the_same_bytes_in_any_order() {
        let date = Date {
            year: 2024,
            month: 12,
            day: 12,
        };
        let a = zip(
            vec![
                ("b.txt".into(), b"b".to_vec()),
                ("a/报告.pdf".into(), b"%PDF".to_vec()),
            ],
            date,
        )
        .unwrap();
        let b = zip(
            vec![
                ("a/报告.pdf".into(), b"%PDF".to_vec()),
                ("b.txt".into(), b"b".to_vec()),
            ],
            date,
        )
        .unwrap();
        assert_eq!(a, b);
        let mut archive = zip::ZipArchive::new(Cursor::new(a)).unwrap();
        assert_eq!(archive.by_index(0).unwrap().name().unwrap(), "a/报告.pdf");
        assert_eq!(
            archive.by_index(1).unwrap().compression(),
            CompressionMethod::Stored
        );
    }
}
