//! Scanner options as plain data, for bindings and configuration files.

mod de;

use serde::{Deserialize, Serialize};

use std::fmt;

use crate::error::Result;
use crate::redact::Policy;
use crate::scanner::{Scanner, ScannerBuilder};

/// Every plain-data scanner setting in one serde struct, with its defaults
/// ([`Default`]) written once. [`ScannerBuilder`] wraps it
/// ([`ScannerBuilder::configure`]); the Node and WASM bindings deserialize
/// their options object into it; Python maps keyword arguments onto it; the
/// CLI's `--config` and the shared test vectors use it. Unknown fields are
/// rejected. `Debug` shows allow-list and key sizes, never their values.
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
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
    /// Largest input per call, in bytes (default 64 MiB); streams are unlimited.
    pub max_input_bytes: usize,
    /// Longest text a rule may be able to match, in bytes (default 8 KiB).
    /// Streams hold back about this much text, so it bounds their memory
    /// and latency; a rule that could match more is refused at build.
    pub max_match_len: usize,
    /// Largest compiled program of one rule, in bytes (default 2 MiB).
    pub rule_size_limit: usize,
    /// Pattern backend (`auto`, `portable`, `hyperscan`).
    pub backend: crate::BackendKind,
    /// Run the ONNX PII classifier too (builds with the `classifier` feature).
    pub classifier: Option<ClassifierOptions>,
    /// If the classifier cannot load or run, scan with patterns only and
    /// mark reports `degraded` instead of failing (default `false`).
    pub allow_degraded: bool,
    /// Obfuscations to undo before matching (all but `homoglyphs` on by
    /// default; see [`crate::Deobfuscation`]).
    pub deobfuscate: crate::Deobfuscation,
    /// Record every call in an evidence log (see [`crate::evidence`]).
    pub evidence: Option<crate::EvidenceOptions>,
}

/// Where the PII classifier's model and runtime come from, and per-entity
/// thresholds. `{}` means: the embedded model; ONNX Runtime where the build
/// has it (found through `$SCRUBLINE_ORT_LIB`, else the active Python
/// environment's `onnxruntime` package; the Node package also looks in
/// `onnxruntime-node`), else tract (WASM, or builds with only
/// `classifier-tract`); threshold 0.5.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ClassifierOptions {
    /// A model directory (`config.json` plus the `.onnx` it names) instead
    /// of the embedded model.
    pub model_dir: Option<std::path::PathBuf>,
    /// Which runtime runs the model (default `auto`).
    pub runtime: ClassifierRuntime,
    /// Path of `libonnxruntime.so` (runtime `onnxruntime`).
    pub runtime_library: Option<std::path::PathBuf>,
    /// Minimum confidence per entity (`PERSON`, ...); default 0.5.
    pub thresholds: std::collections::BTreeMap<String, f32>,
}

/// The runtime that runs the PII classifier.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClassifierRuntime {
    /// ONNX Runtime where the build has it (cargo feature `classifier`),
    /// else tract.
    #[default]
    Auto,
    /// ONNX Runtime (`ort`): the int8 model, the fastest on servers.
    OnnxRuntime,
    /// tract (cargo feature `classifier-tract`): pure Rust, no shared
    /// library, also on WASM; runs the portable copy of the model.
    Tract,
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
            max_match_len: crate::DEFAULT_MAX_MATCH_LEN,
            rule_size_limit: crate::DEFAULT_RULE_SIZE_LIMIT,
            backend: crate::BackendKind::Auto,
            classifier: None,
            allow_degraded: false,
            deobfuscate: crate::Deobfuscation::default(),
            evidence: None,
        }
    }
}

impl fmt::Debug for ScannerOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ScannerOptions {
            builtin_rules,
            rules,
            disable_rules,
            allow,
            allow_regex,
            policy,
            pseudonym_key,
            min_confidence,
            max_input_bytes,
            max_match_len,
            rule_size_limit,
            backend,
            classifier,
            allow_degraded,
            deobfuscate,
            evidence,
        } = self;
        f.debug_struct("ScannerOptions")
            .field("builtin_rules", builtin_rules)
            .field("rules", &format_args!("[{} packs]", rules.len()))
            .field("disable_rules", disable_rules)
            .field("allow", &format_args!("[{} values]", allow.len()))
            .field(
                "allow_regex",
                &format_args!("[{} patterns]", allow_regex.len()),
            )
            .field("policy", policy)
            .field(
                "pseudonym_key",
                &pseudonym_key.as_ref().map(|k| format!("{} bytes", k.len())),
            )
            .field("min_confidence", min_confidence)
            .field("max_input_bytes", max_input_bytes)
            .field("max_match_len", max_match_len)
            .field("rule_size_limit", rule_size_limit)
            .field("backend", backend)
            .field("classifier", classifier)
            .field("allow_degraded", allow_degraded)
            .field("deobfuscate", deobfuscate)
            .field("evidence", evidence)
            .finish()
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

    /// A builder configured from these options (see [`ScannerBuilder::configure`]).
    pub fn builder(&self) -> ScannerBuilder {
        Scanner::builder().configure(self.clone())
    }

    /// Builds the scanner.
    pub fn build(&self) -> Result<Scanner> {
        self.builder().build()
    }
}
