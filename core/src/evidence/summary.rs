//! Period summaries for the auditor: per-day and per-entity totals, the
//! rule-set and model versions in force (with when they changed), and gaps
//! in coverage.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::record::{EvidenceRecord, PackVersion, RecordKind, format_ms};
use super::verify::Verification;
use crate::report::{ModelInfo, add_counts};

const DAY_MS: i64 = 86_400_000;

/// The period to summarize and what counts as a gap.
#[derive(Clone, Copy, Debug)]
pub struct SummaryOptions {
    /// Start of the period, ms since the epoch (inclusive).
    pub from_ms: i64,
    /// End of the period, ms since the epoch (exclusive).
    pub to_ms: i64,
    /// A stretch this long (ms) without any record is a coverage gap.
    pub max_gap_ms: i64,
}

/// Start (`end == false`) or exclusive end of a period bound given as a
/// date (`2026-11-01`, the whole day) or an RFC 3339 timestamp.
pub fn parse_bound(text: &str, end: bool) -> Option<i64> {
    if let Ok(t) = text.parse::<jiff::Timestamp>() {
        return Some(t.as_millisecond());
    }
    let date: jiff::civil::Date = text.parse().ok()?;
    let start = date.to_zoned(jiff::tz::TimeZone::UTC).ok()?.timestamp();
    Some(start.as_millisecond() + if end { DAY_MS } else { 0 })
}

/// Totals of one UTC day.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DaySummary {
    /// The day, `YYYY-MM-DD` (UTC).
    pub date: String,
    /// Scan records counted that day.
    pub records: u64,
    /// Calls.
    pub calls: u64,
    /// Failed calls.
    pub errors: u64,
    /// Bytes scanned.
    pub bytes_scanned: u64,
    /// Findings.
    pub findings: u64,
    /// Findings per category.
    pub by_category: BTreeMap<String, u64>,
    /// Findings per entity.
    pub by_entity: BTreeMap<String, u64>,
    /// Calls that ran degraded.
    pub degraded_calls: u64,
}

/// One scanner configuration seen in the period: the change-management view.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Configuration {
    /// `scrubline/<version>`.
    pub scanner: String,
    /// Pattern backend.
    pub backend: String,
    /// SHA-256 of the rule set.
    pub rule_set_sha256: String,
    /// Rule packs and their versions.
    pub packs: Vec<PackVersion>,
    /// Models and their versions and SHA-256.
    pub models: Vec<ModelInfo>,
    /// First record with this configuration.
    pub first_seen: String,
    /// Last record with this configuration.
    pub last_seen: String,
    /// Records with this configuration.
    pub records: u64,
}

/// A stretch of the period with no record at all.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gap {
    /// Start of the stretch.
    pub start: String,
    /// End of the stretch.
    pub end: String,
    /// Length in hours.
    pub hours: f64,
}

/// The verification of one log (one chain) that a summary read.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChainCheck {
    /// The log: a directory, or the files given.
    pub log: String,
    /// Its verification.
    pub verification: Verification,
    /// Stretches without any record in this log alone (a host that went
    /// silent while others kept writing).
    pub gaps: Vec<Gap>,
}

/// What an auditor asks of a period: totals, versions in force, gaps.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    /// Start of the period (inclusive).
    pub from: String,
    /// End of the period (exclusive).
    pub to: String,
    /// The chain check of each log read (one per chain), when done.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub chains: Vec<ChainCheck>,
    /// Scan records in the period.
    pub records: u64,
    /// Calls.
    pub calls: u64,
    /// Bytes scanned.
    pub bytes_scanned: u64,
    /// Findings.
    pub findings: u64,
    /// Calls that ran degraded.
    pub degraded_calls: u64,
    /// Failed calls per error code.
    pub errors: BTreeMap<String, u64>,
    /// Calls per operation.
    pub by_operation: BTreeMap<String, u64>,
    /// Findings per category.
    pub by_category: BTreeMap<String, u64>,
    /// Findings per entity.
    pub by_entity: BTreeMap<String, u64>,
    /// Findings per rule.
    pub by_rule: BTreeMap<String, u64>,
    /// Redactions per operator.
    pub by_operator: BTreeMap<String, u64>,
    /// Every day of the period, days without records included.
    pub per_day: Vec<DaySummary>,
    /// Configurations in force, by first appearance.
    pub configurations: Vec<Configuration>,
    /// Log segments deleted under retention during the period.
    pub retention_events: u64,
    /// Stretches without records of at least the gap length.
    pub gaps: Vec<Gap>,
}

fn date(ms: i64) -> String {
    format_ms(ms.div_euclid(DAY_MS) * DAY_MS)
        .chars()
        .take(10)
        .collect()
}

/// The first 12 characters of a digest, for tables.
fn short(digest: &str) -> String {
    digest.chars().take(12).collect()
}

/// Summarizes `records` over the period (records are counted by the start
/// of their window, or their timestamp).
pub fn summarize(records: &[EvidenceRecord], options: SummaryOptions) -> Summary {
    let (from, to) = (options.from_ms, options.to_ms.max(options.from_ms));
    let mut s = Summary {
        from: format_ms(from),
        to: format_ms(to),
        ..Summary::default()
    };
    let first_day = from.div_euclid(DAY_MS);
    let days = (to - 1).div_euclid(DAY_MS) - first_day + 1;
    s.per_day = (0..days.max(0))
        .map(|d| DaySummary {
            date: date((first_day + d) * DAY_MS),
            ..DaySummary::default()
        })
        .collect();
    let mut coverage = Vec::new();
    for r in records {
        let (Some(start), Some(end)) = (r.time_ms(), r.end_ms()) else {
            continue;
        };
        if end < from || start >= to {
            continue;
        }
        coverage.push((start, end));
        if start < from {
            continue;
        }
        if r.kind == RecordKind::Retention {
            s.retention_events += 1;
            continue;
        }
        s.records += 1;
        s.calls += r.calls;
        s.bytes_scanned += r.bytes_scanned;
        s.findings += r.findings;
        s.degraded_calls += r.degraded_calls;
        add_counts(&mut s.errors, &r.errors);
        add_counts(&mut s.by_operation, &r.by_operation);
        add_counts(&mut s.by_category, &r.by_category);
        add_counts(&mut s.by_entity, &r.by_entity);
        add_counts(&mut s.by_rule, &r.by_rule);
        add_counts(&mut s.by_operator, &r.by_operator);
        let day = &mut s.per_day[(start.div_euclid(DAY_MS) - first_day) as usize];
        day.records += 1;
        day.calls += r.calls;
        day.errors += r.errors.values().sum::<u64>();
        day.bytes_scanned += r.bytes_scanned;
        day.findings += r.findings;
        day.degraded_calls += r.degraded_calls;
        add_counts(&mut day.by_category, &r.by_category);
        add_counts(&mut day.by_entity, &r.by_entity);
        let seen = format_ms(start);
        match s.configurations.iter_mut().find(|c| {
            c.scanner == r.scanner
                && c.backend == r.backend
                && c.rule_set_sha256 == r.rule_set_sha256
                && c.packs == r.packs
                && c.models == r.models
        }) {
            Some(c) => {
                c.records += 1;
                c.first_seen = c.first_seen.clone().min(seen.clone());
                c.last_seen = c.last_seen.clone().max(seen);
            }
            None => s.configurations.push(Configuration {
                scanner: r.scanner.clone(),
                backend: r.backend.clone(),
                rule_set_sha256: r.rule_set_sha256.clone(),
                packs: r.packs.clone(),
                models: r.models.clone(),
                first_seen: seen.clone(),
                last_seen: seen,
                records: 1,
            }),
        }
    }
    s.configurations
        .sort_by(|a, b| a.first_seen.cmp(&b.first_seen));
    s.gaps = gaps(coverage, from, to, options.max_gap_ms);
    s
}

/// Stretches of `[from, to)` of at least `min` ms covered by no interval.
fn gaps(mut coverage: Vec<(i64, i64)>, from: i64, to: i64, min: i64) -> Vec<Gap> {
    coverage.sort_unstable();
    let mut out = Vec::new();
    let mut covered_to = from;
    let mut push = |start: i64, end: i64| {
        if end - start >= min.max(1) {
            out.push(Gap {
                start: format_ms(start),
                end: format_ms(end),
                hours: (end - start) as f64 / 3_600_000.0,
            });
        }
    };
    for (start, end) in coverage {
        if start > covered_to {
            push(covered_to, start.min(to));
        }
        covered_to = covered_to.max(end);
    }
    if to > covered_to {
        push(covered_to, to);
    }
    out
}

impl Summary {
    /// The summary as a Markdown report.
    pub fn to_markdown(&self) -> String {
        let mut md = String::new();
        let _ = writeln!(md, "# scrubline evidence summary\n");
        let _ = writeln!(
            md,
            "Period: {} to {} (UTC, end exclusive).\n",
            self.from, self.to
        );
        for c in &self.chains {
            let v = &c.verification;
            let _ = match &v.problem {
                None => writeln!(
                    md,
                    "Chain `{}`: **verified**: {} records in {} file(s), start {:?}, head seq {} hash `{}`; {} HMAC(s) checked.\n",
                    c.log,
                    v.records,
                    v.files,
                    v.start,
                    v.head_seq.unwrap_or(0),
                    v.head_hash.as_deref().unwrap_or("-"),
                    v.macs_checked
                ),
                Some(p) => writeln!(
                    md,
                    "Chain `{}`: **FAILED** at {}:{} ({:?}): {}. Totals below cover the {} records before it.\n",
                    c.log, p.file, p.line, p.kind, p.message, v.records
                ),
            };
            if self.chains.len() > 1 && !c.gaps.is_empty() {
                let gaps: Vec<String> = c
                    .gaps
                    .iter()
                    .map(|g| format!("{} to {} ({:.1} h)", g.start, g.end, g.hours))
                    .collect();
                let _ = writeln!(md, "Gaps in this log alone: {}.\n", gaps.join("; "));
            }
        }
        let _ = writeln!(md, "## Totals\n");
        let _ = writeln!(
            md,
            "| records | calls | failed calls | bytes scanned | findings | degraded calls |"
        );
        let _ = writeln!(md, "|---:|---:|---:|---:|---:|---:|");
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} |\n",
            self.records,
            self.calls,
            self.errors.values().sum::<u64>(),
            self.bytes_scanned,
            self.findings,
            self.degraded_calls
        );
        table(
            &mut md,
            "Findings per category",
            "category",
            &self.by_category,
        );
        table(&mut md, "Findings per entity", "entity", &self.by_entity);
        table(&mut md, "Findings per rule", "rule", &self.by_rule);
        table(
            &mut md,
            "Redactions per operator",
            "operator",
            &self.by_operator,
        );
        table(
            &mut md,
            "Calls per operation",
            "operation",
            &self.by_operation,
        );
        table(&mut md, "Failed calls per error", "error", &self.errors);
        let _ = writeln!(md, "## Per day\n");
        let _ = writeln!(
            md,
            "| date | records | calls | failed | bytes | findings | secret | pii | degraded |"
        );
        let _ = writeln!(md, "|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for d in &self.per_day {
            let cat = |c: &str| d.by_category.get(c).copied().unwrap_or(0);
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                d.date,
                d.records,
                d.calls,
                d.errors,
                d.bytes_scanned,
                d.findings,
                cat("secret"),
                cat("pii"),
                d.degraded_calls
            );
        }
        let _ = writeln!(md, "\n## Rule sets and models in force\n");
        let _ = writeln!(
            md,
            "| from | to | records | scanner | backend | rule set SHA-256 | packs | models |"
        );
        let _ = writeln!(md, "|---|---|---:|---|---|---|---|---|");
        for c in &self.configurations {
            let packs: Vec<String> = c
                .packs
                .iter()
                .map(|p| format!("{} {}", p.name, p.version))
                .collect();
            let models: Vec<String> = c
                .models
                .iter()
                .map(|m| format!("{} {} (`{}`)", m.name, m.version, short(&m.sha256)))
                .collect();
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} | `{}` | {} | {} |",
                c.first_seen,
                c.last_seen,
                c.records,
                c.scanner,
                c.backend,
                c.rule_set_sha256,
                packs.join(", "),
                if models.is_empty() {
                    "none".into()
                } else {
                    models.join(", ")
                }
            );
        }
        if self.configurations.len() > 1 {
            let _ = writeln!(
                md,
                "\nChanges: {}.",
                self.configurations[1..]
                    .iter()
                    .map(|c| format!(
                        "{} to rule set `{}`",
                        c.first_seen,
                        short(&c.rule_set_sha256)
                    ))
                    .collect::<Vec<_>>()
                    .join("; ")
            );
        }
        let _ = writeln!(md, "\n## Coverage gaps\n");
        if self.gaps.is_empty() {
            let _ = writeln!(md, "None: records throughout the period.");
        } else {
            let _ = writeln!(md, "| from | to | hours |");
            let _ = writeln!(md, "|---|---|---:|");
            for g in &self.gaps {
                let _ = writeln!(md, "| {} | {} | {:.1} |", g.start, g.end, g.hours);
            }
        }
        if self.retention_events > 0 {
            let _ = writeln!(
                md,
                "\nRetention deleted log segments {} time(s) in the period (recorded in the chain).",
                self.retention_events
            );
        }
        md
    }
}

fn table(md: &mut String, title: &str, key: &str, counts: &BTreeMap<String, u64>) {
    if counts.is_empty() {
        return;
    }
    let _ = writeln!(md, "## {title}\n\n| {key} | count |\n|---|---:|");
    for (k, v) in counts {
        let _ = writeln!(md, "| {k} | {v} |");
    }
    md.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_parse_dates_and_timestamps() {
        assert_eq!(parse_bound("1970-01-02", false), Some(DAY_MS));
        assert_eq!(parse_bound("1970-01-02", true), Some(2 * DAY_MS));
        assert_eq!(parse_bound("1970-01-01T00:00:01Z", true), Some(1000));
        assert_eq!(parse_bound("yesterday", false), None);
    }

    #[test]
    fn gaps_are_uncovered_stretches() {
        let h = 3_600_000;
        let g = gaps(
            vec![(2 * h, 3 * h), (3 * h, 3 * h), (10 * h, 11 * h)],
            0,
            24 * h,
            2 * h,
        );
        let spans: Vec<f64> = g.iter().map(|g| g.hours).collect();
        assert_eq!(spans, vec![2.0, 7.0, 13.0]);
    }
}
