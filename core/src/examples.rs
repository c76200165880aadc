//! Running every rule's examples, as `scrubline rules check` does.

use serde::Serialize;

use crate::scanner::Scanner;

/// Why a rule's examples do not hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExampleProblem {
    /// A positive example produced no finding from the rule.
    Missed,
    /// A negative example produced a finding from the rule.
    FalsePositive,
    /// The rule has no positive or no negative examples.
    NoExamples,
}

/// One failed example. Names the example by index, not by its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ExampleFailure {
    /// The rule whose example failed.
    pub rule_id: String,
    /// Index into `examples` or `negative_examples`.
    pub index: usize,
    /// What went wrong.
    pub problem: ExampleProblem,
}

impl Scanner {
    /// Runs every rule's positive and negative examples through this scanner
    /// (all rules active, before overlap resolution, with the scanner's
    /// confidence threshold and allow-list) and returns the failures.
    pub fn check_examples(&self) -> Vec<ExampleFailure> {
        let engine = &self.inner.engine;
        let mut failures = Vec::new();
        for (index, compiled) in engine.rules.iter().enumerate() {
            let rule = &compiled.rule;
            let fail = |i, problem| ExampleFailure {
                rule_id: rule.id.clone(),
                index: i,
                problem,
            };
            if rule.examples.is_empty() || rule.negative_examples.is_empty() {
                failures.push(fail(0, ExampleProblem::NoExamples));
            }
            // An engine error counts as a miss (and as no false positive).
            let hits = |text: &str| {
                engine
                    .detect_all(text.as_bytes())
                    .is_ok_and(|found| found.iter().any(|d| d.rule == index))
            };
            for (i, text) in rule.examples.iter().enumerate() {
                if !hits(text) {
                    failures.push(fail(i, ExampleProblem::Missed));
                }
            }
            for (i, text) in rule.negative_examples.iter().enumerate() {
                if hits(text) {
                    failures.push(fail(i, ExampleProblem::FalsePositive));
                }
            }
        }
        failures
    }
}
