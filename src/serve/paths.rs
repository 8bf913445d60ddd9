//! Request paths to site files. Only names the site has are ever looked up, from memory, so
//! nothing outside it can be reached; paths that try (`..`, encoded or double-encoded, `\`,
//! control characters) are refused outright rather than normalised, so a probe learns nothing.

/// What a request path names.
#[derive(Debug, PartialEq, Eq)]
pub enum Wanted {
    /// A file of the site, by its path relative to the site's root (`index.html`,
    /// `competencies/x/index.html`); a path ending in `/` names its folder's `index.html`.
    File(String),
    /// A path without its trailing slash, to try as a folder (`/competencies/x` →
    /// `competencies/x/index.html`, answered by a redirect to `/competencies/x/`).
    MaybeFolder(String),
}

/// Why a request path is refused (400 Bad Request).
#[derive(Debug, PartialEq, Eq)]
pub struct Refused(pub &'static str);

/// The site file a request's path (as sent: percent-encoded, without the query) names.
pub fn resolve(raw: &str) -> Result<Wanted, Refused> {
    if !raw.starts_with('/') {
        return Err(Refused("the path must start with /"));
    }
    let lower = raw.to_ascii_lowercase();
    if raw.contains('\\') || lower.contains("%5c") {
        return Err(Refused("backslashes are not allowed in paths"));
    }
    let decoded = percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .map_err(|_| Refused("the path is not valid UTF-8"))?;
    if has_escape(&decoded) {
        return Err(Refused("the path is encoded twice"));
    }
    if decoded.chars().any(char::is_control) {
        return Err(Refused("control characters are not allowed in paths"));
    }
    let inner = &decoded[1..];
    let mut segments = inner.split('/').collect::<Vec<_>>();
    let folder = inner.is_empty() || inner.ends_with('/');
    if folder {
        segments.pop();
    }
    for segment in &segments {
        match *segment {
            "." | ".." => return Err(Refused("`.` and `..` are not allowed in paths")),
            "" => return Err(Refused("empty path segments are not allowed")),
            _ => {}
        }
    }
    let joined = segments.join("/");
    Ok(if folder {
        Wanted::File(if joined.is_empty() {
            "index.html".into()
        } else {
            format!("{joined}/index.html")
        })
    } else if segments.last().is_some_and(|s| s.contains('.')) {
        Wanted::File(joined)
    } else {
        Wanted::MaybeFolder(joined)
    })
}

/// Whether `text` still holds a `%XX` escape after one decoding.
fn has_escape(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .windows(3)
        .any(|w| w[0] == b'%' && w[1].is_ascii_hexdigit() && w[2].is_ascii_hexdigit())
}

/// The Content-Type of a site file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map_or("", |(_, e)| e);
    match extension.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_files_and_bare_names() {
        assert_eq!(resolve("/"), Ok(Wanted::File("index.html".into())));
        assert_eq!(
            resolve("/competencies/x/"),
            Ok(Wanted::File("competencies/x/index.html".into()))
        );
        assert_eq!(
            resolve("/assets/site.css"),
            Ok(Wanted::File("assets/site.css".into()))
        );
        assert_eq!(
            resolve("/competencies/x"),
            Ok(Wanted::MaybeFolder("competencies/x".into()))
        );
        assert_eq!(
            resolve("/%E8%83%BD%E5%8A%9B/"),
            Ok(Wanted::File("能力/index.html".into()))
        );
    }

    #[test]
    fn traversal_in_every_spelling_is_refused() {
        for probe in [
            "/../etc/passwd",
            "/a/../../etc/passwd",
            "/./index.html",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/%2E%2E/etc/passwd",
            "/..%2fetc/passwd",
            "/%252e%252e/etc/passwd",
            "/%25252e/x",
            "/..\\etc\\passwd",
            "/%5c..%5cetc",
            "/a//b",
            "/a%00b",
            "/%ff",
            "etc/passwd",
        ] {
            assert!(resolve(probe).is_err(), "{probe} was let through");
        }
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("search-index.json"), "application/json");
        assert_eq!(content_type("handbook.pdf"), "application/pdf");
        assert_eq!(content_type("x.unknown"), "application/octet-stream");
    }
}
