//! Paths with a segment longer than any file name can be: `404` at once, instead of
//! the file system's "name too long" error surfacing as `500`.

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The longest file name the usual file systems allow, in bytes.
pub const MAX_SEGMENT_BYTES: usize = 255;

/// Whether a segment of `path` (percent-decoding can only shorten it) is too long to
/// name a file.
pub fn too_long(path: &str) -> bool {
    path.split('/').any(|s| s.len() > MAX_SEGMENT_BYTES)
}

/// Middleware answering `404` for [`too_long`] paths.
pub async fn refuse(request: Request, next: Next) -> Response {
    if too_long(request.uri().path()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::io::{Read, Write};

    /// The status line of `GET path` from the static server on `dir`.
    fn status_of(base: &str, path: &str) -> String {
        let addr = base.trim_start_matches("http://");
        let mut s = std::net::TcpStream::connect(addr).unwrap();
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).unwrap();
        out.lines().next().unwrap_or_default().to_owned()
    }

    #[test]
    fn long_segments_are_not_found_not_server_errors() {
        let dir = std::env::temp_dir().join(format!("hw-static-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<!doctype html>").unwrap();
        std::fs::create_dir_all(dir.join("uk")).unwrap();
        std::fs::write(dir.join("uk/host.html"), "<!doctype html>").unwrap();
        let base = super::super::spawn(dir, None).unwrap();
        assert!(status_of(&base, "/uk/host").contains(" 200 "));
        for path in [
            format!("/{}", "a".repeat(256)),
            format!("/uk/{}.js", "b".repeat(400)),
            format!("/{}", "%D0%B1".repeat(100)),
        ] {
            let status = status_of(&base, &path);
            assert!(status.contains(" 404 "), "{status}");
        }
    }
}
