//! [`ScannerBuilder`]: a [`ScannerOptions`] plus what cannot be plain data.

use std::fmt;
use std::sync::Arc;

use crate::engine::compile::Limits;
use crate::engine::confirm::AllowList;
use crate::engine::{CompiledRule, Engine};
use crate::error::{Error, Result};
use crate::evidence::EvidenceLog;
use crate::observer::Observer;
use crate::options::{ClassifierOptions, ScannerOptions};
use crate::redact::{Operator, Policy, PseudonymKey};
use crate::report::ReportHeader;
use crate::rules::{Category, Rule, RuleSet};

use super::backend::make_backend;
use super::{BackendKind, Inner, Scanner};
use crate::deobfuscate::Deobfuscation;

/// Configures and builds a [`Scanner`].
///
/// Every setting that is plain data lives in one [`ScannerOptions`]
/// ([`configure`](Self::configure) sets them all at once; the setters
/// below change one field each), so the Rust API, the bindings and
/// configuration files share one set of fields and defaults. The builder
/// adds what is not plain data: rule sets built in code, a raw pseudonym
/// key, a loaded classifier, the evidence log and other observers.
#[derive(Clone, Default)]
pub struct ScannerBuilder {
    options: ScannerOptions,
    /// Replaces the rules `options` would load ([`rules`](Self::rules)).
    rules: Option<RuleSet>,
    extra: Vec<RuleSet>,
    /// A raw-bytes key; wins over `options.pseudonym_key`.
    key: Option<PseudonymKey>,
    #[cfg(classifier_model)]
    classifier: Option<Arc<crate::classifier::Classifier>>,
    observers: Vec<Arc<dyn Observer>>,
    evidence: Option<Arc<EvidenceLog>>,
}

impl fmt::Debug for ScannerBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ScannerBuilder")
            .field("options", &self.options)
            .field("rules", &self.rules.as_ref().map(|r| r.rules().len()))
            .field("extra", &self.extra.len())
            .field("key", &self.key)
            .field("observers", &self.observers.len())
            .field("evidence", &self.evidence.is_some())
            .finish_non_exhaustive()
    }
}

impl ScannerBuilder {
    /// Replaces every plain-data setting with `options`.
    pub fn configure(mut self, options: ScannerOptions) -> Self {
        self.options = options;
        self
    }

    /// The plain-data settings so far.
    pub fn options(&self) -> &ScannerOptions {
        &self.options
    }

    /// Uses `rules` instead of the built-in packs and the options' rule texts.
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
        self.options.allow.push(literal.into());
        self
    }

    /// Never reports a value that `pattern` matches entirely.
    pub fn allow_regex(mut self, pattern: impl Into<String>) -> Self {
        self.options.allow_regex.push(pattern.into());
        self
    }

    /// Sets the whole redaction policy.
    pub fn policy(mut self, policy: Policy) -> Self {
        self.options.policy = policy;
        self
    }

    /// Operator for one entity type (e.g. `CREDIT_CARD`).
    pub fn entity_operator(mut self, entity: impl Into<String>, operator: Operator) -> Self {
        self.options.policy.entities.insert(entity.into(), operator);
        self
    }

    /// Operator for a whole category, unless an entity override applies.
    pub fn category_operator(mut self, category: Category, operator: Operator) -> Self {
        match category {
            Category::Secret => self.options.policy.secret = operator,
            Category::Pii => self.options.policy.pii = operator,
        }
        self
    }

    /// Key for [`Operator::Pseudonym`] as raw bytes; use one key per
    /// tenant. Wins over [`ScannerOptions::pseudonym_key`].
    pub fn pseudonym_key(mut self, key: impl Into<Vec<u8>>) -> Self {
        self.key = Some(PseudonymKey::new(key));
        self
    }

    /// Drops findings below this confidence (default 0.5).
    pub fn min_confidence(mut self, min: f32) -> Self {
        self.options.min_confidence = min;
        self
    }

    /// Largest input one call accepts (default 64 MiB); streams are unlimited.
    pub fn max_input_bytes(mut self, limit: usize) -> Self {
        self.options.max_input_bytes = limit;
        self
    }

    /// Longest text a rule may be able to match (default 8 KiB). Streams
    /// hold back about this much text, so it bounds their memory and latency.
    pub fn max_match_len(mut self, limit: usize) -> Self {
        self.options.max_match_len = limit;
        self
    }

    /// Largest compiled program of one rule (default 2 MiB).
    pub fn rule_size_limit(mut self, limit: usize) -> Self {
        self.options.rule_size_limit = limit;
        self
    }

    /// Chooses the pattern backend (default [`BackendKind::Auto`]).
    pub fn backend(mut self, backend: BackendKind) -> Self {
        self.options.backend = backend;
        self
    }

    /// Adds a loaded ONNX PII classifier: its spans merge with pattern
    /// findings under the same overlap policy (feature `classifier`). Wins
    /// over [`ScannerOptions::classifier`].
    #[cfg(classifier_model)]
    pub fn classifier(mut self, classifier: Arc<crate::classifier::Classifier>) -> Self {
        self.classifier = Some(classifier);
        self
    }

    /// Degraded mode (off by default): if the classifier cannot load, or
    /// fails during a scan, return the pattern findings with
    /// `report.degraded = true` instead of an error.
    pub fn allow_degraded(mut self, allow: bool) -> Self {
        self.options.allow_degraded = allow;
        self
    }

    /// Which obfuscations to undo before matching ([`Deobfuscation`]; the
    /// cheap ones are on by default). Findings map back to the original
    /// characters; streams give the one-shot output.
    pub fn deobfuscate(mut self, techniques: Deobfuscation) -> Self {
        self.options.deobfuscate = techniques;
        self
    }

    /// Records every call in `log` (see [`crate::evidence`]); wins over
    /// [`ScannerOptions::evidence`]. A call whose record cannot be written
    /// fails with [`ErrorKind::Evidence`](crate::ErrorKind::Evidence).
    pub fn evidence(mut self, log: Arc<EvidenceLog>) -> Self {
        self.evidence = Some(log);
        self
    }

    /// Tells `observer` of every finished call (after the evidence log, in
    /// the order added); see [`Observer`].
    pub fn observer(mut self, observer: Arc<dyn Observer>) -> Self {
        self.observers.push(observer);
        self
    }

    /// Loads the rules, classifier and evidence log the options name, and
    /// compiles the rules. All configuration errors surface here.
    pub fn build(self) -> Result<Scanner> {
        let o = &self.options;
        let mut rules = match self.rules {
            Some(rules) => rules,
            None => {
                let mut rules = match o.builtin_rules {
                    true => RuleSet::builtin(),
                    false => RuleSet::new(),
                };
                for (i, text) in o.rules.iter().enumerate() {
                    rules.add_toml(&format!("rules[{i}]"), text)?;
                }
                rules
            }
        };
        for extra in self.extra {
            rules.merge(extra)?;
        }
        rules.disable(&o.disable_rules)?;
        if !(0.0..=1.0).contains(&o.min_confidence) {
            return Err(Error::config("min_confidence must be between 0 and 1"));
        }
        let key = self.key.or_else(|| {
            o.pseudonym_key
                .as_ref()
                .map(|k| PseudonymKey::new(k.as_bytes()))
        });
        if o.policy.uses_pseudonym() && key.as_ref().is_none_or(PseudonymKey::is_empty) {
            return Err(Error::config(
                "the pseudonym operator needs a non-empty pseudonym key",
            ));
        }
        let limits = Limits {
            max_match_len: o.max_match_len,
            rule_size: o.rule_size_limit,
        };
        let compiled = compile_rules(rules.rules(), limits)?;
        let allow = AllowList::new(o.allow.clone(), &o.allow_regex)?;
        let (backend, on_set) = make_backend(o.backend, &compiled)?;
        #[cfg(classifier_model)]
        let (classifier, degraded) = match (self.classifier, &o.classifier) {
            (Some(c), _) => (Some(c), false),
            (None, Some(options)) => load_classifier(options, o.allow_degraded)?,
            (None, None) => (None, false),
        };
        #[cfg(not(classifier_model))]
        let degraded = match &o.classifier {
            Some(options) => no_classifier(options, o.allow_degraded)?,
            None => false,
        };
        #[cfg(classifier_model)]
        let model_rules: Vec<Rule> = classifier
            .iter()
            .flat_map(|c| c.entities())
            .map(|entity| model_rule(entity))
            .collect();
        #[cfg(not(classifier_model))]
        let model_rules: Vec<Rule> = Vec::new();
        // Model rules first (the classifier's spans index them), then the
        // per-call deny-list rule.
        let extra_rules: Vec<Rule> = model_rules
            .into_iter()
            .chain([crate::call::deny_rule()])
            .collect();
        let (operators, labels): (Vec<_>, Vec<_>) = compiled
            .iter()
            .map(|c| &c.rule)
            .chain(&extra_rules)
            .map(|r| {
                let operator = o.policy.operator_for(&r.entity, r.category).clone();
                (operator, (r.id.as_str().into(), r.entity.as_str().into()))
            })
            .unzip();
        let engine = Engine::new(compiled, allow, o.min_confidence, backend);
        #[cfg(classifier_model)]
        let models = classifier.iter().map(|c| c.info().clone()).collect();
        #[cfg(not(classifier_model))]
        let models = Vec::new();
        let header = ReportHeader {
            models,
            degraded,
            rules_on_set_prefilter: on_set,
            backend: engine.backend_name(),
            rule_set_sha256: rules.sha256().into(),
            rules: rules.rules().len(),
            packs: rules.packs().into(),
        };
        let evidence = match (self.evidence, &o.evidence) {
            (Some(log), _) => Some(log),
            (None, Some(options)) => Some(open_evidence(options)?),
            (None, None) => None,
        };
        let mut observers: Vec<Arc<dyn Observer>> = Vec::new();
        if let Some(log) = &evidence {
            observers.push(log.clone());
        }
        observers.extend(self.observers);
        Ok(Scanner {
            inner: Arc::new(Inner {
                engine,
                rules,
                operators,
                labels,
                extra_rules,
                #[cfg(classifier_model)]
                classifier,
                allow_degraded: o.allow_degraded,
                deobfuscate: o.deobfuscate,
                key,
                header,
                max_input_bytes: o.max_input_bytes,
                observers,
                evidence,
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

/// The classifier `options` name, or none and `degraded` when it cannot
/// load and degraded mode allows that.
#[cfg(classifier_model)]
fn load_classifier(
    options: &ClassifierOptions,
    allow_degraded: bool,
) -> Result<(Option<Arc<crate::classifier::Classifier>>, bool)> {
    match crate::classifier::Classifier::load(options) {
        Ok(c) => Ok((Some(Arc::new(c)), false)),
        Err(_) if allow_degraded => Ok((None, true)),
        Err(e) => Err(e),
    }
}

/// A classifier was asked for in a build without one: degraded, or an error.
#[cfg(not(classifier_model))]
fn no_classifier(_options: &ClassifierOptions, allow_degraded: bool) -> Result<bool> {
    if allow_degraded {
        return Ok(true);
    }
    Err(Error::from(crate::ErrorKind::Model {
        message: "this build has no PII classifier (cargo feature `classifier`)".into(),
    }))
}

#[cfg(not(target_family = "wasm"))]
fn open_evidence(options: &crate::EvidenceOptions) -> Result<Arc<EvidenceLog>> {
    EvidenceLog::open(options)
}

#[cfg(target_family = "wasm")]
fn open_evidence(_: &crate::EvidenceOptions) -> Result<Arc<EvidenceLog>> {
    Err(Error::config(
        "evidence on WASM needs a clock: open it with EvidenceLog::with_clock",
    ))
}

/// Compiles every rule (on rayon's pool where there is one) and, at the
/// same time, loads the phone-number metadata when a rule validates phones:
/// libphonenumber's database takes about 130 ms to load, which would
/// otherwise fall on the first call that meets a phone number.
fn compile_rules(rules: &[Rule], limits: Limits) -> Result<Vec<CompiledRule>> {
    let phones = rules.iter().any(|r| {
        use crate::validate::Validator;
        r.validators.iter().any(|v| {
            matches!(
                v,
                Validator::Phone | Validator::PhoneNational | Validator::PhoneMobile
            )
        })
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
