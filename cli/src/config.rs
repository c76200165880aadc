//! Scanner options shared by every subcommand: the configuration file
//! (`config_file`) with the command-line flags applied on top. Flags that
//! name one setting replace the file's (`--secret-op`, `--backend`,
//! `--min-confidence`, ...); repeatable flags add to the file's lists
//! (`--rules`, `--disable`, `--allow`, `--allow-regex`, `--op`).

use std::path::PathBuf;

use clap::Args;
use scrubline::{BackendKind, Operator, RuleSet, Scanner, ScannerOptions};

use crate::config_file::{self, ConfigFile};

/// Which rules and detectors to load: the flags every command takes
/// (`inventory` and `rules` take only these).
#[derive(Args, Clone, Debug, Default)]
pub struct RuleArgs {
    /// Options file: TOML, the fields of `ScannerOptions` (JSON when the
    /// name ends in `.json`). Default: the first scrubline.toml in the
    /// current directory or a parent. Flags override or extend it.
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Do not read a scrubline.toml.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
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
    /// The configuration file (if any) with these flags applied.
    pub fn config(&self) -> Result<ConfigFile, String> {
        let mut config = match config_file::locate(self.config.as_deref(), self.no_config)? {
            Some(path) => config_file::load(&path)?,
            None => ConfigFile::default(),
        };
        let options = &mut config.options;
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
        config.rule_files.extend(self.rules.iter().cloned());
        Ok(config)
    }

    /// Builds the scanner these flags describe, for commands that only
    /// list or check rules: the file's `evidence` is left out (nothing is
    /// scanned, so nothing is recorded, and no log is opened).
    pub fn scanner(&self) -> Result<Scanner, String> {
        let mut config = self.config()?;
        config.options.evidence = None;
        build(config)
    }
}

/// Builds a scanner from the options plus the rule files (`rule_files` and
/// `--rules`), loaded by path so that errors name them.
fn build(config: ConfigFile) -> Result<Scanner, String> {
    let mut builder = config.options.builder();
    for path in &config.rule_files {
        let mut set = RuleSet::new();
        set.add_file(path).map_err(|e| e.to_string())?;
        builder = builder.extra_rules(set);
    }
    builder.build().map_err(|e| e.to_string())
}

impl ScannerArgs {
    /// The configuration these flags describe.
    pub fn config(&self) -> Result<ConfigFile, String> {
        let mut config = self.rules.config()?;
        self.apply(&mut config.options)?;
        Ok(config)
    }

    /// Applies the redaction flags to `options`.
    fn apply(&self, options: &mut ScannerOptions) -> Result<(), String> {
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
        Ok(())
    }

    /// Builds the scanner.
    pub fn scanner(&self) -> Result<Scanner, String> {
        build(self.config()?)
    }
}
