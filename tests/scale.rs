//! Builds at scale, end to end: incremental builds that carry unchanged outputs over and are
//! byte-identical to a full one, shards whose union is the full build, and output that is the
//! same whatever the thread count, working folder, time zone or locale.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::sync::OnceLock;

use common::*;

/// Every file below `root` (the marker included), by relative path.
fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    walk(root)
        .into_iter()
        .map(|p| {
            let relative = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            (relative, fs::read(&p).unwrap())
        })
        .collect()
}

/// `rungs -j THREADS build CONTENT --out OUT` from `cwd`, in time zone `tz` and locale `lang`,
/// with no cache.
fn build_with(cwd: &Path, content: &Path, out: &Path, threads: &str, tz: &str, lang: &str) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_rungs"))
        // Tests read rungs in English unless they ask for a language.
        .env("RUNGS_LANG", "en")
        .args(["-j", threads, "build"])
        .arg(content)
        .arg("--out")
        .arg(out)
        .args(["--commit", "none", "--quiet", "--no-cache"])
        .current_dir(cwd)
        .env("TZ", tz)
        .env("LANG", lang)
        .env("LC_ALL", lang)
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
}

/// The sample built once for the whole test binary (one thread, UTC, the C locale, no cache):
/// the full build that the incremental, sharded and differently-run builds must equal. Built
/// once, not per test: each full build of the sample is seconds of rendering.
fn reference() -> &'static BTreeMap<String, Vec<u8>> {
    static REFERENCE: OnceLock<BTreeMap<String, Vec<u8>>> = OnceLock::new();
    REFERENCE.get_or_init(|| {
        let dir = sample_project();
        let out = dir.path().join("one");
        build_with(dir.path(), Path::new("content"), &out, "1", "UTC", "C");
        tree(&out)
    })
}

/// The inode of every file below `root`: the same inode means the file was carried over.
#[cfg(unix)]
fn inodes(root: &Path) -> BTreeMap<String, u64> {
    use std::os::unix::fs::MetadataExt;
    walk(root)
        .into_iter()
        .map(|p| {
            let relative = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            (relative, fs::metadata(&p).unwrap().ino())
        })
        .collect()
}

/// `rungs build` of `content` into `out` (both below `dir`), with `extra` arguments; returns
/// its summary line.
fn build(dir: &Path, out: &str, extra: &[&str]) -> String {
    let mut args = vec!["build", "content", "--out", out, "--commit", "none"];
    args.extend(extra);
    let output = rungs(dir, &args);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    stderr(&output)
}

/// "(N of M outputs rendered" from a build's summary, or everything when none was reused.
fn rendered(summary: &str) -> Option<(usize, usize)> {
    let (before, _) = summary.split_once(" outputs rendered")?;
    let (_, counts) = before.rsplit_once('(')?;
    let (n, m) = counts.split_once(" of ")?;
    Some((n.parse().ok()?, m.parse().ok()?))
}

fn sample_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    dir
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} has no `{from}`", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[cfg(unix)]
#[test]
fn an_incremental_build_renders_what_changed_only_and_equals_a_full_build() {
    let dir = sample_project();
    let root = dir.path();
    let first = build(root, "out", &[]);
    assert_eq!(
        rendered(&first),
        None,
        "a first build renders everything: {first}"
    );
    assert!(
        root.join(".out.rungs-cache").is_file(),
        "the cache lies beside OUT"
    );
    assert!(
        !walk(&root.join("out"))
            .iter()
            .any(|p| p.to_string_lossy().contains("cache")),
        "nothing of the cache inside OUT"
    );
    let before = inodes(&root.join("out"));

    // Nothing changed: nothing rendered, every file carried over (the same inode).
    let again = build(root, "out", &[]);
    let (n, total) = rendered(&again).expect(&again);
    assert_eq!(n, 0, "{again}");
    let after = inodes(&root.join("out"));
    let rewritten: Vec<&String> = after
        .iter()
        .filter(|(p, ino)| before.get(*p) != Some(ino) && *p != ".rungs-output")
        .map(|(p, _)| p)
        .collect();
    assert!(rewritten.is_empty(), "files written again: {rewritten:?}");

    // One record's comments: its report is rendered again (and the employee's later one, whose
    // trend reads it), nothing else; the result is the full build's, byte for byte.
    edit(
        &root.join("content/assessments/2024H1/E1001.yaml"),
        "comments: \"",
        "comments: \"补充：",
    );
    let one = build(root, "out", &[]);
    let (n, total_after) = rendered(&one).expect(&one);
    assert_eq!(total_after, total);
    assert!((1..=2).contains(&n), "{one}");
    let after_edit = inodes(&root.join("out"));
    let rewritten: Vec<&String> = after_edit
        .iter()
        .filter(|(p, ino)| after.get(*p) != Some(ino))
        .map(|(p, _)| p)
        .filter(|p| p.ends_with(".pdf"))
        .collect();
    assert!(
        !rewritten.is_empty() && rewritten.iter().all(|p| p.contains("E1001-")),
        "{rewritten:?}"
    );
    build(root, "full", &["--no-cache"]);
    assert_eq!(tree(&root.join("out")), tree(&root.join("full")));

    // A competency's definition: the site, the handbook and its Word edition show it, so they
    // are rendered again; no report, sheet or summary shows it, and their keys (what Typst
    // receives) are unchanged, so they are carried over. Pages whose bytes did not change are
    // linked.
    let before_site = inodes(&root.join("out"));
    edit(
        &root.join("content/competencies/customer-orientation.yaml"),
        "definition: ",
        "definition: 以客户为中心：",
    );
    let standard = build(root, "out", &[]);
    assert_eq!(rendered(&standard), Some((3, total)), "{standard}");
    let after_site = inodes(&root.join("out"));
    let kept = after_site
        .iter()
        .filter(|(p, ino)| p.starts_with("site/") && before_site.get(*p) == Some(ino))
        .count();
    assert!(
        kept > 0,
        "unchanged pages are linked from the previous build"
    );
    assert_ne!(
        before_site["site/competencies/customer-orientation.html"],
        after_site["site/competencies/customer-orientation.html"]
    );
    build(root, "full", &["--no-cache"]);
    assert_eq!(tree(&root.join("out")), tree(&root.join("full")));

    // A report changed by hand in OUT is not trusted: it is rendered again.
    let report = root.join("out/reports/sales/E1002-2024H1.pdf");
    let good = fs::read(&report).unwrap();
    let mut bad = good.clone();
    bad.extend_from_slice(b"%tampered\n");
    fs::remove_file(&report).unwrap();
    fs::write(&report, &bad).unwrap();
    let tampered = build(root, "out", &[]);
    assert_eq!(rendered(&tampered).map(|(n, _)| n), Some(1), "{tampered}");
    assert_eq!(fs::read(&report).unwrap(), good);

    // `rungs report` replaces E1003's reports: the cache no longer vouches for them, and the
    // next build renders them (and nothing else) again.
    let report = rungs(
        root,
        &[
            "report", "content", "E1003", "--out", "out", "--commit", "none", "-q",
        ],
    );
    assert_eq!(code(&report), 0, "{}", stderr(&report));
    let after_report = build(root, "out", &[]);
    let (n, _) = rendered(&after_report).expect(&after_report);
    assert!((1..=2).contains(&n), "{after_report}");

    // --no-cache renders everything, and a broken cache file is ignored (one part is enough
    // to show it: the others are kept from the forced build).
    let forced = build(root, "out", &["--no-cache"]);
    assert_eq!(rendered(&forced), None, "{forced}");
    fs::write(root.join(".out.rungs-cache"), "{not json").unwrap();
    let broken = build(root, "out", &["--only", "handbook"]);
    assert_eq!(rendered(&broken), None, "{broken}");
    assert_eq!(tree(&root.join("out")), tree(&root.join("full")));
}

#[test]
fn the_shards_of_a_build_merge_into_the_full_build_byte_for_byte() {
    let dir = sample_project();
    let root = dir.path();
    for k in 1..=3 {
        let shard = format!("{k}/3");
        build(root, &format!("shard-{k}"), &["--shard", &shard]);
    }
    assert!(
        !root.join("shard-2/site").exists() && root.join("shard-1/site").is_dir(),
        "only shard 1 builds the parts that are not reports"
    );
    let reports = |k: usize| {
        tree(&root.join(format!("shard-{k}")))
            .into_keys()
            .filter(|p| p.ends_with(".pdf") && p.starts_with("reports/"))
            .count()
    };
    assert!((1..=3).all(|k| reports(k) > 0), "every shard has reports");

    let merge = |shards: &[&str], out: &str| {
        let mut args = vec!["merge"];
        args.extend(shards);
        args.extend(["--out", out]);
        rungs(root, &args)
    };
    let merged = merge(&["shard-1", "shard-2", "shard-3"], "merged");
    assert_eq!(code(&merged), 0, "{}", stderr(&merged));
    assert!(
        tree(&root.join("merged")) == *reference(),
        "the merged shards are the full build"
    );

    let missing = merge(&["shard-1", "shard-3"], "partial");
    assert_eq!(code(&missing), 2);
    assert!(
        stderr(&missing).contains("shard 2/3 is missing"),
        "{}",
        stderr(&missing)
    );
    assert!(
        !root.join("partial").exists(),
        "a failed merge writes nothing"
    );

    let other = rungs(
        root,
        &[
            "build",
            "content",
            "--out",
            "other-1",
            "--shard",
            "1/3",
            "--commit",
            "elsewhere",
        ],
    );
    assert_eq!(code(&other), 0, "{}", stderr(&other));
    let mixed = merge(&["other-1", "shard-1", "shard-2", "shard-3"], "mixed");
    assert_eq!(code(&mixed), 2);
    assert!(
        stderr(&mixed).contains("differs between"),
        "{}",
        stderr(&mixed)
    );

    let bad = rungs(root, &["build", "content", "--shard", "4/3"]);
    assert_eq!(code(&bad), 2);
    assert!(
        stderr(&bad).contains("K counts from 1 up to N"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn output_is_the_same_whatever_the_threads_folder_time_zone_and_locale() {
    let dir = sample_project();
    let root = dir.path();
    let elsewhere = tempfile::tempdir().unwrap();
    let run = build_with;
    run(
        elsewhere.path(),
        &root.join("content"),
        &root.join("two"),
        "2",
        "Asia/Shanghai",
        "zh_CN.UTF-8",
    );
    run(
        &root.join("content"),
        Path::new("."),
        &root.join("three"),
        "3",
        "America/Los_Angeles",
        "de_DE.UTF-8",
    );
    // The reference: one thread, from the project's folder, UTC, the C locale.
    let one = reference();
    assert!(one.len() > 100);
    assert!(
        *one == tree(&root.join("two")),
        "two threads, elsewhere, Shanghai, zh_CN"
    );
    assert!(
        *one == tree(&root.join("three")),
        "three threads, inside content, Los Angeles, de_DE"
    );
}

/// xorshift64*: a small seeded generator, so a failing case is replayed from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Tokens that stress a YAML loader and the checks behind it.
const TOKENS: &[&[u8]] = &[
    b"&a ",
    b"*a",
    b"<<: *a\n",
    b"- ",
    b": ",
    b"\t",
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b"'",
    b"!!binary ",
    b"!!int ",
    b"~",
    b"null",
    b"1e999",
    b"-1",
    b"0x10",
    b"4294967296",
    b"---\n",
    b"...\n",
    b"? ",
    b"|\n",
    b">-\n",
    b"#",
    b"\xff\xfe",
    b"\xe5\xae",
    b"\0",
    b"\r\n",
    b"level: 99\n",
    b"competencies: []\n",
    b"id: index\n",
    b"2024-02-30",
    b"../../etc",
    b"<script>",
    b"{{ x }}",
    b"#set page(",
    b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
];

/// One random change to `bytes`.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    let at = rng.below(bytes.len() + 1);
    match rng.below(7) {
        0 if !bytes.is_empty() => {
            let i = rng.below(bytes.len());
            bytes[i] ^= 1 << rng.below(8);
        }
        1 => {
            let end = (at + rng.below(64)).min(bytes.len());
            bytes.drain(at..end);
        }
        2 => {
            let end = (at + rng.below(256)).min(bytes.len());
            let copy = bytes[at..end].to_vec();
            let to = rng.below(bytes.len() + 1);
            bytes.splice(to..to, copy);
        }
        3 => bytes.truncate(at),
        4 => {
            // Swap two lines, breaking indentation and order.
            let text = String::from_utf8_lossy(bytes).into_owned();
            let mut lines: Vec<&str> = text.lines().collect();
            if lines.len() > 1 {
                let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                lines.swap(a, b);
            }
            *bytes = lines.join("\n").into_bytes();
        }
        _ => {
            let token = TOKENS[rng.below(TOKENS.len())];
            bytes.splice(at..at, token.iter().copied());
        }
    }
}

/// The content of `root`, by logical path.
fn content_files(root: &Path) -> Vec<(String, Vec<u8>)> {
    walk(root)
        .into_iter()
        .map(|p| {
            let relative = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (relative, fs::read(&p).unwrap())
        })
        .collect()
}

/// Loads and checks `files` in memory; `Err` with the panic's message when it panics.
fn check_in_memory(files: &[(String, Vec<u8>)]) -> Result<usize, String> {
    let mut source = rungs::source::MemorySource::new("fuzz");
    for (path, bytes) in files {
        source.insert(path.clone(), bytes.clone());
    }
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let project = rungs::Project::new(Box::new(source), None);
        project.check().map(|c| c.diagnostics.len()).unwrap_or(0)
    }))
    .map_err(|panic| {
        panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

/// Property: whatever the bytes of the content files, load and check end with diagnostics,
/// never a panic. A short run here; `RUNGS_FUZZ_SECONDS=600 cargo test --test scale mutated --
/// --nocapture` runs for ten minutes (`RUNGS_FUZZ_SEED` replays a run). A case that
/// panics is saved under `tests/fixtures/fuzz/`, where this test replays it every time.
#[test]
fn mutated_content_never_panics_load_or_check() {
    let fixtures_dir = fixtures().join("fuzz");
    for case in fs::read_dir(&fixtures_dir).into_iter().flatten().flatten() {
        let files = content_files(&case.path());
        if let Err(panic) = check_in_memory(&files) {
            panic!("{} panics again: {panic}", case.path().display());
        }
    }
    let seconds: u64 = std::env::var("RUNGS_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let minimum_cases = if seconds == 0 { 150 } else { 0 };
    let seed: u64 = std::env::var("RUNGS_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_2026);
    let mut rng = Rng(seed | 1);
    let base = content_files(&repo().join("content"));
    let started = std::time::Instant::now();
    let mut cases = 0usize;
    while cases < minimum_cases || started.elapsed().as_secs() < seconds {
        let mut files = base.clone();
        for _ in 0..1 + rng.below(3) {
            let i = rng.below(files.len());
            for _ in 0..1 + rng.below(4) {
                mutate(&mut rng, &mut files[i].1);
            }
        }
        let case_started = std::time::Instant::now();
        if let Err(panic) = check_in_memory(&files) {
            let dir = fixtures_dir.join(format!("crash-{seed}-{cases}"));
            for (path, bytes) in &files {
                let target = dir.join(path);
                fs::create_dir_all(target.parent().unwrap()).unwrap();
                fs::write(target, bytes).unwrap();
            }
            panic!(
                "case {cases} of seed {seed} panics: {panic}; saved as {}",
                dir.display()
            );
        }
        assert!(
            case_started.elapsed().as_secs() < 10,
            "case {cases} of seed {seed} took {:?}",
            case_started.elapsed()
        );
        cases += 1;
    }
    eprintln!(
        "{cases} mutated projects loaded and checked without a panic in {:?}",
        started.elapsed()
    );
}

#[test]
fn oversized_inputs_are_located_errors_in_bounded_time() {
    let dir = minimal_project();
    let content = dir.path().join("content");
    // Sparse files: reported by their size, never read.
    let theme = content.join("themes/default/static");
    fs::create_dir_all(&theme).unwrap();
    fs::File::create(theme.join("big.css"))
        .unwrap()
        .set_len(9 << 20)
        .unwrap();
    fs::create_dir_all(content.join("fonts")).unwrap();
    fs::File::create(content.join("fonts/huge.ttf"))
        .unwrap()
        .set_len(4 << 30)
        .unwrap();
    // A 100,000-character name, inside the 1 MiB file limit.
    edit(
        &content.join("competencies/negotiation.yaml"),
        "name: 谈判",
        &format!("name: {}", "谈".repeat(100_000)),
    );
    // A level listing 101 competencies, and a record with 500 plan items.
    let sequence = content.join("sequences/sales.yaml");
    let text = fs::read_to_string(&sequence).unwrap();
    let many: String = (0..101)
        .map(|i| format!("      - {{ competency: c{i}, level: 1 }}\n"))
        .collect();
    let first_list = text
        .find("    competencies:\n")
        .expect("a level with competencies")
        + "    competencies:\n".len();
    fs::write(
        &sequence,
        format!("{}{many}{}", &text[..first_list], &text[first_list..]),
    )
    .unwrap();
    let record = content.join("assessments/2024H1/E1.yaml");
    let items: String = (0..500)
        .map(|i| format!("  - {{ goal: 目标{i} }}\n"))
        .collect();
    let mut text = fs::read_to_string(&record).unwrap();
    text.push_str("plan:\n");
    text.push_str(&items);
    fs::write(&record, text).unwrap();

    let started = std::time::Instant::now();
    let out = rungs(dir.path(), &["check", "content"]);
    let took = started.elapsed();
    let text = stderr(&out);
    assert_eq!(code(&out), 1, "{text}");
    assert!(took.as_secs() < 20, "check took {took:?}");
    for (code, at) in [
        ("error[file-too-large]", "themes/default/static/big.css"),
        ("error[file-too-large]", "fonts/huge.ttf"),
        ("error[too-long]", "competencies/negotiation.yaml:2:"),
        ("error[too-many]", "sequences/sales.yaml"),
        ("error[too-many]", "assessments/2024H1/E1.yaml"),
    ] {
        assert!(
            text.lines()
                .zip(text.lines().skip(1))
                .any(|(a, b)| a.starts_with(code) && b.contains(at)),
            "no {code} at {at}:\n{text}"
        );
    }
    assert!(
        text.contains("this text has 100000 characters; the limit is 10000"),
        "{text}"
    );
    assert!(
        text.contains("500 development plan items; the limit is 50"),
        "{text}"
    );
}

#[test]
fn a_large_team_summary_lists_its_first_hundred_and_points_to_the_csv_for_the_rest() {
    let dir = minimal_project();
    let records = dir.path().join("content/assessments/2024H1");
    let template = fs::read_to_string(records.join("E1.yaml")).unwrap();
    for i in 1..=130 {
        let id = format!("E{i:03}");
        let text = template
            .replacen("employee_id: E1\n", &format!("employee_id: {id}\n"), 1)
            .replacen("name: 张三\n", &format!("name: 员工{i}\n"), 1);
        fs::write(records.join(format!("{id}.yaml")), text).unwrap();
    }
    fs::remove_file(records.join("E1.yaml")).unwrap();
    fs::remove_file(records.join("E2.yaml")).unwrap();
    let out = rungs(
        dir.path(),
        &[
            "build",
            "content",
            "--out",
            "out",
            "--only",
            "summaries",
            "--commit",
            "none",
            "-q",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let folder = dir.path().join("out/summaries/2024H1/departments");
    let text = pdf_text(&fs::read(folder.join("销售部.pdf")).unwrap());
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(compact.contains("另有30人未列出"), "{text}");
    assert!(
        compact.contains("员工100") && !compact.contains("员工101"),
        "the first 100 by id"
    );
    let csv = fs::read_to_string(folder.join("销售部.csv")).unwrap();
    assert_eq!(
        csv.lines().filter(|l| l.contains("员工")).count(),
        130,
        "the CSV lists everyone"
    );
}

#[test]
fn a_handbook_over_its_budget_stops_the_build_but_not_the_other_parts() {
    let dir = minimal_project();
    // 845 KB of page text: inside the 1 MiB file limit, over the handbook's 600 KiB.
    let paragraph = "任职资格标准的说明文字。".repeat(40);
    let body: String = (0..600).map(|_| format!("{paragraph}\n\n")).collect();
    fs::write(
        dir.path().join("content/pages/long.md"),
        format!("---\ntitle: 长篇说明\norder: 9\n---\n\n{body}"),
    )
    .unwrap();
    let out = rungs(
        dir.path(),
        &["build", "content", "--out", "out", "--commit", "none", "-q"],
    );
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let text = stderr(&out);
    assert!(
        text.contains("the handbook would lay out") && text.contains("the limit is 600 KiB"),
        "{text}"
    );
    assert!(text.contains("--only site,reports,summaries"), "{text}");
    assert!(!dir.path().join("out").exists(), "nothing half-written");
    let site = rungs(
        dir.path(),
        &[
            "build",
            "content",
            "--out",
            "out",
            "--only",
            "site,reports",
            "--commit",
            "none",
            "-q",
        ],
    );
    assert_eq!(code(&site), 0, "{}", stderr(&site));
    // The site offers only what this build made, and says what it did not.
    let downloads = fs::read_to_string(dir.path().join("out/site/downloads.html")).unwrap();
    for file in ["handbook.pdf", "handbook.docx", "sheets/sales.pdf"] {
        assert!(
            !downloads.contains(&format!("href=\"downloads/{file}\"")),
            "{downloads}"
        );
        assert!(!dir.path().join("out/site/downloads").join(file).exists());
    }
    let sheet =
        fs::read_to_string(dir.path().join("out/site/sequences/sales/sheets/s1.html")).unwrap();
    assert!(!sheet.contains("downloads/sheets/"), "{sheet}");
}
