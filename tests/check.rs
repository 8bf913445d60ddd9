//! `rungs check` end to end: every broken fixture project gives its expected diagnostics
//! (insta snapshots), exit codes hold, and the sample handbook passes.

mod common;

use std::fs;

use common::*;

/// The folder of broken fixtures and their names, sorted.
fn broken_fixtures() -> (std::path::PathBuf, Vec<String>) {
    let cases = fixtures().join("broken");
    let mut names: Vec<_> = fs::read_dir(&cases)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    (cases, names)
}

#[test]
fn every_broken_fixture_reports_its_mistake() {
    let (cases, names) = broken_fixtures();
    assert!(
        names.len() >= 25,
        "at least 25 distinct mistakes, found {}",
        names.len()
    );
    each_case(&names, String::clone, |name| {
        let dir = minimal_project();
        overlay(&dir.path().join("content"), &cases.join(name).join("files"));
        let out = rungs(dir.path(), &["check", "content"]);
        let text = format!("exit code: {}\n{}", code(&out), stderr(&out));
        snapshot(&cases.join(name), "expected", &text);
        // The same diagnostics said in Chinese: codes, places and exit code alike.
        let zh = rungs_env(
            dir.path(),
            &["check", "content"],
            &[("RUNGS_LANG", "zh-CN")],
        );
        assert_eq!(code(&zh), code(&out), "{name}");
        let zh_text = format!("exit code: {}\n{}", code(&zh), stderr(&zh));
        snapshot(&cases.join(name), "expected.zh-CN", &zh_text);
        let expect_errors = !name.starts_with("warnings-");
        assert_eq!(
            code(&out),
            if expect_errors { 1 } else { 0 },
            "{name}: {text}"
        );
    });
}

/// Text rungs wrote itself: a message or help with its quoted values (`…`, ‘…’) and paths
/// taken out, which may be in any language.
fn own_words(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 0 {
            out.push_str(part);
        }
    }
    out.split_whitespace()
        .filter(|w| !w.contains('/') && !w.contains(".yaml"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
            || ('\u{3000}'..='\u{303f}').contains(&c)
            || ('\u{ff00}'..='\u{ffef}').contains(&c)
    })
}

/// Over every broken fixture: an English run's own words hold no Chinese, and every message
/// and help of a Chinese run holds some (none left in English).
#[test]
fn every_diagnostic_is_said_wholly_in_each_language() {
    let (cases, names) = broken_fixtures();
    let mut wrong = Vec::new();
    for name in &names {
        let dir = minimal_project();
        overlay(&dir.path().join("content"), &cases.join(name).join("files"));
        for lang in ["en", "zh-CN"] {
            let out = rungs_env(
                dir.path(),
                &["check", "content", "--format", "json"],
                &[("RUNGS_LANG", lang)],
            );
            let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            for d in json["diagnostics"].as_array().unwrap() {
                for field in ["message", "help"] {
                    let Some(text) = d[field].as_str() else {
                        continue;
                    };
                    let own = own_words(text);
                    let ok = if lang == "en" {
                        !has_cjk(&own)
                    } else {
                        has_cjk(text)
                    };
                    if !ok {
                        wrong.push(format!("{name} [{lang}] {} {field}: {text}", d["code"]));
                    }
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "not said in its language:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_minimal_fixture_is_clean() {
    let dir = minimal_project();
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
}

#[test]
fn the_sample_handbook_passes_with_only_its_deliberate_warning() {
    let out = rungs(&repo(), &["check", "content"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stderr(&out);
    // The warnings are E1017's skip-level application (越级), the 2025H1 applications whose
    // basic conditions are not met, and E2009's divergent rating left for the calibration
    // meeting: kept to show how each is flagged.
    assert!(!text.contains("error"), "{text}");
    assert_eq!(text.matches("warning[skips-levels]").count(), 1, "{text}");
    assert_eq!(
        text.matches("warning[divergent-ratings]").count(),
        1,
        "{text}"
    );
    assert!(text.contains("2024H2/E2009.yaml"), "{text}");
    assert_eq!(
        text.matches("warning[").count(),
        2 + text.matches("warning[ineligible-application]").count(),
        "{text}"
    );
    assert!(text.contains("2025H1/applications.csv"), "{text}");
    assert!(
        text.contains("warning[skips-levels]") && text.contains("2024H2/E1017.yaml"),
        "{text}"
    );
    assert!(text.contains("49 assessment records"), "{text}");
}

#[test]
fn missing_or_wrong_content_paths_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = rungs(dir.path(), &["check", "nowhere"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("content folder `nowhere` does not exist"),
        "{}",
        stderr(&out)
    );
    fs::write(dir.path().join("file.yaml"), "x: 1\n").unwrap();
    let out = rungs(dir.path(), &["check", "file.yaml"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("is not a folder"), "{}", stderr(&out));
    let out = rungs(dir.path(), &["check", "--format", "xml", "."]);
    assert_eq!(code(&out), 2, "unknown option values are usage errors");
}

#[test]
fn an_empty_content_folder_is_a_content_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("content")).unwrap();
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("error[empty-content]: the content folder `content` is empty"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let dir = minimal_project();
    let big = format!("id: negotiation\n# {}\n", "x".repeat(1024 * 1024));
    fs::write(
        dir.path().join("content/competencies/negotiation.yaml"),
        big,
    )
    .unwrap();
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("error[file-too-large]"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn deep_nesting_is_a_located_error_not_a_crash() {
    let dir = minimal_project();
    let deep = format!(
        "id: negotiation\nkey_points: {}{}\n",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    fs::write(
        dir.path().join("content/competencies/negotiation.yaml"),
        deep,
    )
    .unwrap();
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("competencies/negotiation.yaml:2:"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bom_and_crlf_are_accepted() {
    let dir = minimal_project();
    let path = dir.path().join("content/competencies/negotiation.yaml");
    let text = fs::read_to_string(&path).unwrap().replace('\n', "\r\n");
    fs::write(
        &path,
        [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
    )
    .unwrap();
    let out = rungs(dir.path(), &["check", "content"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn json_format_lists_every_diagnostic_for_machines() {
    let dir = minimal_project();
    overlay(
        &dir.path().join("content"),
        &fixtures().join("broken/several-errors-at-once/files"),
    );
    let out = rungs(dir.path(), &["check", "content", "--format", "json"]);
    assert_eq!(code(&out), 1);
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(value["errors"], 3, "{value}");
    let codes: Vec<&str> = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(
        codes.contains(&"unknown-category")
            && codes.contains(&"pass-out-of-range")
            && codes.contains(&"invalid-date"),
        "{codes:?}"
    );
    let first = &value["diagnostics"][0];
    assert!(
        first["file"].is_string()
            && first["line"].as_u64().unwrap() > 0
            && first["help"].is_string(),
        "{first}"
    );
}

/// The table of diagnostic codes in docs/authoring.md is the registry: every code, its
/// severity and its description, in the registry's order.
#[test]
fn the_table_of_codes_is_exactly_the_registry() {
    use rungs::diagnostics::{Severity, codes};
    let table = fs::read_to_string(repo().join("docs/authoring.md")).unwrap();
    let documented: Vec<(String, String, String)> = table
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| {
            let cells: Vec<&str> = l.split(" | ").collect();
            let code = cells.first()?.strip_suffix('`')?;
            (cells.len() == 3).then(|| {
                (
                    code.to_string(),
                    cells[1].to_string(),
                    cells[2].trim_end_matches(" |").to_string(),
                )
            })
        })
        .filter(|(_, severity, _)| severity == "error" || severity == "warning")
        .collect();
    let registered: Vec<(String, String, String)> = codes::ALL
        .iter()
        .map(|c| {
            let severity = match c.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            (
                c.name.to_string(),
                severity.to_string(),
                c.summary.replace('|', "\\|"),
            )
        })
        .collect();
    assert_eq!(documented, registered);
}

/// A duplicate id is reported where it was added: in the file git has not seen yet, or that
/// a later commit changed, even when the older file is not named after the id; the note
/// points at the first definition.
#[test]
fn a_duplicate_id_is_reported_in_the_file_that_added_it() {
    let dir = minimal_project();
    let content = dir.path().join("content");
    let competencies = content.join("competencies");
    fs::rename(
        competencies.join("negotiation.yaml"),
        competencies.join("bargaining.yaml"),
    )
    .unwrap();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "first"]);
    fs::copy(
        competencies.join("bargaining.yaml"),
        competencies.join("negotiation.yaml"),
    )
    .unwrap();
    let where_reported = || {
        let out = rungs(dir.path(), &["check", "content"]);
        assert_eq!(code(&out), 1, "{}", stderr(&out));
        let text = stderr(&out);
        let error = text
            .split("\n\n")
            .find(|block| block.starts_with("error[duplicate-id]"))
            .unwrap_or_else(|| panic!("{text}"))
            .to_string();
        let at = |marker: &str| {
            error
                .lines()
                .skip_while(|l| !l.starts_with(marker))
                .find_map(|l| l.trim().strip_prefix("--> "))
                .unwrap_or_else(|| panic!("{error}"))
                .to_string()
        };
        (at("error["), at("note: first defined here"))
    };
    // Not yet committed: the new file is the duplicate, though the old one is misnamed.
    let expected = (
        "content/competencies/negotiation.yaml:1:5".to_string(),
        "content/competencies/bargaining.yaml:1:5".to_string(),
    );
    assert_eq!(where_reported(), expected);
    // Committed later: still the newer file.
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "second"]);
    assert_eq!(where_reported(), expected);
}

#[test]
fn json_gives_a_diagnostics_second_place_as_its_note() {
    let dir = minimal_project();
    overlay(
        &dir.path().join("content"),
        &fixtures().join("broken/duplicate-id/files"),
    );
    let out = rungs(dir.path(), &["check", "content", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let duplicate = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "duplicate-id")
        .expect("the duplicate");
    assert_eq!(duplicate["file"], "competencies/negotiation-copy.yaml");
    assert_eq!(duplicate["note"]["file"], "competencies/negotiation.yaml");
    assert_eq!(duplicate["note"]["line"], 1);
    let warning = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "file-name-mismatch")
        .expect("the warning");
    assert!(
        warning.get("note").is_none(),
        "no note where there is no second place"
    );
}

/// README.md and every file under docs/, joined: the documentation a user reads.
fn documentation() -> Vec<(String, String)> {
    let mut files = vec![("README.md".to_string(), repo().join("README.md"))];
    let mut docs: Vec<_> = fs::read_dir(repo().join("docs"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    for path in docs {
        let name = format!("docs/{}", path.file_name().unwrap().to_string_lossy());
        files.push((name, path));
    }
    files
        .into_iter()
        .map(|(name, path)| (name, fs::read_to_string(path).unwrap()))
        .collect()
}

/// Whether `text` holds `needle` not followed by a letter, digit or `-` (so `--out` is not
/// found in `--outbox`, nor `rungs report` in `rungs reports`).
fn mentions(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(at, _)| {
        !text[at + needle.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '-')
    })
}

/// The `--long` options a `--help` text lists (global ones included).
fn long_options(help: &str) -> Vec<String> {
    help.lines()
        .filter(|l| {
            let text = l.trim_start();
            l.len() - text.len() <= 6 && text.starts_with('-')
        })
        .filter_map(|l| {
            l.split([' ', ',', '='])
                .find(|t| t.starts_with("--") && t.len() > 2)
                .map(str::to_string)
        })
        .collect()
}

/// Every command (`rungs NAME`), every option of every command (`--name`, as the binary's
/// help lists them) and every diagnostic code (`` `code` ``) appears in README.md or docs/;
/// and the table of commands in docs/commands.md gives every command's options, in its row or
/// in the table of options they share.
#[test]
fn every_command_option_and_code_is_documented() {
    let docs = documentation();
    let all: String = docs.iter().map(|(_, text)| text.as_str()).collect();
    let commands_md = &docs
        .iter()
        .find(|(name, _)| name == "docs/commands.md")
        .expect("docs/commands.md")
        .1;
    let shared: String = commands_md
        .lines()
        .filter(|l| l.starts_with("| `-"))
        .collect();

    let help = rungs(&repo(), &["help"]);
    assert_eq!(code(&help), 0);
    let commands: Vec<String> = stdout(&help)
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    assert!(commands.len() >= 15, "{commands:?}");

    let mut missing = Vec::new();
    for option in long_options(&stdout(&help)) {
        if !mentions(&all, &option) {
            missing.push(format!("option `rungs {option}`"));
        }
    }
    for command in &commands {
        let mention = format!("rungs {command}");
        if !mentions(&all, &mention) {
            missing.push(format!("command `{mention}`"));
        }
        if command == "help" {
            continue;
        }
        let output = rungs(&repo(), &[command, "--help"]);
        assert_eq!(code(&output), 0, "{command}");
        let options = long_options(&stdout(&output));
        assert!(
            options.iter().any(|o| o == "--help"),
            "{command}: {options:?}"
        );
        let row: String = commands_md
            .lines()
            .filter(|l| {
                l.strip_prefix("| `")
                    .and_then(|r| r.strip_prefix(&mention))
                    .is_some_and(|after| {
                        !after.starts_with(|c: char| c.is_alphanumeric() || c == '-')
                    })
            })
            .collect();
        if row.is_empty() {
            missing.push(format!("a row for `{mention}` in docs/commands.md"));
        }
        for option in options {
            if !mentions(&all, &option) {
                missing.push(format!("option `{mention} {option}`"));
            } else if !mentions(&row, &option) && !mentions(&shared, &option) {
                missing.push(format!(
                    "option `{mention} {option}` in its row of docs/commands.md or the table of options"
                ));
            }
        }
    }
    for code in rungs::diagnostics::codes::ALL {
        if !all.contains(&format!("`{}`", code.name)) {
            missing.push(format!("diagnostic code `{}`", code.name));
        }
    }
    assert!(
        missing.is_empty(),
        "not documented in README.md or docs/*.md:\n  {}",
        missing.join("\n  ")
    );
}

/// A line with its inline code spans blanked, so `[a](b)` in code is no link.
fn without_code_spans(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find('`') {
        out.push_str(&rest[..start]);
        let ticks = rest[start..].chars().take_while(|&c| c == '`').count();
        let fence = &rest[start..start + ticks];
        match rest[start + ticks..].find(fence) {
            Some(end) => rest = &rest[start + ticks + end + ticks..],
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The lines of a Markdown file outside fenced code blocks, with their line numbers.
fn prose_lines(text: &str) -> Vec<(usize, &str)> {
    let mut fenced = false;
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let t = l.trim_start();
            if t.starts_with("```") || t.starts_with("~~~") {
                fenced = !fenced;
                return false;
            }
            !fenced
        })
        .map(|(i, l)| (i + 1, l))
        .collect()
}

/// `[text](target)` → `text`.
fn link_texts(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|c| open + c) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|e| close + e) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// GitHub's anchors for a Markdown file's headings: the text lowercased, spaces to `-`,
/// punctuation but `-` and `_` dropped (letters of any script kept), `-1`, `-2` … on repeats.
fn anchors(text: &str) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for (_, line) in prose_lines(text) {
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if !(1..=6).contains(&hashes) || !line[hashes..].starts_with(' ') {
            continue;
        }
        let slug: String = link_texts(line[hashes..].trim())
            .to_lowercase()
            .chars()
            .filter_map(|c| match c {
                ' ' => Some('-'),
                c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
                _ => None,
            })
            .collect();
        let repeats = seen.iter().filter(|s| **s == slug).count();
        out.push(if repeats == 0 {
            slug.clone()
        } else {
            format!("{slug}-{repeats}")
        });
        seen.push(slug);
    }
    out
}

/// Every relative link between README.md, ARCHITECTURE.md and docs/*.md reaches a file that
/// exists and, with a `#anchor`, a heading of that file; README links to every file in docs/.
#[test]
fn every_link_between_the_documents_resolves() {
    let mut files = vec!["README.md".to_string(), "ARCHITECTURE.md".to_string()];
    files.extend(documentation().into_iter().skip(1).map(|(name, _)| name));
    let mut broken = Vec::new();
    let mut from_readme = Vec::new();
    let mut count = 0;
    for file in &files {
        let path = repo().join(file);
        let text = fs::read_to_string(&path).unwrap();
        for (number, line) in prose_lines(&text) {
            let line = without_code_spans(line);
            for (at, _) in line.match_indices("](") {
                let target = &line[at + 2..];
                let Some(end) = target.find(')') else {
                    continue;
                };
                let target = target[..end].trim();
                if target.contains("://") || target.starts_with("mailto:") {
                    continue;
                }
                count += 1;
                let (file_part, anchor) = match target.split_once('#') {
                    Some((f, a)) => (f, Some(a)),
                    None => (target, None),
                };
                let resolved = if file_part.is_empty() {
                    path.clone()
                } else {
                    path.parent().unwrap().join(file_part)
                };
                let at = format!("{file}:{number}: ({target})");
                if !resolved.exists() {
                    broken.push(format!("{at}: no such file"));
                    continue;
                }
                if file == "README.md"
                    && let Ok(p) = resolved.canonicalize()
                {
                    from_readme.push(p);
                }
                if let Some(anchor) = anchor {
                    let Ok(target_text) = fs::read_to_string(&resolved) else {
                        broken.push(format!("{at}: an anchor into a file that is not text"));
                        continue;
                    };
                    if !anchors(&target_text).iter().any(|a| a == anchor) {
                        broken.push(format!("{at}: no heading with that anchor"));
                    }
                }
            }
        }
    }
    assert!(count > 50, "only {count} links found");
    for file in files.iter().filter(|f| f.starts_with("docs/")) {
        let path = repo().join(file).canonicalize().unwrap();
        if !from_readme.contains(&path) {
            broken.push(format!("README.md does not link to {file}"));
        }
    }
    assert!(
        broken.is_empty(),
        "broken links:\n  {}",
        broken.join("\n  ")
    );
}
