//! The crate's one error type.
//!
//! Messages name files, rule ids, lines and limits so the user knows what to
//! fix. They never contain scanned text or a matched value: scanned input is
//! never passed into an error, so it cannot leak through one.

use std::fmt;

/// An error from building a scanner, loading rules or scanning input.
///
/// Match on [`Error::kind`]; the `Display` text is for people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong. New kinds may be added in minor releases.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A rule file could not be parsed or a rule in it is invalid.
    RuleParse {
        /// Name of the file or pack the rule came from.
        file: String,
        /// The rule id, when the problem belongs to one rule.
        rule_id: Option<String>,
        /// 1-based line in the file, when known.
        line: Option<usize>,
        /// What is wrong, in words.
        message: String,
    },
    /// A rule's pattern parsed but could not be compiled (too large, unbounded, ...).
    RuleCompile {
        /// The rule id.
        rule_id: String,
        /// File (or source name) the rule came from; empty when built in code.
        file: String,
        /// 1-based line of the rule in that file, when known.
        line: Option<usize>,
        /// What is wrong, in words.
        message: String,
    },
    /// Two rules share one id.
    DuplicateRule {
        /// The id used twice.
        rule_id: String,
    },
    /// The scanner configuration is inconsistent (unknown entity in an
    /// operator, pseudonym operator without a key, bad allow-list regex, ...).
    Config {
        /// What is wrong, in words.
        message: String,
    },
    /// The pattern engine failed while scanning (a Hyperscan error, such
    /// as running out of memory). Nothing was redacted.
    Engine {
        /// What failed, in words (never input text).
        message: String,
    },
    /// The PII classifier model or ONNX Runtime is missing, corrupt or
    /// mismatched (checksum, feature version).
    Model {
        /// What is wrong, in words.
        message: String,
    },
    /// One call was given more input than the configured limit.
    InputTooLarge {
        /// Size of the input in bytes.
        len: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// Text was required to be UTF-8 but was not.
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        valid_up_to: usize,
    },
    /// UTF-16 or UTF-32 input held a malformed code unit (an unpaired
    /// surrogate, a value beyond U+10FFFF) or ended inside a character.
    InvalidEncoding {
        /// The encoding (`UTF-16LE`, ...).
        encoding: &'static str,
        /// Byte offset of the malformed unit (after any byte-order mark).
        offset: u64,
    },
    /// Reading a file failed.
    Io {
        /// The path that could not be read.
        path: String,
        /// The operating system's message.
        message: String,
    },
    /// A streaming redactor was used after `finish`.
    StreamFinished,
    /// The evidence log could not be opened, written or read (I/O,
    /// another writer holds it, a malformed record). Redaction fails
    /// closed: the call that could not be recorded returns this error.
    Evidence {
        /// What failed, in words (never scanned text).
        message: String,
    },
    /// The call's [`block`](crate::CallOptions::block) list matched: the
    /// input holds findings the caller refuses to pass on, even redacted.
    Blocked {
        /// Findings per entity that the block list names (names and
        /// counts only, never values).
        entities: std::collections::BTreeMap<String, u64>,
    },
}

impl Error {
    /// The kind of error, to match on.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// A stable snake_case code for this kind, for bindings and logs; one
    /// of [`ERROR_CODES`].
    pub fn code(&self) -> &'static str {
        ERROR_CODES[self.code_index()].0
    }

    /// The row of [`ERROR_CODES`] for this kind.
    fn code_index(&self) -> usize {
        match self.kind {
            ErrorKind::RuleParse { .. } => 0,
            ErrorKind::RuleCompile { .. } => 1,
            ErrorKind::DuplicateRule { .. } => 2,
            ErrorKind::Config { .. } => 3,
            ErrorKind::Engine { .. } => 4,
            ErrorKind::Model { .. } => 5,
            ErrorKind::InputTooLarge { .. } => 6,
            ErrorKind::InvalidUtf8 { .. } => 7,
            ErrorKind::InvalidEncoding { .. } => 8,
            ErrorKind::Io { .. } => 9,
            ErrorKind::StreamFinished => 10,
            ErrorKind::Evidence { .. } => 11,
            ErrorKind::Blocked { .. } => 12,
        }
    }

    /// One error of each kind, in [`ERROR_CODES`] order, with placeholder
    /// messages: for the bindings' tests that they map every code.
    #[doc(hidden)]
    pub fn examples() -> Vec<Error> {
        let m = || "example".to_string();
        [
            ErrorKind::RuleParse {
                file: "example.toml".into(),
                rule_id: None,
                line: None,
                message: m(),
            },
            ErrorKind::RuleCompile {
                rule_id: "example".into(),
                file: String::new(),
                line: None,
                message: m(),
            },
            ErrorKind::DuplicateRule {
                rule_id: "example".into(),
            },
            ErrorKind::Config { message: m() },
            ErrorKind::Engine { message: m() },
            ErrorKind::Model { message: m() },
            ErrorKind::InputTooLarge { len: 2, limit: 1 },
            ErrorKind::InvalidUtf8 { valid_up_to: 0 },
            ErrorKind::InvalidEncoding {
                encoding: "UTF-16LE",
                offset: 0,
            },
            ErrorKind::Io {
                path: "example".into(),
                message: m(),
            },
            ErrorKind::StreamFinished,
            ErrorKind::Evidence { message: m() },
            ErrorKind::Blocked {
                entities: [("EXAMPLE".to_string(), 1)].into(),
            },
        ]
        .into_iter()
        .map(Error::from)
        .collect()
    }

    pub(crate) fn rule_parse(
        file: &str,
        rule_id: Option<&str>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Error {
        Error::from(ErrorKind::RuleParse {
            file: file.to_string(),
            rule_id: rule_id.map(str::to_string),
            line,
            message: message.into(),
        })
    }

    pub(crate) fn rule_compile(rule: &crate::Rule, message: impl Into<String>) -> Error {
        Error::from(ErrorKind::RuleCompile {
            rule_id: rule.id.clone(),
            file: rule.source.clone(),
            line: (rule.line > 0).then_some(rule.line),
            message: message.into(),
        })
    }

    pub(crate) fn evidence(message: impl Into<String>) -> Error {
        Error::from(ErrorKind::Evidence {
            message: message.into(),
        })
    }

    #[cfg_attr(not(hyperscan_backend), allow(dead_code))]
    pub(crate) fn engine(message: impl Into<String>) -> Error {
        Error::from(ErrorKind::Engine {
            message: message.into(),
        })
    }

    pub(crate) fn config(message: impl Into<String>) -> Error {
        Error::from(ErrorKind::Config {
            message: message.into(),
        })
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error { kind }
    }
}

impl std::error::Error for Error {}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::RuleParse {
                file,
                rule_id,
                line,
                message,
            } => {
                write!(f, "invalid rule file {file}")?;
                if let Some(line) = line {
                    write!(f, " (line {line})")?;
                }
                if let Some(id) = rule_id {
                    write!(f, ", rule {id}")?;
                }
                write!(f, ": {message}")
            }
            ErrorKind::RuleCompile {
                rule_id,
                file,
                line,
                message,
            } => {
                write!(f, "rule {rule_id}")?;
                if !file.is_empty() {
                    write!(f, " in {file}")?;
                }
                if let Some(line) = line {
                    write!(f, " (line {line})")?;
                }
                write!(f, " cannot be compiled: {message}")
            }
            ErrorKind::DuplicateRule { rule_id } => {
                write!(f, "rule id {rule_id} is defined more than once")
            }
            ErrorKind::Config { message } => write!(f, "invalid scanner configuration: {message}"),
            ErrorKind::Engine { message } => write!(f, "pattern engine failed: {message}"),
            ErrorKind::Model { message } => write!(f, "PII classifier unavailable: {message}"),
            ErrorKind::InputTooLarge { len, limit } => write!(
                f,
                "input of {len} bytes exceeds the limit of {limit} bytes per call; \
                 use the streaming API or raise the limit"
            ),
            ErrorKind::InvalidUtf8 { valid_up_to } => {
                write!(
                    f,
                    "input is not valid UTF-8 (first invalid byte at offset {valid_up_to})"
                )
            }
            ErrorKind::InvalidEncoding { encoding, offset } => write!(
                f,
                "input is not valid {encoding} (malformed character at byte offset {offset})"
            ),
            ErrorKind::Io { path, message } => write!(f, "cannot read {path}: {message}"),
            ErrorKind::StreamFinished => write!(f, "the stream was already finished"),
            ErrorKind::Evidence { message } => write!(f, "evidence log: {message}"),
            ErrorKind::Blocked { entities } => {
                write!(f, "blocked: the input holds")?;
                for (i, (entity, n)) in entities.iter().enumerate() {
                    let sep = if i == 0 { " " } else { ", " };
                    write!(f, "{sep}{entity} x{n}")?;
                }
                Ok(())
            }
        }
    }
}

/// Every error code with what it means, in [`ErrorKind`] order: the one
/// table each binding exports (Python `scrubline.ERROR_CODES`, Node and
/// WASM `ERROR_CODES`) and maps to its own error types.
pub const ERROR_CODES: [(&str, &str); 13] = [
    (
        "rule_parse",
        "A rule file could not be parsed or a rule in it is invalid.",
    ),
    ("rule_compile", "A rule's pattern could not be compiled."),
    ("duplicate_rule", "Two rules share one id."),
    (
        "config",
        "The scanner or call configuration is inconsistent.",
    ),
    ("engine", "The pattern engine failed; nothing was redacted."),
    (
        "model",
        "The PII classifier model or ONNX Runtime is missing, corrupt or mismatched.",
    ),
    (
        "input_too_large",
        "One call was given more input than `max_input_bytes`.",
    ),
    ("invalid_utf8", "Text was required to be UTF-8 but was not."),
    (
        "invalid_encoding",
        "UTF-16 or UTF-32 input held a malformed code unit.",
    ),
    ("io", "Reading a file failed."),
    ("stream_finished", "A stream was used after `finish`."),
    (
        "evidence",
        "The evidence log could not be opened or written; the call failed closed.",
    ),
    (
        "blocked",
        "The input holds findings the call's `block` list refuses; nothing was returned.",
    ),
];

/// Result alias with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_row_of_the_code_table() {
        let examples = Error::examples();
        let codes: Vec<&str> = examples.iter().map(Error::code).collect();
        let table: Vec<&str> = ERROR_CODES.iter().map(|(code, _)| *code).collect();
        // `code_index` matches every kind without a wildcard, so a new kind
        // fails to compile until it has a row; `examples` must then list it.
        assert_eq!(codes, table);
        let mut distinct = table.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), table.len());
    }

    #[test]
    fn rule_parse_message_names_file_line_and_rule() {
        let e = Error::rule_parse(
            "custom.toml",
            Some("acme.token"),
            Some(12),
            "unknown validator `x`",
        );
        assert_eq!(
            e.to_string(),
            "invalid rule file custom.toml (line 12), rule acme.token: unknown validator `x`"
        );
    }
}
