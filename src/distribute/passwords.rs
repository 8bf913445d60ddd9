//! Passwords for protected reports: read from HR's own CSV (`employee_id,password`), or
//! generated — random, one per employee, from the operating system's generator.

use std::collections::BTreeMap;
use std::path::Path;

/// Letters and digits that cannot be mistaken for one another when read aloud or typed from
/// paper (no 0/O, 1/l/I).
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/// 16 characters of 55: about 92 bits.
const LENGTH: usize = 16;
/// The shortest password accepted from a file.
pub const MIN_LENGTH: usize = 8;

/// A random password, `xxxx-xxxx-xxxx-xxxx`.
pub fn generate() -> Result<String, String> {
    let mut out = String::with_capacity(LENGTH + 3);
    let mut buffer = [0u8; 64];
    let mut taken = buffer.len();
    let mut chars = 0;
    while chars < LENGTH {
        if taken == buffer.len() {
            getrandom::fill(&mut buffer).map_err(|e| format!("no random numbers: {e}"))?;
            taken = 0;
        }
        let byte = buffer[taken] as usize;
        taken += 1;
        // Rejection sampling: no character more likely than another.
        let limit = 256 - 256 % ALPHABET.len();
        if byte >= limit {
            continue;
        }
        if chars > 0 && chars % 4 == 0 {
            out.push('-');
        }
        out.push(ALPHABET[byte % ALPHABET.len()] as char);
        chars += 1;
    }
    Ok(out)
}

/// Passwords by employee id from a CSV with the columns `employee_id` and `password` (UTF-8,
/// with or without a byte-order mark). Every problem is named with its line.
pub fn read(path: &Path) -> Result<BTreeMap<String, String>, String> {
    let bytes =
        std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut reader = csv::Reader::from_reader(text);
    let headers = reader
        .headers()
        .map_err(|e| format!("`{}`: {e}", path.display()))?
        .clone();
    // `id` (as rungs writes it) or `employee_id` (as HR's own lists often say).
    let column = |names: &[&str]| {
        headers
            .iter()
            .position(|h| names.contains(&h.trim()))
            .ok_or_else(|| {
                format!(
                    "`{}` has no `{}` column (its first line must name the columns `id,password`)",
                    path.display(),
                    names[0]
                )
            })
    };
    let (id_at, password_at) = (column(&["id", "employee_id"])?, column(&["password"])?);
    let mut out = BTreeMap::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = record.map_err(|e| format!("`{}` line {line}: {e}", path.display()))?;
        let id = record.get(id_at).unwrap_or_default().trim().to_string();
        let password = record.get(password_at).unwrap_or_default().to_string();
        if id.is_empty() {
            continue;
        }
        if password.chars().count() < MIN_LENGTH {
            return Err(format!(
                "`{}` line {line}: the password for `{id}` is shorter than {MIN_LENGTH} characters",
                path.display()
            ));
        }
        // One person may be listed twice (their own report, and the bundle they receive),
        // always with one password.
        if out
            .insert(id.clone(), password.clone())
            .is_some_and(|p| p != password)
        {
            return Err(format!(
                "`{}` line {line}: a second, different password for `{id}`",
                path.display()
            ));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_passwords_are_long_varied_and_unambiguous() {
        let a = generate().unwrap();
        let b = generate().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), LENGTH + 3, "{a}");
        assert!(
            a.chars().all(|c| c == '-' || ALPHABET.contains(&(c as u8))),
            "{a}"
        );
        assert!(!a.contains(['0', 'O', '1', 'l', 'I']));
    }
}
