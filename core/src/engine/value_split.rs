//! Value extraction by splitting a pattern into its key and value parts.
//!
//! The generic credential rules are `KEY SEPARATOR VALUE`, with thousands of
//! NFA states in the key part (key words in many languages and case styles,
//! every separator). Reading their value group with a backtracker explores
//! that key part again for every candidate: 1-2.5 µs each, which is most of
//! the cost of text dense with key words (`SECRET_KEY SECRET_KEY ...`).
//!
//! A branch of such a pattern is a concatenation whose first part holding a
//! value group splits it in two: the *key* (everything before) and the
//! *value part* (the rest, often an alternation of value forms: quoted,
//! bare, ...). Given a match `[start, end)` that the rule's DFA found, the
//! value is read with lazy DFAs instead:
//!
//! 1. every end `p` of the key anchored at `start` (one overlapping DFA pass);
//! 2. from the largest `p` down, the first whose value part, anchored at
//!    `p`, ends exactly at `end` (leftmost-first, as the whole rule);
//! 3. the first of the value part's alternatives that matches in `[p, end)`
//!    gives the group, read by a regex of that alternative alone (small,
//!    so `regex-automata` uses its one-pass DFA or a small backtracker).
//!
//! Branches are tried in pattern order; the first with such a split is the
//! one the whole pattern matched with (a branch that matches at `start` at
//! all ends where the whole match ends). Within it, a key that could end at
//! several places takes the longest, as the patterns' greedy separators
//! do; where the regex's own choice would differ, the value read here is a
//! suffix of the same match. `compile::tests` compares both on every rule
//! that gets a split, over its examples and keyword floods. When no split
//! is found (a DFA gave up), the caller falls back to a backtracker.

use std::panic::{RefUnwindSafe, UnwindSafe};

use regex_automata::hybrid::dfa::{Cache, DFA, OverlappingState};
use regex_automata::meta;
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::captures::Captures;
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, MatchKind, PatternID};
use regex_syntax::hir::{Hir, HirKind};

/// Lazy DFA cache per part, per thread (as much as a rule's own regex gets).
const CACHE_BYTES: usize = 2 << 20;

/// One alternative of a branch's value part, with its value groups.
struct Alternative {
    regex: meta::Regex,
    groups: Vec<usize>,
    /// Bytes a match can start with: most alternatives are told apart by
    /// their first byte (a quote, a backtick, a letter), so the others are
    /// not searched.
    first: [bool; 256],
}

/// One top-level branch of the pattern.
struct Branch {
    /// The key part; every end it reaches (`MatchKind::All`).
    key: DFA,
    /// The value part, leftmost-first; `None` when the branch has no value
    /// group (its value is the whole match, and `key` is the whole branch).
    value: Option<DFA>,
    alternatives: Vec<Alternative>,
}

/// Per-thread search state.
struct Scratch {
    keys: Vec<Cache>,
    values: Vec<Option<Cache>>,
    captures: Vec<Vec<Captures>>,
    ends: Vec<usize>,
}

type ScratchFn = Box<dyn Fn() -> Scratch + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// A rule's value reader built from its pattern's key/value split.
pub(crate) struct ValueSplit {
    branches: Vec<Branch>,
    scratch: Pool<Scratch, ScratchFn>,
}

/// Whether `hir` holds a capture group named `value` or `value_N`.
fn has_value_group(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Capture(c) => {
            c.name
                .as_deref()
                .is_some_and(|n| n == "value" || n.starts_with("value_"))
                || has_value_group(&c.sub)
        }
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(has_value_group),
        HirKind::Repetition(r) => has_value_group(&r.sub),
        _ => false,
    }
}

fn dfa(hir: &Hir, kind: MatchKind, size_limit: usize) -> Option<DFA> {
    let nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .utf8(false)
                .nfa_size_limit(Some(size_limit))
                .which_captures(WhichCaptures::None),
        )
        .build_from_hir(hir)
        .ok()?;
    DFA::builder()
        .configure(
            DFA::config()
                .match_kind(kind)
                .cache_capacity(CACHE_BYTES)
                .skip_cache_capacity_check(true)
                // Spans are short; a full cache is cleared, never given up on.
                .minimum_cache_clear_count(None),
        )
        .build_from_nfa(nfa)
        .ok()
}

fn alternative(hir: &Hir, size_limit: usize) -> Option<Alternative> {
    let regex = meta::Builder::new()
        .configure(
            meta::Config::new()
                .utf8_empty(false)
                .nfa_size_limit(Some(size_limit)),
        )
        .build_from_hir(hir)
        .ok()?;
    let groups = regex
        .group_info()
        .pattern_names(PatternID::ZERO)
        .enumerate()
        .filter(|(_, n)| n.is_some_and(|n| n == "value" || n.starts_with("value_")))
        .map(|(i, _)| i)
        .collect();
    Some(Alternative {
        regex,
        groups,
        first: first_bytes(hir, size_limit)?,
    })
}

/// The bytes an anchored match of `hir` can start with: those on which
/// its DFA's start state does not go dead. Every byte when the pattern
/// starts with a look-around (its start state depends on the text before)
/// or can match empty text.
fn first_bytes(hir: &Hir, size_limit: usize) -> Option<[bool; 256]> {
    let mut first = [true; 256];
    let props = hir.properties();
    if !props.look_set_prefix().is_empty() || props.minimum_len() == Some(0) {
        return Some(first);
    }
    let dfa = dfa(hir, MatchKind::LeftmostFirst, size_limit)?;
    let mut cache = dfa.create_cache();
    for (b, slot) in (0..=255u8).zip(first.iter_mut()) {
        let byte = [b];
        let input = Input::new(&byte).anchored(Anchored::Yes);
        let start = dfa.start_state_forward(&mut cache, &input).ok()?;
        *slot = !dfa.next_state(&mut cache, start, b).ok()?.is_dead();
    }
    Some(first)
}

impl Branch {
    fn new(hir: &Hir, size_limit: usize) -> Option<Branch> {
        let items: Vec<Hir> = match hir.kind() {
            HirKind::Concat(items) => items.clone(),
            _ => vec![hir.clone()],
        };
        let Some(k) = items.iter().position(has_value_group) else {
            return Some(Branch {
                key: dfa(hir, MatchKind::All, size_limit)?,
                value: None,
                alternatives: Vec::new(),
            });
        };
        if k == 0 {
            return None;
        }
        let key = Hir::concat(items[..k].to_vec());
        let value = Hir::concat(items[k..].to_vec());
        let alternatives = match value.kind() {
            HirKind::Alternation(alts) => alts
                .iter()
                .map(|a| alternative(a, size_limit))
                .collect::<Option<Vec<_>>>()?,
            _ => vec![alternative(&value, size_limit)?],
        };
        Some(Branch {
            key: dfa(&key, MatchKind::All, size_limit)?,
            value: Some(dfa(&value, MatchKind::LeftmostFirst, size_limit)?),
            alternatives,
        })
    }

    /// The value span of a match `[start, end)` of this branch, if it is one.
    /// `Some(None)`: this branch does not match there; `None`: a DFA gave up.
    fn value(
        &self,
        scratch: &mut Scratch,
        i: usize,
        hay: &[u8],
        start: usize,
        end: usize,
    ) -> Option<Option<(usize, usize)>> {
        let Scratch {
            keys,
            values,
            captures,
            ends,
        } = scratch;
        ends.clear();
        let input = Input::new(hay).span(start..end).anchored(Anchored::Yes);
        let mut state = OverlappingState::start();
        loop {
            self.key
                .try_search_overlapping_fwd(&mut keys[i], &input, &mut state)
                .ok()?;
            match state.get_match() {
                Some(m) => ends.push(m.offset()),
                None => break,
            }
        }
        let Some(value) = &self.value else {
            // No value group: the whole match is the value.
            return Some(ends.contains(&end).then_some((start, end)));
        };
        let cache = values[i].as_mut().expect("a cache for every value part");
        ends.sort_unstable();
        ends.dedup();
        for &p in ends.iter().rev().filter(|&&p| p < end) {
            let input = Input::new(hay).span(p..hay.len()).anchored(Anchored::Yes);
            let found = value.try_search_fwd(cache, &input).ok()?;
            if found.map(|m| m.offset()) != Some(end) {
                continue;
            }
            let input = Input::new(hay).span(p..end).anchored(Anchored::Yes);
            let first = usize::from(hay[p]);
            for (alt, caps) in self.alternatives.iter().zip(captures[i].iter_mut()) {
                if !alt.first[first] {
                    continue;
                }
                alt.regex.search_captures(&input, caps);
                if caps.is_match() {
                    let span = alt.groups.iter().find_map(|&g| caps.get_group(g));
                    return Some(Some(span.map_or((start, end), |s| (s.start, s.end))));
                }
            }
            return None;
        }
        Some(None)
    }
}

impl ValueSplit {
    /// `None` when the pattern does not split (a value group first in a
    /// branch, or a part too large to compile).
    pub fn for_hir(hir: &Hir, size_limit: usize) -> Option<ValueSplit> {
        let branches: Vec<Branch> = match hir.kind() {
            HirKind::Alternation(subs) => subs
                .iter()
                .map(|b| Branch::new(b, size_limit))
                .collect::<Option<_>>()?,
            _ => vec![Branch::new(hir, size_limit)?],
        };
        let make = branches
            .iter()
            .map(|b| {
                (
                    b.key.clone(),
                    b.value.clone(),
                    b.alternatives
                        .iter()
                        .map(|a| a.regex.clone())
                        .collect::<Vec<_>>(),
                )
            })
            .collect::<Vec<_>>();
        let scratch: ScratchFn = Box::new(move || Scratch {
            keys: make.iter().map(|(k, _, _)| k.create_cache()).collect(),
            values: make
                .iter()
                .map(|(_, v, _)| v.as_ref().map(DFA::create_cache))
                .collect(),
            captures: make
                .iter()
                .map(|(_, _, alts)| alts.iter().map(meta::Regex::create_captures).collect())
                .collect(),
            ends: Vec::new(),
        });
        Some(ValueSplit {
            branches,
            scratch: Pool::new(scratch),
        })
    }

    /// The value span of the match `[start, end)` that the rule's regex
    /// found in `hay`; `None` when no split explains it (the caller then
    /// reads the value another way).
    pub fn value(&self, hay: &[u8], start: usize, end: usize) -> Option<(usize, usize)> {
        let mut scratch = self.scratch.get();
        for (i, branch) in self.branches.iter().enumerate() {
            if let Some(span) = branch.value(&mut scratch, i, hay, start, end)? {
                return Some(span);
            }
        }
        None
    }
}
