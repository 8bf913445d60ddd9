//! Passwords for protected reports: read from HR's own CSV (`employee_id,password`), or
//! generated — random, one per employee, from the operating system's generator.

use std::collections::BTreeMap;
use std::path::Path;

use crate::locale::Message;
use crate::msg;

/// Letters and digits that cannot be mistaken for one another when read aloud or typed from
/// paper (no 0/O, 1/l/I).
const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/// 16 characters of 55: about 92 bits.
const LENGTH: usize = 16;
/// The shortest password accepted from a file.
pub const MIN_LENGTH: usize = 8;

/// A random password, `xxxx-xxxx-xxxx-xxxx`.
pub fn generate() -> Result<String, Message> {
    let mut out = String::with_capacity(LENGTH + 3);
    let mut buffer = [0u8; 64];
    let mut taken = buffer.len();
    let mut chars = 0;
    while chars < LENGTH {
        if taken == buffer.len() {
            getrandom::fill(&mut buffer)
                .map_err(|e| msg!("encrypt-no-random", error = e.to_string()))?;
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
pub fn read(path: &Path) -> Result<BTreeMap<String, String>, Message> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        msg!(
            "passwords-cannot-read",
            path = &shown,
            error = e.to_string()
        )
    })?;
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut reader = csv::Reader::from_reader(text);
    let headers = reader
        .headers()
        .map_err(|e| msg!("passwords-bad", path = &shown, error = e.to_string()))?
        .clone();
    // `id` (as rungs writes it) or `employee_id` (as HR's own lists often say).
    let column = |names: &[&str]| {
        headers
            .iter()
            .position(|h| names.contains(&h.trim()))
            .ok_or_else(|| msg!("passwords-no-column", path = &shown, column = names[0]))
    };
    let (id_at, password_at) = (column(&["id", "employee_id"])?, column(&["password"])?);
    let mut out = BTreeMap::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = record.map_err(|e| {
            msg!(
                "passwords-bad-line",
                path = &shown,
                line = line,
                error = e.to_string()
            )
        })?;
        let id = record.get(id_at).unwrap_or_default().trim().to_string();
        let password = record.get(password_at).unwrap_or_default().to_string();
        if id.is_empty() {
            continue;
        }
        if password.chars().count() < MIN_LENGTH {
            return Err(msg!(
                "passwords-too-short",
                path = &shown,
                line = line,
                id = &id,
                min = MIN_LENGTH
            ));
        }
        // One person may be listed twice (their own report, and the bundle they receive),
        // always with one password.
        if out
            .insert(id.clone(), password.clone())
            .is_some_and(|p| p != password)
        {
            return Err(msg!(
                "passwords-twice",
                path = &shown,
                line = line,
                id = &id
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
