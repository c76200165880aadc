//! Required bytes: punctuation every match of a rule holds (the `<` and
//! `>` around a display-name e-mail, the `:`, `;` or `|` of a combo-list
//! line), so a confirmation window without them is skipped with a
//! `memchr` instead of a regex search over it.
//!
//! The windows a keyword hit opens are up to a rule's longest match on
//! each side of it; on ordinary text most hold no match, and searching
//! them was most of a short prompt's cost (an `@` opened 944 bytes of
//! search for one rule, 729 for another). A window that lacks a byte
//! every match needs can hold no match, so skipping it changes nothing.

use memchr::{memchr, memchr2, memchr3};
use regex_syntax::hir::{Class, Hir, HirKind};

/// Largest byte set kept (what `memchr3` tests at once).
const MAX_SET: usize = 3;

/// Most sets checked per window.
const MAX_CHECKS: usize = 2;

/// Byte sets of which every match holds at least one byte each; only rare
/// punctuation, so the checks skip windows of ordinary text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct RequiredBytes(Vec<Vec<u8>>);

impl RequiredBytes {
    /// The sets worth checking for `hir`'s matches (none when no rare
    /// punctuation is in every match).
    pub fn for_hir(hir: &Hir) -> RequiredBytes {
        let mut sets: Vec<Vec<u8>> = required(hir)
            .into_iter()
            .filter(|s| s.iter().all(|&b| rarity(b) > 0))
            .collect();
        // Rarest first: a set's score is its commonest byte's.
        sets.sort_by_key(|s| std::cmp::Reverse(s.iter().map(|&b| rarity(b)).min()));
        sets.truncate(MAX_CHECKS);
        RequiredBytes(sets)
    }

    /// Whether `window` holds a byte of every set (always, without sets).
    #[inline]
    pub fn admit(&self, window: &[u8]) -> bool {
        self.0.iter().all(|set| match set[..] {
            [a] => memchr(a, window).is_some(),
            [a, b] => memchr2(a, b, window).is_some(),
            [a, b, c] => memchr3(a, b, c, window).is_some(),
            _ => true,
        })
    }

    /// Whether any set is checked.
    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// How rarely `b` occurs in prose, logs and code: 0 for letters, digits,
/// whitespace, non-ASCII and the punctuation of every sentence (never
/// checked), higher for rarer bytes.
fn rarity(b: u8) -> u8 {
    match b {
        b'<' | b'>' | b'|' | b'@' | b'`' | b'~' | b'^' | b'\\' | b'$' | b'%' | b'&' | b'#' => 3,
        b'{' | b'}' | b'[' | b']' | b'*' | b'+' | b'=' | b';' => 2,
        b':' | b'"' | b'(' | b')' | b'!' | b'?' => 1,
        _ => 0,
    }
}

/// Byte sets (sorted, at most [`MAX_SET`] bytes) of which every match of
/// `hir` holds a byte each.
fn required(hir: &Hir) -> Vec<Vec<u8>> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Vec::new(),
        HirKind::Literal(lit) => {
            let mut sets: Vec<Vec<u8>> = lit.0.iter().map(|&b| vec![b]).collect();
            sets.sort();
            sets.dedup();
            sets
        }
        HirKind::Class(class) => class_bytes(class).into_iter().collect(),
        HirKind::Capture(cap) => required(&cap.sub),
        HirKind::Repetition(rep) if rep.min == 0 => Vec::new(),
        HirKind::Repetition(rep) => required(&rep.sub),
        HirKind::Concat(items) => {
            let mut sets: Vec<Vec<u8>> = items.iter().flat_map(required).collect();
            sets.sort();
            sets.dedup();
            sets
        }
        HirKind::Alternation(alts) => {
            // A match of the alternation is a match of one branch: the
            // union of one set from each branch is required.
            let mut acc: Option<Vec<Vec<u8>>> = None;
            for alt in alts {
                let sets = required(alt);
                acc = Some(match acc {
                    None => sets,
                    Some(prev) => {
                        let mut next: Vec<Vec<u8>> = prev
                            .iter()
                            .flat_map(|a| sets.iter().map(move |b| union(a, b)))
                            .filter(|u| u.len() <= MAX_SET)
                            .collect();
                        next.sort();
                        next.dedup();
                        next.truncate(64);
                        next
                    }
                });
                if acc.as_ref().is_some_and(Vec::is_empty) {
                    break;
                }
            }
            acc.unwrap_or_default()
        }
    }
}

/// The bytes of a small class (`None` above [`MAX_SET`] bytes).
fn class_bytes(class: &Class) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    match class {
        Class::Bytes(c) => {
            for r in c.iter() {
                if usize::from(r.end() - r.start()) >= MAX_SET {
                    return None;
                }
                bytes.extend(r.start()..=r.end());
            }
        }
        Class::Unicode(c) => {
            for r in c.iter() {
                let (Ok(start), Ok(end)) = (u8::try_from(r.start()), u8::try_from(r.end())) else {
                    return None;
                };
                if !end.is_ascii() || usize::from(end - start) >= MAX_SET {
                    return None;
                }
                bytes.extend(start..=end);
            }
        }
    }
    (!bytes.is_empty() && bytes.len() <= MAX_SET).then_some(bytes)
}

/// The sorted union of two sorted sets.
fn union(a: &[u8], b: &[u8]) -> Vec<u8> {
    let mut u: Vec<u8> = a.iter().chain(b).copied().collect();
    u.sort_unstable();
    u.dedup();
    u
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compile::parse_pattern;

    fn sets(pattern: &str) -> Vec<Vec<u8>> {
        RequiredBytes::for_hir(&parse_pattern(pattern).unwrap()).0
    }

    #[test]
    fn finds_the_punctuation_every_match_holds() {
        assert_eq!(
            sets(r"[a-z]+ <[a-z]{1,9}@[a-z]{1,9}>"),
            vec![vec![b'<'], vec![b'>']]
        );
        assert_eq!(
            sets(r"[a-z]{1,9}@[a-z]{1,9}[:;|][a-z]{6}"),
            vec![vec![b'@'], vec![b':', b';', b'|']]
        );
        // One branch each: the union is required.
        assert_eq!(sets(r"key(?:=|: )[a-z]{8}"), vec![vec![b':', b'=']]);
        // Optional, letters only, a wide class, or a branch without it: nothing.
        assert!(sets(r"<?[a-z]{4}").is_empty());
        assert!(sets(r"(?i)apikey[a-z0-9]{8}").is_empty());
        assert!(sets(r"[^a-z][0-9]{4}").is_empty());
        assert!(sets(r"(?:x=|y)[0-9]{4}").is_empty());
        // Common punctuation is never checked.
        assert!(sets(r"[a-z]{3}\.[a-z]{2}, ").is_empty());
    }

    #[test]
    fn every_builtin_example_match_holds_its_rule_bytes() {
        let mut checked = 0;
        for rule in crate::RuleSet::builtin().rules() {
            let req = RequiredBytes::for_hir(&parse_pattern(&rule.pattern).unwrap());
            if req.is_empty() {
                continue;
            }
            checked += 1;
            let regex = crate::engine::compile::build_regex(&rule.pattern, 64 << 20).unwrap();
            for example in &rule.examples {
                for m in regex.find_iter(example.as_bytes()) {
                    assert!(req.admit(m.as_bytes()), "{} {req:?}", rule.id);
                }
            }
        }
        // The check covers a real share of the pack.
        assert!(checked > 100, "{checked}");
    }

    #[test]
    fn admits_only_windows_with_every_set() {
        let req = RequiredBytes::for_hir(&parse_pattern(r"[a-z]+ <[a-z]{1,9}@x>").unwrap());
        assert!(req.admit(b"Ana <ana@x>"));
        assert!(!req.admit(b"reach me at ana@x."));
        assert!(!req.admit(b"a <b"));
        assert!(RequiredBytes::default().admit(b""));
    }
}
