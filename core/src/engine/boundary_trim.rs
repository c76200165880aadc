//! Value extraction for `BOUNDARY (?P<value>X) BOUNDARY` patterns without
//! a capture engine.
//!
//! Most provider and PII rules wrap their value in boundary classes that
//! the regex crate cannot express as look-arounds: `(?:^|[^A-Za-z0-9])`
//! before, `(?:[^A-Za-z0-9_]|$)` after. Reading the value group then costs
//! a capture search per match; on patterns that are not one-pass that is a
//! backtracker clearing a visited set of pattern size times match length
//! (a JWT: 12,000 NFA states, about 5 µs a match).
//!
//! When no byte the part before the value can match may start the value,
//! and no byte the part after it can match may end the value, the value is
//! the match with leading bytes that cannot start the value and trailing
//! bytes that cannot end it trimmed: reading it is a scan of those few
//! bytes. [`BoundaryTrim::for_hir`] checks that shape on the pattern;
//! `compile::tests` compares the result with `regex`'s captures on every
//! built-in rule that gets one.

use regex_syntax::hir::{Class, Hir, HirKind};

/// How a pattern's value is read from its match.
// One per rule, read on every match: the variants stay inline.
#[allow(clippy::large_enum_variant)]
pub(crate) enum BoundaryTrim {
    /// Boundaries whose bytes never start or end the value: trim them.
    Edges {
        /// Bytes the value can start with.
        first: [bool; 256],
        /// Bytes the value can end with.
        last: [bool; 256],
    },
    /// A delimited value (`value="(?P<value>[^"]+)"`): the part after it
    /// has a fixed length, and the part before ends with a byte the value
    /// never holds, so the value is the run of its bytes before the suffix.
    Delimited {
        /// Every byte the value can hold.
        inner: [bool; 256],
        /// Length of the part after the value.
        suffix: usize,
    },
}

/// A set of bytes, and whether the pattern part can match the empty string.
type Edge = ([bool; 256], bool);

impl BoundaryTrim {
    /// The reader for a pattern `[before] (?P<value>X) [after]` at the top
    /// level, where `X` never matches empty, no byte `before` can match is
    /// in `X`'s first bytes and no byte `after` can match is in its last
    /// bytes; `None` for any other shape.
    pub fn for_hir(hir: &Hir) -> Option<BoundaryTrim> {
        // A pattern that is its value group alone is a one-item concatenation.
        let items = match hir.kind() {
            HirKind::Concat(items) => items.as_slice(),
            HirKind::Capture(_) => std::slice::from_ref(hir),
            _ => return None,
        };
        let at = items.iter().position(is_value_group)?;
        if items[at + 1..].iter().any(is_value_group) {
            return None;
        }
        let HirKind::Capture(value) = items[at].kind() else {
            return None;
        };
        let (first, empty) = edge(&value.sub, Side::First);
        let (last, _) = edge(&value.sub, Side::Last);
        if empty {
            return None;
        }
        let before = bytes_of(&items[..at])?;
        let after = bytes_of(&items[at + 1..])?;
        let disjoint = |a: &[bool; 256], b: &[bool; 256]| a.iter().zip(b).all(|(x, y)| !(x & y));
        if disjoint(&before, &first) && disjoint(&after, &last) {
            return Some(BoundaryTrim::Edges { first, last });
        }
        let inner = bytes_of(std::slice::from_ref(&value.sub))?;
        let (closing, open) = edge_of(&items[..at], Side::Last);
        let lengths = items[at + 1..]
            .iter()
            .map(|h| (h.properties().minimum_len(), h.properties().maximum_len()));
        let (mut min, mut max) = (0, Some(0));
        for (lo, hi) in lengths {
            min += lo?;
            max = max.zip(hi).map(|(a, b)| a + b);
        }
        (!open && disjoint(&closing, &inner) && max == Some(min))
            .then_some(BoundaryTrim::Delimited { inner, suffix: min })
    }

    /// The value's span within the match `[start, end)` of `hay`.
    pub fn value(&self, hay: &[u8], start: usize, end: usize) -> (usize, usize) {
        match self {
            BoundaryTrim::Edges { first, last } => {
                let from = (start..end)
                    .find(|&i| first[usize::from(hay[i])])
                    .unwrap_or(start);
                let to = (from + 1..=end)
                    .rev()
                    .find(|&i| last[usize::from(hay[i - 1])])
                    .unwrap_or(end);
                (from, to)
            }
            BoundaryTrim::Delimited { inner, suffix } => {
                let to = end.saturating_sub(*suffix).max(start);
                let from = hay[start..to]
                    .iter()
                    .rposition(|&b| !inner[usize::from(b)])
                    .map_or(start, |i| start + i + 1);
                (from, to)
            }
        }
    }
}

fn is_value_group(hir: &Hir) -> bool {
    matches!(hir.kind(), HirKind::Capture(c)
        if c.name.as_deref().is_some_and(|n| n == "value" || n.starts_with("value_")))
}

#[derive(Clone, Copy)]
enum Side {
    First,
    Last,
}

/// The bytes `hir` can start (or end) a match with, and whether it can
/// match the empty string. Look-arounds match empty.
fn edge(hir: &Hir, side: Side) -> Edge {
    let mut set = [false; 256];
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => (set, true),
        HirKind::Literal(lit) => {
            let byte = match side {
                Side::First => lit.0.first(),
                Side::Last => lit.0.last(),
            };
            match byte {
                Some(&b) => {
                    set[usize::from(b)] = true;
                    (set, false)
                }
                None => (set, true),
            }
        }
        HirKind::Class(class) => (class_bytes(class), false),
        HirKind::Capture(c) => edge(&c.sub, side),
        HirKind::Repetition(rep) => {
            let (set, empty) = edge(&rep.sub, side);
            (set, empty || rep.min == 0)
        }
        HirKind::Alternation(alts) => {
            let mut empty = false;
            for alt in alts {
                let (s, e) = edge(alt, side);
                union(&mut set, &s);
                empty |= e;
            }
            (set, empty)
        }
        HirKind::Concat(items) => edge_of(items, side),
    }
}

/// [`edge`] of the concatenation of `items`.
fn edge_of(items: &[Hir], side: Side) -> Edge {
    let mut set = [false; 256];
    let mut add = |item: &Hir| {
        let (s, e) = edge(item, side);
        union(&mut set, &s);
        e
    };
    let empty = match side {
        Side::First => items.iter().all(&mut add),
        Side::Last => items.iter().rev().all(&mut add),
    };
    (set, empty)
}

/// Every byte any part of `items` can match; `None` when that is not known
/// (a Unicode class, which byte-oriented patterns do not produce).
fn bytes_of(items: &[Hir]) -> Option<[bool; 256]> {
    fn walk(hir: &Hir, set: &mut [bool; 256]) -> Option<()> {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => {}
            HirKind::Literal(lit) => lit.0.iter().for_each(|&b| set[usize::from(b)] = true),
            HirKind::Class(class @ Class::Bytes(_)) => union(set, &class_bytes(class)),
            HirKind::Class(Class::Unicode(_)) => return None,
            HirKind::Capture(c) => walk(&c.sub, set)?,
            HirKind::Repetition(rep) => walk(&rep.sub, set)?,
            HirKind::Alternation(subs) | HirKind::Concat(subs) => {
                for sub in subs {
                    walk(sub, set)?;
                }
            }
        }
        Some(())
    }
    let mut set = [false; 256];
    for item in items {
        walk(item, &mut set)?;
    }
    Some(set)
}

fn class_bytes(class: &Class) -> [bool; 256] {
    match class {
        Class::Bytes(bytes) => {
            let mut set = [false; 256];
            for range in bytes.iter() {
                for b in range.start()..=range.end() {
                    set[usize::from(b)] = true;
                }
            }
            set
        }
        // A Unicode class (not produced with `unicode(false)`): every byte,
        // so no byte is ever ruled out.
        Class::Unicode(_) => [true; 256],
    }
}

fn union(set: &mut [bool; 256], other: &[bool; 256]) {
    for (a, b) in set.iter_mut().zip(other) {
        *a |= b;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compile::parse_pattern;

    fn trim(pattern: &str) -> Option<BoundaryTrim> {
        BoundaryTrim::for_hir(&parse_pattern(pattern).unwrap())
    }

    #[test]
    fn reads_values_between_boundaries() {
        let t = trim(r"(?:^|[^A-Za-z0-9])(?P<value>ab[0-9]{2,4})(?:[^0-9]|$)").unwrap();
        assert_eq!(t.value(b" ab123,", 0, 7), (1, 6));
        assert_eq!(t.value(b"ab12", 0, 4), (0, 4));
        let t = trim(r"(?P<value>eyJ[a-z]+\.[a-z]+)(?:[^a-z.]|$)").unwrap();
        assert_eq!(t.value(b"eyJab.cd ", 0, 9), (0, 8));
    }

    #[test]
    fn reads_delimited_values() {
        let t =
            trim(r#"(?i)key\s?=\s?"[^"]{0,9}pass[^"]*"\s+value="(?P<value>[^"]{1,9})"/>"#).unwrap();
        let hay = br#"x key="DbPass" value="p a=ss"/>"#;
        assert_eq!(t.value(hay, 2, hay.len()), (22, 28));
        let t = trim(r"token=(?P<value>[a-z]+)").unwrap();
        assert_eq!(t.value(b"token=abc", 0, 9), (6, 9));
    }

    #[test]
    fn refuses_ambiguous_shapes() {
        // A letter before the value could be the value's first byte.
        assert!(trim(r"(?:^|[^0-9])(?P<value>[a-z0-9]{4})").is_none());
        // A value that may hold the byte before it, or be followed by a
        // part of varying length; a value that may be empty; two groups.
        assert!(trim(r"token=(?P<value>[a-z=]+)").is_none());
        assert!(trim(r#"token="(?P<value>[^"]+)"[a-z]*"#).is_none());
        assert!(trim(r#"token=\s*(?P<value>[^"]+)""#).is_none());
        assert!(trim(r"(?:^|\s)(?P<value>[a-z]*)\s").is_none());
        assert!(trim(r"(?:^|\s)(?P<value>[a-z]+)\s(?P<value_2>[0-9]+)").is_none());
    }
}
