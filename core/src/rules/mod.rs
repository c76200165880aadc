//! Rules: what a detector looks for, loaded from versioned TOML packs.
//!
//! A [`RuleSet`] is plain data (rules plus the packs they came from). It is
//! compiled into an engine when a [`Scanner`](crate::Scanner) is built; the
//! file format is documented in `rules/README.md`.

mod builtin;
#[cfg(test)]
mod compact;
mod file;

use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use builtin::BUILTIN_PACKS;

use crate::error::{Error, ErrorKind, Result};
use crate::validate::Validator;

/// Version of the rule-file format this crate reads (`format = 1`).
pub const RULE_FORMAT_VERSION: u32 = 1;

/// Longest keyword a rule may declare, in bytes.
pub const MAX_KEYWORD_LEN: usize = 64;

/// Largest context window a rule may ask for, in bytes on each side.
pub const MAX_CONTEXT_WINDOW: usize = 128;

/// Broad class of a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Credentials: keys, tokens, passwords, private keys, connection strings.
    Secret,
    /// Personal data: contact details, identity and financial numbers, ...
    Pii,
}

impl Category {
    /// The lower-case name used in rule files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Secret => "secret",
            Category::Pii => "pii",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad`, not `write_str`: honours width and alignment (`{:<7}`).
        f.pad(self.as_str())
    }
}

/// Words near a match that raise (or are required for) its confidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Context {
    /// Words looked for, ASCII case-insensitively, near the match.
    pub words: Vec<String>,
    /// Bytes searched on each side of the match (at most [`MAX_CONTEXT_WINDOW`]).
    #[serde(default = "Context::default_window")]
    pub window: usize,
    /// Added to the rule's confidence when a word is present.
    #[serde(default)]
    pub boost: f32,
    /// Drop the match when no word is present.
    #[serde(default)]
    pub required: bool,
    /// Drop the match when the word right before its value (skipping
    /// spaces, `:`, `=`, `#` and `/`) is one of these, ASCII
    /// case-insensitively: `version 10.2.3.4` and `Chrome/131.0.0.0` are not
    /// IP addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_after: Vec<String>,
}

impl Context {
    fn default_window() -> usize {
        48
    }
}

/// One detection rule, as written in a pack.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rule {
    /// Stable id, `area.name` (e.g. `aws.access_key_id`); reports count by it.
    pub id: String,
    /// Human-readable name.
    pub name: String,
    /// Secret or PII.
    pub category: Category,
    /// Entity type (Presidio-style names such as `EMAIL_ADDRESS`, or provider
    /// names such as `AWS_ACCESS_KEY_ID`); labels and operators key on it.
    pub entity: String,
    /// Regular expression (byte-oriented, ASCII classes; see the format docs).
    /// A group named `value` marks the part that is reported and redacted.
    pub pattern: String,
    /// Literals, one of which occurs (ASCII case-insensitively) in every match.
    /// Used as a prefilter; empty means the rule always runs.
    pub keywords: Vec<String>,
    /// Checks the value must pass.
    pub validators: Vec<Validator>,
    /// Minimum Shannon entropy of the value in bits per byte.
    pub min_entropy: Option<f64>,
    /// Context words near the match.
    pub context: Option<Context>,
    /// Confidence in `0.0..=1.0` before context boosts.
    pub confidence: f32,
    /// Texts in which the rule must find something.
    pub examples: Vec<String>,
    /// Texts in which the rule must find nothing.
    pub negative_examples: Vec<String>,
    /// Longer description, references.
    pub description: String,
    /// Name of the pack the rule came from.
    pub pack: String,
    /// File (or source name) the rule was loaded from, for error messages.
    #[serde(skip)]
    pub source: String,
    /// 1-based line of the rule in its file (0 when not from a file).
    #[serde(skip)]
    pub line: usize,
}

/// Name, version and digest of one loaded rule pack.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackInfo {
    /// Pack name.
    pub name: String,
    /// Pack version (calendar versioning, e.g. `2026.11.0`).
    pub version: String,
    /// SHA-256 of the pack file as loaded, lower-case hex.
    pub sha256: String,
    /// Number of rules the pack contributed.
    pub rules: usize,
}

/// A set of rules from one or more packs.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
    packs: Vec<PackInfo>,
}

impl RuleSet {
    /// An empty rule set.
    pub fn new() -> RuleSet {
        RuleSet::default()
    }

    /// The packs compiled into the crate (see [`BUILTIN_PACKS`]).
    /// Parsed once per process (~20 ms) and cloned after.
    pub fn builtin() -> RuleSet {
        static BUILTIN: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                let mut set = RuleSet::new();
                for (name, text) in BUILTIN_PACKS {
                    // Built-in packs are checked by this crate's tests; failing
                    // here would be a build defect, not bad user input.
                    set.add_toml(name, text)
                        .expect("built-in rule pack is valid");
                    // Compacted packs report the digest of the file they
                    // were made from, as every other build does.
                    #[cfg(feature = "compact-packs")]
                    if let Some(pack) = set.packs.last_mut() {
                        pack.sha256 = builtin::full_pack_sha256(name).to_owned();
                    }
                }
                set
            })
            .clone()
    }

    /// Parses a TOML pack and adds its rules. `source` names the file in errors.
    pub fn add_toml(&mut self, source: &str, text: &str) -> Result<&mut RuleSet> {
        let (info, rules) = file::parse_pack(source, text)?;
        self.add_rules(info, rules)?;
        Ok(self)
    }

    /// Reads a TOML pack from a file and adds its rules.
    #[cfg(feature = "fs")]
    pub fn add_file(&mut self, path: impl AsRef<std::path::Path>) -> Result<&mut RuleSet> {
        let path = path.as_ref();
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::from(ErrorKind::Io {
                path: shown.clone(),
                message: e.to_string(),
            })
        })?;
        self.add_toml(&shown, &text)
    }

    /// Adds every rule and pack of `other`; a rule id present in both is an error.
    pub fn merge(&mut self, other: RuleSet) -> Result<&mut RuleSet> {
        for rule in &other.rules {
            if self.get(&rule.id).is_some() {
                return Err(ErrorKind::DuplicateRule {
                    rule_id: rule.id.clone(),
                }
                .into());
            }
        }
        self.rules.extend(other.rules);
        self.packs.extend(other.packs);
        Ok(self)
    }

    fn add_rules(&mut self, info: PackInfo, rules: Vec<Rule>) -> Result<()> {
        for rule in &rules {
            if self.get(&rule.id).is_some() {
                return Err(ErrorKind::DuplicateRule {
                    rule_id: rule.id.clone(),
                }
                .into());
            }
        }
        self.rules.extend(rules);
        self.packs.push(info);
        Ok(())
    }

    /// Removes the rules with these ids; unknown ids are an error so typos surface.
    pub fn disable<I, S>(&mut self, ids: I) -> Result<&mut RuleSet>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for id in ids {
            let id = id.as_ref();
            let before = self.rules.len();
            self.rules.retain(|r| r.id != id);
            if self.rules.len() == before {
                return Err(Error::config(format!("cannot disable unknown rule {id}")));
            }
        }
        Ok(self)
    }

    /// Keeps only rules of the given category.
    pub fn retain_category(&mut self, category: Category) -> &mut RuleSet {
        self.rules.retain(|r| r.category == category);
        self
    }

    /// The rules, in load order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The packs, in load order.
    pub fn packs(&self) -> &[PackInfo] {
        &self.packs
    }

    /// The rule with this id.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// SHA-256 (lower-case hex) over the canonical JSON of every active rule,
    /// in load order, less the rules' `examples`, `negative_examples` and
    /// `description` (test data and documentation, which builds with the
    /// `compact-packs` feature do not embed). Two scanners with the same
    /// digest detect the same things.
    pub fn sha256(&self) -> String {
        let mut hasher = Sha256::new();
        for rule in &self.rules {
            // Serializing a plain struct of strings and numbers cannot fail.
            let mut value = serde_json::to_value(rule).expect("rule serializes");
            if let Some(fields) = value.as_object_mut() {
                fields.remove("examples");
                fields.remove("negative_examples");
                fields.remove("description");
            }
            let json = serde_json::to_vec(&value).expect("rule serializes");
            hasher.update((json.len() as u64).to_le_bytes());
            hasher.update(&json);
        }
        hex::encode(hasher.finalize())
    }
}
