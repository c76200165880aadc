//! Whether a declared keyword can occur in a rule's matches at all.
//!
//! A keyword is the prefilter's promise that it occurs in every match; one
//! that can never occur (a typo, a keyword copied from another rule) makes
//! the rule silently find nothing. The check walks the rule's Thompson NFA:
//! starting from every state of the pattern, can the keyword's bytes (ASCII
//! case-insensitively) be read one after another? If no state can start
//! the keyword, no match can contain it. Look-around assertions are assumed
//! satisfiable, so the check never rejects a keyword that can occur.

use regex_automata::nfa::thompson::{self, NFA, State, WhichCaptures};
use regex_automata::util::primitives::StateID;
use regex_syntax::hir::Hir;

/// The NFA of `hir` alone: no unanchored prefix is reachable from its
/// anchored start, so its states are exactly the pattern's.
pub(crate) fn pattern_nfa(hir: &Hir, size_limit: usize) -> Option<NFA> {
    thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .utf8(false)
                .shrink(false)
                .which_captures(WhichCaptures::None)
                .nfa_size_limit(Some(size_limit)),
        )
        .build_from_hir(hir)
        .ok()
}

/// States reachable from `from` without reading a byte, `from` included.
/// `seen` marks visited states with the current `generation`, so it need
/// not be cleared between calls.
fn closure(
    nfa: &NFA,
    from: impl IntoIterator<Item = StateID>,
    seen: &mut [u32],
    generation: u32,
) -> Vec<StateID> {
    let mut stack: Vec<StateID> = from.into_iter().collect();
    let mut out = Vec::new();
    while let Some(id) = stack.pop() {
        if std::mem::replace(&mut seen[id.as_usize()], generation) == generation {
            continue;
        }
        out.push(id);
        match nfa.state(id) {
            State::Look { next, .. } | State::Capture { next, .. } => stack.push(*next),
            State::Union { alternates } => stack.extend(alternates.iter().copied()),
            State::BinaryUnion { alt1, alt2 } => stack.extend([*alt1, *alt2]),
            _ => {}
        }
    }
    out
}

/// States reached from `states` by reading `byte`.
fn step(nfa: &NFA, states: &[StateID], byte: u8) -> Vec<StateID> {
    let mut next = Vec::new();
    for &id in states {
        match nfa.state(id) {
            State::ByteRange { trans } if trans.matches_byte(byte) => next.push(trans.next),
            State::Sparse(sparse) => next.extend(sparse.matches_byte(byte)),
            State::Dense(dense) => next.extend(dense.matches_byte(byte)),
            _ => {}
        }
    }
    next
}

/// The keywords of `keywords` that no match of the pattern compiled into
/// `nfa` can contain (ASCII case-insensitively).
pub(crate) fn impossible<'k>(nfa: &NFA, keywords: &'k [String]) -> Option<&'k String> {
    let mut seen = vec![0u32; nfa.states().len()];
    let mut generation = 0;
    // Every state the pattern can be in: reachable from the anchored start
    // (the unanchored prefix is not).
    let mut all = Vec::new();
    let mut visited = vec![false; nfa.states().len()];
    let mut stack = vec![nfa.start_anchored()];
    while let Some(id) = stack.pop() {
        if std::mem::replace(&mut visited[id.as_usize()], true) {
            continue;
        }
        all.push(id);
        match nfa.state(id) {
            State::ByteRange { trans } => stack.push(trans.next),
            State::Sparse(sparse) => stack.extend(sparse.transitions.iter().map(|t| t.next)),
            State::Dense(dense) => stack.extend(dense.transitions.iter().copied()),
            State::Look { next, .. } | State::Capture { next, .. } => stack.push(*next),
            State::Union { alternates } => stack.extend(alternates.iter().copied()),
            State::BinaryUnion { alt1, alt2 } => stack.extend([*alt1, *alt2]),
            State::Fail | State::Match { .. } => {}
        }
    }
    keywords.iter().find(|k| {
        let mut current: &[StateID] = &all;
        let mut owned;
        for &b in k.as_bytes() {
            let mut next = step(nfa, current, b.to_ascii_lowercase());
            if b.is_ascii_alphabetic() {
                next.extend(step(nfa, current, b.to_ascii_uppercase()));
            }
            if next.is_empty() {
                return true;
            }
            generation += 1;
            owned = closure(nfa, next, &mut seen, generation);
            current = &owned;
        }
        false
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occurs(pattern: &str, keyword: &str) -> bool {
        let hir = crate::engine::compile::parse_pattern(pattern).unwrap();
        impossible(&pattern_nfa(&hir, 1 << 20).unwrap(), &[keyword.to_string()]).is_none()
    }

    #[test]
    fn keywords_in_the_pattern_can_occur() {
        assert!(occurs(r"\bsk_live_[A-Za-z0-9]{24}", "sk_live_"));
        assert!(occurs(r"\bsk_live_[A-Za-z0-9]{24}", "SK_LIVE"));
        assert!(occurs(r"(?i:api)[_-]?key\s*=\s*[a-z]{8}", "api_key"));
        assert!(occurs(r"(?:^|[^a-z])(?P<value>ghp_[A-Za-z0-9]{36})", "p_a"));
    }

    #[test]
    fn keywords_the_pattern_cannot_hold_are_found() {
        assert!(!occurs(r"\bsk_live_[A-Za-z0-9]{24}", "rk_live_"));
        assert!(!occurs(r"[a-z ]{1,4000}Q", "token1"));
        assert!(!occurs(r"[0-9]{16}", "card"));
        assert!(!occurs(r"ghp_[A-Za-z0-9]{36}", "ghp-"));
    }

    /// Every built-in rule's keywords can occur, so start-up skips them.
    #[test]
    fn built_in_keywords_can_occur() {
        for rule in crate::RuleSet::builtin().rules() {
            let pattern = crate::engine::escaped_boundary::escape_aware(&rule.pattern);
            let hir = crate::engine::compile::parse_pattern(&pattern).unwrap();
            let nfa =
                pattern_nfa(&hir, crate::scanner::DEFAULT_RULE_SIZE_LIMIT.max(1 << 20)).unwrap();
            assert_eq!(impossible(&nfa, &rule.keywords), None, "{}", rule.id);
        }
    }
}
