//! Scanner options as plain data, for bindings and configuration files.

mod de;

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::redact::Policy;
use crate::rules::RuleSet;
use crate::scanner::{Scanner, ScannerBuilder};

/// Every scanner setting in one serde struct. The Node and WASM bindings
/// deserialize their options object into it; Python maps keyword arguments
/// onto it; the shared test vectors use it. Unknown fields are rejected.
///
/// ```
/// let options: scrubline::ScannerOptions = serde_json::from_str(
///     r#"{"policy": {"secret": "label", "pii": "mask", "entities": {"CREDIT_CARD": "partial_mask:4"}},
///        "allow": ["ops@example.com"]}"#,
/// )?;
/// let scanner = options.build()?;
/// assert_eq!(scanner.redact("mail ops@example.com or bo@example.com")?.text, "mail ops@example.com or **************");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScannerOptions {
    /// Start from the built-in packs (default `true`).
    pub builtin_rules: bool,
    /// Extra rule packs, as TOML text.
    pub rules: Vec<String>,
    /// Rule ids to turn off.
    pub disable_rules: Vec<String>,
    /// Values never reported (exact match).
    pub allow: Vec<String>,
    /// Regexes; a value they match entirely is never reported.
    pub allow_regex: Vec<String>,
    /// Operators per category and entity.
    pub policy: Policy,
    /// Key for the `pseudonym` operator (UTF-8 text).
    pub pseudonym_key: Option<String>,
    /// Minimum confidence (default 0.5).
    pub min_confidence: f32,
    /// Largest input per call, in bytes (default 64 MiB).
    pub max_input_bytes: usize,
    /// Pattern backend (`auto`, `portable`, `hyperscan`).
    pub backend: crate::BackendKind,
    /// Run the ONNX PII classifier too (builds with the `classifier` feature).
    pub classifier: Option<ClassifierOptions>,
    /// If the classifier cannot load or run, scan with patterns only and
    /// mark reports `degraded` instead of failing (default `false`).
    pub allow_degraded: bool,
    /// Obfuscations to undo before matching (each off by default; see
    /// [`crate::Deobfuscation`]).
    pub deobfuscate: crate::Deobfuscation,
    /// Record every call in an evidence log (see [`crate::evidence`]).
    pub evidence: Option<crate::EvidenceOptions>,
}

/// Where the PII classifier's model and ONNX Runtime come from, and
/// per-entity thresholds. `{}` means: the embedded model, ONNX Runtime found
/// automatically (`$SCRUBLINE_ORT_LIB`, else the active Python environment's
/// `onnxruntime` package), threshold 0.5.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ClassifierOptions {
    /// A model directory (`config.json` plus the `.onnx` it names) instead
    /// of the embedded model.
    pub model_dir: Option<std::path::PathBuf>,
    /// Path of `libonnxruntime.so`.
    pub runtime_library: Option<std::path::PathBuf>,
    /// Minimum confidence per entity (`PERSON`, ...); default 0.5.
    pub thresholds: std::collections::BTreeMap<String, f32>,
}

impl Default for ScannerOptions {
    fn default() -> ScannerOptions {
        ScannerOptions {
            builtin_rules: true,
            rules: Vec::new(),
            disable_rules: Vec::new(),
            allow: Vec::new(),
            allow_regex: Vec::new(),
            policy: Policy::default(),
            pseudonym_key: None,
            min_confidence: crate::DEFAULT_MIN_CONFIDENCE,
            max_input_bytes: crate::DEFAULT_MAX_INPUT_BYTES,
            backend: crate::BackendKind::Auto,
            classifier: None,
            allow_degraded: false,
            deobfuscate: crate::Deobfuscation::default(),
            evidence: None,
        }
    }
}

pub(crate) use de::from_json;

impl ScannerOptions {
    /// Reads options from JSON text (the bindings' and `scrubline --config`'s
    /// format). A [`Config`](crate::ErrorKind::Config) error names the
    /// field's path and the type it expects, never the value given: options
    /// hold allow-listed secrets and keys.
    ///
    /// ```
    /// let e = scrubline::ScannerOptions::from_json(r#"{"pseudonym_key": 1234567}"#).unwrap_err();
    /// assert_eq!(
    ///     e.to_string(),
    ///     "invalid scanner configuration: options at `pseudonym_key`: expected a string, found a number"
    /// );
    /// ```
    pub fn from_json(text: &str) -> Result<ScannerOptions> {
        from_json("options", text)
    }

    /// A builder configured from these options.
    pub fn builder(&self) -> Result<ScannerBuilder> {
        let mut rules = if self.builtin_rules {
            RuleSet::builtin()
        } else {
            RuleSet::new()
        };
        for (i, text) in self.rules.iter().enumerate() {
            rules.add_toml(&format!("rules[{i}]"), text)?;
        }
        rules.disable(&self.disable_rules)?;
        let mut builder = Scanner::builder()
            .rules(rules)
            .policy(self.policy.clone())
            .min_confidence(self.min_confidence)
            .max_input_bytes(self.max_input_bytes)
            .backend(self.backend);
        for a in &self.allow {
            builder = builder.allow_literal(a.clone());
        }
        for a in &self.allow_regex {
            builder = builder.allow_regex(a.clone());
        }
        if let Some(key) = &self.pseudonym_key {
            builder = builder.pseudonym_key(key.as_bytes().to_vec());
        }
        builder = builder
            .allow_degraded(self.allow_degraded)
            .deobfuscate(self.deobfuscate);
        if let Some(options) = &self.classifier {
            builder = with_classifier(builder, options, self.allow_degraded)?;
        }
        if let Some(options) = &self.evidence {
            builder = builder.evidence(open_evidence(options)?);
        }
        Ok(builder)
    }

    /// Builds the scanner.
    pub fn build(&self) -> Result<Scanner> {
        self.builder()?.build()
    }
}

#[cfg(not(target_family = "wasm"))]
fn open_evidence(options: &crate::EvidenceOptions) -> Result<std::sync::Arc<crate::EvidenceLog>> {
    crate::EvidenceLog::open(options)
}

#[cfg(target_family = "wasm")]
fn open_evidence(_: &crate::EvidenceOptions) -> Result<std::sync::Arc<crate::EvidenceLog>> {
    Err(crate::Error::config(
        "evidence on WASM needs a clock: open it with EvidenceLog::with_clock",
    ))
}

#[cfg(classifier_model)]
fn with_classifier(
    builder: ScannerBuilder,
    options: &ClassifierOptions,
    allow_degraded: bool,
) -> Result<ScannerBuilder> {
    match crate::classifier::Classifier::load(options) {
        Ok(c) => Ok(builder.classifier(std::sync::Arc::new(c))),
        Err(_) if allow_degraded => Ok(builder.mark_degraded()),
        Err(e) => Err(e),
    }
}

#[cfg(not(classifier_model))]
fn with_classifier(
    builder: ScannerBuilder,
    _options: &ClassifierOptions,
    allow_degraded: bool,
) -> Result<ScannerBuilder> {
    if allow_degraded {
        return Ok(builder.mark_degraded());
    }
    Err(crate::Error::from(crate::ErrorKind::Model {
        message: "this build has no PII classifier (cargo feature `classifier`)".into(),
    }))
}
