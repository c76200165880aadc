//! Streaming redaction with bounded hold-back.
//!
//! Text is released once no match can still cover it: about the longest
//! rule's maximum match length (plus context and look-around bytes) is held
//! back, so memory is bounded however long the stream runs, and a match
//! straddling chunk boundaries is found as if the text came in one piece.
//! For any chunking, the concatenated output and the findings equal those of
//! [`Scanner::redact_bytes`] on the whole input.

use std::fmt;

use crate::engine::{Cursor, Detection, LOOKBEHIND};
use crate::error::{ErrorKind, Result};
use crate::finding::Finding;
use crate::report::Report;
use crate::resolve::{resolve, settle};
use crate::rules::MAX_KEYWORD_LEN;
use crate::scanner::{Output, Scanner};

/// Overlap chains longer than this are settled early to bound memory.
const MAX_PENDING_SPAN: usize = 1 << 20;

/// Redacts a stream of chunks (`feed` … `finish`).
///
/// ```
/// let scanner = scrubline::Scanner::default_rules()?;
/// let mut stream = scanner.stream();
/// let mut out = stream.feed_str("contact: bob@exa")?;
/// out += &stream.feed_str("mple.com, thanks")?;
/// out += &stream.finish_str()?;
/// assert_eq!(out, "contact: [EMAIL_ADDRESS], thanks");
/// assert_eq!(stream.report().by_entity["EMAIL_ADDRESS"], 1);
/// # Ok::<(), scrubline::Error>(())
/// ```
pub struct StreamRedactor {
    scanner: Scanner,
    buf: Vec<u8>,
    /// Absolute offset of `buf[0]`.
    base: usize,
    cursor: Cursor,
    pending: Vec<Detection>,
    /// Settled clusters and recurrences of their values, not yet resolved
    /// together (with `recurrences` on).
    clusters: Vec<Detection>,
    recurrences: crate::recurrence::Recurrences,
    /// Absolute start of the first segment not yet de-obfuscated.
    deobfuscated_to: usize,
    /// Absolute start of the first segment the classifier has not run on.
    classified_to: usize,
    /// Absolute start of the first line the table reader has not read.
    tabled_to: usize,
    tables: crate::table::Tables,
    /// Absolute start of the first line the streamed-completion reader has
    /// not read.
    deltas_to: usize,
    deltas: crate::deltas::Deltas,
    output: Output,
    finished: bool,
    /// The vault whose tokens replace findings, if any.
    vault: Option<crate::Vault>,
}

impl fmt::Debug for StreamRedactor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamRedactor")
            .field("consumed", &(self.base + self.buf.len()))
            .field("held_back", &self.held_back())
            .field("finished", &self.finished)
            .finish_non_exhaustive()
    }
}

impl StreamRedactor {
    pub(crate) fn new(scanner: Scanner) -> StreamRedactor {
        let cursor = scanner.inner.engine.cursor();
        let tables = crate::table::Tables::new(scanner.inner.engine.table_words.clone());
        StreamRedactor {
            output: Output::new(&scanner.inner, true),
            scanner,
            buf: Vec::new(),
            base: 0,
            cursor,
            pending: Vec::new(),
            clusters: Vec::new(),
            recurrences: Default::default(),
            deobfuscated_to: 0,
            classified_to: 0,
            tabled_to: 0,
            tables,
            deltas_to: 0,
            deltas: Default::default(),
            finished: false,
            vault: None,
        }
    }

    /// A stream that replaces findings with `vault`'s tokens.
    pub(crate) fn with_vault(scanner: Scanner, vault: crate::Vault) -> StreamRedactor {
        let mut stream = StreamRedactor::new(scanner);
        stream.output =
            std::mem::replace(&mut stream.output, Output::new(&stream.scanner.inner, true))
                .with_vault(Some(vault.clone()));
        stream.vault = Some(vault);
        stream
    }

    /// Bytes received but not yet released.
    pub fn held_back(&self) -> usize {
        self.base + self.buf.len() - self.output.emitted
    }

    /// Adds a chunk and returns the redacted text that is now final.
    pub fn feed(&mut self, chunk: &[u8]) -> Result<Vec<u8>> {
        if self.finished {
            return Err(ErrorKind::StreamFinished.into());
        }
        let old = self.buf.len();
        self.buf.extend_from_slice(chunk);
        self.output.report.bytes_scanned += chunk.len() as u64;
        if let Some(vault) = &self.vault {
            // Token-like text cut between chunks is seen whole: the buffer
            // still holds what came before (the stream's hold-back).
            vault.reserve_literals(&self.buf[old.saturating_sub(64)..]);
        }
        let out = self.process(false);
        if out.is_err() {
            // A failed stream is finished (fail closed): record it now.
            return self.record(out);
        }
        out
    }

    /// [`feed`](Self::feed) for text. Do not mix with byte chunks that split characters.
    pub fn feed_str(&mut self, chunk: &str) -> Result<String> {
        let out = self.feed(chunk.as_bytes())?;
        to_string(out)
    }

    /// Ends the stream and returns the rest of the redacted text.
    pub fn finish(&mut self) -> Result<Vec<u8>> {
        if self.finished {
            return Err(ErrorKind::StreamFinished.into());
        }
        self.finished = true;
        let out = self.process(true);
        self.record(out)
    }

    /// Tells the scanner's observers of the stream (once, at its end).
    fn record(&self, outcome: Result<Vec<u8>>) -> Result<Vec<u8>> {
        let report = outcome.as_ref().map(|_| &self.output.report);
        self.scanner
            .tell(crate::observer::Operation::Stream, report)?;
        outcome
    }

    /// [`finish`](Self::finish) for text streams.
    pub fn finish_str(&mut self) -> Result<String> {
        let out = self.finish()?;
        to_string(out)
    }

    /// Takes the findings released so far (offsets are absolute in the stream).
    pub fn take_findings(&mut self) -> Vec<Finding> {
        std::mem::take(&mut self.output.findings)
    }

    /// Counts so far; complete after [`finish`](Self::finish).
    pub fn report(&self) -> &Report {
        &self.output.report
    }

    fn process(&mut self, is_final: bool) -> Result<Vec<u8>> {
        let engine = &self.scanner.inner.engine;
        let mut found = Vec::new();
        if let Err(e) = engine.advance(&self.buf, self.base, is_final, &mut self.cursor, &mut found)
        {
            // Fail closed: release nothing more from this stream.
            self.finished = true;
            return Err(e);
        }
        if let Err(e) = self.tabulate(is_final, &mut found) {
            self.finished = true;
            return Err(e);
        }
        if let Err(e) = self.join_deltas(is_final, &mut found) {
            self.finished = true;
            return Err(e);
        }
        if let Err(e) = self.deobfuscate(is_final, &mut found) {
            self.finished = true;
            return Err(e);
        }
        if let Err(e) = self.classify(is_final, &mut found) {
            self.finished = true;
            return Err(e);
        }
        self.pending.extend(found);
        let end = self.base + self.buf.len();
        let frontier = if is_final {
            end
        } else {
            self.cursor
                .frontier()
                .min(end)
                .min(self.deobfuscated_to)
                .min(self.classified_to)
                .min(self.tabled_to)
                .min(self.deltas_to)
                .min(self.deltas.held_from().unwrap_or(usize::MAX))
        };
        // The classifier's rules come after the engine's, as in one shot.
        let first_model_rule = self.scanner.inner.engine.rules.len();
        let kept = settle_bounded(&mut self.pending, frontier, first_model_rule);
        if !self.scanner.inner.deobfuscate.recurrences {
            return Ok(self.release(kept, frontier, is_final));
        }
        match self.recur(kept, frontier, is_final) {
            Ok((kept, frontier)) => Ok(self.release(kept, frontier, is_final)),
            Err(e) => {
                self.finished = true;
                Err(e)
            }
        }
    }

    /// Adds the recurrences of settled clusters' values and settles them
    /// with the clusters, as one shot resolves them; returns what is
    /// settled and the frontier below which nothing more can start.
    fn recur(
        &mut self,
        kept: Vec<Detection>,
        frontier: usize,
        is_final: bool,
    ) -> Result<(Vec<Detection>, usize)> {
        let inner = &self.scanner.inner;
        let first_model_rule = inner.engine.rules.len();
        self.recurrences
            .remember(inner, &kept, &self.buf, self.base)?;
        self.clusters.extend(kept);
        self.recurrences
            .find(&self.buf, self.base, is_final, &mut self.clusters);
        let end = self.base + self.buf.len();
        // Later clusters start at the frontier or at a pending detection;
        // later recurrences after those, or near the end of the text.
        let frontier = if is_final {
            end
        } else {
            let pending = self.pending.iter().map(|d| d.start).min();
            frontier
                .min(pending.unwrap_or(usize::MAX))
                .min(self.recurrences.frontier(end))
        };
        let kept = settle_bounded(&mut self.clusters, frontier, first_model_rule);
        Ok((kept, frontier))
    }

    /// Reads table lines (when on) completed so far; the frontier stays at
    /// the first incomplete one.
    fn tabulate(&mut self, is_final: bool, found: &mut Vec<Detection>) -> Result<()> {
        let inner = &self.scanner.inner;
        let end = self.base + self.buf.len();
        if !inner.deobfuscate.tables {
            self.tabled_to = end;
            return Ok(());
        }
        let from = self.tabled_to - self.base;
        let mut batch = crate::table::Batch::default();
        self.tabled_to +=
            self.tables
                .advance(&self.buf[from..], self.tabled_to, is_final, &mut batch);
        batch.scan(&inner.engine, None, found)
    }

    /// Reads streamed-completion lines (with `literal_joins`) completed so
    /// far; the frontier stays at the first incomplete one, or at the
    /// first piece of a run not yet scanned.
    fn join_deltas(&mut self, is_final: bool, found: &mut Vec<Detection>) -> Result<()> {
        let inner = &self.scanner.inner;
        let end = self.base + self.buf.len();
        if !inner.deobfuscate.literal_joins {
            self.deltas_to = end;
            return Ok(());
        }
        let from = self.deltas_to - self.base;
        self.deltas_to += self.deltas.advance(
            &self.buf[from..],
            self.deltas_to,
            is_final,
            &inner.engine,
            None,
            found,
        )?;
        Ok(())
    }

    /// Runs de-obfuscation (when on) over every segment completed so far;
    /// the frontier stays at the first incomplete one.
    fn deobfuscate(&mut self, is_final: bool, found: &mut Vec<Detection>) -> Result<()> {
        let inner = &self.scanner.inner;
        let end = self.base + self.buf.len();
        if !inner.deobfuscate.segments() {
            self.deobfuscated_to = end;
            return Ok(());
        }
        while self.deobfuscated_to < end {
            let from = self.deobfuscated_to - self.base;
            let Some(len) = crate::deobfuscate::segment_len(&self.buf[from..], is_final) else {
                break;
            };
            inner.deobfuscated(
                &self.buf[from..from + len],
                self.deobfuscated_to,
                None,
                found,
                None,
            )?;
            self.deobfuscated_to += len;
        }
        Ok(())
    }

    /// Runs the classifier (when on) over every classifier segment completed
    /// so far; the frontier stays at the first incomplete one. In degraded
    /// mode a failure marks the report and the stream goes on with patterns.
    fn classify(&mut self, is_final: bool, found: &mut Vec<Detection>) -> Result<()> {
        let end = self.base + self.buf.len();
        #[cfg(classifier_model)]
        if let Some(c) = &self.scanner.inner.classifier {
            let inner = &self.scanner.inner;
            while self.classified_to < end && !self.output.report.degraded {
                let from = self.classified_to - self.base;
                let Some(len) = crate::classifier::segment_len(&self.buf[from..], is_final) else {
                    return Ok(());
                };
                match inner.classify_segment(
                    c,
                    &self.buf[from..from + len],
                    self.classified_to,
                    found,
                ) {
                    Ok(()) => {}
                    Err(_) if inner.allow_degraded => self.output.report.degraded = true,
                    Err(e) => return Err(e),
                }
                self.classified_to += len;
            }
        }
        #[cfg(not(classifier_model))]
        let _ = (is_final, found);
        self.classified_to = end;
        Ok(())
    }

    fn release(&mut self, kept: Vec<Detection>, frontier: usize, is_final: bool) -> Vec<u8> {
        let end = self.base + self.buf.len();
        let mut upto = self
            .pending
            .iter()
            .chain(&self.clusters)
            .map(|d| d.start)
            .min()
            .unwrap_or(frontier)
            .min(frontier);
        if !is_final {
            // Release whole characters only, so UTF-8 input gives UTF-8 chunks.
            while upto > self.output.emitted
                && upto < end
                && self.buf[upto - self.base] & 0xC0 == 0x80
            {
                upto -= 1;
            }
        } else {
            upto = end;
        }
        let upto = upto
            .max(kept.last().map_or(0, |d| d.end))
            .max(self.output.emitted);
        self.output.text.clear();
        self.output
            .emit(&self.scanner.inner, &self.buf, self.base, upto, &kept);
        // Keep look-behind context for rules that resume after the frontier,
        // and the tail a keyword could straddle.
        let keep_from = upto
            .min(frontier.saturating_sub(LOOKBEHIND))
            .min(end.saturating_sub(MAX_KEYWORD_LEN))
            .max(self.base);
        self.buf.drain(..keep_from - self.base);
        self.base = keep_from;
        std::mem::take(&mut self.output.text)
    }
}

/// [`settle`], except that an endless chain of overlapping detections
/// (longer than [`MAX_PENDING_SPAN`]) is resolved now rather than buffered
/// without bound (`emit` clips any later detection that overlaps what this
/// releases).
fn settle_bounded(
    pending: &mut Vec<Detection>,
    frontier: usize,
    first_model_rule: usize,
) -> Vec<Detection> {
    let oldest = pending.iter().map(|d| d.start).min();
    if oldest.is_some_and(|first| frontier.saturating_sub(first) > MAX_PENDING_SPAN) {
        resolve(std::mem::take(pending), first_model_rule)
    } else {
        settle(pending, frontier, first_model_rule)
    }
}

fn to_string(bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        ErrorKind::InvalidUtf8 {
            valid_up_to: e.utf8_error().valid_up_to(),
        }
        .into()
    })
}
