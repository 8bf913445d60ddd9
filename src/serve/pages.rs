//! The site of one good build, rendered page by page as browsers ask for it. Rendering all
//! 5,000 pages of a large standard takes seconds; a browser reloading after an edit needs one,
//! so a rebuild only checks the content and makes the templates and navigation, and each page
//! is rendered on its first request (then kept). The bytes are `rungs build`'s: the same
//! `SiteRenderer` makes both. The downloads (the handbook, its Word edition, the sheets) are
//! rendered on request too, as `rungs build` makes them.
//!
//! The renderer borrows the checked project, so it lives on a thread of its own that owns the
//! project and answers requests over a channel; the thread ends when the build is replaced and
//! the last request is answered.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, mpsc};

use tokio::sync::oneshot;

use crate::project::{Checked, Offer};
use crate::render::html::{SiteFile, SiteRenderer};
use crate::render::{BuildInfo, RenderError};

/// A file the preview serves: a page or file of the site, or a download.
#[derive(Debug, Clone, Copy)]
enum Served {
    Site(SiteFile),
    Download(Offer),
}

struct Request {
    file: Served,
    reply: oneshot::Sender<Result<Arc<[u8]>, String>>,
}

/// One build's site: which files it has, and those rendered so far.
pub struct Pages {
    files: HashMap<String, Served>,
    rendered: Mutex<HashMap<String, Arc<[u8]>>>,
    requests: mpsc::Sender<Request>,
}

impl Pages {
    /// Starts rendering `checked`'s site (which must have no errors); returns once the
    /// templates and the navigation are made, or with the theme's error.
    pub fn start(checked: Arc<Checked>, info: Arc<BuildInfo>) -> Result<Pages, RenderError> {
        let (ready_tx, ready) = mpsc::sync_channel(1);
        let (requests, receiver) = mpsc::channel::<Request>();
        std::thread::Builder::new()
            .name("rungs-pages".into())
            .spawn(move || {
                let standard = &checked
                    .model
                    .as_ref()
                    .expect("checked without errors")
                    .standard;
                let renderer = match SiteRenderer::new(standard, &checked.theme, &info) {
                    Ok(renderer) => renderer,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                let build = checked
                    .build(BuildInfo::clone(&info), Default::default())
                    .expect("checked without errors");
                let mut files: HashMap<String, Served> = renderer
                    .files()
                    .into_iter()
                    .map(|(path, file)| (path.as_str().to_string(), Served::Site(file)))
                    .collect();
                for (_, at, which) in build.downloads() {
                    files.insert(at.as_str().to_string(), Served::Download(which));
                }
                if ready_tx.send(Ok(files)).is_err() {
                    return;
                }
                let (renderer, build) = (&renderer, &build);
                rayon::scope(|scope| {
                    for request in receiver {
                        scope.spawn(move |_| {
                            let bytes = match request.file {
                                Served::Site(file) => renderer.render(file),
                                Served::Download(which) => build.render_download(which),
                            }
                            .map(Arc::from)
                            .map_err(|e| e.to_string());
                            let _ = request.reply.send(bytes);
                        });
                    }
                });
            })
            .expect("a thread starts");
        let files = ready.recv().expect("the renderer answers")?;
        Ok(Pages {
            files,
            rendered: Mutex::new(HashMap::new()),
            requests,
        })
    }

    /// Whether the site has this file (a path relative to its root).
    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// How many HTML pages the site has.
    pub fn page_count(&self) -> usize {
        self.files.keys().filter(|p| p.ends_with(".html")).count()
    }

    /// A file's bytes, rendered on its first request; `None` when the site has no such file.
    pub async fn get(&self, path: &str) -> Option<Result<Arc<[u8]>, String>> {
        let file = *self.files.get(path)?;
        if let Some(bytes) = self.rendered.lock().expect("pages lock").get(path) {
            return Some(Ok(bytes.clone()));
        }
        let (reply, answer) = oneshot::channel();
        if self.requests.send(Request { file, reply }).is_err() {
            return Some(Err("the page renderer stopped".into()));
        }
        let bytes = match answer.await {
            Ok(bytes) => bytes,
            Err(_) => Err("the page renderer stopped".into()),
        };
        if let Ok(bytes) = &bytes {
            self.rendered
                .lock()
                .expect("pages lock")
                .insert(path.to_string(), bytes.clone());
        }
        Some(bytes)
    }
}
