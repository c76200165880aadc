//! scrubline finds secrets and personal data in text and redacts them,
//! producing a report that is safe to keep as audit evidence.
//!
//! # Example
//!
//! ```
//! use scrubline::Scanner;
//!
//! let scanner = Scanner::default_rules()?;
//! let out = scanner.redact("🔑 key=AKIAQYLPMN5HHHFPZAM2 mail bob@example.com")?;
//! assert_eq!(out.text, "🔑 key=[AWS_ACCESS_KEY_ID] mail [EMAIL_ADDRESS]");
//! assert_eq!(out.report.by_category["secret"], 1);
//! let email = &out.findings[1];
//! assert_eq!(email.entity, "EMAIL_ADDRESS");
//! // UTF-8 bytes, Unicode scalars (Python), UTF-16 units (JavaScript):
//! assert_eq!((email.bytes.start, email.chars.start, email.utf16.start), (35, 32, 33));
//! # Ok::<(), scrubline::Error>(())
//! ```
//!
//! # Overview
//!
//! - [`RuleSet`]: rules loaded from versioned TOML packs; the built-in packs
//!   are embedded ([`rules::BUILTIN_PACKS`]). Each rule has a bounded-length
//!   pattern, optional keywords, validators, entropy and context words, and
//!   positive and negative examples.
//! - [`Scanner`]: built once by [`ScannerBuilder::build`], immutable and
//!   `Send + Sync`. [`Scanner::scan`] finds, [`Scanner::redact`] replaces,
//!   [`Scanner::stream`] does both over chunked input.
//! - [`Finding`]: rule id, entity, category, confidence and offsets in UTF-8
//!   bytes, chars and UTF-16 units. It never holds the matched value.
//! - [`Operator`] and [`Policy`]: label, mask, partial mask, keyed pseudonym, remove.
//! - [`Report`]: counts per category, entity, rule and operator, with the
//!   rule-set digest and pack versions.
//! - [`EvidenceLog`]: a hash-chained JSON Lines log of those counts per call
//!   or per time bucket, with caller context ([`evidence`] module); verify
//!   and summarize it for auditors.
//!
//! Redaction covers the union of all findings: overlapping findings merge
//! into one span, named by the top-ranked one (validated first, then a
//! pattern before the classifier, higher confidence, longer span, earlier
//! start, earlier rule). Turning a detector on never redacts less.
//!
//! Matching is linear-time (finite automata, no backtracking); see the
//! `engine` module docs for the candidate-then-confirm design and why
//! streaming gives exactly the one-shot result.
//!
//! # Crate features
//!
//! - `fs` (default): [`RuleSet::add_file`].
//! - `secrets`, `pii` (default): which built-in packs are embedded.
//! - `hyperscan` (default): the Hyperscan/Vectorscan SIMD backend on x86_64
//!   Linux, built where the build finds the system `libhs` with pkg-config
//!   (Debian: `libvectorscan-dev`); without it the build warns and has the
//!   portable backend only ([`BackendKind::is_available`] says which).
//!   Ignored on other targets. [`BackendKind::Auto`] uses it when built.
//! - `classifier`: the ONNX PII classifier (`classifier` module) for names,
//!   locations, organisations, street addresses and dates of birth.
#![deny(missing_docs)]
// `deny`, not `forbid`: the Hyperscan FFI module (engine/hyperscan/ffi.rs)
// is the one place allowed `unsafe`.
#![deny(unsafe_code)]

mod byte_search;
mod call;
#[cfg(classifier_model)]
pub mod classifier;
mod deltas;
mod deobfuscate;
pub use deobfuscate::Deobfuscation;
mod engine;
mod error;
pub mod evidence;
mod examples;
mod finding;
mod json;
pub mod observer;
mod options;
mod recurrence;
pub mod redact;
mod report;
mod resolve;
pub mod rules;
mod scanner;
mod stream;
mod table;
pub mod text_encoding;
pub mod validate;
pub mod vault;

pub use call::{CallOptions, DENY_LIST_ENTITY};
pub use error::{ERROR_CODES, Error, ErrorKind, Result};
pub use evidence::{CallContext, EvidenceLog, EvidenceOptions};
pub use examples::{ExampleFailure, ExampleProblem};
pub use finding::{Finding, Label, Span};
pub use json::{FieldFinding, RedactedJson};
pub use observer::{Call, Observer, Operation};
pub use options::{ClassifierOptions, ClassifierRuntime, ScannerOptions};
pub use redact::{Operator, Policy, PseudonymKey};
pub use report::{ModelInfo, REPORT_SCHEMA_VERSION, Report};
pub use rules::{Category, Rule, RuleSet};
#[doc(hidden)]
pub use scanner::SearchCost;
pub use scanner::{
    BackendKind, DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_MATCH_LEN, DEFAULT_MIN_CONFIDENCE,
    DEFAULT_RULE_SIZE_LIMIT, Redacted, RedactedBytes, Scanner, ScannerBuilder,
};
pub use stream::StreamRedactor;
pub use vault::{TokenFormat, Vault, VaultRestorer};

// The crate README's example runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct CrateReadme;

/// Provenance record of the PII model this version ships
/// (`models/pii-tagger/provenance.json`: digest, sources, licences,
/// training run, evaluation), for inventories; present in every build,
/// with or without the `classifier` feature.
pub const MODEL_PROVENANCE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/models/pii-tagger/provenance.json"
));
