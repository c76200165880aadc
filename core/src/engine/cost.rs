//! The build-time cost probe for custom patterns.
//!
//! A pattern can pass every structural check (bounded length, keywords it
//! always matches) and still run at kilobytes per second: `[a-z ]{1,6000}Q`
//! makes a lazy DFA build a new, ever larger state at almost every byte of
//! lower-case text, so `regex` gives up on its DFA and falls back to the
//! PikeVM (`{1,4000}` ran at 16 KB/s in a 2 MiB cache). The probe runs the rule's own lazy DFA, with
//! the cache size and give-up thresholds `regex` uses, over text made of the
//! pattern's own byte classes (after its first keyword, so keyword rules are
//! probed where they run), and refuses the rule if that DFA gives up. The
//! built-in rules are known to pass (a test probes them all) and are not
//! probed or keyword-checked at start-up.

use std::collections::HashSet;
use std::sync::OnceLock;

use regex_automata::Input;
use regex_automata::hybrid::dfa::DFA;
use regex_syntax::hir::{Class, Hir, HirKind};

/// Bytes of probe text per byte of lazy DFA cache: 64 KiB for a 2 MiB
/// cache, enough for three clears of a thrashing DFA; the text grows with
/// the cache, since a larger cache takes longer to fill.
const PROBE_BYTES_PER_CACHE_BYTE: usize = 32;

/// Most byte classes probed per rule (the broadest are taken).
const MAX_PROBES: usize = 6;

/// Bytes between two keyword occurrences in a probe.
const KEYWORD_EVERY: usize = 4 << 10;

/// Whether `rule` has a built-in rule's pattern and keywords (those are
/// checked by tests instead: [`probe`] here, keyword reachability in
/// `keyword_check`).
pub(crate) fn is_builtin(rule: &crate::Rule) -> bool {
    static RULES: OnceLock<HashSet<(String, Vec<String>)>> = OnceLock::new();
    RULES
        .get_or_init(|| {
            crate::RuleSet::builtin()
                .rules()
                .iter()
                .map(|r| (r.pattern.clone(), r.keywords.clone()))
                .collect()
        })
        .contains(&(rule.pattern.clone(), rule.keywords.clone()))
}

/// `Err` (a message without any matched text) when the lazy DFA of `hir`
/// gives up on text made of its own classes.
pub(crate) fn probe(
    hir: &Hir,
    keywords: &[Vec<u8>],
    cache_capacity: usize,
    size_limit: usize,
) -> std::result::Result<(), String> {
    let nfa = super::keyword_check::pattern_nfa(hir, size_limit)
        .ok_or_else(|| "compiled pattern exceeds the size limit".to_string())?;
    let costly = |detail: String| {
        format!(
            "pattern is too costly to match: {detail}; bound repetitions of broad classes more tightly (e.g. {{1,256}}) or put a literal before them"
        )
    };
    let dfa = DFA::builder()
        .configure(
            DFA::config()
                .cache_capacity(cache_capacity)
                .minimum_cache_clear_count(Some(3))
                .minimum_bytes_per_state(Some(10)),
        )
        .build_from_nfa(nfa)
        .map_err(|_| costly("its lazy DFA does not fit the cache".into()))?;
    let mut cache = dfa.create_cache();
    let keyword = keywords.first().map_or(&[][..], Vec::as_slice);
    for class in probe_classes(hir) {
        let text = probe_text(&class, keyword, cache_capacity / PROBE_BYTES_PER_CACHE_BYTE);
        let mut at = 0;
        while at < text.len() {
            match dfa.try_search_fwd(&mut cache, &Input::new(&text).range(at..)) {
                Ok(Some(m)) => at = m.offset().max(at + 1),
                Ok(None) => break,
                Err(_) => {
                    return Err(costly(format!(
                        "its lazy DFA gave up on text made of one of its own classes ({} bytes)",
                        class.len()
                    )));
                }
            }
        }
    }
    Ok(())
}

/// The pattern's byte classes of two or more bytes, broadest first, plus
/// the union of every byte the pattern names.
fn probe_classes(hir: &Hir) -> Vec<Vec<u8>> {
    let mut classes = Vec::new();
    collect(hir, &mut classes);
    let mut all: Vec<u8> = classes.iter().flatten().copied().collect();
    all.sort_unstable();
    all.dedup();
    classes.retain(|c| c.len() >= 2);
    classes.sort_by_key(|c| std::cmp::Reverse(c.len()));
    classes.dedup();
    classes.truncate(MAX_PROBES);
    if all.len() >= 2 {
        classes.push(all);
    }
    classes
}

fn collect(hir: &Hir, out: &mut Vec<Vec<u8>>) {
    match hir.kind() {
        HirKind::Literal(lit) => out.push(lit.0.to_vec()),
        HirKind::Class(Class::Bytes(class)) => {
            out.push(class.iter().flat_map(|r| r.start()..=r.end()).collect());
        }
        HirKind::Class(Class::Unicode(class)) => out.push(
            class
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .filter_map(|c| u8::try_from(c).ok())
                .filter(u8::is_ascii)
                .collect(),
        ),
        HirKind::Repetition(r) => collect(&r.sub, out),
        HirKind::Capture(c) => collect(&c.sub, out),
        HirKind::Concat(items) | HirKind::Alternation(items) => {
            items.iter().for_each(|h| collect(h, out));
        }
        HirKind::Empty | HirKind::Look(_) => {}
    }
}

/// `len` pseudo-random bytes of `class`, with `keyword` every
/// `KEYWORD_EVERY` bytes; the same text on every run.
fn probe_text(class: &[u8], keyword: &[u8], len: usize) -> Vec<u8> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut text = Vec::with_capacity(len + keyword.len());
    while text.len() < len {
        if text.len() % KEYWORD_EVERY == 0 {
            text.extend_from_slice(keyword);
        }
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let pick = usize::try_from(state >> 33).unwrap_or(0) % class.len();
        text.push(class[pick]);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probe_of(pattern: &str, keywords: &[&str]) -> std::result::Result<(), String> {
        let hir = crate::engine::compile::parse_pattern(pattern).unwrap();
        let keywords: Vec<Vec<u8>> = keywords.iter().map(|k| k.as_bytes().to_vec()).collect();
        probe(&hir, &keywords, 2 << 20, 2 << 20)
    }

    #[test]
    fn refuses_patterns_whose_dfa_thrashes() {
        assert!(
            probe_of(r"[a-z ]{1,4000}Q", &[])
                .unwrap_err()
                .contains("too costly")
        );
        assert!(probe_of(r"key[a-z ]{1,4000}Q", &["key"]).is_err());
        assert!(probe_of(r"[ab]{0,60}a[ab]{24}", &[]).is_err());
    }

    #[test]
    fn accepts_ordinary_patterns() {
        assert!(probe_of(r"ghp_[A-Za-z0-9]{36}", &["ghp_"]).is_ok());
        assert!(probe_of(r"[a-z ]{1,64}Q", &[]).is_ok());
        assert!(probe_of(r"\b[0-9]{3}-[0-9]{2}-[0-9]{4}\b", &[]).is_ok());
    }

    /// Every built-in rule passes, so skipping them at start-up is safe.
    #[test]
    fn built_in_rules_pass() {
        for rule in crate::RuleSet::builtin().rules() {
            let hir = crate::engine::compile::parse_pattern(&rule.pattern).unwrap();
            let keywords: Vec<Vec<u8>> = rule
                .keywords
                .iter()
                .map(|k| k.as_bytes().to_vec())
                .collect();
            let cache =
                super::super::compile::dfa_cache_capacity(crate::scanner::DEFAULT_RULE_SIZE_LIMIT);
            if let Err(e) = probe(
                &hir,
                &keywords,
                cache,
                crate::scanner::DEFAULT_RULE_SIZE_LIMIT,
            ) {
                panic!("{}: {e}", rule.id);
            }
        }
    }
}
