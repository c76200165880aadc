//! The scanner: built once from rules and options, then shared by every call.

use std::fmt;
use std::sync::Arc;

use crate::deobfuscate::Deobfuscation;
use crate::engine::compile::Limits;
use crate::engine::confirm::AllowList;
use crate::engine::portable::PortableBackend;
use crate::engine::{Backend, CompiledRule, Cost, Detection, Engine};
use crate::error::{Error, ErrorKind, Result};
use crate::evidence::{CallContext, EvidenceLog};
use crate::finding::{Finding, PositionCounter, Span};
use crate::redact::{Operator, Policy, PseudonymKey};
use crate::report::{Report, ReportHeader};
use crate::resolve::resolve;
use crate::rules::{Category, Rule, RuleSet};
use crate::stream::StreamRedactor;

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

/// Which pattern backend a scanner uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BackendKind {
    /// Hyperscan when this build has it (see [`BackendKind::is_available`]), else portable.
    #[default]
    Auto,
    /// The pure-Rust backend (`regex` + `aho-corasick`), available everywhere.
    Portable,
    /// The Hyperscan/Vectorscan backend; an error when not built in.
    Hyperscan,
}

impl BackendKind {
    /// Whether this build can use the backend: `Hyperscan` needs the
    /// `hyperscan` feature (on by default), x86_64 Linux, and `libhs` found
    /// by pkg-config at build time (the build warns when it is not).
    pub fn is_available(self) -> bool {
        match self {
            BackendKind::Auto | BackendKind::Portable => true,
            BackendKind::Hyperscan => cfg!(hyperscan_backend),
        }
    }
}

/// Configures and builds a [`Scanner`].
#[derive(Clone, Debug)]
pub struct ScannerBuilder {
    rules: Option<RuleSet>,
    extra: Vec<RuleSet>,
    allow_literals: Vec<String>,
    allow_regexes: Vec<String>,
    policy: Policy,
    key: Option<PseudonymKey>,
    min_confidence: f32,
    max_input_bytes: usize,
    limits: Limits,
    backend: BackendKind,
    #[cfg(classifier_model)]
    classifier: Option<Arc<crate::classifier::Classifier>>,
    allow_degraded: bool,
    degraded: bool,
    deobfuscate: Deobfuscation,
    evidence: Option<Arc<EvidenceLog>>,
}

impl Default for ScannerBuilder {
    fn default() -> ScannerBuilder {
        ScannerBuilder {
            rules: None,
            extra: Vec::new(),
            allow_literals: Vec::new(),
            allow_regexes: Vec::new(),
            policy: Policy::default(),
            key: None,
            min_confidence: DEFAULT_MIN_CONFIDENCE,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            limits: Limits {
                max_match_len: DEFAULT_MAX_MATCH_LEN,
                rule_size: DEFAULT_RULE_SIZE_LIMIT,
            },
            backend: BackendKind::Auto,
            #[cfg(classifier_model)]
            classifier: None,
            allow_degraded: false,
            degraded: false,
            deobfuscate: Deobfuscation::default(),
            evidence: None,
        }
    }
}

impl ScannerBuilder {
    /// Uses `rules` instead of the built-in packs.
    pub fn rules(mut self, rules: RuleSet) -> Self {
        self.rules = Some(rules);
        self
    }

    /// Adds `rules` to the base set (built-in unless [`rules`](Self::rules) was called).
    pub fn extra_rules(mut self, rules: RuleSet) -> Self {
        self.extra.push(rules);
        self
    }

    /// Never reports a value equal to `literal`.
    pub fn allow_literal(mut self, literal: impl Into<String>) -> Self {
        self.allow_literals.push(literal.into());
        self
    }

    /// Never reports a value that `pattern` matches entirely.
    pub fn allow_regex(mut self, pattern: impl Into<String>) -> Self {
        self.allow_regexes.push(pattern.into());
        self
    }

    /// Sets the whole redaction policy.
    pub fn policy(mut self, policy: Policy) -> Self {
        self.policy = policy;
        self
    }

    /// Operator for one entity type (e.g. `CREDIT_CARD`).
    pub fn entity_operator(mut self, entity: impl Into<String>, operator: Operator) -> Self {
        self.policy.entities.insert(entity.into(), operator);
        self
    }

    /// Operator for a whole category, unless an entity override applies.
    pub fn category_operator(mut self, category: Category, operator: Operator) -> Self {
        match category {
            Category::Secret => self.policy.secret = operator,
            Category::Pii => self.policy.pii = operator,
        }
        self
    }

    /// Key for [`Operator::Pseudonym`]; use one key per tenant.
    pub fn pseudonym_key(mut self, key: impl Into<Vec<u8>>) -> Self {
        self.key = Some(PseudonymKey::new(key));
        self
    }

    /// Drops findings below this confidence (default 0.5).
    pub fn min_confidence(mut self, min: f32) -> Self {
        self.min_confidence = min;
        self
    }

    /// Largest input one call accepts (default 64 MiB); streams are unlimited.
    pub fn max_input_bytes(mut self, limit: usize) -> Self {
        self.max_input_bytes = limit;
        self
    }

    /// Longest text a rule may be able to match (default 8 KiB). Streams
    /// hold back about this much text, so it bounds their memory and latency.
    pub fn max_match_len(mut self, limit: usize) -> Self {
        self.limits.max_match_len = limit;
        self
    }

    /// Largest compiled program of one rule (default 2 MiB).
    pub fn rule_size_limit(mut self, limit: usize) -> Self {
        self.limits.rule_size = limit;
        self
    }

    /// Chooses the pattern backend (default [`BackendKind::Auto`]).
    pub fn backend(mut self, backend: BackendKind) -> Self {
        self.backend = backend;
        self
    }

    /// Adds the ONNX PII classifier: its spans merge with pattern findings
    /// under the same overlap policy (feature `classifier`).
    #[cfg(classifier_model)]
    pub fn classifier(mut self, classifier: Arc<crate::classifier::Classifier>) -> Self {
        self.classifier = Some(classifier);
        self
    }

    /// Degraded mode (off by default): if the classifier fails during a
    /// scan, return the pattern findings with `report.degraded = true`
    /// instead of an error.
    pub fn allow_degraded(mut self, allow: bool) -> Self {
        self.allow_degraded = allow;
        self
    }

    /// Which obfuscations to undo before matching ([`Deobfuscation`]; the
    /// cheap ones are on by default). Findings map back to the original
    /// characters; streams give the one-shot output.
    pub fn deobfuscate(mut self, techniques: Deobfuscation) -> Self {
        self.deobfuscate = techniques;
        self
    }

    /// Records every call in `log` (see [`crate::evidence`]). A call whose
    /// record cannot be written fails with [`ErrorKind::Evidence`].
    pub fn evidence(mut self, log: Arc<EvidenceLog>) -> Self {
        self.evidence = Some(log);
        self
    }

    /// Marks every report degraded: a configured detector could not be loaded.
    pub(crate) fn mark_degraded(mut self) -> Self {
        self.degraded = true;
        self
    }

    /// Compiles the rules. All configuration errors surface here.
    pub fn build(self) -> Result<Scanner> {
        let mut rules = self.rules.unwrap_or_else(RuleSet::builtin);
        for extra in self.extra {
            rules.merge(extra)?;
        }
        if !(0.0..=1.0).contains(&self.min_confidence) {
            return Err(Error::config("min_confidence must be between 0 and 1"));
        }
        if self.policy.uses_pseudonym() && self.key.as_ref().is_none_or(PseudonymKey::is_empty) {
            return Err(Error::config(
                "the pseudonym operator needs a non-empty pseudonym key",
            ));
        }
        let compiled = compile_rules(rules.rules(), self.limits)?;
        let allow = AllowList::new(self.allow_literals, &self.allow_regexes)?;
        let (backend, on_set) = make_backend(self.backend, &compiled)?;
        #[cfg(classifier_model)]
        let model_rules: Vec<Rule> = self
            .classifier
            .iter()
            .flat_map(|c| c.entities())
            .map(|entity| model_rule(entity))
            .collect();
        #[cfg(not(classifier_model))]
        let model_rules: Vec<Rule> = Vec::new();
        let operators = compiled
            .iter()
            .map(|c| &c.rule)
            .chain(&model_rules)
            .map(|r| self.policy.operator_for(&r.entity, r.category).clone())
            .collect();
        let engine = Engine::new(compiled, allow, self.min_confidence, backend);
        #[cfg(classifier_model)]
        let models = self.classifier.iter().map(|c| c.info().clone()).collect();
        #[cfg(not(classifier_model))]
        let models = Vec::new();
        let header = ReportHeader {
            models,
            degraded: self.degraded,
            rules_on_set_prefilter: on_set,
            backend: engine.backend_name(),
            rule_set_sha256: rules.sha256().into(),
            rules: rules.rules().len(),
            packs: rules.packs().into(),
        };
        Ok(Scanner {
            inner: Arc::new(Inner {
                engine,
                rules,
                operators,
                model_rules,
                #[cfg(classifier_model)]
                classifier: self.classifier,
                allow_degraded: self.allow_degraded,
                deobfuscate: self.deobfuscate,
                key: self.key,
                header,
                max_input_bytes: self.max_input_bytes,
                evidence: self.evidence,
            }),
            context: None,
        })
    }
}

/// The rule a classifier entity's findings carry (`classifier.person`, ...).
#[cfg(classifier_model)]
fn model_rule(entity: &str) -> Rule {
    Rule {
        id: format!("classifier.{}", entity.to_ascii_lowercase()),
        name: format!("PII classifier: {entity}"),
        category: Category::Pii,
        entity: entity.to_string(),
        pattern: String::new(),
        keywords: Vec::new(),
        validators: Vec::new(),
        min_entropy: None,
        context: None,
        confidence: 0.0,
        examples: Vec::new(),
        negative_examples: Vec::new(),
        description: "Span from the ONNX PII classifier (models/pii-tagger).".to_string(),
        pack: "classifier".to_string(),
        source: String::new(),
        line: 0,
    }
}

impl Inner {
    /// The rule behind detection rule index `i` (compiled or model rule).
    pub(crate) fn rule(&self, i: usize) -> &Rule {
        let n = self.engine.rules.len();
        if i < n {
            &self.engine.rules[i].rule
        } else {
            &self.model_rules[i - n]
        }
    }

    /// Whether a detector that needs whole texts is on (the classifier):
    /// streams then refuse input.
    pub(crate) fn needs_whole_text(&self) -> bool {
        self.has_classifier()
    }

    /// Whether a classifier is configured.
    pub(crate) fn has_classifier(&self) -> bool {
        #[cfg(classifier_model)]
        return self.classifier.is_some();
        #[cfg(not(classifier_model))]
        false
    }

    /// Pattern detections plus classifier spans (valid UTF-8 runs only),
    /// resolved; `true` if the classifier failed and degraded mode allowed it.
    pub(crate) fn detect(&self, bytes: &[u8]) -> Result<(Vec<Detection>, bool)> {
        self.detect_counted(bytes, None)
    }

    /// [`Inner::detect`], adding its regex work to `cost` when given (see
    /// [`Scanner::search_cost`]).
    pub(crate) fn detect_counted(
        &self,
        bytes: &[u8],
        mut cost: Option<&mut Cost>,
    ) -> Result<(Vec<Detection>, bool)> {
        let mut found = self.engine.detect_all_counted(bytes, cost.as_deref_mut())?;
        if self.deobfuscate.any() {
            let mut at = 0;
            while let Some(len) = crate::deobfuscate::segment_len(&bytes[at..], true) {
                self.deobfuscated(&bytes[at..at + len], at, &mut found, cost.as_deref_mut())?;
                at += len;
            }
        }
        #[allow(unused_mut)]
        let mut degraded = false;
        #[cfg(classifier_model)]
        if let Some(c) = &self.classifier {
            match self.classify(c, bytes) {
                Ok(spans) => found.extend(spans),
                Err(_) if self.allow_degraded => degraded = true,
                Err(e) => return Err(e),
            }
        }
        Ok((resolve(found, self.engine.rules.len()), degraded))
    }

    /// Detections in the de-obfuscated forms of one segment (see
    /// [`crate::deobfuscate::segment_len`]) starting at absolute `base`,
    /// mapped back to the original bytes.
    pub(crate) fn deobfuscated(
        &self,
        segment: &[u8],
        base: usize,
        found: &mut Vec<Detection>,
        mut cost: Option<&mut Cost>,
    ) -> Result<()> {
        if let Some(n) = std::str::from_utf8(segment)
            .ok()
            .and_then(|t| crate::deobfuscate::normalize(t, &self.deobfuscate))
        {
            for (from, to) in n.windows() {
                for d in self
                    .engine
                    .detect_all_counted(&n.text[from..to], cost.as_deref_mut())?
                {
                    if !n.keeps(from + d.start, from + d.end) {
                        continue;
                    }
                    let (start, end) = n.original(from + d.start, from + d.end);
                    found.push(Detection {
                        start: base + start,
                        end: base + end,
                        ..d
                    });
                }
            }
        }
        // A finding inside an encoded run redacts the whole run. The decoded
        // runs are scanned in one call, joined by line breaks (a call has a
        // fixed cost); a finding that crosses a break redacts every run it
        // touches.
        if self.deobfuscate.encoded {
            let blobs = crate::deobfuscate::encoded_blobs(segment);
            if blobs.is_empty() {
                return Ok(());
            }
            let mut joined = Vec::new();
            let mut starts = Vec::with_capacity(blobs.len());
            for (_, _, decoded) in &blobs {
                starts.push(joined.len());
                joined.extend_from_slice(decoded);
                joined.extend_from_slice(b"\n\n");
            }
            let blob_at = |offset: usize| starts.partition_point(|&s| s <= offset) - 1;
            for d in self.engine.detect_all_counted(&joined, cost)? {
                let (first, last) = (blob_at(d.start), blob_at(d.end.max(d.start + 1) - 1));
                found.push(Detection {
                    start: base + blobs[first].0,
                    end: base + blobs[last].1,
                    ..d
                });
            }
        }
        Ok(())
    }

    #[cfg(classifier_model)]
    fn classify(&self, c: &crate::classifier::Classifier, bytes: &[u8]) -> Result<Vec<Detection>> {
        let base = self.engine.rules.len();
        let mut out = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            let (text, next) = match std::str::from_utf8(&bytes[at..]) {
                Ok(t) => (t, bytes.len()),
                Err(e) => {
                    let valid = e.valid_up_to();
                    let skip = e.error_len().unwrap_or(bytes.len() - at - valid);
                    // SAFETY-free: `valid_up_to` bytes are valid UTF-8.
                    let t = std::str::from_utf8(&bytes[at..at + valid]).unwrap_or_default();
                    (t, at + valid + skip)
                }
            };
            for s in c.detect(text)? {
                let value = &text.as_bytes()[s.start..s.end];
                if s.confidence < self.engine.min_confidence
                    || self.engine.allow.allows(value)
                    || !crate::classifier::plausible(text, s.start, s.end, &c.entities()[s.entity])
                {
                    continue;
                }
                out.push(Detection {
                    rule: base + s.entity,
                    start: at + s.start,
                    end: at + s.end,
                    confidence: s.confidence,
                    validated: false,
                });
            }
            at = next;
        }
        Ok(out)
    }
}

/// Compiles every rule (on rayon's pool where there is one) and, at the
/// same time, loads the phone-number metadata when a rule validates phones:
/// libphonenumber's database takes about 130 ms to load, which would
/// otherwise fall on the first call that meets a phone number.
fn compile_rules(rules: &[Rule], limits: Limits) -> Result<Vec<CompiledRule>> {
    let phones = rules.iter().any(|r| {
        use crate::validate::Validator;
        r.validators
            .iter()
            .any(|v| matches!(v, Validator::Phone | Validator::PhoneNational))
    });
    let warm = || {
        if phones {
            crate::validate::warm_up_phone_metadata();
        }
    };
    #[cfg(not(target_family = "wasm"))]
    {
        use rayon::prelude::*;
        let (compiled, ()) = rayon::join(
            || {
                rules
                    .par_iter()
                    .map(|r| CompiledRule::compile(r, limits))
                    .collect::<Result<Vec<_>>>()
            },
            warm,
        );
        compiled
    }
    #[cfg(target_family = "wasm")]
    {
        warm();
        rules
            .iter()
            .map(|r| CompiledRule::compile(r, limits))
            .collect()
    }
}

/// The backend for `kind`, and how many rules it gates with the set prefilter.
fn make_backend(kind: BackendKind, compiled: &[CompiledRule]) -> Result<(Arc<dyn Backend>, usize)> {
    #[cfg(hyperscan_backend)]
    if kind != BackendKind::Portable {
        if let Some(hs) = crate::engine::hyperscan::HyperscanBackend::new(compiled)? {
            let on_set = hs.on_set_prefilter();
            return Ok((Arc::new(hs), on_set));
        }
        if kind == BackendKind::Hyperscan {
            return Err(Error::config(
                "hyperscan could not compile the rule keywords",
            ));
        }
    }
    #[cfg(not(hyperscan_backend))]
    if kind == BackendKind::Hyperscan {
        return Err(Error::config(
            "this build has no hyperscan backend (cargo feature `hyperscan`, x86_64 Linux, libhs found at build time)",
        ));
    }
    let keyword_less = compiled
        .iter()
        .filter(|c| c.rule.keywords.is_empty())
        .count();
    Ok((Arc::new(PortableBackend::new(compiled)?), keyword_less))
}

pub(crate) struct Inner {
    pub engine: Engine,
    rules: RuleSet,
    /// Per compiled rule, then per model rule: the operator its findings get.
    operators: Vec<Operator>,
    /// One rule per classifier entity (`classifier.person`, ...); detection
    /// rule indices past the compiled rules point here.
    model_rules: Vec<Rule>,
    #[cfg(classifier_model)]
    classifier: Option<Arc<crate::classifier::Classifier>>,
    #[cfg_attr(not(classifier_model), allow(dead_code))]
    allow_degraded: bool,
    pub(crate) deobfuscate: Deobfuscation,
    key: Option<PseudonymKey>,
    header: ReportHeader,
    max_input_bytes: usize,
    evidence: Option<Arc<EvidenceLog>>,
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

    /// The pattern backend in use (`regex` or `hyperscan`).
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
    pub fn stream_hold_back(&self) -> usize {
        let deobfuscation = match self.inner.deobfuscate.any() {
            // A segment ends at the first free whitespace past its minimum.
            true => crate::deobfuscate::SEGMENT_MIN + 1,
            false => 0,
        };
        self.inner.engine.idle_hold_back().max(deobfuscation)
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

    /// Whether the ONNX PII classifier runs in this scanner (then streams
    /// refuse input: redact whole texts).
    pub fn has_classifier(&self) -> bool {
        self.inner.has_classifier()
    }

    /// Whether this scanner needs whole texts (classifier on): its streams
    /// refuse input.
    pub fn needs_whole_text(&self) -> bool {
        self.inner.needs_whole_text()
    }

    /// The regex work detecting in `bytes` takes (rule windows, the set
    /// prefilter, de-obfuscated windows): the measure behind the worst-case
    /// bound, which a test and a fuzz target check stays a small multiple
    /// of the input length. Not a stable API.
    #[doc(hidden)]
    pub fn search_cost(&self, bytes: &[u8]) -> Result<SearchCost> {
        let mut cost = Cost::default();
        self.inner.detect_counted(bytes, Some(&mut cost))?;
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
        let found = self.scan_unrecorded(bytes);
        self.observe("scan", found, |(_, report)| report)
            .map(|(findings, _)| findings)
    }

    fn scan_unrecorded(&self, bytes: &[u8]) -> Result<(Vec<Finding>, Report)> {
        self.check_size(bytes.len())?;
        let (kept, degraded) = self.inner.detect(bytes)?;
        let mut out = Output::new(&self.inner, false);
        out.emit(&self.inner, bytes, 0, bytes.len(), &kept);
        out.report.bytes_scanned = bytes.len() as u64;
        out.report.degraded |= degraded;
        // Nothing was redacted: no operator ran.
        out.report.by_operator.clear();
        Ok((out.findings, out.report))
    }

    /// Redacts `text`.
    pub fn redact(&self, text: &str) -> Result<Redacted> {
        let r = self.redact_bytes(text.as_bytes())?;
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
        let redacted = self.redact_unrecorded(bytes);
        self.observe("redact", redacted, |r| &r.report)
    }

    fn redact_unrecorded(&self, bytes: &[u8]) -> Result<RedactedBytes> {
        self.check_size(bytes.len())?;
        let (kept, degraded) = self.inner.detect(bytes)?;
        let mut out = Output::new(&self.inner, true);
        out.emit(&self.inner, bytes, 0, bytes.len(), &kept);
        out.report.bytes_scanned = bytes.len() as u64;
        out.report.degraded |= degraded;
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

    /// Records a call's outcome in the evidence log, if there is one; an
    /// unrecordable call fails (closed) even if the scan succeeded.
    pub(crate) fn observe<T>(
        &self,
        operation: &str,
        outcome: Result<T>,
        report: impl FnOnce(&T) -> &Report,
    ) -> Result<T> {
        if self.inner.evidence.is_some() {
            self.record(operation, outcome.as_ref().map(report))?;
        }
        outcome
    }

    /// Records a call's report, or the error it failed with.
    pub(crate) fn record(
        &self,
        operation: &str,
        outcome: std::result::Result<&Report, &Error>,
    ) -> Result<()> {
        let Some(log) = &self.inner.evidence else {
            return Ok(());
        };
        let context = self.context.as_deref().unwrap_or(&NO_CONTEXT);
        match outcome {
            Ok(report) => log.record(operation, context, report, None),
            Err(e) => log.record(operation, context, &self.empty_report(), Some(e)),
        }
    }
}

/// Builds redacted output, findings and counts from resolved detections, in order.
pub(crate) struct Output {
    counter: PositionCounter,
    /// Absolute offset up to which input has been consumed.
    pub emitted: usize,
    build_text: bool,
    pub text: Vec<u8>,
    pub findings: Vec<Finding>,
    pub report: Report,
}

impl Output {
    pub fn new(inner: &Inner, build_text: bool) -> Output {
        Output {
            counter: PositionCounter::default(),
            emitted: 0,
            build_text,
            text: Vec::new(),
            findings: Vec::new(),
            report: Report::new(&inner.header),
        }
    }

    /// Consumes input up to absolute offset `upto`, replacing `kept`
    /// (sorted, non-overlapping, ending by `upto`). `hay` starts at `base`.
    /// A detection starting before what was already released is clipped to
    /// its unreleased part, so nothing of it passes through unredacted.
    pub fn emit(
        &mut self,
        inner: &Inner,
        hay: &[u8],
        base: usize,
        upto: usize,
        kept: &[Detection],
    ) {
        for d in kept {
            if d.end <= self.emitted {
                continue;
            }
            let d = &Detection {
                start: d.start.max(self.emitted),
                ..d.clone()
            };
            let rule = inner.rule(d.rule);
            let operator = &inner.operators[d.rule];
            if self.build_text {
                self.text
                    .extend_from_slice(&hay[self.emitted - base..d.start - base]);
                let value = &hay[d.start - base..d.end - base];
                operator.apply(&rule.entity, value, inner.key.as_ref(), &mut self.text);
            }
            let (c0, u0) = self.counter.advance(hay, base, d.start);
            let (c1, u1) = self.counter.advance(hay, base, d.end);
            let finding = Finding {
                rule_id: rule.id.clone(),
                entity: rule.entity.clone(),
                category: rule.category,
                confidence: d.confidence,
                validated: d.validated,
                bytes: Span {
                    start: d.start,
                    end: d.end,
                },
                chars: Span { start: c0, end: c1 },
                utf16: Span { start: u0, end: u1 },
            };
            self.report.count(&finding, operator.name());
            self.findings.push(finding);
            self.emitted = d.end;
        }
        let upto = upto.max(self.emitted);
        if self.build_text {
            self.text
                .extend_from_slice(&hay[self.emitted - base..upto - base]);
        }
        self.counter.advance(hay, base, upto);
        self.emitted = upto;
    }
}
