//! Value extraction for `BEFORE (?P<value>X) AFTER` patterns without a
//! capture engine.
//!
//! Most provider and PII rules wrap their value in boundary classes that
//! the regex crate cannot express as look-arounds: `(?:^|[^A-Za-z0-9])`
//! before, `(?:[^A-Za-z0-9_]|$)` after. Reading the value group then costs
//! a capture search per match; on patterns that are not one-pass that is a
//! backtracker clearing a visited set of pattern size times match length
//! (a JWT: 12,000 NFA states, about 5 µs a match).
//!
//! The value's bounds can often be read off the match directly:
//! - its end: `AFTER` has a fixed length (`"`, or nothing), or no byte
//!   `AFTER` can match may end `X`, so trailing bytes that cannot are trimmed;
//! - its start: no byte `BEFORE` can match may start `X`, so leading bytes
//!   that cannot are trimmed, or `BEFORE` always ends with a byte `X` never
//!   holds (`value="`, `sig=`), so the value starts after the last such byte.
//!
//! Reading it is then a scan of a few bytes. [`BoundaryTrim::for_hir`]
//! checks those shapes on the pattern; `compile::tests` compares the result
//! with `regex`'s captures on every built-in rule that gets one.

use regex_syntax::hir::{Class, Hir, HirKind};

/// How a pattern's value is read from its match: where it ends, then
/// where it starts.
pub(crate) struct BoundaryTrim {
    start: Start,
    end: End,
}

/// Where the value starts.
enum Start {
    /// After the leading bytes that cannot start it: the bytes before the
    /// value never start it (`(?:^|[^A-Za-z0-9])`).
    Edge([bool; 256]),
    /// After the last byte it never holds: the part before the value ends
    /// with such a byte (`value="`, `sig=`).
    AfterDelimiter([bool; 256]),
    /// After whichever of a few fixed-length forms of the part before the
    /// value fits the match (`^`, one boundary byte, `mailto:`): when the
    /// bytes leave more than one value start possible, the caller reads
    /// the captures instead.
    Branches {
        forms: Vec<Form>,
        /// Bytes the value can start with.
        first: [bool; 256],
    },
}

/// One fixed-length form of the part before the value: a byte set per
/// position, and whether it also needs the start of the text (`^`).
#[derive(Clone)]
struct Form {
    at_text_start: bool,
    bytes: Vec<[bool; 256]>,
}

/// Most forms the part before a value may expand to.
const MAX_FORMS: usize = 64;

/// Where the value ends.
// One per rule, read on every match: the byte set stays inline.
#[allow(clippy::large_enum_variant)]
enum End {
    /// Before the trailing bytes that cannot end it: the bytes after the
    /// value never end it (`(?:[^A-Za-z0-9_]|$)`).
    Edge([bool; 256]),
    /// This many bytes before the match's end: the part after the value
    /// has a fixed length (`"`, or nothing).
    Fixed(usize),
}

/// A set of bytes, and whether the pattern part can match the empty string.
type Edge = ([bool; 256], bool);

impl BoundaryTrim {
    /// The reader for a pattern `[before] (?P<value>X) [after]` at the top
    /// level, where `X` never matches empty, its start is known (no byte
    /// `before` can match starts `X`, or `before` always ends with a byte
    /// `X` never holds) and its end is known (no byte `after` can match
    /// ends `X`, or `after` has a fixed length); `None` for any other shape.
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
        let (before, after) = (&items[..at], &items[at + 1..]);
        let disjoint = |a: &[bool; 256], b: &[bool; 256]| a.iter().zip(b).all(|(x, y)| !(x & y));
        let delimited = || {
            let inner = bytes_of(std::slice::from_ref(&value.sub))?;
            let (closing, open) = edge_of(before, Side::Last);
            (!open && disjoint(&closing, &inner)).then_some(Start::AfterDelimiter(inner))
        };
        let start = match bytes_of(before) {
            Some(bytes) if disjoint(&bytes, &first) => Start::Edge(first),
            _ => delimited().or_else(|| {
                let forms = forms(before)?;
                Some(Start::Branches { forms, first })
            })?,
        };
        let end = match fixed_len(after) {
            Some(len) => End::Fixed(len),
            None => {
                let bytes = bytes_of(after)?;
                disjoint(&bytes, &last).then_some(End::Edge(last))?
            }
        };
        Some(BoundaryTrim { start, end })
    }

    /// Whether [`BoundaryTrim::value`] always answers.
    pub fn always_reads(&self) -> bool {
        !matches!(self.start, Start::Branches { .. })
    }

    /// The value's span within the match `[start, end)` of `hay`; `None`
    /// when the bytes leave the value's start ambiguous (read the captures).
    pub fn value(&self, hay: &[u8], start: usize, end: usize) -> Option<(usize, usize)> {
        let to = match &self.end {
            End::Fixed(len) => end.saturating_sub(*len).max(start),
            End::Edge(last) => (start + 1..=end)
                .rev()
                .find(|&i| last[usize::from(hay[i - 1])])
                .unwrap_or(end),
        };
        let from = match &self.start {
            Start::Edge(first) => (start..to)
                .find(|&i| first[usize::from(hay[i])])
                .unwrap_or(start),
            Start::AfterDelimiter(inner) => hay[start..to]
                .iter()
                .rposition(|&b| !inner[usize::from(b)])
                .map_or(start, |i| start + i + 1),
            Start::Branches { forms, first } => {
                // The form the regex took fits the bytes and is followed by
                // a byte that starts the value: if one start is left, it is
                // that one.
                let mut found = None;
                for form in forms {
                    let from = start + form.bytes.len();
                    let fits = from < to
                        && (!form.at_text_start || start == 0)
                        && first[usize::from(hay[from])]
                        && form
                            .bytes
                            .iter()
                            .zip(&hay[start..from])
                            .all(|(set, &b)| set[usize::from(b)]);
                    if fits && found.replace(from).is_some_and(|f| f != from) {
                        return None;
                    }
                }
                found?
            }
        };
        Some((from, to))
    }
}

/// The part before a value as a list of fixed-length forms (`^`,
/// `[^A-Za-z0-9]`, `(?i:mailto|e-?mail):`), or `None` when it has other
/// look-arounds, repetitions of varying count beyond `?`, or too many forms.
fn forms(items: &[Hir]) -> Option<Vec<Form>> {
    fn expand(hir: &Hir, forms: Vec<Form>) -> Option<Vec<Form>> {
        let out: Vec<Form> = match hir.kind() {
            HirKind::Empty => forms,
            HirKind::Look(regex_syntax::hir::Look::Start) => forms
                .into_iter()
                // `^` after some bytes never matches: drop those forms.
                .filter(|f| f.bytes.is_empty())
                .map(|f| Form {
                    at_text_start: true,
                    ..f
                })
                .collect(),
            HirKind::Look(_) | HirKind::Class(Class::Unicode(_)) => return None,
            HirKind::Literal(lit) => forms
                .into_iter()
                .map(|mut f| {
                    f.bytes.extend(lit.0.iter().map(|&b| {
                        let mut set = [false; 256];
                        set[usize::from(b)] = true;
                        set
                    }));
                    f
                })
                .collect(),
            HirKind::Class(class) => {
                let set = class_bytes(class);
                forms
                    .into_iter()
                    .map(|mut f| {
                        f.bytes.push(set);
                        f
                    })
                    .collect()
            }
            HirKind::Capture(c) => expand(&c.sub, forms)?,
            HirKind::Concat(subs) => {
                let mut forms = forms;
                for sub in subs {
                    forms = expand(sub, forms)?;
                }
                forms
            }
            HirKind::Alternation(alts) => {
                let mut out = Vec::new();
                for alt in alts {
                    out.extend(expand(alt, forms.clone())?);
                }
                out
            }
            HirKind::Repetition(rep) if rep.min == 0 && rep.max == Some(1) => {
                let mut out = forms.clone();
                out.extend(expand(&rep.sub, forms)?);
                out
            }
            HirKind::Repetition(_) => return None,
        };
        (out.len() <= MAX_FORMS).then_some(out)
    }
    let mut forms = vec![Form {
        at_text_start: false,
        bytes: Vec::new(),
    }];
    for item in items {
        forms = expand(item, forms)?;
    }
    Some(forms)
}

/// The length every match of `items` has, if it is fixed.
fn fixed_len(items: &[Hir]) -> Option<usize> {
    let mut len = 0;
    for item in items {
        let props = item.properties();
        let min = props.minimum_len()?;
        (props.maximum_len() == Some(min)).then_some(())?;
        len += min;
    }
    Some(len)
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
        assert_eq!(t.value(b" ab123,", 0, 7), Some((1, 6)));
        assert_eq!(t.value(b"ab12", 0, 4), Some((0, 4)));
        let t = trim(r"(?P<value>eyJ[a-z]+\.[a-z]+)(?:[^a-z.]|$)").unwrap();
        assert_eq!(t.value(b"eyJab.cd ", 0, 9), Some((0, 8)));
    }

    #[test]
    fn reads_delimited_values() {
        let t =
            trim(r#"(?i)key\s?=\s?"[^"]{0,9}pass[^"]*"\s+value="(?P<value>[^"]{1,9})"/>"#).unwrap();
        let hay = br#"x key="DbPass" value="p a=ss"/>"#;
        assert_eq!(t.value(hay, 2, hay.len()), Some((22, 28)));
        let t = trim(r"token=(?P<value>[a-z]+)").unwrap();
        assert_eq!(t.value(b"token=abc", 0, 9), Some((6, 9)));
        // A delimiter before, a boundary of varying length after.
        let t =
            trim(r"\?[a-z=&]{0,20}sig=(?P<value>[A-Za-z0-9_-]{4,8})(?:[^A-Za-z0-9_-]|$)").unwrap();
        assert_eq!(t.value(b"?a=b&sig=Ab_9-x&", 0, 16), Some((9, 15)));
        assert_eq!(t.value(b"?sig=Ab_9", 0, 9), Some((5, 9)));
    }

    #[test]
    fn reads_after_fixed_forms_or_defers() {
        // A letter before the value could be the value's first byte.
        let t = trim(r"(?:^|[^0-9])(?P<value>[a-z0-9]{4})").unwrap();
        assert_eq!(t.value(b" ab12", 0, 5), Some((1, 5)));
        // At the text's start, `^` and the boundary byte both fit: defer.
        assert_eq!(t.value(b"xab12", 0, 4), None);
        let t = trim(r"token=(?P<value>[a-z=]+)").unwrap();
        assert_eq!(t.value(b"token=a=b", 0, 9), Some((6, 9)));
        let t = trim(
            r#"(?:^|[^A-Za-z0-9.:-]|(?i:mailto|e-?mail|to):)(?P<value>(?:[A-Za-z0-9][A-Za-z0-9.-]{0,9}|"[^"@]{1,9}")@[a-z]{1,9}\.[a-z]{2,4})(?:[^A-Za-z0-9-]|$)"#,
        )
        .unwrap();
        assert!(!t.always_reads());
        assert_eq!(t.value(b" bob@x.com ", 0, 11), Some((1, 10)));
        assert_eq!(t.value(b"xMailTo:bob@x.com", 1, 17), Some((8, 17)));
        assert_eq!(t.value(b"xe-mail:bob@x.com", 1, 17), Some((8, 17)));
        assert_eq!(t.value(b"x\"\"a b\"@x.com", 1, 13), Some((2, 13)));
        // `"` is a boundary byte and starts a quoted local part: at the
        // text's start both readings fit.
        assert_eq!(t.value(b"\"bob@x.com", 0, 10), None);
    }

    #[test]
    fn refuses_ambiguous_shapes() {
        // A value followed by a part of varying length whose bytes may end
        // it, or preceded by one of varying length whose bytes may start
        // it; a value that may be empty; two value groups.
        assert!(trim(r#"token="(?P<value>[^"]+)"[a-z]*"#).is_none());
        assert!(trim(r#"token=\s*(?P<value>[^"]+)""#).is_none());
        assert!(trim(r"(?:^|\s)(?P<value>[a-z]*)\s").is_none());
        assert!(trim(r"[a-z]{0,3}=(?P<value>[a-z=]+)").is_none());
        assert!(trim(r"(?:^|\s)(?P<value>[a-z]+)\s(?P<value_2>[0-9]+)").is_none());
    }
}
