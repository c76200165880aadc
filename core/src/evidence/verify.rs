//! Checks an evidence log's hash chain (and HMACs) and names the first bad line.

use serde::Serialize;

use super::record::{
    EVIDENCE_SCHEMA_VERSION, EvidenceRecord, GENESIS, RecordKind, hash_body, mac, unseal,
};

/// What to check besides the hash chain.
#[derive(Clone, Default)]
pub struct VerifyOptions {
    /// HMAC key: every record must carry a `mac` that matches under it.
    pub key: Option<Vec<u8>>,
    /// Fail records without a `mac` even when no key is given.
    pub require_mac: bool,
    /// Accept a chain that starts after seq 1 without a retention record
    /// accounting for the earlier records (say, one file of several).
    pub allow_partial: bool,
    /// Hash of a record anchored elsewhere earlier (from a previous
    /// verification's head): it must still be in the log, which catches a
    /// log cut short.
    pub expect_head: Option<String>,
}

impl std::fmt::Debug for VerifyOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyOptions")
            .field("key", &self.key.as_ref().map(|_| "<redacted>"))
            .field("require_mac", &self.require_mac)
            .field("allow_partial", &self.allow_partial)
            .field("expect_head", &self.expect_head)
            .finish()
    }
}

/// How the verified chain starts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChainStart {
    /// No records.
    #[default]
    Empty,
    /// At the first record ever written (seq 1, `prev` all zeros).
    Genesis,
    /// Right after segments a retention record says were deleted.
    AfterRetention,
    /// Somewhere later, unaccounted for (accepted with `allow_partial`).
    Partial,
}

/// Which kind of tampering or damage a line shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// Not a sealed record (not UTF-8, not JSON, hash fields missing, unknown version).
    Malformed,
    /// The content does not match its hash: the record was edited.
    Edited,
    /// The HMAC does not match: edited and re-hashed, or another key.
    BadMac,
    /// The record has no HMAC though one is required.
    MissingMac,
    /// Records are missing before this line (the sequence jumps).
    Removed,
    /// The sequence goes backwards: records were reordered or duplicated.
    Reordered,
    /// The record does not chain to the one before it (its `prev` differs):
    /// a record was inserted, or edited and re-hashed.
    BrokenLink,
    /// The first record is not the chain's first, and nothing accounts for
    /// the records before it.
    Unanchored,
    /// The anchored head hash is not in the log: it was cut short.
    Truncated,
    /// The last line of the log is an incomplete record with no newline: a
    /// write cut off by a crash or a full disk, not an edit. The records
    /// before it verify; removing the partial line recovers the log
    /// (`sed -i '$ d' FILE`), and the writer refuses to append until then.
    TornTail,
}

/// The first bad line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// File (or source name) of the line.
    pub file: String,
    /// 1-based line number in that file (0: the log as a whole).
    pub line: usize,
    /// What is wrong.
    pub kind: ProblemKind,
    /// What is wrong, in words (sequence numbers and hashes, never content).
    pub message: String,
}

/// The outcome of verifying a log.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Verification {
    /// Whether the whole log verified.
    pub ok: bool,
    /// Sources (files) read.
    pub files: usize,
    /// Records read up to the first problem.
    pub records: u64,
    /// How the chain starts.
    pub start: ChainStart,
    /// Sequence number of the first record.
    pub first_seq: Option<u64>,
    /// Sequence number of the last good record.
    pub head_seq: Option<u64>,
    /// Hash of the last good record: anchor it elsewhere to detect a log
    /// cut short later (`expect_head`).
    pub head_hash: Option<String>,
    /// Records whose HMAC was checked.
    pub macs_checked: u64,
    /// The first bad line, if any.
    pub problem: Option<Problem>,
}

/// Verifies a log line by line, in chain order, keeping the parsed records.
#[derive(Debug)]
pub struct Verifier {
    options: VerifyOptions,
    result: Verification,
    records: Vec<EvidenceRecord>,
    /// Where the first record is, while it is unaccounted for.
    unanchored: Option<(String, u64, String)>,
    head_found: bool,
    /// After a sequence jump, the missing range: if a later line holds
    /// one of them, the records were reordered rather than removed.
    missing: Option<(u64, u64)>,
}

impl Verifier {
    /// A verifier with these options.
    pub fn new(options: VerifyOptions) -> Verifier {
        Verifier {
            options,
            result: Verification::default(),
            records: Vec::new(),
            unanchored: None,
            head_found: false,
            missing: None,
        }
    }

    /// Starts the next source (file).
    pub fn start_source(&mut self) {
        self.result.files += 1;
    }

    /// Checks line `line` (1-based) of `file`; `false` once a problem is found.
    pub fn line(&mut self, file: &str, line: usize, bytes: &[u8]) -> bool {
        if self.result.problem.is_some() {
            return self.refine(bytes);
        }
        if let Err((kind, message)) = self.check(bytes) {
            if kind == ProblemKind::Removed {
                let last = self.result.head_seq.unwrap_or(0);
                self.missing = seq_of(bytes).map(|seq| (last + 1, seq - 1));
            }
            self.result.problem = Some(Problem {
                file: file.to_string(),
                line,
                kind,
                message,
            });
            return self.missing.is_some();
        }
        if self.result.records == 1 && self.result.start == ChainStart::Partial {
            let r = &self.records[0];
            self.unanchored = Some((file.to_string(), r.seq, r.prev.clone()));
        }
        true
    }

    /// After a jump: a later line holding a missing record means reordering.
    fn refine(&mut self, bytes: &[u8]) -> bool {
        let Some((lo, hi)) = self.missing else {
            return false;
        };
        if seq_of(bytes).is_some_and(|seq| (lo..=hi).contains(&seq)) {
            self.missing = None;
            if let Some(p) = &mut self.result.problem {
                p.kind = ProblemKind::Reordered;
                p.message =
                    format!("records {lo} to {hi} come later in the log: records reordered");
            }
        }
        self.missing.is_some()
    }

    fn check(&mut self, bytes: &[u8]) -> Result<(), (ProblemKind, String)> {
        use ProblemKind::*;
        let text = std::str::from_utf8(bytes).map_err(|_| (Malformed, "not UTF-8".into()))?;
        let sealed = unseal(text).ok_or((
            Malformed,
            "not a sealed evidence record (no trailing hash)".into(),
        ))?;
        if hash_body(&sealed.body) != sealed.hash {
            return Err((
                Edited,
                "the record does not match its hash: it was edited".into(),
            ));
        }
        match (&self.options.key, sealed.mac) {
            (Some(key), Some(m)) if mac(key, &sealed.body) == m => self.result.macs_checked += 1,
            (Some(_), Some(_)) => {
                return Err((
                    BadMac,
                    "the HMAC does not match: the record was edited and re-hashed, or written under another key".into(),
                ));
            }
            (Some(_), None) => return Err((MissingMac, "the record has no HMAC".into())),
            (None, None) if self.options.require_mac => {
                return Err((MissingMac, "the record has no HMAC".into()));
            }
            (None, _) => {}
        }
        let record: EvidenceRecord = serde_json::from_str(&sealed.body)
            .map_err(|e| (Malformed, format!("not an evidence record: {e}")))?;
        if record.v != EVIDENCE_SCHEMA_VERSION {
            return Err((Malformed, format!("unknown record version {}", record.v)));
        }
        match (self.result.head_seq, self.result.head_hash.as_deref()) {
            (None, _) => {
                self.result.first_seq = Some(record.seq);
                self.result.start = if record.seq == 1 && record.prev == GENESIS {
                    ChainStart::Genesis
                } else {
                    ChainStart::Partial
                };
            }
            (Some(last), Some(hash)) => {
                if record.seq <= last {
                    return Err((
                        Reordered,
                        format!(
                            "sequence goes back from {last} to {}: records reordered or duplicated",
                            record.seq
                        ),
                    ));
                }
                if record.seq > last + 1 {
                    return Err((
                        Removed,
                        format!(
                            "sequence jumps from {last} to {}: {} record(s) removed",
                            record.seq,
                            record.seq - last - 1
                        ),
                    ));
                }
                if record.prev != hash {
                    return Err((
                        BrokenLink,
                        format!(
                            "record {} does not chain to record {last}: inserted, or edited and re-hashed",
                            record.seq
                        ),
                    ));
                }
            }
            (Some(_), None) => unreachable!("head seq and hash are set together"),
        }
        if self.options.expect_head.as_deref() == Some(sealed.hash) {
            self.head_found = true;
        }
        self.result.records += 1;
        self.result.head_seq = Some(record.seq);
        self.result.head_hash = Some(sealed.hash.to_string());
        self.records.push(record);
        Ok(())
    }

    /// Ends a source: a malformed last line without a newline, in the last
    /// source, is a torn write ([`ProblemKind::TornTail`]) rather than damage.
    pub fn end_source(&mut self, file: &str, content: &[u8], last_source: bool) {
        let Some(p) = &mut self.result.problem else {
            return;
        };
        if last_source
            && p.kind == ProblemKind::Malformed
            && p.file == file
            && !content.is_empty()
            && !content.ends_with(b"\n")
            && p.line == split_lines(content).count()
        {
            p.kind = ProblemKind::TornTail;
            p.message = format!(
                "the last record is incomplete (cut off mid-write: a crash or a full disk), not edited; \
                 the {} records before it verify. Remove the partial last line to recover",
                self.result.records
            );
        }
    }

    /// Ends verification: checks how the chain starts and the anchored head.
    pub fn finish(mut self) -> (Verification, Vec<EvidenceRecord>) {
        if let Some((file, seq, prev)) = self.unanchored.take() {
            let accounted = self.records.iter().any(|r| {
                r.kind == RecordKind::Retention
                    && r.pruned
                        .iter()
                        .any(|p| p.last_seq + 1 == seq && p.last_hash == prev)
            });
            if accounted {
                self.result.start = ChainStart::AfterRetention;
            } else if !self.options.allow_partial {
                self.result.problem = Some(Problem {
                    file,
                    line: 1,
                    kind: ProblemKind::Unanchored,
                    message: format!(
                        "the log starts at record {seq}, and no retention record accounts for the \
                         records before it: they were removed, or earlier files were not given"
                    ),
                });
            }
        }
        if self.result.problem.is_none() && self.options.expect_head.is_some() && !self.head_found {
            self.result.problem = Some(Problem {
                file: String::new(),
                line: 0,
                kind: ProblemKind::Truncated,
                message: "the anchored head hash is not in the log: it was cut short or replaced"
                    .into(),
            });
        }
        self.result.ok = self.result.problem.is_none();
        (self.result, self.records)
    }
}

/// The `seq` of a sealed line, if it parses.
fn seq_of(bytes: &[u8]) -> Option<u64> {
    let sealed = unseal(std::str::from_utf8(bytes).ok()?)?;
    serde_json::from_str::<EvidenceRecord>(&sealed.body)
        .ok()
        .map(|r| r.seq)
}

/// Verifies `(name, content)` sources in chain order.
pub fn verify_sources<'a>(
    sources: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    options: VerifyOptions,
) -> (Verification, Vec<EvidenceRecord>) {
    let mut v = Verifier::new(options);
    let mut sources = sources.into_iter().peekable();
    while let Some((name, content)) = sources.next() {
        v.start_source();
        let all = split_lines(content)
            .enumerate()
            .all(|(i, line)| v.line(name, i + 1, line));
        v.end_source(name, content, sources.peek().is_none());
        if !all {
            break;
        }
    }
    v.finish()
}

/// Lines of `content`; a last line without a newline is still a line.
fn split_lines(content: &[u8]) -> impl Iterator<Item = &[u8]> {
    let body = content.strip_suffix(b"\n").unwrap_or(content);
    (!content.is_empty())
        .then(|| body.split(|&b| b == b'\n'))
        .into_iter()
        .flatten()
}

/// Verifies log files in chain order; a directory stands for its segments
/// named `<prefix>-<seq>.jsonl`.
#[cfg(evidence_files)]
pub fn verify_paths<P: AsRef<std::path::Path>>(
    paths: &[P],
    prefix: &str,
    options: VerifyOptions,
) -> crate::Result<(Verification, Vec<EvidenceRecord>)> {
    let mut files = Vec::new();
    for p in paths {
        let p = p.as_ref();
        if p.is_dir() {
            files.extend(super::files::list(p, prefix)?);
        } else {
            files.push(p.to_path_buf());
        }
    }
    let mut v = Verifier::new(options);
    for (n, path) in files.iter().enumerate() {
        let content = std::fs::read(path)
            .map_err(|e| crate::Error::evidence(format!("{}: {e}", path.display())))?;
        v.start_source();
        let name = path.display().to_string();
        let all = split_lines(&content)
            .enumerate()
            .all(|(i, line)| v.line(&name, i + 1, line));
        v.end_source(&name, &content, n + 1 == files.len());
        if !all {
            break;
        }
    }
    Ok(v.finish())
}
