//! Scanner options shared by every subcommand.

use std::path::PathBuf;

use clap::Args;
use scrubline::{BackendKind, Operator, RuleSet, Scanner, ScannerOptions};

/// Which rules and detectors to load: the flags every command takes
/// (`inventory` and `rules` take only these).
#[derive(Args, Clone, Debug, Default)]
pub struct RuleArgs {
    /// Options file (JSON, the fields of `ScannerOptions`); flags override it.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Add a TOML rule pack (repeatable).
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// Do not load the built-in packs.
    #[arg(long)]
    pub no_builtin: bool,
    /// Turn off a built-in or `--config` rule by id (repeatable).
    #[arg(long = "disable", value_name = "RULE_ID")]
    pub disable: Vec<String>,
    /// Also run the ONNX PII classifier (names, locations, organisations,
    /// street addresses, dates of birth). Needs ONNX Runtime: `pip install
    /// onnxruntime==1.32.0` in the active Python, or `SCRUBLINE_ORT_LIB`.
    #[arg(long)]
    pub classifier: bool,
    /// With --classifier: scan with patterns only (report `degraded`) if
    /// the classifier cannot load, instead of failing.
    #[arg(long)]
    pub allow_degraded: bool,
}

/// Rule, redaction and recording options (`redact`, `scan`).
#[derive(Args, Clone, Debug, Default)]
pub struct ScannerArgs {
    #[command(flatten)]
    pub rules: RuleArgs,
    /// Never report this exact value (repeatable).
    #[arg(long = "allow", value_name = "VALUE")]
    pub allow: Vec<String>,
    /// Never report a value this regex matches entirely (repeatable).
    #[arg(long = "allow-regex", value_name = "REGEX")]
    pub allow_regex: Vec<String>,
    /// Operator for secrets: `label`, `mask[:C]`, `partial_mask:N[:C]`, `pseudonym`, `remove`.
    #[arg(long, value_name = "OP")]
    pub secret_op: Option<Operator>,
    /// Operator for PII.
    #[arg(long, value_name = "OP")]
    pub pii_op: Option<Operator>,
    /// Operator for one entity, as ENTITY=OP (repeatable), e.g. CREDIT_CARD=partial_mask:4.
    #[arg(long = "op", value_name = "ENTITY=OP", value_parser = parse_entity_op)]
    pub entity_ops: Vec<(String, Operator)>,
    /// Name of an environment variable holding the pseudonym key.
    #[arg(long, value_name = "VAR")]
    pub pseudonym_key_env: Option<String>,
    /// Pattern backend: auto (Hyperscan when built in), portable, hyperscan.
    #[arg(long, value_name = "NAME", value_parser = parse_backend)]
    pub backend: Option<BackendKind>,
    /// Minimum confidence for a finding (0-1, default 0.5).
    #[arg(long, value_name = "X")]
    pub min_confidence: Option<f32>,
    /// Undo every obfuscation technique before matching: invisible
    /// characters, homoglyphs, full-width forms, escapes, joined string
    /// literals, base64/hex runs (the options file can pick techniques).
    #[arg(long)]
    pub deobfuscate: bool,
    /// Record every call in the evidence log in this directory (hash-chained
    /// JSON Lines; the options file can set rotation, buckets, HMAC key).
    #[arg(long, value_name = "DIR")]
    pub evidence: Option<PathBuf>,
    /// With --evidence: the `service` named in each record.
    #[arg(long, value_name = "NAME", requires = "evidence")]
    pub evidence_service: Option<String>,
}

fn parse_backend(s: &str) -> Result<BackendKind, String> {
    match s {
        "auto" => Ok(BackendKind::Auto),
        "portable" => Ok(BackendKind::Portable),
        "hyperscan" => Ok(BackendKind::Hyperscan),
        _ => Err(format!(
            "unknown backend `{s}` (expected auto, portable or hyperscan)"
        )),
    }
}

fn parse_entity_op(s: &str) -> Result<(String, Operator), String> {
    let (entity, op) = s
        .split_once('=')
        .ok_or_else(|| format!("expected ENTITY=OP, got `{s}`"))?;
    Ok((entity.to_string(), op.parse()?))
}

impl RuleArgs {
    /// The options file with these flags applied.
    pub fn options(&self) -> Result<ScannerOptions, String> {
        let mut options = match &self.config {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                ScannerOptions::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))?
            }
            None => ScannerOptions::default(),
        };
        if self.no_builtin {
            options.builtin_rules = false;
        }
        options.disable_rules.extend(self.disable.iter().cloned());
        if self.classifier && options.classifier.is_none() {
            options.classifier = Some(Default::default());
        }
        if self.allow_degraded {
            options.allow_degraded = true;
        }
        Ok(options)
    }

    /// Builds the scanner these flags describe.
    pub fn scanner(&self) -> Result<Scanner, String> {
        self.build(self.options()?)
    }

    /// Builds a scanner from `options` plus the `--rules` files, loaded by
    /// path so that errors name them.
    fn build(&self, options: ScannerOptions) -> Result<Scanner, String> {
        let mut builder = options.builder().map_err(|e| e.to_string())?;
        for path in &self.rules {
            let mut set = RuleSet::new();
            set.add_file(path).map_err(|e| e.to_string())?;
            builder = builder.extra_rules(set);
        }
        builder.build().map_err(|e| e.to_string())
    }
}

impl ScannerArgs {
    /// The options these flags describe.
    pub fn options(&self) -> Result<ScannerOptions, String> {
        let mut options = self.rules.options()?;
        options.allow.extend(self.allow.iter().cloned());
        options.allow_regex.extend(self.allow_regex.iter().cloned());
        if let Some(op) = &self.secret_op {
            options.policy.secret = op.clone();
        }
        if let Some(op) = &self.pii_op {
            options.policy.pii = op.clone();
        }
        for (entity, op) in &self.entity_ops {
            options.policy.entities.insert(entity.clone(), op.clone());
        }
        if let Some(var) = &self.pseudonym_key_env {
            let key =
                std::env::var(var).map_err(|_| format!("environment variable {var} is not set"))?;
            options.pseudonym_key = Some(key);
        }
        if let Some(backend) = self.backend {
            options.backend = backend;
        }
        if self.deobfuscate {
            options.deobfuscate = scrubline::Deobfuscation::all();
        }
        if let Some(min) = self.min_confidence {
            options.min_confidence = min;
        }
        if let Some(dir) = &self.evidence {
            let evidence = options.evidence.get_or_insert_with(Default::default);
            evidence.path = Some(dir.clone());
            if let Some(service) = &self.evidence_service {
                evidence.service = Some(service.clone());
            }
        }
        Ok(options)
    }

    /// Builds the scanner.
    pub fn scanner(&self) -> Result<Scanner, String> {
        self.rules.build(self.options()?)
    }
}
