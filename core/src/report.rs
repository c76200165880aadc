//! The hit report: audit evidence that the control ran, without content.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::finding::Finding;
use crate::rules::PackInfo;

/// Version of the report's JSON shape; bumped on incompatible changes.
pub const REPORT_SCHEMA_VERSION: u32 = 1;

/// Counts of what was found and redacted, and which rules were in force.
///
/// Holds rule ids, entity names, counts and digests only: never a value,
/// never a span of the input, so it can be logged and kept as evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// [`REPORT_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// `scrubline/<crate version>` (borrowed: a call allocates no copy).
    pub scanner: Cow<'static, str>,
    /// Pattern backend that ran (`portable`, `hyperscan`).
    pub backend: Cow<'static, str>,
    /// SHA-256 of the active rule set (see [`RuleSet::sha256`](crate::RuleSet::sha256)),
    /// shared by every report of one scanner.
    pub rule_set_sha256: Arc<str>,
    /// Number of active rules.
    pub rules: usize,
    /// Loaded packs with versions and file digests (shared by every
    /// report of one scanner, so a call does not copy them).
    pub packs: Arc<[PackInfo]>,
    /// Input bytes scanned.
    pub bytes_scanned: u64,
    /// Findings kept after overlap resolution (each one redacted).
    pub findings: u64,
    /// Findings per category (`secret`, `pii`).
    pub by_category: BTreeMap<String, u64>,
    /// Findings per entity type.
    pub by_entity: BTreeMap<String, u64>,
    /// Findings per rule id.
    pub by_rule: BTreeMap<String, u64>,
    /// Redactions per operator name.
    pub by_operator: BTreeMap<String, u64>,
    /// True if a configured detector did not run and the caller allowed it.
    pub degraded: bool,
    /// Models that ran (the PII classifier), with their SHA-256.
    #[serde(default)]
    pub models: Vec<ModelInfo>,
}

/// Name, version and SHA-256 of a model a scan used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelInfo {
    /// Model name from its config.
    pub name: String,
    /// Model version from its config.
    pub version: String,
    /// SHA-256 of the model file, checked at load.
    pub sha256: String,
}

impl Report {
    pub(crate) fn new(scanner_info: &ReportHeader) -> Report {
        Report {
            schema_version: REPORT_SCHEMA_VERSION,
            scanner: Cow::Borrowed(concat!("scrubline/", env!("CARGO_PKG_VERSION"))),
            backend: Cow::Borrowed(scanner_info.backend),
            rule_set_sha256: scanner_info.rule_set_sha256.clone(),
            rules: scanner_info.rules,
            packs: scanner_info.packs.clone(),
            bytes_scanned: 0,
            findings: 0,
            by_category: BTreeMap::new(),
            by_entity: BTreeMap::new(),
            by_rule: BTreeMap::new(),
            by_operator: BTreeMap::new(),
            degraded: scanner_info.degraded,
            models: scanner_info.models.clone(),
        }
    }

    pub(crate) fn count(&mut self, finding: &Finding, operator: &'static str) {
        self.findings += 1;
        bump(&mut self.by_category, finding.category.as_str());
        bump(&mut self.by_entity, &finding.entity);
        bump(&mut self.by_rule, &finding.rule_id);
        bump(&mut self.by_operator, operator);
    }

    /// Adds another report's counts (same scanner) into this one.
    pub fn merge(&mut self, other: &Report) {
        self.bytes_scanned += other.bytes_scanned;
        self.findings += other.findings;
        self.degraded |= other.degraded;
        for m in &other.models {
            if !self.models.contains(m) {
                self.models.push(m.clone());
            }
        }
        for (mine, theirs) in [
            (&mut self.by_category, &other.by_category),
            (&mut self.by_entity, &other.by_entity),
            (&mut self.by_rule, &other.by_rule),
            (&mut self.by_operator, &other.by_operator),
        ] {
            add_counts(mine, theirs);
        }
    }

    /// The report as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("report serializes")
    }
}

/// Adds every count of `theirs` into `mine`.
pub(crate) fn add_counts(mine: &mut BTreeMap<String, u64>, theirs: &BTreeMap<String, u64>) {
    for (k, v) in theirs {
        *mine.entry(k.clone()).or_default() += v;
    }
}

/// The scanner facts every report repeats.
#[derive(Clone, Debug)]
pub(crate) struct ReportHeader {
    pub backend: &'static str,
    pub rules_on_set_prefilter: usize,
    pub rule_set_sha256: Arc<str>,
    pub rules: usize,
    pub packs: Arc<[PackInfo]>,
    pub models: Vec<ModelInfo>,
    /// A configured detector could not be loaded and the caller allowed it.
    pub degraded: bool,
}

/// Adds one to `key`'s count, allocating the key only the first time.
fn bump(counts: &mut BTreeMap<String, u64>, key: &str) {
    match counts.get_mut(key) {
        Some(n) => *n += 1,
        None => {
            counts.insert(key.to_string(), 1);
        }
    }
}
