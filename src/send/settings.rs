//! How to reach the mail server: a YAML file kept outside the content repository (it names a
//! server and an account, which do not belong beside the standard), or flags. The password
//! never comes from here: only from `RUNGS_SMTP_PASSWORD` or a prompt.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// How the connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tls {
    /// Plain connection upgraded with STARTTLS before anything is sent (port 587).
    Starttls,
    /// TLS from the first byte (SMTPS, port 465).
    Implicit,
    /// No TLS: only to a server on this computer (a local relay, a test server).
    None,
}

impl Tls {
    pub fn default_port(self) -> u16 {
        match self {
            Tls::Starttls => 587,
            Tls::Implicit => 465,
            Tls::None => 25,
        }
    }
}

/// The mail server and the sender.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub server: String,
    #[serde(default)]
    pub port: Option<u16>,
    #[serde(default = "starttls")]
    pub tls: Tls,
    /// The account to log in with; none: no login.
    #[serde(default)]
    pub user: Option<String>,
    /// The sender, `人力资源部 <hr@example.com>` or an address.
    pub from: String,
    #[serde(default)]
    pub reply_to: Option<String>,
    /// An address that gets a blind copy of every message: HR's own record of what went out.
    #[serde(default)]
    pub bcc: Option<String>,
    /// Messages a minute at most (the server's or the organisation's limit).
    #[serde(default = "rate")]
    pub per_minute: u32,
    /// The largest bundle sent, in MiB.
    #[serde(default = "max_size")]
    pub max_size_mib: u64,
    /// A PEM file of certificate authorities to trust besides the system's (a company CA).
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
}

fn starttls() -> Tls {
    Tls::Starttls
}

fn rate() -> u32 {
    20
}

fn max_size() -> u64 {
    20
}

impl Settings {
    /// The settings in `path`, refused when it lies inside `content` (the standards'
    /// repository) or holds a password.
    pub fn read(path: &Path, content: &Path) -> Result<Settings, crate::locale::Message> {
        let shown = path.display().to_string();
        if crate::publish::paths::is_inside(path, content) {
            return Err(crate::msg!("send-settings-inside", path = &shown));
        }
        let text = std::fs::read_to_string(path)
            .map_err(|e| crate::msg!("send-cannot-read", path = &shown, error = e.to_string()))?;
        if text.lines().any(|l| l.trim_start().starts_with("password")) {
            return Err(crate::msg!(
                "send-settings-password",
                path = &shown,
                variable = "RUNGS_SMTP_PASSWORD"
            ));
        }
        serde_saphyr::from_str(&text)
            .map_err(|e| crate::msg!("send-settings-bad", path = &shown, error = e.to_string()))
    }

    pub fn port(&self) -> u16 {
        self.port.unwrap_or(self.tls.default_port())
    }

    /// Whether the server is this computer (the only place a connection without TLS may go).
    pub fn is_loopback(&self) -> bool {
        let host = self.server.trim_start_matches('[').trim_end_matches(']');
        host == "localhost"
            || host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_outside_the_content_and_without_a_password() {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        std::fs::create_dir(&content).unwrap();
        let file = dir.path().join("mail.yaml");
        std::fs::write(&file, "server: smtp.example.com\nfrom: hr@example.com\n").unwrap();
        let s = Settings::read(&file, &content).unwrap();
        assert_eq!((s.tls, s.port(), s.per_minute), (Tls::Starttls, 587, 20));
        assert!(!s.is_loopback());
        let inside = content.join("mail.yaml");
        std::fs::write(&inside, "server: x\nfrom: y\n").unwrap();
        assert!(
            Settings::read(&inside, &content)
                .unwrap_err()
                .english()
                .contains("inside")
        );
        std::fs::write(&file, "server: x\nfrom: y\npassword: secret\n").unwrap();
        assert!(
            Settings::read(&file, &content)
                .unwrap_err()
                .english()
                .contains("password")
        );
    }
}
