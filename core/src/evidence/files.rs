//! Evidence log files: `<prefix>-<first seq, 12 digits>.jsonl` segments in
//! one directory, rotated by size and time, pruned by age. Several
//! processes (web workers) may write one log: each append takes an
//! exclusive lock on `.<prefix>.lock`, catches up with what the others
//! wrote, and extends the one chain.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Weak};

use super::log::{EvidenceLog, EvidenceOptions, system_clock};
use super::record::{EvidenceRecord, GENESIS, PrunedSegment, hash_body, parse_ms, unseal};
use crate::error::{Error, Result};

const DAY_MS: i64 = 86_400_000;

/// Logs open in this process, by directory and prefix.
static OPEN: Mutex<Option<HashMap<PathBuf, Weak<EvidenceLog>>>> = Mutex::new(None);

/// Opens the log for `options.path`, or returns the one this process has open.
pub(crate) fn open_shared(options: &EvidenceOptions) -> Result<Arc<EvidenceLog>> {
    let dir = options.path.as_ref().expect("a file log has a path");
    fs::create_dir_all(dir).map_err(|e| io_error(dir, &e))?;
    let dir = fs::canonicalize(dir).map_err(|e| io_error(dir, &e))?;
    let id = dir.join(&options.prefix);
    let mut open = OPEN.lock().unwrap_or_else(|p| p.into_inner());
    let open = open.get_or_insert_with(HashMap::new);
    if let Some(log) = open.get(&id).and_then(Weak::upgrade) {
        let same = |o: &EvidenceOptions| EvidenceOptions {
            path: None,
            ..o.clone()
        };
        if same(log.options()) != same(options) {
            return Err(Error::config(format!(
                "evidence log {} is already open in this process with other options",
                id.display()
            )));
        }
        return Ok(log);
    }
    let log = EvidenceLog::with_clock(options, system_clock())?;
    if log.is_bucketed() {
        spawn_flusher(&log);
    }
    open.retain(|_, w| w.strong_count() > 0);
    open.insert(id, Arc::downgrade(&log));
    Ok(log)
}

/// Writes each bucket's record soon after its window closes, while the log lives.
fn spawn_flusher(log: &Arc<EvidenceLog>) {
    let weak = Arc::downgrade(log);
    let _ = std::thread::Builder::new()
        .name("scrubline-evidence".into())
        .spawn(move || {
            loop {
                let Some(log) = weak.upgrade() else { return };
                let wait = log.until_boundary().clamp(50, 60_000) as u64 + 5;
                drop(log);
                std::thread::sleep(std::time::Duration::from_millis(wait));
                let Some(log) = weak.upgrade() else { return };
                // A failed write marks the log broken; the next call reports it.
                let _ = log.flush_closed();
            }
        });
}

/// The segments of one log and the file being written.
pub(crate) struct Segments {
    dir: PathBuf,
    prefix: String,
    file: Option<File>,
    /// Path of `file`.
    path: Option<PathBuf>,
    /// Size of `file` after this process's last write.
    size: u64,
    /// Rotation period of the current segment's first record.
    period: Option<i64>,
    rotate_bytes: u64,
    rotate_ms: i64,
    retention_ms: i64,
    sync: bool,
    /// Locked (exclusively) around each append, across processes.
    lock: File,
}

impl Segments {
    /// Opens `options.path`, returning the last sequence number and hash.
    pub(crate) fn open(options: &EvidenceOptions, now: i64) -> Result<(Segments, u64, String)> {
        let dir = options.path.clone().expect("a file log has a path");
        fs::create_dir_all(&dir).map_err(|e| io_error(&dir, &e))?;
        let lock_path = dir.join(format!(".{}.lock", options.prefix));
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| io_error(&lock_path, &e))?;
        let mut segments = Segments {
            dir,
            prefix: options.prefix.clone(),
            file: None,
            path: None,
            size: 0,
            period: None,
            rotate_bytes: options.rotate_bytes,
            rotate_ms: (options.rotate_seconds.min(i64::MAX as u64 / 1000) * 1000) as i64,
            retention_ms: i64::from(options.retention_days) * DAY_MS,
            sync: options.sync,
            lock,
        };
        let (mut seq, mut prev) = (0, GENESIS.to_string());
        segments.begin(now, &mut seq, &mut prev)?;
        segments.end();
        Ok((segments, seq, prev))
    }

    /// Takes the lock and catches up with records other processes wrote:
    /// `seq` and `prev` become the chain's head on disk. Fails if the log
    /// shrank under this writer or ends in a damaged record.
    pub(crate) fn begin(&mut self, now: i64, seq: &mut u64, prev: &mut String) -> Result<()> {
        self.lock
            .lock()
            .map_err(|e| Error::evidence(format!("cannot lock {}: {e}", self.dir.display())))?;
        let caught_up = self.catch_up(now, seq, prev);
        if caught_up.is_err() {
            self.end();
        }
        caught_up
    }

    /// Releases the lock taken by [`begin`](Self::begin).
    pub(crate) fn end(&mut self) {
        let _ = self.lock.unlock();
    }

    fn catch_up(&mut self, now: i64, seq: &mut u64, prev: &mut String) -> Result<()> {
        let files = list(&self.dir, &self.prefix)?;
        let newest = files.last();
        if let (Some(n), Some(p)) = (newest, &self.path) {
            if n == p {
                let len = fs::metadata(n).map_err(|e| io_error(n, &e))?.len();
                if len == self.size {
                    return Ok(());
                }
                if len < self.size {
                    return Err(Error::evidence(format!(
                        "{} shrank while this process was writing it; run `scrubline evidence verify`",
                        n.display()
                    )));
                }
            }
        } else if newest.is_none() {
            if let Some(p) = &self.path {
                return Err(Error::evidence(format!(
                    "{} and every other segment disappeared while this process was writing",
                    p.display()
                )));
            }
            return Ok(());
        }
        (*seq, *prev) = (0, GENESIS.to_string());
        for path in files.iter().rev() {
            if let Some((last, hash)) = last_record(path)? {
                (*seq, *prev) = (last.seq, hash);
                break;
            }
        }
        (self.file, self.path, self.size, self.period) = (None, None, 0, None);
        if let Some(path) = newest {
            self.resume(path, now)?;
        }
        Ok(())
    }

    /// Continues writing `path`, the newest segment.
    fn resume(&mut self, path: &Path, now: i64) -> Result<()> {
        let file = OpenOptions::new()
            .append(true)
            .open(path)
            .map_err(|e| io_error(path, &e))?;
        self.size = file.metadata().map_err(|e| io_error(path, &e))?.len();
        self.period = first_record(path)?
            .and_then(|r| parse_ms(&r.ts))
            .map(|t| self.period_of(t));
        self.file = Some(file);
        self.path = Some(path.to_path_buf());
        if self.size > 0 && self.due(now) {
            self.file = None;
        }
        Ok(())
    }

    fn period_of(&self, ms: i64) -> i64 {
        if self.rotate_ms > 0 {
            ms.div_euclid(self.rotate_ms)
        } else {
            0
        }
    }

    /// Whether the current segment must end before a record at `now`.
    fn due(&self, now: i64) -> bool {
        (self.rotate_bytes > 0 && self.size >= self.rotate_bytes)
            || (self.rotate_ms > 0 && self.period.is_some_and(|p| p != self.period_of(now)))
    }

    /// Starts segment `seq` if rotation is due (or none is open) and prunes
    /// segments past retention, returning what it pruned.
    pub(crate) fn before_write(&mut self, now: i64, seq: u64) -> Result<Vec<PrunedSegment>> {
        if self.file.is_some() && !(self.size > 0 && self.due(now)) {
            return Ok(Vec::new());
        }
        if let Some(f) = self.file.take() {
            f.sync_all()
                .map_err(|e| Error::evidence(format!("sync failed: {e}")))?;
        }
        let path = self.dir.join(format!("{}-{seq:012}.jsonl", self.prefix));
        let file = OpenOptions::new()
            .create_new(true)
            .append(true)
            .open(&path)
            .map_err(|e| io_error(&path, &e))?;
        self.file = Some(file);
        self.size = 0;
        self.period = Some(self.period_of(now));
        let pruned = self.prune(now, &path);
        self.path = Some(path);
        pruned
    }

    /// Deletes segments (other than `active`) whose last record is older
    /// than the retention period.
    fn prune(&self, now: i64, active: &Path) -> Result<Vec<PrunedSegment>> {
        let mut pruned = Vec::new();
        if self.retention_ms == 0 {
            return Ok(pruned);
        }
        for path in list(&self.dir, &self.prefix)? {
            if path == active {
                continue;
            }
            let Some((last, hash)) = last_record(&path)? else {
                continue;
            };
            if parse_ms(&last.ts).is_none_or(|t| t >= now - self.retention_ms) {
                break;
            }
            let first = first_record(&path)?.map_or(last.seq, |r| r.seq);
            fs::remove_file(&path).map_err(|e| io_error(&path, &e))?;
            pruned.push(PrunedSegment {
                file: file_name(&path),
                first_seq: first,
                last_seq: last.seq,
                last_hash: hash,
            });
        }
        Ok(pruned)
    }

    pub(crate) fn write(&mut self, line: &str, _now: i64) -> Result<()> {
        let file = self.file.as_mut().expect("before_write opened a segment");
        let mut buf = Vec::with_capacity(line.len() + 1);
        buf.extend_from_slice(line.as_bytes());
        buf.push(b'\n');
        // One write call per record: O_APPEND keeps lines whole. A write
        // that fails part way (disk full, file too large) is cut back to the
        // last whole record, under the lock, so the log never ends in a torn
        // line and later calls can append once there is room.
        let written = file
            .write_all(&buf)
            .and_then(|()| if self.sync { file.sync_data() } else { Ok(()) });
        if let Err(e) = written {
            let restored = file.set_len(self.size).and_then(|()| file.sync_data());
            return Err(Error::evidence(match restored {
                Ok(()) => format!("write failed: {e}; the partial record was removed"),
                Err(r) => format!(
                    "write failed: {e}; removing the partial record also failed ({r}): the log ends in a torn record, see `scrubline evidence verify`"
                ),
            }));
        }
        self.size += buf.len() as u64;
        Ok(())
    }

    pub(crate) fn sync(&mut self) -> Result<()> {
        if let Some(f) = &self.file {
            f.sync_data()
                .map_err(|e| Error::evidence(format!("sync failed: {e}")))?;
        }
        Ok(())
    }
}

/// The log's segment files in `dir`, in chain order.
pub fn list(dir: &Path, prefix: &str) -> Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| io_error(dir, &e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| is_segment(p, prefix))
        .collect();
    out.sort();
    Ok(out)
}

/// Every log in `dir` whose prefix is `prefix` or starts with `prefix-`
/// (the copies of a scanner that each write their own chain, such as
/// `evidence-<host>-<pid>`), as `(prefix, segments in chain order)`,
/// sorted by prefix.
pub fn chains(dir: &Path, prefix: &str) -> Result<Vec<(String, Vec<PathBuf>)>> {
    let mut by_prefix: std::collections::BTreeMap<String, Vec<PathBuf>> = Default::default();
    for entry in fs::read_dir(dir).map_err(|e| io_error(dir, &e))? {
        let Ok(entry) = entry else { continue };
        let path = entry.path();
        let Some(own) = segment_prefix(&path) else {
            continue;
        };
        let ours = own == prefix
            || own
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with('-'));
        if ours {
            by_prefix.entry(own.to_string()).or_default().push(path);
        }
    }
    Ok(by_prefix
        .into_iter()
        .map(|(p, mut files)| {
            files.sort();
            (p, files)
        })
        .collect())
}

fn is_segment(path: &Path, prefix: &str) -> bool {
    segment_prefix(path) == Some(prefix)
}

/// The prefix of a segment file name `<prefix>-<12 digits>.jsonl`.
fn segment_prefix(path: &Path) -> Option<&str> {
    let name = path.file_name()?.to_str()?;
    let (prefix, seq) = name.strip_suffix(".jsonl")?.rsplit_once('-')?;
    (seq.len() == 12 && seq.bytes().all(|b| b.is_ascii_digit()) && !prefix.is_empty())
        .then_some(prefix)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The last record of a segment and its hash; `None` if the file is empty.
/// An unterminated or unsealed last line is an error: appending after it
/// would bury a damaged record mid-chain.
fn last_record(path: &Path) -> Result<Option<(EvidenceRecord, String)>> {
    let mut file = File::open(path).map_err(|e| io_error(path, &e))?;
    let len = file.metadata().map_err(|e| io_error(path, &e))?.len();
    if len == 0 {
        return Ok(None);
    }
    let tail = len.min(4 << 20);
    file.seek(SeekFrom::Start(len - tail))
        .map_err(|e| io_error(path, &e))?;
    let mut buf = Vec::with_capacity(tail as usize);
    file.read_to_end(&mut buf).map_err(|e| io_error(path, &e))?;
    let damaged = || {
        Error::evidence(format!(
            "the last record of {} is incomplete or damaged; run `scrubline evidence verify` on it",
            path.display()
        ))
    };
    let text = buf.strip_suffix(b"\n").ok_or_else(damaged)?;
    let line = match text.iter().rposition(|&b| b == b'\n') {
        Some(i) => &text[i + 1..],
        None if tail == len => text,
        None => return Err(damaged()),
    };
    let line = std::str::from_utf8(line).map_err(|_| damaged())?;
    let sealed = unseal(line).ok_or_else(damaged)?;
    if hash_body(&sealed.body) != sealed.hash {
        return Err(damaged());
    }
    let record: EvidenceRecord = serde_json::from_str(&sealed.body).map_err(|_| damaged())?;
    Ok(Some((record, sealed.hash.to_string())))
}

/// The first line of a segment, parsed (no checks: verify does those).
fn first_record(path: &Path) -> Result<Option<EvidenceRecord>> {
    let mut file = File::open(path).map_err(|e| io_error(path, &e))?;
    let mut buf = vec![0; 64 << 10];
    let mut n = 0;
    while n < buf.len() {
        match file.read(&mut buf[n..]).map_err(|e| io_error(path, &e))? {
            0 => break,
            k => n += k,
        }
    }
    let end = buf[..n].iter().position(|&b| b == b'\n').unwrap_or(n);
    Ok(std::str::from_utf8(&buf[..end])
        .ok()
        .and_then(unseal)
        .and_then(|s| serde_json::from_str(&s.body).ok()))
}

fn io_error(path: &Path, e: &std::io::Error) -> Error {
    Error::evidence(format!("{}: {e}", path.display()))
}
