//! The scanner: built once from rules and options, then shared by every call.
//!
//! - [`builder`]: [`ScannerBuilder`], options plus what is not plain data;
//! - [`backend`]: which pattern backend runs the rules;
//! - [`detect`]: patterns, de-obfuscated forms and the classifier, resolved;
//! - [`output`]: redacted text, findings and counts from resolved detections;
//! - this module: the calls, and telling observers of each.

mod backend;
mod builder;
mod detect;
mod output;

use std::fmt;
use std::sync::Arc;

pub use backend::BackendKind;
pub use builder::ScannerBuilder;
pub(crate) use detect::Inner;
pub(crate) use output::Output;

use crate::call::{CallOptions, CallPlan};
use crate::engine::Cost;
use crate::error::{Error, ErrorKind, Result};
use crate::evidence::{CallContext, EvidenceLog};
use crate::finding::Finding;
use crate::observer::{Call, Operation};
use crate::report::Report;
use crate::rules::RuleSet;
use crate::stream::StreamRedactor;
use crate::vault::Vault;

/// Default limit on one call's input: 64 MiB. Streams have no limit.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 << 20;
/// Default limit on the longest text one rule may match: 8 KiB.
pub const DEFAULT_MAX_MATCH_LEN: usize = 8 << 10;
/// Default limit on one rule's compiled program: 2 MiB.
pub const DEFAULT_RULE_SIZE_LIMIT: usize = 2 << 20;
/// Default minimum confidence for a finding to be reported.
pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.5;

/// Regex work over one text, from [`Scanner::search_cost`].
#[doc(hidden)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SearchCost {
    /// Bytes handed to regex searches in all.
    pub total: u64,
    /// The most bytes one rule's confirmation searches read.
    pub max_rule: u64,
}

/// Context of calls made without one.
static NO_CONTEXT: CallContext = CallContext {
    service: None,
    tenant: None,
    request_id: None,
};

/// A compiled rule set with its redaction policy. Cheap to clone (shared),
/// `Send + Sync`; build it once and use it from every thread.
#[derive(Clone)]
pub struct Scanner {
    pub(crate) inner: Arc<Inner>,
    /// Caller context for evidence records ([`Scanner::with_context`]).
    context: Option<Arc<CallContext>>,
}

impl fmt::Debug for Scanner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Scanner")
            .field("rules", &self.inner.header.rules)
            .field("rule_set_sha256", &self.inner.header.rule_set_sha256)
            .field("backend", &self.inner.header.backend)
            .field("evidence", &self.inner.evidence.is_some())
            .finish_non_exhaustive()
    }
}

/// Redacted text with its findings and report.
#[derive(Clone, Debug)]
pub struct Redacted {
    /// The input with every finding replaced.
    pub text: String,
    /// What was found, in input order.
    pub findings: Vec<Finding>,
    /// Counts for audit evidence.
    pub report: Report,
}

/// Redacted bytes (input that need not be UTF-8) with findings and report.
#[derive(Clone, Debug)]
pub struct RedactedBytes {
    /// The input with every finding replaced; other bytes are unchanged.
    pub bytes: Vec<u8>,
    /// What was found, in input order.
    pub findings: Vec<Finding>,
    /// Counts for audit evidence.
    pub report: Report,
}

impl Scanner {
    /// Starts configuring a scanner (built-in rules, label everything).
    pub fn builder() -> ScannerBuilder {
        ScannerBuilder::default()
    }

    /// A scanner over the built-in packs with default options.
    pub fn default_rules() -> Result<Scanner> {
        Scanner::builder().build()
    }

    /// The pattern backend in use (`portable` or `hyperscan`).
    pub fn backend_name(&self) -> &'static str {
        self.inner.header.backend
    }

    /// Rules gated by the portable multi-pattern set (the keyword-less ones)
    /// rather than by the keyword prefilter, whichever backend runs it.
    pub fn rules_on_set_prefilter(&self) -> usize {
        self.inner.header.rules_on_set_prefilter
    }

    /// The active rules.
    pub fn rules(&self) -> &RuleSet {
        &self.inner.rules
    }

    /// Bytes a stream holds back while no keyword of a long rule is
    /// pending: roughly the latency a streamed completion sees. A keyword hit
    /// (say `-----BEGIN`) holds text until that rule's match is settled.
    /// With the classifier, text is held to the end of its segment: the
    /// first sentence or line end past 64 bytes, at most 4 KiB.
    pub fn stream_hold_back(&self) -> usize {
        let deobfuscation = match self.inner.deobfuscate.segments() {
            // A segment ends at the first free whitespace past its minimum.
            true => crate::deobfuscate::SEGMENT_MIN + 1,
            false => 0,
        };
        // The table reader holds a line until its end, at most this long.
        let tables = match self.inner.deobfuscate.tables {
            true => crate::table::LINE_MAX + 1,
            false => 0,
        };
        #[cfg(classifier_model)]
        let classifier = match self.inner.classifier.is_some() {
            // A classifier segment ends at a sentence or line end, or at its maximum.
            true => crate::classifier::SEGMENT_MAX,
            false => 0,
        };
        #[cfg(not(classifier_model))]
        let classifier = 0;
        self.inner
            .engine
            .idle_hold_back()
            .max(deobfuscation)
            .max(tables)
            .max(classifier)
    }

    /// An empty report carrying this scanner's versions and digests.
    pub fn empty_report(&self) -> Report {
        Report::new(&self.inner.header)
    }

    pub(crate) fn check_size(&self, len: usize) -> Result<()> {
        if len > self.inner.max_input_bytes {
            return Err(ErrorKind::InputTooLarge {
                len,
                limit: self.inner.max_input_bytes,
            }
            .into());
        }
        Ok(())
    }

    /// Whether the ONNX PII classifier runs in this scanner (streams then
    /// hold text back to a classifier segment's end; see
    /// [`stream_hold_back`](Self::stream_hold_back)).
    pub fn has_classifier(&self) -> bool {
        self.inner.has_classifier()
    }

    /// The regex work detecting in `bytes` takes (rule windows, the set
    /// prefilter, de-obfuscated windows): the measure behind the worst-case
    /// bound, which a test and a fuzz target check stays a small multiple
    /// of the input length. Not a stable API.
    #[doc(hidden)]
    pub fn search_cost(&self, bytes: &[u8]) -> Result<SearchCost> {
        let mut cost = Cost::default();
        self.inner.detect_counted(bytes, Some(&mut cost), None)?;
        Ok(SearchCost {
            total: cost.set + cost.per_rule.iter().sum::<u64>(),
            max_rule: cost.per_rule.iter().copied().max().unwrap_or(0),
        })
    }

    /// Finds everything in `text` without changing it.
    pub fn scan(&self, text: &str) -> Result<Vec<Finding>> {
        self.scan_bytes(text.as_bytes())
    }

    /// Finds everything in `bytes`, which need not be UTF-8: rules match raw
    /// bytes, and char/UTF-16 offsets count non-continuation bytes.
    pub fn scan_bytes(&self, bytes: &[u8]) -> Result<Vec<Finding>> {
        self.scan_bytes_with(bytes, &CallOptions::default())
    }

    /// [`scan`](Self::scan) with per-call overrides ([`CallOptions`]).
    pub fn scan_with(&self, text: &str, call: &CallOptions) -> Result<Vec<Finding>> {
        self.scan_bytes_with(text.as_bytes(), call)
    }

    /// [`scan_bytes`](Self::scan_bytes) with per-call overrides.
    pub fn scan_bytes_with(&self, bytes: &[u8], call: &CallOptions) -> Result<Vec<Finding>> {
        let found = self.run(bytes, call, false);
        self.notify(Operation::Scan, found, |r| &r.report)
            .map(|r| r.findings)
    }

    /// Redacts `text`.
    pub fn redact(&self, text: &str) -> Result<Redacted> {
        self.redact_with(text, &CallOptions::default())
    }

    /// [`redact`](Self::redact) with per-call overrides ([`CallOptions`]).
    pub fn redact_with(&self, text: &str, call: &CallOptions) -> Result<Redacted> {
        let r = self.redact_bytes_with(text.as_bytes(), call)?;
        // Replacements are UTF-8 and spans are widened to whole characters,
        // so redacting UTF-8 gives UTF-8.
        let text = String::from_utf8(r.bytes).expect("redacting UTF-8 yields UTF-8");
        Ok(Redacted {
            text,
            findings: r.findings,
            report: r.report,
        })
    }

    /// Redacts `bytes`, which need not be UTF-8; bytes outside findings are kept as they are.
    pub fn redact_bytes(&self, bytes: &[u8]) -> Result<RedactedBytes> {
        self.redact_bytes_with(bytes, &CallOptions::default())
    }

    /// [`redact_bytes`](Self::redact_bytes) with per-call overrides.
    pub fn redact_bytes_with(&self, bytes: &[u8], call: &CallOptions) -> Result<RedactedBytes> {
        let redacted = self.run(bytes, call, true);
        self.notify(Operation::Redact, redacted, |r| &r.report)
    }

    /// Redacts `text`, replacing each finding with its numbered token in
    /// `vault` (`[PERSON_1]`; the same value gets the same token) instead of
    /// an operator, so [`Vault::restore`] can put the values back into the
    /// model's answer. Reports count these under operator `vault`.
    pub fn redact_to_vault(
        &self,
        text: &str,
        call: &CallOptions,
        vault: &Vault,
    ) -> Result<Redacted> {
        let r = self.redact_bytes_to_vault(text.as_bytes(), call, vault)?;
        Ok(Redacted {
            text: String::from_utf8(r.bytes).expect("redacting UTF-8 yields UTF-8"),
            findings: r.findings,
            report: r.report,
        })
    }

    /// [`redact_to_vault`](Self::redact_to_vault) for bytes that need not
    /// be UTF-8; bytes outside findings are kept as they are.
    pub fn redact_bytes_to_vault(
        &self,
        bytes: &[u8],
        call: &CallOptions,
        vault: &Vault,
    ) -> Result<RedactedBytes> {
        let r = self.run_to(bytes, call, true, Some(vault));
        self.notify(Operation::Redact, r, |r| &r.report)
    }

    /// A streaming redactor that replaces findings with `vault`'s tokens.
    pub fn stream_to_vault(&self, vault: &Vault) -> StreamRedactor {
        StreamRedactor::with_vault(self.clone(), vault.clone())
    }

    /// Detects in `bytes` and emits findings, the report and (when
    /// `build_text`) the redacted bytes; observers are not told.
    fn run(&self, bytes: &[u8], call: &CallOptions, build_text: bool) -> Result<RedactedBytes> {
        self.run_to(bytes, call, build_text, None)
    }

    /// [`Scanner::run`] with tokens from `vault` (which implies redacting).
    fn run_to(
        &self,
        bytes: &[u8],
        call: &CallOptions,
        build_text: bool,
        vault: Option<&Vault>,
    ) -> Result<RedactedBytes> {
        self.check_size(bytes.len())?;
        if !call.paths.is_empty() {
            return Err(Error::config(
                "call options: `paths` applies to JSON documents only",
            ));
        }
        let plan = match call.is_empty() {
            true => None,
            false => Some(CallPlan::new(call, &self.inner)?),
        };
        let (kept, degraded) = self.inner.detect_counted(bytes, None, plan.as_ref())?;
        if let Some(plan) = &plan {
            let rule = |d: &crate::engine::Detection| self.inner.rule(d.rule);
            plan.check_block(
                kept.iter()
                    .map(|d| (rule(d).entity.as_str(), rule(d).category)),
            )?;
        }
        if let Some(vault) = vault {
            vault.reserve_literals(bytes);
        }
        let operators = plan.and_then(|p| p.operators);
        let mut out = Output::new(&self.inner, build_text)
            .with_operators(operators)
            .with_vault(vault.cloned());
        out.emit(&self.inner, bytes, 0, bytes.len(), &kept);
        out.report.bytes_scanned = bytes.len() as u64;
        out.report.degraded |= degraded;
        if !build_text {
            // Nothing was redacted: no operator ran.
            out.report.by_operator.clear();
        }
        Ok(RedactedBytes {
            bytes: out.text,
            findings: out.findings,
            report: out.report,
        })
    }

    /// Redacts many texts, in parallel on rayon's pool of persistent
    /// threads (their per-thread automaton caches stay warm between calls);
    /// sequentially on WASM. Results are in input order; one text's error
    /// does not stop the others.
    pub fn redact_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Result<Redacted>> {
        #[cfg(not(target_family = "wasm"))]
        {
            use rayon::prelude::*;
            texts.par_iter().map(|t| self.redact(t.as_ref())).collect()
        }
        #[cfg(target_family = "wasm")]
        {
            texts.iter().map(|t| self.redact(t.as_ref())).collect()
        }
    }

    /// A streaming redactor for chunked input (see [`StreamRedactor`]).
    pub fn stream(&self) -> StreamRedactor {
        StreamRedactor::new(self.clone())
    }

    /// This scanner with `context` on the evidence records of its calls
    /// (cheap: shares the compiled rules). Fields left unset fall back to
    /// the log's defaults.
    pub fn with_context(&self, context: CallContext) -> Result<Scanner> {
        context.validate()?;
        Ok(Scanner {
            inner: self.inner.clone(),
            context: Some(Arc::new(context)),
        })
    }

    /// The evidence log this scanner records into, if any.
    pub fn evidence(&self) -> Option<&Arc<EvidenceLog>> {
        self.inner.evidence.as_ref()
    }

    /// Tells every observer of a call's outcome; an observer's error (an
    /// evidence record that cannot be written) fails the call, closed,
    /// even if the scan succeeded.
    pub(crate) fn notify<T>(
        &self,
        operation: Operation,
        outcome: Result<T>,
        report: impl FnOnce(&T) -> &Report,
    ) -> Result<T> {
        if !self.inner.observers.is_empty() {
            self.tell(operation, outcome.as_ref().map(report))?;
        }
        outcome
    }

    /// Tells every observer of a call's report, or of the error it failed with.
    pub(crate) fn tell(
        &self,
        operation: Operation,
        outcome: std::result::Result<&Report, &Error>,
    ) -> Result<()> {
        if self.inner.observers.is_empty() {
            return Ok(());
        }
        let empty;
        let (report, error) = match outcome {
            Ok(report) => (report, None),
            Err(e) => {
                empty = self.empty_report();
                (&empty, Some(e))
            }
        };
        let call = Call {
            operation,
            context: self.context.as_deref().unwrap_or(&NO_CONTEXT),
            report,
            error,
        };
        for observer in &self.inner.observers {
            observer.observe(&call)?;
        }
        Ok(())
    }
}
