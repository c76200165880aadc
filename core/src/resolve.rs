//! Overlap policy: redaction covers the union of all findings.
//!
//! Detections that overlap (patterns, validators, de-obfuscated matches, the
//! classifier) form a *cluster*; each cluster becomes one detection that
//! spans all of it, so turning on a detector never redacts less. The
//! cluster's top-ranked detection names it (its rule, entity, operator and
//! confidence). The rank is, in order:
//!
//! 1. validated (a checksum passed) before unvalidated;
//! 2. a pattern rule before the classifier;
//! 3. higher confidence;
//! 4. longer span;
//! 5. earlier start;
//! 6. earlier rule in load order.
//!
//! Clusters never affect one another, so resolving a stream cluster by
//! cluster gives the one-shot result.

use std::cmp::Ordering;

use crate::engine::Detection;

/// Ranks `a` before `b` (see the module docs); rules numbered
/// `first_model_rule` and above are the classifier's.
fn rank(a: &Detection, b: &Detection, first_model_rule: usize) -> Ordering {
    b.validated
        .cmp(&a.validated)
        .then((a.rule >= first_model_rule).cmp(&(b.rule >= first_model_rule)))
        .then(b.confidence.total_cmp(&a.confidence))
        .then((b.end - b.start).cmp(&(a.end - a.start)))
        .then(a.start.cmp(&b.start))
        .then(a.rule.cmp(&b.rule))
}

/// One detection per overlap cluster, spanning the cluster and named by
/// its top-ranked member; returned sorted by start.
pub(crate) fn resolve(mut detections: Vec<Detection>, first_model_rule: usize) -> Vec<Detection> {
    detections.sort_by_key(|d| (d.start, d.end));
    let mut out: Vec<Detection> = Vec::new();
    let mut cluster: Vec<Detection> = Vec::new();
    let mut end = 0;
    for d in detections {
        if !cluster.is_empty() && d.start >= end {
            out.push(merge(&mut cluster, first_model_rule));
        }
        end = if cluster.is_empty() {
            d.end
        } else {
            end.max(d.end)
        };
        cluster.push(d);
    }
    if !cluster.is_empty() {
        out.push(merge(&mut cluster, first_model_rule));
    }
    out
}

/// The union of `cluster` (emptied), named by its top-ranked member.
fn merge(cluster: &mut Vec<Detection>, first_model_rule: usize) -> Detection {
    let start = cluster.iter().map(|d| d.start).min().unwrap_or(0);
    let end = cluster.iter().map(|d| d.end).max().unwrap_or(0);
    let best = cluster
        .drain(..)
        .min_by(|a, b| rank(a, b, first_model_rule))
        .expect("clusters are not empty");
    Detection { start, end, ..best }
}

/// Takes from `pending` every overlap cluster that ends at or before
/// `frontier` (no later detection can join it) and returns it resolved;
/// rules numbered `first_model_rule` and above are the classifier's.
pub(crate) fn settle(
    pending: &mut Vec<Detection>,
    frontier: usize,
    first_model_rule: usize,
) -> Vec<Detection> {
    pending.sort_by_key(|d| (d.start, d.end));
    // pending[..split] holds the clusters known to be closed.
    let mut split = 0;
    let mut cluster_end: Option<usize> = None;
    for (i, d) in pending.iter().enumerate() {
        match cluster_end {
            Some(end) if d.start < end => cluster_end = Some(end.max(d.end)),
            Some(end) if end > frontier => break,
            _ => {
                split = i;
                cluster_end = Some(d.end);
            }
        }
    }
    if cluster_end.is_some_and(|end| end <= frontier) {
        split = pending.len();
    }
    resolve(pending.drain(..split).collect(), first_model_rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(rule: usize, start: usize, end: usize, confidence: f32, validated: bool) -> Detection {
        Detection {
            rule,
            start,
            end,
            confidence,
            validated,
        }
    }

    #[test]
    fn clusters_merge_into_their_union_named_by_rank() {
        // validated beats confidence; the span is the union
        let out = resolve(vec![d(0, 0, 10, 0.9, false), d(1, 5, 12, 0.6, true)], 9);
        assert_eq!(out, vec![d(1, 0, 12, 0.6, true)]);
        // confidence beats length
        let out = resolve(vec![d(0, 0, 20, 0.7, false), d(1, 5, 12, 0.8, false)], 9);
        assert_eq!(out, vec![d(1, 0, 20, 0.8, false)]);
        // a pattern beats the classifier, whatever its confidence
        let out = resolve(vec![d(9, 0, 8, 0.99, false), d(2, 4, 14, 0.6, false)], 9);
        assert_eq!(out, vec![d(2, 0, 14, 0.6, false)]);
        // length, then earlier rule
        let out = resolve(
            vec![
                d(1, 0, 10, 0.8, false),
                d(0, 0, 10, 0.8, false),
                d(2, 0, 4, 0.8, false),
            ],
            9,
        );
        assert_eq!(out, vec![d(0, 0, 10, 0.8, false)]);
        // disjoint (or touching) both kept, sorted
        let out = resolve(vec![d(0, 20, 30, 0.8, false), d(0, 0, 20, 0.8, false)], 9);
        assert_eq!(out.iter().map(|x| x.start).collect::<Vec<_>>(), vec![0, 20]);
    }

    #[test]
    fn settle_takes_only_closed_clusters() {
        let mut pending = vec![
            d(0, 0, 5, 0.8, false),
            d(1, 3, 9, 0.9, false),
            d(0, 12, 20, 0.8, false),
        ];
        let out = settle(&mut pending, 10, usize::MAX);
        assert_eq!(out, vec![d(1, 0, 9, 0.9, false)]);
        assert_eq!(pending, vec![d(0, 12, 20, 0.8, false)]);
        let out = settle(&mut pending, 20, usize::MAX);
        assert_eq!(out.len(), 1);
        assert!(pending.is_empty());
    }
}
