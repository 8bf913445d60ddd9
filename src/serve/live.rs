//! What the preview server serves, swapped whole on each rebuild: the last good site, the
//! problems of the latest attempt (shown over it), and, with `--reports`, the reports, kept
//! apart from the site in a type of their own so that no path of the site can reach them.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, RwLock};

use tokio::sync::broadcast;

use super::overlay::Problems;
use super::pages::Pages;

/// Files by path (`sales/E1001-2024H2.pdf`).
pub type Files = BTreeMap<String, Arc<[u8]>>;

/// Personal files (reports, team summaries) by path relative to `/reports/`: only served to
/// loopback clients, and only when the server was started with `--reports`.
#[derive(Debug, Default, Clone)]
pub struct Personal(pub Files);

/// Renders the handbook PDF of a good build, when someone asks for it.
pub type HandbookRenderer = Box<dyn Fn() -> Result<Vec<u8>, String> + Send + Sync>;

/// One good build, as served.
pub struct Snapshot {
    /// Counts good builds, from 1: pages carry it, so a page loaded from an older build
    /// reloads itself when it connects.
    pub generation: u64,
    /// The site (none before the first good build).
    pub pages: Option<Pages>,
    pub handbook: Option<HandbookRenderer>,
}

/// What a page's event stream is told.
#[derive(Debug, Clone)]
pub enum Event {
    /// A new good build: reload.
    Reload { generation: u64 },
    /// The latest edit broke the content: show these problems over the last good pages
    /// (an empty list clears the overlay).
    Problems(Arc<Problems>),
}

/// The server's state, shared by the request handlers and the rebuilding thread. Requests
/// only clone `Arc`s under the locks, so a slow client never holds up a rebuild.
pub struct Live {
    snapshot: RwLock<Arc<Snapshot>>,
    problems: RwLock<Arc<Problems>>,
    personal: RwLock<Option<Arc<Personal>>>,
    handbook: Mutex<Option<(u64, Arc<[u8]>)>>,
    events: broadcast::Sender<Event>,
    /// The language the server's own pages speak: the command line's.
    language: RwLock<crate::locale::Language>,
}

impl Live {
    /// The state before the first good build: no pages, and the first build's problems.
    pub fn new(reports: bool) -> Live {
        Live {
            snapshot: RwLock::new(Arc::new(Snapshot {
                generation: 0,
                pages: None,
                handbook: None,
            })),
            problems: RwLock::new(Arc::new(Problems::default())),
            personal: RwLock::new(reports.then(|| Arc::new(Personal::default()))),
            handbook: Mutex::new(None),
            events: broadcast::channel(64).0,
            language: RwLock::new(crate::locale::Language::en()),
        }
    }

    /// Speaks `language` on the server's own pages from now on.
    pub fn speak(&self, language: crate::locale::Language) {
        *self.language.write().expect("language lock") = language;
    }

    /// `message` in the language the server speaks.
    pub fn say(&self, message: &crate::locale::Message) -> String {
        self.language.read().expect("language lock").say(message)
    }

    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.snapshot.read().expect("snapshot lock").clone()
    }

    pub fn problems(&self) -> Arc<Problems> {
        self.problems.read().expect("problems lock").clone()
    }

    /// The reports, when the server serves them.
    pub fn personal(&self) -> Option<Arc<Personal>> {
        self.personal.read().expect("personal lock").clone()
    }

    pub fn serves_reports(&self) -> bool {
        self.personal.read().expect("personal lock").is_some()
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.events.subscribe()
    }

    /// Swaps in a good build's site (numbered after the last), clears the problems, and tells
    /// the open pages to reload. Returns the new generation.
    pub fn publish(&self, pages: Pages, handbook: Option<HandbookRenderer>) -> u64 {
        let generation = {
            let mut current = self.snapshot.write().expect("snapshot lock");
            let generation = current.generation + 1;
            *current = Arc::new(Snapshot {
                generation,
                pages: Some(pages),
                handbook,
            });
            generation
        };
        *self.problems.write().expect("problems lock") = Arc::new(Problems::default());
        let _ = self.events.send(Event::Reload { generation });
        generation
    }

    /// Records the problems of a failed build; the last good site stays in place.
    pub fn fail(&self, problems: Problems) {
        let problems = Arc::new(problems);
        *self.problems.write().expect("problems lock") = problems.clone();
        let _ = self.events.send(Event::Problems(problems));
    }

    /// Swaps in the reports of a good build (ignored when the server does not serve them).
    pub fn publish_personal(&self, files: Files) {
        let mut personal = self.personal.write().expect("personal lock");
        if personal.is_some() {
            *personal = Some(Arc::new(Personal(files)));
        }
    }

    /// The handbook PDF of the current build, rendered on the first request after each build
    /// (one render at a time; later requests wait for it and share it).
    pub fn handbook(&self) -> Option<Result<Arc<[u8]>, String>> {
        let snapshot = self.snapshot();
        let render = snapshot.handbook.as_ref()?;
        let mut cached = self.handbook.lock().expect("handbook lock");
        if let Some((generation, bytes)) = cached.as_ref()
            && *generation == snapshot.generation
        {
            return Some(Ok(bytes.clone()));
        }
        Some(render().map(|bytes| {
            let bytes: Arc<[u8]> = bytes.into();
            *cached = Some((snapshot.generation, bytes.clone()));
            bytes
        }))
    }
}
