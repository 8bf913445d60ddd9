//! Typesetting in worker processes: `rungs __typeset-worker`, fed documents over its standard
//! input and answering with their PDFs on its standard output.
//!
//! Typst memoizes layout in caches shared by the whole process, each behind one read-write
//! lock. Two threads typesetting side by side take those locks millions of times; perf showed
//! 85 % of a two-thread build's `sched_yield` calls spinning in them (comemo's `memoize`), and
//! two threads made reports 1.6 times as fast as one where two processes made them 1.9 times as
//! fast. A worker process has caches of its own. It is the same executable, given the same
//! theme files, fonts and PDF profile, so a PDF is the same bytes whichever process made it.
//!
//! A worker that cannot be started, or that stops answering, is not an error: the document is
//! typeset in this process instead, and so are the rest.

use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use super::{Document, Kind, PdfProfile, PdfRenderer};
use crate::fonts::Fonts;
use crate::model::Date;
use crate::render::{RenderError, TemplateError};
use crate::theme::Theme;

/// The first argument that makes `rungs` a worker rather than the command line.
pub const WORKER_ARG: &str = "__typeset-worker";

/// The worker processes of one renderer: started as first needed, kept while the renderer
/// lives (their caches stay warm from one part of the build to the next), ended with it.
pub(crate) struct Workers {
    executable: PathBuf,
    idle: Mutex<Vec<Worker>>,
    /// Set once a worker could not be started or failed: the rest is typeset in-process.
    broken: AtomicBool,
    started: AtomicUsize,
}

impl Workers {
    pub(crate) fn new(executable: PathBuf) -> Workers {
        Workers {
            executable,
            idle: Mutex::new(Vec::new()),
            broken: AtomicBool::new(false),
            started: AtomicUsize::new(0),
        }
    }

    /// How many workers were started.
    pub(crate) fn started(&self) -> usize {
        self.started.load(Ordering::Relaxed)
    }

    /// An idle worker, or a new one; `None` once workers have failed.
    fn take(&self, renderer: &PdfRenderer) -> Option<Worker> {
        if self.broken.load(Ordering::Relaxed) {
            return None;
        }
        let idle = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let worker = idle.or_else(|| {
            let started = Worker::start(&self.executable, renderer).ok()?;
            self.started.fetch_add(1, Ordering::Relaxed);
            Some(started)
        });
        if worker.is_none() {
            self.broken.store(true, Ordering::Relaxed);
        }
        worker
    }

    fn give_back(&self, worker: Worker) {
        self.idle
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(worker);
    }
}

/// What one worker thread typesets with: its worker process, or this process.
pub struct Typesetter<'r, 'a> {
    renderer: &'r PdfRenderer<'a>,
    worker: Option<Worker>,
    /// Whether a worker was asked for yet (it is started at the first document, not before:
    /// a build that carries every report over starts none).
    asked: bool,
}

impl<'r, 'a> Typesetter<'r, 'a> {
    pub(crate) fn new(renderer: &'r PdfRenderer<'a>) -> Self {
        Typesetter {
            renderer,
            worker: None,
            asked: false,
        }
    }

    /// A document's PDF, from the worker process when there is one.
    pub fn pdf(&mut self, document: &Document) -> Result<Vec<u8>, RenderError> {
        if let Some(workers) = &self.renderer.workers {
            if !self.asked {
                self.asked = true;
                self.worker = workers.take(self.renderer);
            }
            if let Some(worker) = &mut self.worker {
                match worker.typeset(document) {
                    Ok(answer) => return answer,
                    Err(_) => {
                        workers.broken.store(true, Ordering::Relaxed);
                        self.worker = None;
                    }
                }
            }
        }
        self.renderer.typeset(document)
    }
}

impl Drop for Typesetter<'_, '_> {
    fn drop(&mut self) {
        if let (Some(worker), Some(workers)) = (self.worker.take(), &self.renderer.workers) {
            workers.give_back(worker);
        }
    }
}

/// A running worker process.
struct Worker {
    child: Child,
    input: Option<BufWriter<ChildStdin>>,
    output: BufReader<ChildStdout>,
}

impl Worker {
    /// Starts `executable` as a worker and hands it the renderer's theme, fonts and profile.
    fn start(executable: &Path, renderer: &PdfRenderer) -> std::io::Result<Worker> {
        let mut child = Command::new(executable)
            .arg(WORKER_ARG)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()?;
        let (Some(input), Some(output)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            return Err(std::io::Error::other("no pipes to the worker"));
        };
        let mut worker = Worker {
            child,
            input: Some(BufWriter::new(input)),
            output: BufReader::new(output),
        };
        let setup = setup(renderer.theme, &renderer.shared.fonts, renderer.profile);
        let input = worker.input.as_mut().expect("input");
        input.write_all(&setup)?;
        input.flush()?;
        Ok(worker)
    }

    /// The worker's answer for `document`; `Err` when the worker cannot be talked to.
    fn typeset(&mut self, document: &Document) -> std::io::Result<Result<Vec<u8>, RenderError>> {
        let input = self.input.as_mut().expect("input");
        let mut request = Vec::with_capacity(document.data.len() + 128);
        put_str(&mut request, document.kind.main_file());
        put_u64(&mut request, document.date.year as u64);
        put_u64(&mut request, document.date.month.into());
        put_u64(&mut request, document.date.day.into());
        put_str(&mut request, &document.ident);
        put_str(&mut request, &document.data);
        input.write_all(&request)?;
        input.flush()?;
        let mut tag = [0u8];
        self.output.read_exact(&mut tag)?;
        match tag[0] {
            ANSWER_PDF => Ok(Ok(get_bytes(&mut self.output)?)),
            ANSWER_ERROR => {
                let file = get_string(&mut self.output)?;
                let line = get_u64(&mut self.output)?;
                let message = get_string(&mut self.output)?;
                Ok(Err(RenderError::Template(TemplateError {
                    file,
                    line: line.checked_sub(1).map(|l| l as usize),
                    message,
                })))
            }
            _ => Err(std::io::Error::other("the worker's answer is garbled")),
        }
    }
}

impl Drop for Worker {
    /// Closing its input ends the worker; it is waited for, so none is left behind.
    fn drop(&mut self) {
        drop(self.input.take());
        let _ = self.child.wait();
    }
}

const ANSWER_PDF: u8 = 0;
const ANSWER_ERROR: u8 = 1;

/// What a worker needs to make the renderer this process has: the theme's overridden files,
/// the project's fonts and the PDF profile.
fn setup(theme: &Theme, fonts: &Fonts, profile: PdfProfile) -> Vec<u8> {
    let mut out = Vec::new();
    let overrides: Vec<_> = theme.overrides().collect();
    put_u64(&mut out, overrides.len() as u64);
    for (path, shown, bytes) in overrides {
        put_str(&mut out, path);
        put_str(&mut out, shown);
        put_bytes(&mut out, bytes);
    }
    let extra: Vec<_> = fonts.extra().collect();
    put_u64(&mut out, extra.len() as u64);
    for (origin, bytes) in extra {
        put_str(&mut out, origin);
        put_bytes(&mut out, bytes);
    }
    put_u64(&mut out, profile.archival.into());
    put_u64(&mut out, profile.accessible.into());
    out
}

/// The worker's side: reads the setup, then typesets each document it is sent until its input
/// closes. Returns the process's exit code (0 when its input closed, 1 on a broken setup or
/// pipe: the parent then typesets in-process).
pub fn serve() -> u8 {
    // Typst lays out recursively and in parallel; a pool of one thread with a large stack, as
    // the in-process workers have.
    match super::workers::own_pool() {
        Some(pool) => pool.install(serve_on_this_thread),
        None => serve_on_this_thread(),
    }
}

fn serve_on_this_thread() -> u8 {
    let mut input = BufReader::new(std::io::stdin().lock());
    let mut output = BufWriter::new(std::io::stdout().lock());
    match answer_all(&mut input, &mut output) {
        Ok(()) => 0,
        Err(_) => 1,
    }
}

fn answer_all(input: &mut impl Read, output: &mut impl Write) -> std::io::Result<()> {
    let mut overrides = Vec::new();
    for _ in 0..get_u64(input)? {
        overrides.push((get_string(input)?, get_string(input)?, get_bytes(input)?));
    }
    let mut extra = Vec::new();
    for _ in 0..get_u64(input)? {
        extra.push((get_string(input)?, get_bytes(input)?));
    }
    let profile = PdfProfile {
        archival: get_u64(input)? != 0,
        accessible: get_u64(input)? != 0,
    };
    let theme = Theme::with_overrides(overrides);
    let fonts = Arc::new(Fonts::load(&theme, &extra));
    let renderer = PdfRenderer::new(&theme, fonts, profile)
        .map_err(|_| std::io::Error::other("the theme's templates do not load"))?;
    loop {
        let main_file = match get_string(input) {
            Ok(name) => name,
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(()),
            Err(e) => return Err(e),
        };
        let kind = Kind::ALL
            .into_iter()
            .find(|k| k.main_file() == main_file)
            .ok_or_else(|| std::io::Error::other("unknown kind of document"))?;
        let number = |n: u64| n.try_into().map_err(std::io::Error::other);
        let date = Date {
            year: get_u64(input)? as i32,
            month: number(get_u64(input)?)?,
            day: number(get_u64(input)?)?,
        };
        let ident = get_string(input)?;
        let data = get_string(input)?;
        let document = Document {
            kind,
            data,
            date,
            ident,
        };
        match renderer.typeset(&document) {
            Ok(pdf) => {
                output.write_all(&[ANSWER_PDF])?;
                put_bytes_to(output, &pdf)?;
            }
            Err(RenderError::Template(e)) => {
                output.write_all(&[ANSWER_ERROR])?;
                let mut answer = Vec::new();
                put_str(&mut answer, &e.file);
                put_u64(&mut answer, e.line.map_or(0, |l| l as u64 + 1));
                put_str(&mut answer, &e.message);
                output.write_all(&answer)?;
            }
            // `pdf` fails only with a template's error; anything else, the parent redoes.
            Err(_) => return Err(std::io::Error::other("unexpected error")),
        }
        output.flush()?;
    }
}

// The wire: numbers as 8 bytes little-endian, byte strings and text with their length first.

fn put_u64(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    put_u64(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

fn put_str(out: &mut Vec<u8>, text: &str) {
    put_bytes(out, text.as_bytes());
}

fn put_bytes_to(output: &mut impl Write, bytes: &[u8]) -> std::io::Result<()> {
    output.write_all(&(bytes.len() as u64).to_le_bytes())?;
    output.write_all(bytes)
}

fn get_u64(input: &mut impl Read) -> std::io::Result<u64> {
    let mut bytes = [0u8; 8];
    input.read_exact(&mut bytes)?;
    Ok(u64::from_le_bytes(bytes))
}

fn get_bytes(input: &mut impl Read) -> std::io::Result<Vec<u8>> {
    let length = get_u64(input)?;
    let mut bytes = Vec::new();
    input.take(length).read_to_end(&mut bytes)?;
    if bytes.len() as u64 != length {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    Ok(bytes)
}

fn get_string(input: &mut impl Read) -> std::io::Result<String> {
    String::from_utf8(get_bytes(input)?).map_err(std::io::Error::other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_setup_reads_back() {
        let theme = Theme::with_overrides([(
            "typst/common.typ".to_string(),
            "themes/default/typst/common.typ".to_string(),
            b"// mine".to_vec(),
        )]);
        let fonts = Fonts::load(&theme, &[("fonts/a.ttf".into(), b"not a font".to_vec())]);
        let profile = PdfProfile {
            archival: true,
            accessible: false,
        };
        let bytes = setup(&theme, &fonts, profile);
        let input = &mut bytes.as_slice();
        assert_eq!(get_u64(input).unwrap(), 1);
        assert_eq!(get_string(input).unwrap(), "typst/common.typ");
        assert_eq!(
            get_string(input).unwrap(),
            "themes/default/typst/common.typ"
        );
        assert_eq!(get_bytes(input).unwrap(), b"// mine");
        assert_eq!(get_u64(input).unwrap(), 1);
        assert_eq!(get_string(input).unwrap(), "fonts/a.ttf");
        assert_eq!(get_bytes(input).unwrap(), b"not a font");
        assert_eq!((get_u64(input).unwrap(), get_u64(input).unwrap()), (1, 0));
        assert!(input.is_empty());
    }

    #[test]
    fn a_short_byte_string_is_an_error() {
        let mut bytes = Vec::new();
        put_u64(&mut bytes, 10);
        bytes.extend_from_slice(b"abc");
        assert!(get_bytes(&mut bytes.as_slice()).is_err());
    }
}
