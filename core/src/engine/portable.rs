//! The portable backend (pure Rust, runs everywhere including WASM).
//!
//! Two prefilters, one pass each over new text:
//! - an Aho-Corasick automaton over every rule's `keywords` (ASCII
//!   case-insensitive) reports keyword hits for keyword rules;
//! - one multi-pattern regex over the rules without keywords, in set mode,
//!   reports which of them match anywhere in the text. Running the union
//!   once is far cheaper than each rule's regex in turn (measured ~300 MB/s
//!   for the 38 built-in keyword-less rules against ~13 MB/s one by one).
//!   It runs only on the text near the byte-class runs those rules' matches
//!   need (4 digits, 6 capitals, ...; [`super::run_windows`]), one union
//!   per class and run length ([`UnkeyedSet::build_per_class`]).

use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_automata::hybrid::dfa::{Cache, DFA, OverlappingState};
use regex_automata::nfa::thompson;
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind as RaMatchKind};

use super::run_windows::{self, Trigger};
use super::{Backend, BackendState, CompiledRule, Gate};
use crate::error::{Error, Result};

/// A lazy DFA over the keyword-less rules, run for overlapping matches.
struct UnkeyedSet {
    dfa: DFA,
    /// Per-thread search caches (the DFA's states are built lazily).
    caches: Pool<Cache, CacheFn>,
    /// The rule index of each pattern.
    rules: Vec<usize>,
    /// Per pattern: the rule's maximum match length (for the fallback).
    max_len: Vec<usize>,
    /// Per trigger class: the shortest run its members need and their
    /// longest match. Only the windows around such runs are searched;
    /// `None` (a member needs no run): the whole text.
    gates: Option<Vec<run_windows::RunGate>>,
}

type CacheFn =
    Box<dyn Fn() -> Cache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// Finds candidates with keyword and set prefilters.
pub(crate) struct PortableBackend {
    automaton: Option<AhoCorasick>,
    /// Per keyword pattern: the rules that declared it.
    owners: Vec<Vec<usize>>,
    longest_keyword: usize,
    /// The keyword-less rules: one union per trigger class, or one union
    /// searched over the whole text when a member needs no run.
    unkeyed: Vec<UnkeyedSet>,
    /// Per rule: how it is gated (`None` for rules another backend handles).
    gates: Vec<Option<Gate>>,
}

impl PortableBackend {
    /// A backend for every rule.
    pub fn new(rules: &[CompiledRule]) -> Result<PortableBackend> {
        PortableBackend::for_rules(rules, |_| true)
    }

    /// A backend for the rules `include` selects (indices stay those of `rules`).
    pub fn for_rules(
        rules: &[CompiledRule],
        include: impl Fn(usize) -> bool,
    ) -> Result<PortableBackend> {
        let mut keywords: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        for (index, rule) in rules.iter().enumerate().filter(|(i, _)| include(*i)) {
            for kw in &rule.rule.keywords {
                let kw = kw.to_ascii_lowercase().into_bytes();
                match keywords.iter().position(|k| *k == kw) {
                    Some(i) if !owners[i].contains(&index) => owners[i].push(index),
                    Some(_) => {}
                    None => {
                        keywords.push(kw);
                        owners.push(vec![index]);
                    }
                }
            }
        }
        let automaton = if keywords.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    // A full DFA: ~2.8x faster than the default contiguous
                    // NFA for overlapping search over the built-in keywords
                    // (490 vs 173 MB/s measured) for 720 KiB of tables.
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(&keywords)
                    .map_err(|e| Error::config(format!("keyword prefilter: {e}")))?,
            )
        };
        let unkeyed_rules: Vec<usize> = (0..rules.len())
            .filter(|&i| include(i) && rules[i].rule.keywords.is_empty())
            .collect();
        let unkeyed = UnkeyedSet::build_per_class(rules, unkeyed_rules)?;
        Ok(PortableBackend {
            automaton,
            owners,
            longest_keyword: keywords.iter().map(Vec::len).max().unwrap_or(0),
            unkeyed,
            gates: (0..rules.len())
                .map(|i| {
                    include(i).then_some(if rules[i].rule.keywords.is_empty() {
                        Gate::Set
                    } else {
                        Gate::Keyword
                    })
                })
                .collect(),
        })
    }
}

impl Backend for PortableBackend {
    fn name(&self) -> &'static str {
        "portable"
    }

    fn gate(&self, rule: usize) -> Gate {
        self.gates[rule].unwrap_or(Gate::Set)
    }

    fn hits(
        &self,
        _state: &mut Option<BackendState>,
        hay: &[u8],
        from: usize,
        _is_final: bool,
        sink: &mut dyn FnMut(usize, usize),
    ) -> Result<()> {
        let Some(ac) = &self.automaton else {
            return Ok(());
        };
        // Re-read the tail a keyword could straddle; report only hits ending after `from`.
        let start = from
            .saturating_sub(self.longest_keyword.saturating_sub(1))
            .min(hay.len());
        for hit in ac.find_overlapping_iter(aho_corasick::Input::new(hay).span(start..hay.len())) {
            if hit.end() <= from {
                continue;
            }
            for &rule in &self.owners[hit.pattern().as_usize()] {
                sink(rule, hit.start());
            }
        }
        Ok(())
    }

    fn set_hits(&self, hay: &[u8], from: usize, sink: &mut dyn FnMut(usize, usize)) {
        let from = from.min(hay.len());
        for set in &self.unkeyed {
            match &set.gates {
                Some(gates) => run_windows::merged(hay, from, gates)
                    .into_iter()
                    .for_each(|window| set.hits(hay, window, sink)),
                None => set.hits(hay, from..hay.len(), sink),
            }
        }
    }
}

/// Groups rules by the run they need: a rule needing a run of 6 digits is
/// not searched in every window a rule needing 1 digit opens.
fn run_bucket(run: usize) -> usize {
    match run {
        0..=3 => run,
        4..=5 => 4,
        6..=8 => 6,
        _ => 9,
    }
}

impl UnkeyedSet {
    /// One union per trigger class and [`run_bucket`] of `members`, each
    /// searched only in its own windows, or one union of all of them when
    /// a member needs no run.
    ///
    /// One union of every keyword-less rule read the merged windows once,
    /// but its overlapping lazy DFA kept building states (the product of
    /// its members' partial matches: 6.1 MB of them over 8 MB of the mixed
    /// corpus) and ran at 22 MB/s (358 ms); eleven smaller unions, the
    /// rules needing runs of 4+ digits searched only near such runs, took
    /// 227 ms together (1.6x less) with 1.1 MB of states.
    fn build_per_class(rules: &[CompiledRule], members: Vec<usize>) -> Result<Vec<UnkeyedSet>> {
        if members.is_empty() {
            return Ok(Vec::new());
        }
        if members.iter().any(|&i| rules[i].trigger.is_none()) {
            return Ok(vec![UnkeyedSet::build(rules, members)?]);
        }
        let mut by_class: BTreeMap<(Trigger, usize), Vec<usize>> = BTreeMap::new();
        for &i in &members {
            if let Some((trigger, run)) = rules[i].trigger {
                by_class
                    .entry((trigger, run_bucket(run)))
                    .or_default()
                    .push(i);
            }
        }
        by_class
            .into_values()
            .map(|class| UnkeyedSet::build(rules, class))
            .collect()
    }

    /// The union of `rules[i]` for `members`.
    fn build(rules: &[CompiledRule], members: Vec<usize>) -> Result<UnkeyedSet> {
        let patterns: Vec<&str> = members
            .iter()
            .map(|&i| rules[i].rule.pattern.as_str())
            .collect();
        let dfa = DFA::builder()
            .syntax(syntax::Config::new().unicode(false).utf8(false))
            .thompson(
                thompson::Config::new()
                    .utf8(false)
                    .nfa_size_limit(Some(64 << 20)),
            )
            .configure(
                DFA::config()
                    .match_kind(RaMatchKind::All)
                    .cache_capacity(8 << 20),
            )
            .build_many(&patterns)
            .map_err(|e| Error::config(format!("keyword-less rule set: {e}")))?;
        let for_cache = dfa.clone();
        let create: CacheFn = Box::new(move || for_cache.create_cache());
        // Per class, the shortest run and the longest match of its rules.
        let mut by_class: BTreeMap<Trigger, (usize, usize)> = BTreeMap::new();
        let mut gated = true;
        for &i in &members {
            match rules[i].trigger {
                Some((trigger, k)) => {
                    let (run, reach) = by_class.entry(trigger).or_insert((usize::MAX, 0));
                    *run = (*run).min(k);
                    *reach = (*reach).max(rules[i].max_len);
                }
                None => gated = false,
            }
        }
        let gates = gated.then(|| {
            by_class
                .into_iter()
                .map(|(trigger, (run, reach))| run_windows::RunGate {
                    trigger,
                    run,
                    reach,
                })
                .collect()
        });
        Ok(UnkeyedSet {
            dfa,
            caches: Pool::new(create),
            gates,
            max_len: members.iter().map(|&i| rules[i].max_len).collect(),
            rules: members,
        })
    }

    /// Reports each match in `span` of `hay` as (rule, its last byte).
    fn hits(&self, hay: &[u8], span: std::ops::Range<usize>, sink: &mut dyn FnMut(usize, usize)) {
        let input = Input::new(hay).range(span.clone());
        let mut cache = self.caches.get();
        let mut state = OverlappingState::start();
        loop {
            if self
                .dfa
                .try_search_overlapping_fwd(&mut cache, &input, &mut state)
                .is_err()
            {
                // Unreachable with these settings (no Unicode word
                // boundaries, no give-up limit); stay exact regardless: a
                // hit every `max_len` bytes satisfies the hit contract.
                for (pattern, &rule) in self.rules.iter().enumerate() {
                    let step = self.max_len[pattern].max(1);
                    span.clone().step_by(step).for_each(|at| sink(rule, at));
                }
                return;
            }
            let Some(m) = state.get_match() else { return };
            // The match's last byte lies inside it.
            sink(
                self.rules[m.pattern().as_usize()],
                m.offset().saturating_sub(1),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use proptest::prelude::*;

    use super::*;
    use crate::engine::compile::Limits;

    fn builtin() -> Vec<CompiledRule> {
        let limits = Limits {
            max_match_len: crate::scanner::DEFAULT_MAX_MATCH_LEN,
            rule_size: crate::scanner::DEFAULT_RULE_SIZE_LIMIT,
        };
        crate::RuleSet::builtin()
            .rules()
            .iter()
            .map(|r| CompiledRule::compile(r, limits).unwrap())
            .collect()
    }

    /// Asserts that the set hits from `from` over the run windows are those
    /// of the same union over the whole text (what ran before windows).
    fn both(backend: &PortableBackend, hay: &[u8], from: usize) {
        let mut windowed = BTreeSet::new();
        backend.set_hits(hay, from, &mut |rule, at| {
            windowed.insert((rule, at));
        });
        let mut reference = BTreeSet::new();
        for union in &backend.unkeyed {
            union.hits(hay, from.min(hay.len())..hay.len(), &mut |rule, at| {
                reference.insert((rule, at));
            });
        }
        assert_eq!(
            windowed,
            reference,
            "from {from} in {:?}",
            String::from_utf8_lossy(hay)
        );
    }

    #[test]
    fn ordinary_prose_opens_few_windows() {
        // Capitals and punctuation in every sentence must not send the
        // keyword-less union over the whole prompt (a rule gated by one
        // capital did: 7.1 against 3.9 µs per 1 KiB prompt).
        let rules = builtin();
        let backend = PortableBackend::new(&rules).unwrap();
        let gates: Vec<run_windows::RunGate> = backend
            .unkeyed
            .iter()
            .flat_map(|set| set.gates.clone().unwrap())
            .collect();
        let prose = "Please summarise the attached incident report, and suggest next \
                     steps for the On-Call team. Thanks! "
            .repeat(16);
        let covered: usize = run_windows::merged(prose.as_bytes(), 0, &gates)
            .iter()
            .map(|w| w.len())
            .sum();
        assert_eq!(covered, 0, "{gates:?}");
    }

    #[test]
    fn windows_find_what_the_whole_text_search_finds() {
        let rules = builtin();
        let backend = PortableBackend::new(&rules).unwrap();
        assert!(backend.unkeyed.iter().all(|set| set.gates.is_some()));
        // Every keyword-less rule's examples, alone, glued to their
        // neighbours, and spaced out past the windows' reach.
        let examples: Vec<&str> = rules
            .iter()
            .filter(|r| r.rule.keywords.is_empty())
            .flat_map(|r| r.rule.examples.iter().chain(&r.rule.negative_examples))
            .map(String::as_str)
            .collect();
        assert!(examples.len() > 80, "{}", examples.len());
        let gap = " word".repeat(40);
        for joiner in ["", " ", "\n", "-", ":", ".", "A", "7", gap.as_str()] {
            let hay = examples.join(joiner);
            for from in [0, 1, 17, hay.len() / 3, hay.len() - 5] {
                both(&backend, hay.as_bytes(), from);
            }
        }
    }

    #[test]
    fn a_rule_without_a_run_searches_the_whole_text() {
        let mut rules = builtin();
        let mut custom = crate::RuleSet::builtin().rules()[0].clone();
        custom.id = "custom.word".into();
        custom.pattern = r"\bzoo\b".into();
        custom.keywords.clear();
        rules.push(
            CompiledRule::compile(
                &custom,
                Limits {
                    max_match_len: 64,
                    rule_size: 1 << 20,
                },
            )
            .unwrap(),
        );
        let backend = PortableBackend::new(&rules).unwrap();
        assert_eq!(backend.unkeyed.len(), 1);
        assert!(backend.unkeyed[0].gates.is_none());
        let hay = b"no digits here, one zoo, and ssn 078-05-1120 later";
        let mut hits = Vec::new();
        backend.set_hits(hay, 0, &mut |rule, at| hits.push((rule, at)));
        assert!(hits.contains(&(rules.len() - 1, 22)), "{hits:?}");
        both(&backend, hay, 0);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        /// Random text dense in the triggers' classes (digits, capitals,
        /// hex, separators) and the rules' punctuation.
        #[test]
        fn windows_agree_on_random_text(
            hay in proptest::collection::vec(
                prop_oneof![
                    4 => proptest::sample::select(b"0123456789".to_vec()),
                    2 => proptest::sample::select(b"ABCDEFGHLMPSTXYZ".to_vec()),
                    2 => proptest::sample::select(b"abcdefxyz".to_vec()),
                    3 => proptest::sample::select(b" .:-+()/|\n_@".to_vec()),
                ],
                0..400,
            ),
            from in 0usize..64,
        ) {
            both(&builtin_cached().1, &hay, from);
        }
    }

    fn builtin_cached() -> &'static (Vec<CompiledRule>, PortableBackend) {
        static CACHE: std::sync::OnceLock<(Vec<CompiledRule>, PortableBackend)> =
            std::sync::OnceLock::new();
        CACHE.get_or_init(|| {
            let rules = builtin();
            let backend = PortableBackend::new(&rules).unwrap();
            (rules, backend)
        })
    }
}
