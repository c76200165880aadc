//! Recall and precision of the built-in packs on peers' labelled samples
//! (`shared/corpora`, read-only). Floors are set a little under what was
//! measured, so a regression fails the build; figures print with --nocapture.
//! Without the corpora each test prints a `skipped:` line and passes, unless
//! `SCRUBLINE_REQUIRE_CORPORA=1` (CI).

use scrubline::{Category, Finding, Scanner};
use scrubline_tests::{corpora_dir, read_jsonl};
use serde_json::Value;
use std::path::Path;

#[derive(Default, Debug)]
struct Tally {
    tp: usize,
    fn_: usize,
    fp: usize,
    tn: usize,
    /// Positives whose every expected byte is redacted (per-value scoring).
    whole: usize,
}

impl Tally {
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_) as f64
    }
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp) as f64
    }
    fn fp_rate(&self) -> f64 {
        self.fp as f64 / (self.fp + self.tn) as f64
    }

    fn per_value_recall(&self) -> f64 {
        self.whole as f64 / (self.tp + self.fn_) as f64
    }

    /// Prints the figures (visible with --nocapture) and asserts the floors.
    fn check(&self, label: &str, min_recall: f64, min_precision: f64, max_fp_rate: f64) {
        eprintln!(
            "{label}: recall {:.3} ({}/{}), precision {:.3}, false-positive rate on clean negatives {:.3} ({}/{})",
            self.recall(),
            self.tp,
            self.tp + self.fn_,
            self.precision(),
            self.fp_rate(),
            self.fp,
            self.fp + self.tn
        );
        assert!(
            self.recall() >= min_recall,
            "{label}: recall {:.3} < {min_recall}",
            self.recall()
        );
        assert!(
            self.precision() >= min_precision,
            "{label}: precision {:.3} < {min_precision}",
            self.precision()
        );
        assert!(
            self.fp_rate() <= max_fp_rate,
            "{label}: fp rate {:.3} > {max_fp_rate}",
            self.fp_rate()
        );
    }
}

fn overlaps(f: &Finding, start: u64, end: u64) -> bool {
    (f.bytes.start as u64) < end && start < f.bytes.end as u64
}

/// Positives count as found when a secret finding overlaps an expected span
/// (or, where the span is unknown, when any secret is found). Only the
/// negatives marked `conservative_true_negative` (and not upstream FIXMEs)
/// are clean enough to count a finding as a false positive.
fn evaluate(corpora: &Path, file: &str, scanner: &Scanner, misses: &mut Vec<String>) -> Tally {
    let mut t = Tally::default();
    for rec in read_jsonl(corpora, file) {
        let text = rec["text"].as_str().unwrap();
        let secrets: Vec<Finding> = scanner
            .scan(text)
            .unwrap()
            .into_iter()
            .filter(|f| f.category == Category::Secret)
            .collect();
        match rec["label"].as_str().unwrap() {
            "positive" => {
                let found = match &rec["expected"] {
                    Value::Array(spans) if !spans.is_empty() => spans.iter().any(|s| {
                        let (a, b) = (
                            s["start_byte"].as_u64().unwrap(),
                            s["end_byte"].as_u64().unwrap(),
                        );
                        secrets.iter().any(|f| overlaps(f, a, b))
                    }),
                    _ => !secrets.is_empty(),
                };
                let whole = match &rec["expected"] {
                    Value::Array(spans) if !spans.is_empty() => spans.iter().all(|s| {
                        let (a, b) = (
                            s["start_byte"].as_u64().unwrap() as usize,
                            s["end_byte"].as_u64().unwrap() as usize,
                        );
                        (a..b).all(|i| {
                            secrets
                                .iter()
                                .any(|f| f.bytes.start <= i && i < f.bytes.end)
                        })
                    }),
                    _ => found,
                };
                if whole {
                    t.whole += 1;
                }
                if found {
                    t.tp += 1;
                } else {
                    t.fn_ += 1;
                    misses.push(rec["rule_id"].as_str().unwrap().to_string());
                }
            }
            _ if rec["conservative_true_negative"] == Value::Bool(true)
                && rec["fixme_known_false_negative"] != Value::Bool(true) =>
            {
                if secrets.is_empty() {
                    t.tn += 1;
                } else {
                    t.fp += 1;
                }
            }
            _ => {}
        }
    }
    t
}

fn check(test: &str, file: &str, floors: [f64; 4]) {
    let Some(corpora) = corpora_dir(test) else {
        return;
    };
    let [min_recall, min_per_value, min_precision, max_fp_rate] = floors;
    let scanner = Scanner::default_rules().unwrap();
    let mut misses = Vec::new();
    let t = evaluate(&corpora, file, &scanner, &mut misses);
    misses.sort();
    misses.dedup();
    eprintln!("missed rules: {}", misses.join(", "));
    eprintln!(
        "{file}: per-value recall (every expected byte redacted) {:.3} ({}/{})",
        t.per_value_recall(),
        t.whole,
        t.tp + t.fn_
    );
    assert!(
        t.per_value_recall() >= min_per_value,
        "{file}: per-value recall"
    );
    t.check(file, min_recall, min_precision, max_fp_rate);
}

// Measured 2026-12-02 (before, same run: recall 0.800, per-value 0.628,
// precision 0.958, fp rate 0.128): recall 0.849, per-value recall 0.667,
// precision 0.960, fp rate 0.128. Of the 65 records still missed, about 40 expect
// identifiers that are not secrets (ARNs, bucket and shop host names,
// account and client IDs, usernames, an age recipient public key) or a
// template (`$Password`, `%nothing%`, `#{datastore[...]}`); most of the
// rest are placeholder values under generic rules (`password 'password'`,
// `mypassword`, `00aaaa...`), which the placeholder policy leaves at 0.4.
// Measured 2026-12-07 (before, same run: recall 0.851, per-value 0.672, fp
// rate 0.137): recall 0.870, per-value 0.688, precision 0.957, fp rate
// 0.145. Okta tokens (`00` + 42 after an Okta name) and Azure DevOps PATs
// (`AZDO` at byte 76 of 84) are format rules now, so their placeholder
// bodies are redacted, as the policy says; the one new "false positive" is
// an Okta-format string ending in `-`, which Okta's charset allows.
#[test]
fn noseyparker_samples() {
    check(
        "noseyparker_samples",
        "secrets/noseyparker_rules.jsonl",
        [0.85, 0.67, 0.94, 0.15],
    );
}

// Measured 2026-12-02 (before, same run: recall 0.909, per-value 0.884,
// precision 0.907, fp rate 0.203): recall 0.995, per-value recall 0.970,
// precision 0.915, fp rate 0.203. Most "false positives" are upstream negatives in a provider's exact
// format with a placeholder body (`ghp_xxxx...`, `glc_xxxx...`, `AIza...`),
// which the placeholder policy (rules/README.md) redacts on purpose.
#[test]
fn gitleaks_samples() {
    check(
        "gitleaks_samples",
        "secrets/gitleaks_literals.jsonl",
        [0.98, 0.95, 0.89, 0.22],
    );
}

/// Presidio's recognizer test cases, for the entities scrubline has rules for.
/// Positives (`positive`, `checksum_valid`) count as found when a finding of
/// the entity under test overlaps an expected span; negatives (`negative`,
/// `checksum_invalid`, or positives expecting nothing) count a finding of
/// that entity as a false positive. Presidio reports bare 9-digit numbers
/// (SIN, TFN, ABA, passport) at low scores; scrubline requires context words
/// for those, which accounts for most misses.
#[test]
fn presidio_pii_samples() {
    let Some(corpora) = corpora_dir("presidio_pii_samples") else {
        return;
    };
    let scanner = Scanner::default_rules().unwrap();
    let ours: std::collections::HashSet<&str> = scanner
        .rules()
        .rules()
        .iter()
        .map(|r| r.entity.as_str())
        .collect();
    let mut t = Tally::default();
    for rec in read_jsonl(&corpora, "pii/presidio_recognizer_tests.jsonl") {
        let entities: Vec<&str> = rec["entities_under_test"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let [entity] = entities[..] else { continue };
        if !ours.contains(entity) {
            continue;
        }
        let text = rec["text"].as_str().unwrap();
        let found: Vec<Finding> = scanner
            .scan(text)
            .unwrap()
            .into_iter()
            .filter(|f| f.entity == entity)
            .collect();
        let expected = rec["expected"].as_array().cloned().unwrap_or_default();
        match (rec["label"].as_str().unwrap(), expected.is_empty()) {
            ("positive" | "checksum_valid", false) => {
                let hit = expected.iter().any(|s| {
                    let (a, b) = (
                        s["start_byte"].as_u64().unwrap(),
                        s["end_byte"].as_u64().unwrap(),
                    );
                    found.iter().any(|f| overlaps(f, a, b))
                });
                if hit { t.tp += 1 } else { t.fn_ += 1 }
            }
            ("negative" | "checksum_invalid", _) | ("positive", true) => {
                if found.is_empty() {
                    t.tn += 1
                } else {
                    t.fp += 1
                }
            }
            _ => {}
        }
    }
    // Measured 2026-11-22: recall 0.857, precision 0.981, fp rate 0.020.
    // Measured 2026-12-06: recall 0.780 (334/428), precision 0.977, fp rate
    // 0.021: the German health and pension insurance numbers and the UK
    // driving licence now carry Presidio's entity names, which brings 38
    // more of its positives into the count; most are bare numbers, which
    // those rules take only next to their label.
    t.check("presidio PII", 0.77, 0.96, 0.03);
}
