//! The output emitter: redacted text, findings and counts from resolved detections.

use std::sync::Arc;

use crate::engine::Detection;
use crate::finding::{Finding, PositionCounter, Span};
use crate::redact::Operator;
use crate::report::Report;
use crate::vault::Vault;

use super::Inner;

/// Builds redacted output, findings and counts from resolved detections, in order.
pub(crate) struct Output {
    counter: PositionCounter,
    /// Absolute offset up to which input has been consumed.
    pub emitted: usize,
    build_text: bool,
    /// The call's operators per rule, when it overrides the scanner's.
    operators: Option<Arc<[Operator]>>,
    /// Replaces every finding with its vault token instead of an operator.
    vault: Option<Vault>,
    pub text: Vec<u8>,
    pub findings: Vec<Finding>,
    pub report: Report,
}

impl Output {
    pub fn new(inner: &Inner, build_text: bool) -> Output {
        Output {
            counter: PositionCounter::default(),
            emitted: 0,
            build_text,
            operators: None,
            vault: None,
            text: Vec::new(),
            findings: Vec::new(),
            report: Report::new(&inner.header),
        }
    }

    /// Uses a call's operators (one per rule index) instead of the scanner's.
    pub fn with_operators(mut self, operators: Option<Arc<[Operator]>>) -> Output {
        self.operators = operators;
        self
    }

    /// Replaces findings with `vault`'s numbered tokens (operator `vault`).
    pub fn with_vault(mut self, vault: Option<Vault>) -> Output {
        self.vault = vault;
        self
    }

    /// Consumes input up to absolute offset `upto`, replacing `kept`
    /// (sorted, non-overlapping, ending by `upto`). `hay` starts at `base`.
    /// A detection starting before what was already released is clipped to
    /// its unreleased part, so nothing of it passes through unredacted.
    pub fn emit(
        &mut self,
        inner: &Inner,
        hay: &[u8],
        base: usize,
        upto: usize,
        kept: &[Detection],
    ) {
        for d in kept {
            if d.end <= self.emitted {
                continue;
            }
            let d = &Detection {
                start: d.start.max(self.emitted),
                ..*d
            };
            let rule = inner.rule(d.rule);
            let operator = match &self.operators {
                Some(ops) => &ops[d.rule],
                None => inner.operator(d.rule),
            };
            if self.build_text {
                self.text
                    .extend_from_slice(&hay[self.emitted - base..d.start - base]);
                let value = &hay[d.start - base..d.end - base];
                match &self.vault {
                    Some(vault) => vault.push_token(&rule.entity, value, &mut self.text),
                    None => operator.apply(&rule.entity, value, inner.key.as_ref(), &mut self.text),
                }
            }
            let (c0, u0) = self.counter.advance(hay, base, d.start);
            let (c1, u1) = self.counter.advance(hay, base, d.end);
            let (rule_id, entity) = &inner.labels[d.rule];
            let finding = Finding {
                rule_id: rule_id.clone(),
                entity: entity.clone(),
                category: rule.category,
                confidence: d.confidence,
                validated: d.validated,
                bytes: Span {
                    start: d.start,
                    end: d.end,
                },
                chars: Span { start: c0, end: c1 },
                utf16: Span { start: u0, end: u1 },
            };
            let name = match self.vault {
                Some(_) => "vault",
                None => operator.name(),
            };
            self.report.count(&finding, name);
            self.findings.push(finding);
            self.emitted = d.end;
        }
        let upto = upto.max(self.emitted);
        if self.build_text {
            self.text
                .extend_from_slice(&hay[self.emitted - base..upto - base]);
        }
        self.counter.advance(hay, base, upto);
        self.emitted = upto;
    }
}
