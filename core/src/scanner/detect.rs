//! Detection: patterns, de-obfuscated forms and the classifier, resolved.

use std::sync::Arc;

use crate::call::CallPlan;
use crate::deobfuscate::Deobfuscation;
use crate::engine::{Cost, Detection, Engine};
use crate::error::Result;
use crate::evidence::EvidenceLog;
use crate::observer::Observer;
use crate::redact::{Operator, PseudonymKey};
use crate::report::ReportHeader;
use crate::resolve::resolve;
use crate::rules::{Rule, RuleSet};

/// Everything a built scanner shares between its clones and calls.
pub(crate) struct Inner {
    pub engine: Engine,
    pub rules: RuleSet,
    /// Per rule index: the operator the scanner's policy gives its findings.
    pub operators: Vec<Operator>,
    /// Per rule index: the rule id and entity findings share.
    pub labels: Vec<(crate::Label, crate::Label)>,
    /// Rules past the compiled ones: one per classifier entity
    /// (`classifier.person`, ...), then the per-call deny-list rule.
    pub extra_rules: Vec<Rule>,
    #[cfg(classifier_model)]
    pub classifier: Option<Arc<crate::classifier::Classifier>>,
    #[cfg_attr(not(classifier_model), allow(dead_code))]
    pub allow_degraded: bool,
    pub deobfuscate: Deobfuscation,
    pub key: Option<PseudonymKey>,
    pub header: ReportHeader,
    pub max_input_bytes: usize,
    /// Told of every finished call, in order.
    pub observers: Vec<Arc<dyn Observer>>,
    /// The evidence log among the observers, if any (for flushing).
    pub evidence: Option<Arc<EvidenceLog>>,
}

impl Inner {
    /// The rule behind detection rule index `i` (compiled, model or deny rule).
    pub(crate) fn rule(&self, i: usize) -> &Rule {
        let n = self.engine.rules.len();
        if i < n {
            &self.engine.rules[i].rule
        } else {
            &self.extra_rules[i - n]
        }
    }

    /// How many rule indices there are (compiled, model and deny rules).
    pub(crate) fn rule_count(&self) -> usize {
        self.engine.rules.len() + self.extra_rules.len()
    }

    /// The index of the rule a call's deny-list findings carry (the last).
    pub(crate) fn deny_rule_index(&self) -> usize {
        self.rule_count() - 1
    }

    /// The operator the scanner's policy gives rule index `i`.
    pub(crate) fn operator(&self, i: usize) -> &Operator {
        &self.operators[i]
    }

    /// Whether the pseudonym operator can run.
    pub(crate) fn has_pseudonym_key(&self) -> bool {
        self.key.as_ref().is_some_and(|k| !k.is_empty())
    }

    /// Whether a classifier is configured.
    pub(crate) fn has_classifier(&self) -> bool {
        #[cfg(classifier_model)]
        return self.classifier.is_some();
        #[cfg(not(classifier_model))]
        false
    }

    /// Pattern detections plus classifier spans (valid UTF-8 runs only),
    /// filtered by the call and resolved; `true` if the classifier failed
    /// and degraded mode allowed it. Adds the regex work to `cost` when
    /// given (see [`Scanner::search_cost`]).
    pub(crate) fn detect_counted(
        &self,
        bytes: &[u8],
        mut cost: Option<&mut Cost>,
        call: Option<&CallPlan<'_>>,
    ) -> Result<(Vec<Detection>, bool)> {
        let mut found = self.engine.detect_all_counted(bytes, cost.as_deref_mut())?;
        if self.deobfuscate.tables {
            let mut batch = crate::table::Batch::default();
            crate::table::Tables::new(self.engine.table_words.clone())
                .advance(bytes, 0, true, &mut batch);
            batch.scan(&self.engine, cost.as_deref_mut(), &mut found)?;
        }
        if self.deobfuscate.literal_joins && crate::deltas::may_hold(bytes) {
            crate::deltas::Deltas::default().advance(
                bytes,
                0,
                true,
                &self.engine,
                cost.as_deref_mut(),
                &mut found,
            )?;
        }
        if self.deobfuscate.segments() {
            let mut at = 0;
            while let Some(len) = crate::deobfuscate::segment_len(&bytes[at..], true) {
                let segment = &bytes[at..at + len];
                self.deobfuscated(segment, at, call, &mut found, cost.as_deref_mut())?;
                at += len;
            }
        }
        #[allow(unused_mut)]
        let mut degraded = false;
        #[cfg(classifier_model)]
        if let Some(c) = &self.classifier {
            // One segment at a time, as streams run it.
            let mut at = 0;
            while let Some(len) = crate::classifier::segment_len(&bytes[at..], true) {
                match self.classify_segment(c, &bytes[at..at + len], at, &mut found) {
                    Ok(()) => {}
                    Err(_) if self.allow_degraded => {
                        degraded = true;
                        break;
                    }
                    Err(e) => return Err(e),
                }
                at += len;
            }
        }
        if let Some(call) = call {
            call.apply(self, bytes, &mut found);
        }
        let mut clusters = resolve(found, self.engine.rules.len());
        if self.deobfuscate.recurrences {
            clusters = crate::recurrence::with_recurrences(self, clusters, bytes)?;
        }
        Ok((clusters, degraded))
    }

    /// Detections in the de-obfuscated forms of one segment (see
    /// [`crate::deobfuscate::segment_len`]) starting at absolute `base`,
    /// mapped back to the original bytes; the call's deny terms too
    /// (`A\u{200B}cme` is `Acme`).
    pub(crate) fn deobfuscated(
        &self,
        segment: &[u8],
        base: usize,
        call: Option<&CallPlan<'_>>,
        found: &mut Vec<Detection>,
        mut cost: Option<&mut Cost>,
    ) -> Result<()> {
        if let Some(n) = std::str::from_utf8(segment)
            .ok()
            .and_then(|t| crate::deobfuscate::normalize(t, &self.deobfuscate))
        {
            for (from, to) in n.windows() {
                let window = &n.text[from..to];
                let mut hits = self
                    .engine
                    .detect_all_counted(window, cost.as_deref_mut())?;
                if let Some(plan) = call.filter(|p| p.has_deny()) {
                    hits.extend(plan.deny_in(self, window));
                }
                for d in hits {
                    if !n.keeps(from + d.start, from + d.end) {
                        continue;
                    }
                    let (start, end) = n.original(from + d.start, from + d.end);
                    found.push(Detection {
                        start: base + start,
                        end: base + end,
                        ..d
                    });
                }
            }
        }
        // A finding inside an encoded run redacts the whole run. The decoded
        // runs are scanned in one call, joined by line breaks (a call has a
        // fixed cost); a finding that crosses a break redacts every run it
        // touches.
        if self.deobfuscate.encoded {
            let blobs = crate::deobfuscate::encoded_blobs(segment);
            if blobs.is_empty() {
                return Ok(());
            }
            let mut joined = Vec::new();
            let mut starts = Vec::with_capacity(blobs.len());
            for (_, _, decoded) in &blobs {
                starts.push(joined.len());
                joined.extend_from_slice(decoded);
                joined.extend_from_slice(b"\n\n");
            }
            let blob_at = |offset: usize| starts.partition_point(|&s| s <= offset) - 1;
            for d in self.engine.detect_all_counted(&joined, cost)? {
                let (first, last) = (blob_at(d.start), blob_at(d.end.max(d.start + 1) - 1));
                found.push(Detection {
                    start: base + blobs[first].0,
                    end: base + blobs[last].1,
                    ..d
                });
            }
        }
        Ok(())
    }

    /// Classifier spans in one segment (see
    /// [`crate::classifier::segment_len`]) starting at absolute `base`
    /// (valid UTF-8 runs only), filtered by confidence, the allow list and
    /// plausibility.
    #[cfg(classifier_model)]
    pub(crate) fn classify_segment(
        &self,
        c: &crate::classifier::Classifier,
        bytes: &[u8],
        base: usize,
        out: &mut Vec<Detection>,
    ) -> Result<()> {
        let first_rule = self.engine.rules.len();
        let mut at = 0;
        while at < bytes.len() {
            let (text, next) = match std::str::from_utf8(&bytes[at..]) {
                Ok(t) => (t, bytes.len()),
                Err(e) => {
                    let valid = e.valid_up_to();
                    let skip = e.error_len().unwrap_or(bytes.len() - at - valid);
                    // The first `valid_up_to` bytes are valid UTF-8, so this never falls back.
                    let t = std::str::from_utf8(&bytes[at..at + valid]).unwrap_or_default();
                    (t, at + valid + skip)
                }
            };
            for s in c.detect(text)? {
                let value = &text.as_bytes()[s.start..s.end];
                if s.confidence < self.engine.min_confidence
                    || self.engine.allow.allows(value)
                    || !crate::classifier::plausible(text, s.start, s.end, &c.entities()[s.entity])
                {
                    continue;
                }
                out.push(Detection {
                    rule: first_rule + s.entity,
                    start: base + at + s.start,
                    end: base + at + s.end,
                    confidence: s.confidence,
                    validated: false,
                });
            }
            at = next;
        }
        Ok(())
    }
}
