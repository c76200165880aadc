//! Observers: what runs after each call (the evidence log, metrics, hooks).
//!
//! The scanner never calls up into a particular sink. After every call it
//! hands one [`Call`] (which operation, the caller's context, the report or
//! the error) to each [`Observer`] it was built with, in order. The evidence
//! log is one ([`EvidenceLog`](crate::EvidenceLog) implements the trait);
//! the bindings' metrics and report hooks are others.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::evidence::CallContext;
use crate::report::Report;

/// The kind of call an observer sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Operation {
    /// [`Scanner::scan`](crate::Scanner::scan) and its variants.
    Scan,
    /// [`Scanner::redact`](crate::Scanner::redact) and its variants (one per batch item).
    Redact,
    /// [`Scanner::redact_json`](crate::Scanner::redact_json).
    RedactJson,
    /// [`Scanner::redact_field`](crate::Scanner::redact_field).
    RedactField,
    /// A [`StreamRedactor`](crate::StreamRedactor), once, when it finishes or fails.
    Stream,
}

impl Operation {
    /// Every operation, in declaration order.
    pub const ALL: [Operation; 5] = [
        Operation::Scan,
        Operation::Redact,
        Operation::RedactJson,
        Operation::RedactField,
        Operation::Stream,
    ];

    /// The snake_case name used in evidence records and metrics labels.
    pub fn as_str(self) -> &'static str {
        match self {
            Operation::Scan => "scan",
            Operation::Redact => "redact",
            Operation::RedactJson => "redact_json",
            Operation::RedactField => "redact_field",
            Operation::Stream => "stream",
        }
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One finished call, as observers see it. It holds no input text.
#[derive(Clone, Copy, Debug)]
pub struct Call<'a> {
    /// What was called.
    pub operation: Operation,
    /// The caller's context ([`Scanner::with_context`](crate::Scanner::with_context));
    /// empty when none was given.
    pub context: &'a CallContext,
    /// The call's report; on failure, an empty report carrying the
    /// scanner's versions and digests.
    pub report: &'a Report,
    /// The error the call failed with, if it failed.
    pub error: Option<&'a Error>,
}

/// Receives every finished call of the scanners it is attached to
/// ([`ScannerBuilder::observer`](crate::ScannerBuilder::observer)).
///
/// Observers run on the calling thread, after the work and before the
/// result is returned, so keep them cheap. An observer that returns an
/// error fails the call even if the scan succeeded: that is how the
/// evidence log fails closed when a record cannot be written. Observers
/// that must never fail the call (metrics, hooks) return `Ok(())`.
///
/// ```
/// use std::sync::{Arc, atomic::{AtomicU64, Ordering}};
/// use scrubline::{Call, Observer, Scanner};
///
/// #[derive(Default)]
/// struct Counter(AtomicU64);
/// impl Observer for Counter {
///     fn observe(&self, call: &Call<'_>) -> scrubline::Result<()> {
///         self.0.fetch_add(call.report.findings, Ordering::Relaxed);
///         Ok(())
///     }
/// }
///
/// let counter = Arc::new(Counter::default());
/// let scanner = Scanner::builder().observer(counter.clone()).build()?;
/// scanner.redact("mail bob@example.com")?;
/// assert_eq!(counter.0.load(Ordering::Relaxed), 1);
/// # Ok::<(), scrubline::Error>(())
/// ```
pub trait Observer: Send + Sync {
    /// Called once per finished call.
    fn observe(&self, call: &Call<'_>) -> Result<()>;
}

impl Observer for crate::EvidenceLog {
    fn observe(&self, call: &Call<'_>) -> Result<()> {
        self.record(
            call.operation.as_str(),
            call.context,
            call.report,
            call.error,
        )
    }
}
