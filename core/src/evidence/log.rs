//! The evidence log: records scan calls into a hash chain, one record per
//! call or per time bucket, written to rotated files, a writer or a queue.

use std::collections::{BTreeMap, VecDeque};
use std::fmt;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use serde::{Deserialize, Serialize};

use super::record::{
    CallContext, EVIDENCE_SCHEMA_VERSION, EvidenceRecord, GENESIS, PackVersion, PrunedSegment,
    RecordKind, Window, format_ms, seal,
};
use crate::error::{Error, Result};
use crate::report::{Report, add_counts};

/// Milliseconds since the Unix epoch, for the log's timestamps.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// Where and how the evidence log is written. `{}` keeps records in memory
/// (drain them with [`EvidenceLog::take_lines`]); set `path` for files.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EvidenceOptions {
    /// Directory of the log's files (`<prefix>-<first seq>.jsonl`), created
    /// if missing. `None`: records are queued in memory.
    pub path: Option<PathBuf>,
    /// File name prefix (default `evidence`).
    pub prefix: String,
    /// 0 (default): one record per call. Otherwise one record per service
    /// and tenant per window of this many seconds (request ids dropped).
    pub bucket_seconds: u64,
    /// Start a new file once the current one reaches this size (default
    /// 64 MiB; 0: never).
    pub rotate_bytes: u64,
    /// Start a new file when a record falls in a new period of this many
    /// seconds (default 86400: daily, UTC; 0: never).
    pub rotate_seconds: u64,
    /// Delete files whose newest record is older than this many days,
    /// when rotating (default 0: keep forever). Deletions are themselves
    /// recorded (`kind: retention`), so the chain still verifies.
    pub retention_days: u32,
    /// Name of an environment variable holding the HMAC key (its UTF-8 bytes).
    pub hmac_key_env: Option<String>,
    /// File holding the HMAC key (its raw bytes).
    pub hmac_key_file: Option<PathBuf>,
    /// Label of the HMAC key, written in each record (never the key).
    pub key_id: Option<String>,
    /// Default `service` context for every record.
    pub service: Option<String>,
    /// Default `tenant` context for every record.
    pub tenant: Option<String>,
    /// `fsync` after every record (default `false`: flushed to the OS).
    pub sync: bool,
    /// In-memory logs: most records queued before calls fail (default 10,000).
    pub max_queued: usize,
}

impl Default for EvidenceOptions {
    fn default() -> EvidenceOptions {
        EvidenceOptions {
            path: None,
            prefix: "evidence".into(),
            bucket_seconds: 0,
            rotate_bytes: 64 << 20,
            rotate_seconds: 86_400,
            retention_days: 0,
            hmac_key_env: None,
            hmac_key_file: None,
            key_id: None,
            service: None,
            tenant: None,
            sync: false,
            max_queued: 10_000,
        }
    }
}

impl EvidenceOptions {
    /// The HMAC key named by `hmac_key_env` or `hmac_key_file`, if any.
    pub fn key(&self) -> Result<Option<Vec<u8>>> {
        let key = match (&self.hmac_key_env, &self.hmac_key_file) {
            (Some(_), Some(_)) => {
                return Err(Error::config(
                    "evidence: set hmac_key_env or hmac_key_file, not both",
                ));
            }
            (Some(var), None) => std::env::var(var)
                .map_err(|_| {
                    Error::config(format!(
                        "evidence: environment variable {var} (HMAC key) is not set or not UTF-8"
                    ))
                })?
                .into_bytes(),
            (None, Some(path)) => std::fs::read(path)
                .map_err(|e| Error::evidence(format!("HMAC key file {}: {e}", path.display())))?,
            (None, None) => return Ok(None),
        };
        if key.is_empty() {
            return Err(Error::config("evidence: the HMAC key is empty"));
        }
        Ok(Some(key))
    }

    fn check(&self) -> Result<()> {
        let prefix_ok = !self.prefix.is_empty()
            && self
                .prefix
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.');
        if !prefix_ok {
            return Err(Error::config(
                "evidence: prefix must be letters, digits, `_`, `-` or `.`",
            ));
        }
        self.defaults().validate()
    }

    fn defaults(&self) -> CallContext {
        CallContext {
            service: self.service.clone(),
            tenant: self.tenant.clone(),
            request_id: None,
        }
    }
}

/// Where sealed lines go.
pub(crate) enum Sink {
    /// Queued for [`EvidenceLog::take_lines`].
    Memory(VecDeque<String>, usize),
    /// Any writer (one line per record).
    Writer(Box<dyn Write + Send>),
    /// Rotated files in a directory.
    #[cfg(evidence_files)]
    Files(super::files::Segments),
}

impl Sink {
    /// Starts an append: for files, locks the log and catches up with
    /// other writers (`seq`, `prev` become the head on disk).
    #[cfg_attr(not(evidence_files), allow(unused_variables, clippy::ptr_arg))]
    fn begin(&mut self, now: i64, seq: &mut u64, prev: &mut String) -> Result<()> {
        match self {
            #[cfg(evidence_files)]
            Sink::Files(s) => s.begin(now, seq, prev),
            _ => Ok(()),
        }
    }

    /// Ends an append (unlocks a file log).
    fn end(&mut self) {
        #[cfg(evidence_files)]
        if let Sink::Files(s) = self {
            s.end();
        }
    }

    /// Rotates and prunes if due before record `seq` at `now`.
    #[cfg_attr(not(evidence_files), allow(unused_variables))]
    fn before_write(&mut self, now: i64, seq: u64) -> Result<Vec<PrunedSegment>> {
        match self {
            #[cfg(evidence_files)]
            Sink::Files(s) => s.before_write(now, seq),
            _ => Ok(Vec::new()),
        }
    }

    #[cfg_attr(not(evidence_files), allow(unused_variables))]
    fn write(&mut self, line: &str, now: i64) -> Result<()> {
        match self {
            Sink::Memory(queue, max) => {
                if queue.len() >= *max {
                    return Err(Error::evidence(format!(
                        "{max} records queued in memory and not taken"
                    )));
                }
                queue.push_back(line.to_string());
                Ok(())
            }
            Sink::Writer(w) => {
                let mut buf = Vec::with_capacity(line.len() + 1);
                buf.extend_from_slice(line.as_bytes());
                buf.push(b'\n');
                w.write_all(&buf)
                    .and_then(|()| w.flush())
                    .map_err(|e| Error::evidence(format!("write failed: {e}")))
            }
            #[cfg(evidence_files)]
            Sink::Files(s) => s.write(line, now),
        }
    }
}

/// Identifies an open bucket: window, context, and the scanner facts.
type BucketKey = (i64, CallContext, String);

struct State {
    seq: u64,
    prev: String,
    key: Option<Vec<u8>>,
    sink: Sink,
    buckets: BTreeMap<BucketKey, EvidenceRecord>,
    /// A write failed: the log refuses further records (fail closed).
    broken: bool,
}

/// An append-only, hash-chained evidence log shared by scanners.
///
/// Each record holds counts per category, entity, rule and operator, bytes
/// scanned, the caller's context, the scanner version, rule-set and model
/// SHA-256 and the degraded flag; never text. Each carries the hash of the
/// one before it (and an HMAC under a caller key, when configured), so
/// `scrubline evidence verify` finds an edited, removed or reordered record.
/// See the `evidence` module docs for the line format.
pub struct EvidenceLog {
    state: Mutex<State>,
    clock: Clock,
    bucket_ms: i64,
    defaults: CallContext,
    key_id: Option<String>,
    options: EvidenceOptions,
}

impl fmt::Debug for EvidenceLog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let st = self.lock();
        f.debug_struct("EvidenceLog")
            .field("path", &self.options.path)
            .field("seq", &st.seq)
            .field("bucket_seconds", &self.options.bucket_seconds)
            .field("hmac", &st.key.is_some())
            .finish_non_exhaustive()
    }
}

/// The system clock (not on WASM, where the binding passes one in).
#[cfg(not(target_family = "wasm"))]
pub(crate) fn system_clock() -> Clock {
    Arc::new(|| jiff::Timestamp::now().as_millisecond())
}

impl EvidenceLog {
    /// Opens the log `options` describes, on the system clock. File logs
    /// continue the chain of the newest file in `path`; opening one
    /// directory twice in a process returns the same log, and other
    /// processes may append to the same chain (each append is locked).
    #[cfg(not(target_family = "wasm"))]
    pub fn open(options: &EvidenceOptions) -> Result<Arc<EvidenceLog>> {
        #[cfg(feature = "fs")]
        if options.path.is_some() {
            return super::files::open_shared(options);
        }
        Self::with_clock(options, system_clock())
    }

    /// Opens the log on `clock` (for WASM, and for tests). Bucket logs
    /// opened this way flush closed buckets on the next call or
    /// [`flush`](Self::flush) only.
    pub fn with_clock(options: &EvidenceOptions, clock: Clock) -> Result<Arc<EvidenceLog>> {
        options.check()?;
        let key = options.key()?;
        let (sink, seq, prev) = match &options.path {
            None => (
                Sink::Memory(VecDeque::new(), options.max_queued.max(1)),
                0,
                GENESIS.to_string(),
            ),
            #[cfg(evidence_files)]
            Some(_) => {
                let (segments, seq, prev) = super::files::Segments::open(options, clock())?;
                (Sink::Files(segments), seq, prev)
            }
            #[cfg(not(evidence_files))]
            Some(_) => {
                return Err(Error::config(
                    "evidence: this build cannot write files (no `fs` feature, or WASM); \
                     leave `path` unset and take the records instead",
                ));
            }
        };
        Ok(Arc::new(Self::new(options, clock, key, sink, seq, prev)))
    }

    /// A log writing one line per record to `writer`, starting a new chain.
    pub fn to_writer(
        options: &EvidenceOptions,
        writer: Box<dyn Write + Send>,
        clock: Clock,
    ) -> Result<Arc<EvidenceLog>> {
        options.check()?;
        let key = options.key()?;
        let sink = Sink::Writer(writer);
        Ok(Arc::new(Self::new(
            options,
            clock,
            key,
            sink,
            0,
            GENESIS.into(),
        )))
    }

    pub(crate) fn new(
        options: &EvidenceOptions,
        clock: Clock,
        key: Option<Vec<u8>>,
        sink: Sink,
        seq: u64,
        prev: String,
    ) -> EvidenceLog {
        EvidenceLog {
            state: Mutex::new(State {
                seq,
                prev,
                key,
                sink,
                buckets: BTreeMap::new(),
                broken: false,
            }),
            clock,
            bucket_ms: (options.bucket_seconds.min(i64::MAX as u64 / 1000) * 1000) as i64,
            defaults: options.defaults(),
            key_id: options.key_id.clone(),
            options: options.clone(),
        }
    }

    /// The options the log was opened with.
    pub fn options(&self) -> &EvidenceOptions {
        &self.options
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Records one call: its report (counts and scanner facts), or the
    /// error it failed with (`report` then carries the scanner facts only).
    pub fn record(
        &self,
        operation: &str,
        context: &CallContext,
        report: &Report,
        error: Option<&Error>,
    ) -> Result<()> {
        context.validate()?;
        let now = (self.clock)();
        let mut context = context.or(&self.defaults);
        let mut st = self.lock();
        if st.broken {
            return Err(Error::evidence(
                "an earlier write failed; reopen the log after checking it",
            ));
        }
        if self.bucket_ms == 0 {
            let mut r = blank(report, context, None);
            add(&mut r, operation, report, error);
            return self.append(&mut st, r, now);
        }
        let start = now - now.rem_euclid(self.bucket_ms);
        self.flush_before(&mut st, start, now)?;
        context.request_id = None;
        let facts = serde_json::to_string(&(
            &report.scanner,
            &report.backend,
            &report.rule_set_sha256,
            &report.models,
        ))
        .unwrap_or_default();
        let r = st
            .buckets
            .entry((start, context.clone(), facts))
            .or_insert_with(|| {
                let window = Window {
                    start: format_ms(start),
                    end: format_ms(start + self.bucket_ms),
                };
                blank(report, context, Some(window))
            });
        add(r, operation, report, error);
        Ok(())
    }

    /// Writes the records of every open bucket, then flushes the sink.
    pub fn flush(&self) -> Result<()> {
        let now = (self.clock)();
        let mut st = self.lock();
        self.flush_before(&mut st, i64::MAX, now)?;
        #[cfg(evidence_files)]
        if let Sink::Files(s) = &mut st.sink {
            s.sync()?;
        }
        Ok(())
    }

    /// Writes the records of buckets whose window has ended.
    #[cfg_attr(not(evidence_files), allow(dead_code))]
    pub(crate) fn flush_closed(&self) -> Result<()> {
        let now = (self.clock)();
        let start = now - now.rem_euclid(self.bucket_ms.max(1));
        let mut st = self.lock();
        self.flush_before(&mut st, start, now)
    }

    /// Milliseconds until the current bucket closes.
    #[cfg_attr(not(evidence_files), allow(dead_code))]
    pub(crate) fn until_boundary(&self) -> i64 {
        let now = (self.clock)();
        self.bucket_ms - now.rem_euclid(self.bucket_ms.max(1))
    }

    /// Whether the log aggregates into buckets.
    #[cfg_attr(not(evidence_files), allow(dead_code))]
    pub(crate) fn is_bucketed(&self) -> bool {
        self.bucket_ms > 0
    }

    fn flush_before(&self, st: &mut State, start: i64, now: i64) -> Result<()> {
        while let Some(entry) = st.buckets.first_entry() {
            if entry.key().0 >= start {
                break;
            }
            let r = entry.remove();
            self.append(st, r, now)?;
        }
        Ok(())
    }

    /// Takes the queued lines of an in-memory log (empty for other sinks).
    pub fn take_lines(&self) -> Vec<String> {
        match &mut self.lock().sink {
            Sink::Memory(queue, _) => queue.drain(..).collect(),
            _ => Vec::new(),
        }
    }

    /// Sequence number and hash of the last record written (the head to
    /// anchor elsewhere: a log cut short after it no longer matches).
    pub fn head(&self) -> (u64, String) {
        let st = self.lock();
        (st.seq, st.prev.clone())
    }

    fn append(&self, st: &mut State, r: EvidenceRecord, now: i64) -> Result<()> {
        let State {
            sink, seq, prev, ..
        } = &mut *st;
        if let Err(e) = sink.begin(now, seq, prev) {
            st.broken = true;
            return Err(e);
        }
        let out = self.append_locked(st, r, now);
        st.sink.end();
        out
    }

    fn append_locked(&self, st: &mut State, r: EvidenceRecord, now: i64) -> Result<()> {
        let pruned = st
            .sink
            .before_write(now, st.seq + 1)
            .inspect_err(|_| st.broken = true)?;
        if !pruned.is_empty() {
            let retention = EvidenceRecord {
                kind: RecordKind::Retention,
                pruned,
                ..Default::default()
            };
            self.write(st, retention, now)?;
        }
        self.write(st, r, now)
    }

    fn write(&self, st: &mut State, mut r: EvidenceRecord, now: i64) -> Result<()> {
        r.v = EVIDENCE_SCHEMA_VERSION;
        r.seq = st.seq + 1;
        r.ts = format_ms(now);
        r.prev = st.prev.clone();
        r.key_id = st.key.as_ref().and(self.key_id.clone());
        let (line, hash) = seal(&r, st.key.as_deref());
        if let Err(e) = st.sink.write(&line, now) {
            st.broken = true;
            return Err(e);
        }
        st.seq = r.seq;
        st.prev = hash;
        Ok(())
    }
}

impl Drop for EvidenceLog {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// A record with the scanner facts of `report` and no counts yet.
fn blank(report: &Report, context: CallContext, window: Option<Window>) -> EvidenceRecord {
    EvidenceRecord {
        kind: RecordKind::Scan,
        window,
        context,
        scanner: report.scanner.to_string(),
        backend: report.backend.to_string(),
        rule_set_sha256: report.rule_set_sha256.to_string(),
        packs: report
            .packs
            .iter()
            .map(|p| PackVersion {
                name: p.name.clone(),
                version: p.version.clone(),
                sha256: p.sha256.clone(),
            })
            .collect(),
        models: report.models.clone(),
        ..Default::default()
    }
}

/// Adds one call's counts (or its error) to `r`.
fn add(r: &mut EvidenceRecord, operation: &str, report: &Report, error: Option<&Error>) {
    r.calls += 1;
    *r.by_operation.entry(operation.to_string()).or_default() += 1;
    if let Some(e) = error {
        *r.errors.entry(e.code().to_string()).or_default() += 1;
        return;
    }
    r.bytes_scanned += report.bytes_scanned;
    r.findings += report.findings;
    if report.degraded {
        r.degraded = true;
        r.degraded_calls += 1;
    }
    for (mine, theirs) in [
        (&mut r.by_category, &report.by_category),
        (&mut r.by_entity, &report.by_entity),
        (&mut r.by_rule, &report.by_rule),
        (&mut r.by_operator, &report.by_operator),
    ] {
        add_counts(mine, theirs);
    }
}
