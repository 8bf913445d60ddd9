//! The preview server's HTTP side (axum on tokio): site files from memory with the live
//! script injected into pages, the event stream, the problems as JSON, the handbook PDF on
//! request, and the reports under `/reports/` to loopback clients only. Every request must
//! name an allowed host (see [`Hosts`]), so a web page cannot reach the preview through DNS
//! rebinding.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::StreamExt;
use futures_util::stream::{self, Stream};
use tokio::sync::broadcast::error::RecvError;

use super::live::{Event, Files, Live};
use super::overlay::{self, EVENTS_PATH, PROBLEMS_PATH, Problems, SCRIPT_PATH};
use super::paths::{self, Wanted};

/// The handbook PDF's address.
pub const HANDBOOK_PATH: &str = "/handbook.pdf";
/// Where the reports are served, with `--reports`.
pub const REPORTS_PREFIX: &str = "/reports/";

/// The `Host` headers the preview answers. A page on another site that the browser visits can
/// point its own domain name at 127.0.0.1 (DNS rebinding) and then read whatever the preview
/// serves; it cannot make the browser send a loopback name or an address as the `Host`. So
/// the preview answers `localhost` (and names under `.localhost`), any IP address (what a
/// colleague types to reach a preview bound to the network), and the names given with
/// `--allowed-host`; any other host gets 403, on every path.
#[derive(Debug, Clone, Default)]
pub struct Hosts {
    extra: Vec<String>,
}

impl Hosts {
    /// The default names and addresses, and `extra` names (case does not matter).
    pub fn new(extra: &[String]) -> Hosts {
        Hosts {
            extra: extra.iter().map(|h| normalise(h)).collect(),
        }
    }

    /// Whether a request with this `Host` header is answered.
    pub fn allows(&self, host: &str) -> bool {
        let name = normalise(without_port(host));
        name == "localhost"
            || name.ends_with(".localhost")
            || name.parse::<std::net::IpAddr>().is_ok()
            || self.extra.contains(&name)
    }
}

/// The host of a `Host` header: `[::1]:8080` → `::1`, `example.com:80` → `example.com`.
fn without_port(host: &str) -> &str {
    if let Some(rest) = host.strip_prefix('[') {
        return rest.split(']').next().unwrap_or(rest);
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    }
}

fn normalise(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

/// Refuses a request whose `Host` is not allowed (or missing) before any route sees it.
async fn check_host(
    State(hosts): State<Arc<Hosts>>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .or_else(|| request.uri().host());
    match host {
        Some(host) if hosts.allows(host) => next.run(request).await,
        _ => text(
            StatusCode::FORBIDDEN,
            "this preview answers requests for localhost or an IP address only; start it with `--allowed-host NAME` to reach it by another name",
        ),
    }
}

/// Every route of the preview server, behind the host check.
pub fn router(live: Arc<Live>, hosts: Hosts) -> Router {
    Router::new()
        .route(EVENTS_PATH, get(events))
        .route(SCRIPT_PATH, get(script))
        .route(PROBLEMS_PATH, get(problems))
        .route(HANDBOOK_PATH, get(handbook))
        .fallback(get(file))
        .with_state(live)
        .layer(axum::middleware::from_fn_with_state(
            Arc::new(hosts),
            check_host,
        ))
}

/// Serves `router` on `listener` until the process ends.
pub async fn serve(
    listener: tokio::net::TcpListener,
    live: Arc<Live>,
    hosts: Hosts,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        router(live, hosts).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .await
}

async fn file(
    State(live): State<Arc<Live>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    uri: Uri,
) -> Response {
    let raw = uri.path();
    if raw == REPORTS_PREFIX.trim_end_matches('/') || raw.starts_with(REPORTS_PREFIX) {
        return reports(&live, peer, &raw[REPORTS_PREFIX.len().min(raw.len())..]);
    }
    let snapshot = live.snapshot();
    let Some(pages) = &snapshot.pages else {
        return waiting(&live);
    };
    let path = match paths::resolve(raw) {
        Err(refused) => return text(StatusCode::BAD_REQUEST, refused.0),
        Ok(Wanted::File(path)) => path,
        Ok(Wanted::MaybeFolder(path)) if pages.contains(&path) => path,
        Ok(Wanted::MaybeFolder(path)) if pages.contains(&format!("{path}/index.html")) => {
            return redirect(&format!("/{}/", encode_path(&path)));
        }
        Ok(Wanted::MaybeFolder(path)) => path,
    };
    match pages.get(&path).await {
        Some(Ok(bytes)) => {
            let body = if path.ends_with(".html") {
                overlay::inject(&bytes, snapshot.generation)
            } else {
                bytes.to_vec()
            };
            bytes_response(StatusCode::OK, paths::content_type(&path), body)
        }
        // A theme template that fails at run time: the overlay says where, on this page and
        // every open one, until the next rebuild.
        Some(Err(message)) => {
            live.fail(Problems::failure(
                &live.say(&crate::msg!(
                    "serve-page-failed",
                    path = path.as_str(),
                    message = message.as_str()
                )),
                Some(&live.say(&crate::msg!("serve-page-failed-help"))),
            ));
            notice(
                StatusCode::INTERNAL_SERVER_ERROR,
                &live.say(&crate::msg!("serve-page-failed-notice")),
                snapshot.generation,
            )
        }
        // Browsers ask for it unprompted; a site without one is not an error to report.
        None if raw == "/favicon.ico" => StatusCode::NO_CONTENT.into_response(),
        None => match pages.get("404.html").await {
            Some(Ok(page)) => bytes_response(
                StatusCode::NOT_FOUND,
                "text/html; charset=utf-8",
                overlay::inject(&page, snapshot.generation),
            ),
            _ => text(StatusCode::NOT_FOUND, "not found"),
        },
    }
}

/// Before the first good build there are no pages: a page that only waits for one, and shows
/// the problems meanwhile.
fn waiting(live: &Live) -> Response {
    let message = if live.problems().is_empty() {
        crate::msg!("serve-building")
    } else {
        crate::msg!("serve-not-building-yet")
    };
    notice(StatusCode::SERVICE_UNAVAILABLE, &live.say(&message), 0)
}

/// A page of one sentence, with the live script (which shows the problems and reloads).
fn notice(status: StatusCode, message: &str, generation: u64) -> Response {
    let page = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>rungs serve</title></head><body><p>{}</p></body></html>",
        escape(message)
    );
    bytes_response(
        status,
        "text/html; charset=utf-8",
        overlay::inject(page.as_bytes(), generation),
    )
}

fn reports(live: &Live, peer: SocketAddr, rest: &str) -> Response {
    let Some(personal) = live.personal() else {
        return text(
            StatusCode::NOT_FOUND,
            "reports are not served; start `rungs serve --reports` to preview them (loopback only)",
        );
    };
    if !peer.ip().is_loopback() {
        return text(
            StatusCode::FORBIDDEN,
            "reports hold personal data and are served to this computer only",
        );
    }
    if rest.is_empty() {
        return reports_index(&personal.0);
    }
    match paths::resolve(&format!("/{rest}")) {
        Err(refused) => text(StatusCode::BAD_REQUEST, refused.0),
        Ok(Wanted::File(path) | Wanted::MaybeFolder(path)) => match personal.0.get(&path) {
            Some(bytes) => {
                let mut response =
                    bytes_response(StatusCode::OK, paths::content_type(&path), bytes.to_vec());
                response.headers_mut().insert(
                    header::CONTENT_DISPOSITION,
                    HeaderValue::from_static("inline"),
                );
                response
            }
            None => text(StatusCode::NOT_FOUND, "no such report"),
        },
    }
}

/// A list of the reports, linked: the one page of `/reports/`.
fn reports_index(files: &Files) -> Response {
    let mut page = String::from(
        "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>Reports (personal data)</title></head><body style=\"font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem\"><h1>Reports</h1><p>Personal data: served to this computer only, while <code>rungs serve --reports</code> runs.</p><ul>",
    );
    for path in files.keys() {
        page.push_str(&format!(
            "<li><a href=\"{REPORTS_PREFIX}{}\">{}</a></li>",
            encode_path(path),
            escape(path)
        ));
    }
    page.push_str("</ul></body></html>");
    bytes_response(
        StatusCode::OK,
        "text/html; charset=utf-8",
        page.into_bytes(),
    )
}

/// What must be escaped in a path segment of a link.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.');

/// A file's path as a URL path (each segment percent-encoded).
fn encode_path(path: &str) -> String {
    path.split('/')
        .map(|s| percent_encoding::utf8_percent_encode(s, SEGMENT).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

async fn handbook(State(live): State<Arc<Live>>) -> Response {
    let rendered = tokio::task::spawn_blocking(move || live.handbook()).await;
    match rendered {
        Ok(Some(Ok(bytes))) => bytes_response(StatusCode::OK, "application/pdf", bytes.to_vec()),
        Ok(Some(Err(message))) => text(StatusCode::INTERNAL_SERVER_ERROR, &message),
        Ok(None) => text(
            StatusCode::SERVICE_UNAVAILABLE,
            "the content does not build yet, so there is no handbook",
        ),
        Err(_) => text(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the handbook could not be rendered",
        ),
    }
}

async fn script() -> Response {
    bytes_response(
        StatusCode::OK,
        "text/javascript; charset=utf-8",
        overlay::SCRIPT.as_bytes().to_vec(),
    )
}

async fn problems(State(live): State<Arc<Live>>) -> Response {
    bytes_response(
        StatusCode::OK,
        "application/json",
        live.problems().payload().as_bytes().to_vec(),
    )
}

/// The event stream: the current state first (`state`: the build's number and its
/// problems), then `reload` after each good build and `problems` after each failed one.
async fn events(
    State(live): State<Arc<Live>>,
) -> Sse<impl Stream<Item = Result<SseEvent, Infallible>>> {
    let receiver = live.subscribe();
    let state = format!(
        r#"{{"generation":{},"problems":{}}}"#,
        live.snapshot().generation,
        live.problems().payload()
    );
    let first = SseEvent::default().event("state").data(state);
    let rest = stream::unfold(receiver, |mut receiver| async move {
        let event = match receiver.recv().await {
            Ok(Event::Reload { generation }) => SseEvent::default()
                .event("reload")
                .data(format!(r#"{{"generation":{generation}}}"#)),
            Ok(Event::Problems(problems)) => SseEvent::default()
                .event("problems")
                .data(problems.payload()),
            // A page that fell behind reloads to catch up.
            Err(RecvError::Lagged(_)) => SseEvent::default().event("reload").data("{}"),
            Err(RecvError::Closed) => return None,
        };
        Some((Ok(event), receiver))
    });
    Sse::new(stream::once(async { Ok(first) }).chain(rest))
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}

fn bytes_response(status: StatusCode, content_type: &'static str, body: Vec<u8>) -> Response {
    let mut response = (status, Body::from(body)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    // A preview changes under the reader: never cache, never sniff.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

fn text(status: StatusCode, message: &str) -> Response {
    bytes_response(
        status,
        "text/plain; charset=utf-8",
        format!("{message}\n").into_bytes(),
    )
}

fn redirect(location: &str) -> Response {
    let mut response = text(StatusCode::PERMANENT_REDIRECT, location);
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_names_addresses_and_allowed_names_only() {
        let hosts = Hosts::new(&["Preview.Example.COM".to_string()]);
        for ok in [
            "localhost",
            "localhost:1111",
            "LOCALHOST.",
            "app.localhost:8080",
            "127.0.0.1:1111",
            "[::1]:1111",
            "192.168.1.20:1111",
            "preview.example.com:1111",
        ] {
            assert!(hosts.allows(ok), "{ok}");
        }
        for refused in [
            "rebind.attacker.example",
            "rebind.attacker.example:1111",
            "localhost.attacker.example",
            "127.0.0.1.nip.io",
            "",
        ] {
            assert!(!hosts.allows(refused), "{refused}");
        }
    }
}
