//! Single-line rules: patterns whose matches hold a line feed at most as
//! their first or last byte (a boundary such as `(?:^|[^A-Za-z0-9])` on
//! either side of the value).
//!
//! Such a match starting at or before a hit ends at most one byte past
//! the first line feed after the hit, so the rule's confirmation window
//! can stop there instead of running a longest match past the hit. The
//! generic credential rules are like this and long
//! (`generic.secret_aligned` can match 479 bytes); on code and logs,
//! where `token` or `key` is on many lines, their windows covered several
//! lines each.

use regex_syntax::hir::{Class, Hir, HirKind};

/// Whether every match of `hir` holds `\n` only as its first or last byte.
pub(crate) fn newline_only_at_edges(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Concat(items) if items.len() > 1 => {
            let (first, rest) = items.split_first().expect("two items");
            let (last, middle) = rest.split_last().expect("two items");
            only_first(first) && only_last(last) && !middle.iter().any(can_match_newline)
        }
        HirKind::Concat(items) => items.iter().all(newline_only_at_edges),
        HirKind::Alternation(alts) => alts.iter().all(newline_only_at_edges),
        HirKind::Capture(cap) => newline_only_at_edges(&cap.sub),
        HirKind::Repetition(rep) if !can_match_newline(&rep.sub) => true,
        HirKind::Repetition(rep) => rep.max == Some(1) && newline_only_at_edges(&rep.sub),
        HirKind::Literal(lit) => {
            let n = lit.0.len();
            !lit.0
                .iter()
                .enumerate()
                .any(|(i, &b)| b == b'\n' && i != 0 && i + 1 != n)
        }
        HirKind::Class(_) | HirKind::Empty | HirKind::Look(_) => true,
    }
}

/// Whether every match of `hir` holds `\n` only as its first byte.
fn only_first(hir: &Hir) -> bool {
    edge(hir, true)
}

/// Whether every match of `hir` holds `\n` only as its last byte.
fn only_last(hir: &Hir) -> bool {
    edge(hir, false)
}

/// [`only_first`] (`first`) or [`only_last`].
fn edge(hir: &Hir, first: bool) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(lit) => {
            let inner = if first {
                &lit.0[1.min(lit.0.len())..]
            } else {
                &lit.0[..lit.0.len().saturating_sub(1)]
            };
            !inner.contains(&b'\n')
        }
        // One byte: a line feed there is the first and the last byte.
        HirKind::Class(_) => true,
        HirKind::Capture(cap) => edge(&cap.sub, first),
        HirKind::Repetition(rep) if !can_match_newline(&rep.sub) => true,
        HirKind::Repetition(rep) => rep.max == Some(1) && edge(&rep.sub, first),
        HirKind::Concat(items) => {
            let (outer, inner) = if first {
                let Some((f, rest)) = items.split_first() else {
                    return true;
                };
                (f, rest)
            } else {
                let Some((l, rest)) = items.split_last() else {
                    return true;
                };
                (l, rest)
            };
            edge(outer, first) && !inner.iter().any(can_match_newline)
        }
        HirKind::Alternation(alts) => alts.iter().all(|a| edge(a, first)),
    }
}

/// Whether some match of `hir` holds `\n`.
fn can_match_newline(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(lit) => lit.0.contains(&b'\n'),
        HirKind::Class(Class::Bytes(c)) => c.iter().any(|r| (r.start()..=r.end()).contains(&b'\n')),
        HirKind::Class(Class::Unicode(c)) => {
            c.iter().any(|r| (r.start()..=r.end()).contains(&'\n'))
        }
        HirKind::Capture(cap) => can_match_newline(&cap.sub),
        HirKind::Repetition(rep) => rep.max != Some(0) && can_match_newline(&rep.sub),
        HirKind::Concat(items) => items.iter().any(can_match_newline),
        HirKind::Alternation(alts) => alts.iter().any(can_match_newline),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compile::parse_pattern;

    fn single(pattern: &str) -> bool {
        newline_only_at_edges(&parse_pattern(pattern).unwrap())
    }

    #[test]
    fn a_line_feed_may_only_lead_or_end() {
        assert!(single(
            r"(?:^|[^A-Za-z0-9])key[ \t]{1,3}(?P<value>[^\s]{8,64})(?:[^A-Za-z]|$)"
        ));
        assert!(!single(r"key[^a-z]x"));
        assert!(single(
            r"(?:^|[^A-Za-z0-9])key[ \t]{1,3}(?P<value>[^\s]{8,64})"
        ));
        assert!(single(r"(?m)^[ \t]{0,16}token[ \t]{2,40}[^\s]{7,254}\r?$"));
        assert!(single(
            r"(?:^|[^A-Za-z0-9_]|\\[nrt])(?i:api[ _-]?key)[ \t]{1,3}[A-Za-z0-9]{20}"
        ));
        // A line feed inside: a value over lines, `\s`, a PEM body.
        assert!(!single(r"key:\s{1,4}[A-Za-z0-9]{20}"));
        assert!(!single(
            r"-----BEGIN[A-Z ]{1,20}-----\n[A-Za-z0-9+/\n]{64,4096}"
        ));
        assert!(!single(r"(?s)key.{1,20}"));
        assert!(!single(r"(?:\n[a-z]){1,3}"));
    }

    #[test]
    fn builtin_example_matches_keep_line_feeds_at_their_edges() {
        let mut single_line = 0;
        for rule in crate::RuleSet::builtin().rules() {
            if !newline_only_at_edges(&parse_pattern(&rule.pattern).unwrap()) {
                continue;
            }
            single_line += 1;
            let regex = crate::engine::compile::build_regex(&rule.pattern, 64 << 20).unwrap();
            for example in rule.examples.iter().chain(&rule.negative_examples) {
                for m in regex.find_iter(example.as_bytes()) {
                    let inner = &m.as_bytes()[1..m.len().saturating_sub(1).max(1)];
                    assert!(!inner.contains(&b'\n'), "{}", rule.id);
                }
            }
        }
        assert!(single_line > 300, "{single_line}");
    }
}
