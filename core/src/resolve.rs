//! Overlap policy: which of several overlapping detections is kept.
//!
//! Detections are ranked, and greedily kept in rank order unless they overlap
//! one already kept. The rank is, in order:
//!
//! 1. validated (a checksum passed) before unvalidated;
//! 2. higher confidence;
//! 3. longer span;
//! 4. earlier start;
//! 5. earlier rule in load order.
//!
//! Greedy selection never lets one overlap cluster affect another, so
//! resolving a stream cluster by cluster gives the one-shot result.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::engine::Detection;

fn rank(a: &Detection, b: &Detection) -> Ordering {
    b.validated
        .cmp(&a.validated)
        .then(b.confidence.total_cmp(&a.confidence))
        .then((b.end - b.start).cmp(&(a.end - a.start)))
        .then(a.start.cmp(&b.start))
        .then(a.rule.cmp(&b.rule))
}

/// Keeps a non-overlapping subset, returned sorted by start.
pub(crate) fn resolve(mut detections: Vec<Detection>) -> Vec<Detection> {
    detections.sort_by(rank);
    detections.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.rule == b.rule);
    let mut kept: BTreeMap<usize, Detection> = BTreeMap::new();
    for d in detections {
        let prev_overlaps = kept
            .range(..d.end)
            .next_back()
            .is_some_and(|(_, k)| k.end > d.start);
        if !prev_overlaps {
            kept.insert(d.start, d);
        }
    }
    kept.into_values().collect()
}

/// Takes from `pending` every overlap cluster that ends at or before
/// `frontier` (no later detection can join it) and returns it resolved.
pub(crate) fn settle(pending: &mut Vec<Detection>, frontier: usize) -> Vec<Detection> {
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
    resolve(pending.drain(..split).collect())
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
    fn policy_order() {
        // validated beats confidence
        let out = resolve(vec![d(0, 0, 10, 0.9, false), d(1, 5, 12, 0.6, true)]);
        assert_eq!(out, vec![d(1, 5, 12, 0.6, true)]);
        // confidence beats length
        let out = resolve(vec![d(0, 0, 20, 0.7, false), d(1, 5, 12, 0.8, false)]);
        assert_eq!(out, vec![d(1, 5, 12, 0.8, false)]);
        // length, then earlier rule
        let out = resolve(vec![
            d(1, 0, 10, 0.8, false),
            d(0, 0, 10, 0.8, false),
            d(2, 0, 4, 0.8, false),
        ]);
        assert_eq!(out, vec![d(0, 0, 10, 0.8, false)]);
        // disjoint both kept, sorted
        let out = resolve(vec![d(0, 20, 30, 0.8, false), d(0, 0, 10, 0.8, false)]);
        assert_eq!(out.iter().map(|x| x.start).collect::<Vec<_>>(), vec![0, 20]);
    }

    #[test]
    fn settle_takes_only_closed_clusters() {
        let mut pending = vec![
            d(0, 0, 5, 0.8, false),
            d(1, 3, 9, 0.9, false),
            d(0, 12, 20, 0.8, false),
        ];
        let out = settle(&mut pending, 10);
        assert_eq!(out, vec![d(1, 3, 9, 0.9, false)]);
        assert_eq!(pending, vec![d(0, 12, 20, 0.8, false)]);
        let out = settle(&mut pending, 20);
        assert_eq!(out.len(), 1);
        assert!(pending.is_empty());
    }
}
