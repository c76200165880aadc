//! Audit evidence: a tamper-evident JSON Lines log of what was scanned,
//! counted, never shown.
//!
//! A scanner built with [`ScannerBuilder::evidence`](crate::ScannerBuilder::evidence)
//! (or `ScannerOptions::evidence`) records every call: one record per call,
//! or one per service and tenant per time bucket (`bucket_seconds`). A
//! record holds the time, the caller's [`CallContext`] (service, tenant,
//! request id), counts per category, entity, rule, operator and operation,
//! bytes scanned, failed calls per error code, the scanner version and
//! backend, the rule set's and each pack's SHA-256, the models' SHA-256 and
//! whether a detector ran degraded. Never text, values or spans.
//!
//! # Line format
//!
//! Each line is one JSON object ([`EvidenceRecord`]) whose last fields are
//! `"hash"` and, with a key, `"mac"`:
//!
//! ```text
//! {"v":1,"seq":7,"ts":"2026-11-23T10:00:00.000Z",...,"prev":"<hash of seq 6>","hash":"<64 hex>","mac":"<64 hex>"}
//! ```
//!
//! `hash` is the SHA-256 of the line with those trailing fields removed
//! (the text up to `,"hash"`, plus `}`), and `mac` the HMAC-SHA256 of the
//! same text under the caller's key. `prev` is the previous record's `hash`
//! (64 zeros for the first), and `seq` counts from 1 across rotated files,
//! so [`verify`] finds an edited record (its hash), a removed one (the
//! sequence jumps), a reordered one (it goes back) and an inserted one (its
//! `prev`). Without a key, someone who can rewrite the file can also
//! recompute every hash after an edit; the HMAC, under a key kept off the
//! log's host, stops that. Cutting records off the end leaves a valid
//! shorter chain: anchor the head hash elsewhere ([`EvidenceLog::head`], or
//! `verify`'s output) and check it later with `expect_head`.
//!
//! # Files, rotation, retention
//!
//! A file log is a directory of segments `<prefix>-<seq of first
//! record>.jsonl`. A new segment starts at `rotate_bytes` or at a new
//! `rotate_seconds` period (daily by default), continuing the chain.
//! With `retention_days`, rotation deletes segments whose newest record is
//! older, and writes a `retention` record naming each deleted segment's
//! last sequence number and hash, so the remaining chain still verifies
//! from a known point. Several processes (web workers) may write one log:
//! each append locks `.<prefix>.lock`, catches up with what the others
//! wrote and extends the same chain. Within a process, opening a directory
//! again shares one log.

#[cfg(evidence_files)]
mod files;
mod log;
mod record;
pub mod summary;
pub mod verify;

#[cfg(evidence_files)]
pub use files::{chains, list as segments};
pub use log::{Clock, EvidenceLog, EvidenceOptions};
pub use record::{
    CallContext, EVIDENCE_SCHEMA_VERSION, EvidenceRecord, GENESIS, PackVersion, PrunedSegment,
    RecordKind, Window,
};
