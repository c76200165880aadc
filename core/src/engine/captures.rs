//! Value-group extraction for rules whose automaton is large.
//!
//! `regex` finds a match with its lazy DFA, then reads capture groups on the
//! match's span with a bounded backtracker, or with the much slower PikeVM
//! when the span is longer than the backtracker's visited set allows (256 KiB
//! of bits shared by every NFA state). The generic credential rules have
//! about 9,000 states, so any match over ~220 bytes took the PikeVM: 21 µs
//! for a 262-byte match against 8.5 µs with a backtracker sized for it. For
//! such rules we keep our own backtracker whose visited set covers the
//! rule's longest match, and run it on the span `regex` found, exactly as
//! `regex` itself does (same NFA, same leftmost-first semantics).

use std::panic::{RefUnwindSafe, UnwindSafe};

use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::{self, NFA};
use regex_automata::util::captures::Captures;
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input};

/// The visited-set size `regex` gives its own backtracker, in bytes.
const REGEX_VISITED_BYTES: usize = 256 << 10;

/// The largest visited set one rule may keep per thread, in bytes.
const MAX_VISITED_BYTES: usize = 4 << 20;

type CacheFn =
    Box<dyn Fn() -> (backtrack::Cache, Captures) + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// A backtracker sized for one rule's longest match, with per-thread caches.
pub(crate) struct SpanCaptures {
    engine: BoundedBacktracker,
    caches: Pool<(backtrack::Cache, Captures), CacheFn>,
}

impl SpanCaptures {
    /// `None` when `regex`'s own backtracker already covers matches of
    /// `max_len` bytes, or when covering them would take too much memory.
    pub fn for_pattern(pattern: &str, max_len: usize, size_limit: usize) -> Option<SpanCaptures> {
        let nfa = NFA::compiler()
            .syntax(syntax::Config::new().unicode(false).utf8(false))
            .configure(thompson::Config::new().nfa_size_limit(Some(size_limit)))
            .build(pattern)
            .ok()?;
        let bits = nfa.states().len().checked_mul(max_len + 2)?;
        let bytes = bits.div_ceil(8);
        if bytes <= REGEX_VISITED_BYTES || bytes > MAX_VISITED_BYTES {
            return None;
        }
        let engine = BoundedBacktracker::builder()
            .configure(backtrack::Config::new().visited_capacity(bytes))
            .build_from_nfa(nfa)
            .ok()?;
        if engine.max_haystack_len() < max_len {
            return None;
        }
        let make = engine.clone();
        let caches: CacheFn = Box::new(move || (make.create_cache(), make.create_captures()));
        Some(SpanCaptures {
            engine,
            caches: Pool::new(caches),
        })
    }

    /// The span of the first of `groups` that took part in the match of
    /// `hay[start..end]` (a span `regex` found), or the whole span.
    pub fn value(&self, hay: &[u8], start: usize, end: usize, groups: &[usize]) -> (usize, usize) {
        let input = Input::new(hay).span(start..end).anchored(Anchored::Yes);
        let mut guard = self.caches.get();
        let (cache, caps) = &mut *guard;
        // The span is within `max_haystack_len`, so the search cannot fail.
        if self.engine.try_search(cache, &input, caps).is_err() {
            return (start, end);
        }
        groups
            .iter()
            .find_map(|&g| caps.get_group(g))
            .map_or((start, end), |s| (s.start, s.end))
    }
}
