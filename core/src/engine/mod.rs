//! The matching engine: candidate, then confirm.
//!
//! # Design
//!
//! Every rule is compiled once into an anchor-free, finite-automaton regex
//! (`regex` crate: linear time, no backtracking) whose **maximum match length
//! is bounded**: a rule whose pattern could match unboundedly long text is
//! rejected at build time. That bound is what makes chunked scanning exact.
//!
//! A [`Backend`] finds *hits*: offsets near which a rule may match. Keyword
//! rules get one per occurrence of their `keywords` (literals that occur in
//! every match), from one Aho-Corasick automaton (portable backend,
//! [`portable::PortableBackend`]) or one Hyperscan streaming database
//! (`hyperscan` backend). Rules without keywords get one per match end,
//! from one lazy DFA over all of them searched for overlapping matches,
//! only in the windows around the byte-class runs their matches need
//! ([`run_windows`]).
//!
//! *Confirmation* runs the rule's own regex only in a window around each
//! hit ([`Engine::confirm_hits`]), extracts the `value` group, snaps it
//! outward to whole UTF-8 characters, and applies validators, entropy,
//! context words and the allow-list ([`confirm`]). A long secret value cut
//! by its rule's bound runs on to the end of its token ([`token_run`]).
//!
//! # Exact incremental scanning
//!
//! A [`Cursor`] keeps, per rule, a *resume* offset: every match of the rule
//! starting before it has been reported. A pass over a haystack that may grow
//! later (a stream, or a large input taken in blocks) reports a match only if
//! it starts at least `max_len + lookahead` bytes before the visible end, so
//! more input cannot change it; otherwise the rule resumes there next pass.
//! With no candidate, a rule's resume offset moves to `end - max_len - lookahead`.
//! Per-rule results therefore equal a single leftmost-first pass over the
//! whole text, however the text is split; the smallest resume offset is the
//! frontier before which no new finding can start.

//!
//! # Worst case
//!
//! Work per input byte is bounded whatever the text: a rule's hits that lie
//! within `max_len` of each other share one confirmation window, so a
//! keyword repeated every few bytes costs one linear search, not one
//! `2 * max_len` search per occurrence; consecutive windows overlap by less
//! than `max_len`, and each search after a match starts where the match
//! ended. A rule therefore searches each byte a small constant number of
//! times (`benches/tests/worst_case.rs` checks at most four, plus a
//! constant, on adversarial inputs; the `worst_case` fuzz target on
//! arbitrary ones). Context words are searched once per text and rule as
//! the matches advance ([`context_scan`]), not in each match's windows.
//! Patterns still need to suit a lazy DFA: a long counted
//! repetition whose class contains the pattern's own first bytes makes
//! overlapping attempts that each DFA state must tell apart (the built-in
//! PEM rule keeps `--` out of its body for that reason).

pub(crate) mod boundary_trim;
pub(crate) mod captures;
pub(crate) mod compile;
pub(crate) mod confirm;
pub(crate) mod context_scan;
pub(crate) mod cost;
pub(crate) mod escaped_boundary;
#[cfg(hyperscan_backend)]
pub(crate) mod hyperscan;
pub(crate) mod keyword_check;
pub(crate) mod line_bound;
pub(crate) mod portable;
pub(crate) mod required_bytes;
pub(crate) mod run_windows;
pub(crate) mod token_run;
pub(crate) mod value_split;

use std::sync::Arc;

use regex_automata::util::pool::{Pool, PoolGuard};

pub(crate) use compile::CompiledRule;
use context_scan::ContextScan;

use crate::error::Result;

use crate::rules::MAX_CONTEXT_WINDOW;

/// Bytes a pass keeps visible after a match: ASCII look-ahead (`\b`, `$`)
/// needs one byte, snapping the value to a character boundary up to three.
pub(crate) const LOOKAHEAD: usize = 4;

/// Block size for prefilter gating (see [`Engine::advance`]); 8 KiB measured
/// best on the mixed corpus (2 KiB: 1.63 s, 8 KiB: 1.58 s, 64 KiB: 2.15 s per 100 MB).
const BLOCK: usize = 8 << 10;

/// Bytes kept before the frontier so look-behind, context words and
/// character snapping see the same text in a stream as in one pass.
pub(crate) const LOOKBEHIND: usize = MAX_CONTEXT_WINDOW + 2 * LOOKAHEAD;

/// How a backend finds a rule's hits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gate {
    /// Hits are keyword occurrences, which a backend reports once as new
    /// text arrives; an idle rule holds back only its keyword reach.
    Keyword,
    /// Hits are the last bytes of the rule's matches, which a backend
    /// reports for all text after the rule's resume offset on every pass;
    /// an idle rule holds back its whole horizon.
    Set,
}

/// Per-text state a backend keeps between passes (a Hyperscan stream).
pub(crate) type BackendState = Box<dyn std::any::Any + Send>;

/// Finds where rules may match.
///
/// A *hit* for a rule is an offset `h` such that every match of the rule
/// has one with `start <= h < start + max_len`: a keyword occurrence in the
/// match, or its last byte. The engine confirms a rule only in windows
/// around its hits (see [`Engine::confirm_hits`]).
pub(crate) trait Backend: Send + Sync {
    /// Short name for reports (`regex`, `hyperscan`).
    fn name(&self) -> &'static str;

    /// How `rule` is gated.
    fn gate(&self, rule: usize) -> Gate;

    /// Reports `(rule, hit)` for every keyword hit of a [`Gate::Keyword`]
    /// rule that ends in the new text `hay[from..]` (earlier text was seen
    /// by a previous call). `is_final` is set on the last call for a text.
    /// `state` starts as `None`; a backend that keeps per-text state (a
    /// Hyperscan stream) creates it on the first call.
    fn hits(
        &self,
        state: &mut Option<BackendState>,
        hay: &[u8],
        from: usize,
        is_final: bool,
        sink: &mut dyn FnMut(usize, usize),
    ) -> Result<()>;

    /// Reports `(rule, hit)` for every match end of a [`Gate::Set`] rule in
    /// `hay[from..]`, the hit being the match's last byte (look-behind may
    /// read before `from`).
    fn set_hits(&self, hay: &[u8], from: usize, sink: &mut dyn FnMut(usize, usize));
}

/// A confirmed detection: the value span (absolute byte offsets) and scores.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Detection {
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    pub confidence: f32,
    pub validated: bool,
}

/// Compiled rules plus the backend that finds their candidates.
pub(crate) struct Engine {
    pub rules: Vec<CompiledRule>,
    pub allow: confirm::AllowList,
    pub min_confidence: f32,
    /// The table reader's header words for these rules.
    pub table_words: Arc<crate::table::HeaderWords>,
    backend: Arc<dyn Backend>,
    /// Each rule's gate, asked of the backend once.
    gates: Vec<Gate>,
    /// The [`Gate::Set`] rules, in rule order.
    set_rules: Vec<usize>,
    /// Cursors for one-shot calls, reused so a call allocates no per-rule
    /// state (one per thread that calls at once).
    cursors: Pool<Cursor, CursorFn>,
}

type CursorFn =
    Box<dyn Fn() -> Cursor + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// Incremental scanning state over one (possibly growing) text.
pub(crate) struct Cursor {
    /// Per rule: every match starting before this absolute offset is reported.
    resume: Vec<usize>,
    /// Per keyword rule: starts of the keyword hits at or after `resume`.
    hits: Vec<Vec<usize>>,
    /// Rules whose `hits` may be non-empty (unordered, may repeat): the
    /// final pass confirms only these, so a call costs in proportion to
    /// the rules that fired, not to all rules.
    active: Vec<usize>,
    /// Absolute offset up to which the prefilter has run.
    prefiltered_to: usize,
    /// The backend's own state for this text.
    backend_state: Option<BackendState>,
    /// Per rule: costly-validation units spent (see `confirm::confirm`).
    spent: Vec<u32>,
    /// Work so far, for the worst-case bound.
    pub cost: Cost,
}

/// Bytes handed to regex searches: per rule (confirmation windows, up to
/// where each search stopped) and by the set prefilter. The measure behind
/// the worst-case bound (see *Worst case* above).
#[derive(Clone, Debug, Default)]
pub(crate) struct Cost {
    pub per_rule: Vec<u64>,
    pub set: u64,
}

impl Cost {
    fn add(&mut self, other: &Cost) {
        if self.per_rule.len() < other.per_rule.len() {
            self.per_rule.resize(other.per_rule.len(), 0);
        }
        for (a, b) in self.per_rule.iter_mut().zip(&other.per_rule) {
            *a += b;
        }
        self.set += other.set;
    }
}

impl std::fmt::Debug for Cursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cursor")
            .field("prefiltered_to", &self.prefiltered_to)
            .finish_non_exhaustive()
    }
}

impl Cursor {
    fn new(rules: usize) -> Cursor {
        Cursor {
            resume: vec![0; rules],
            hits: vec![Vec::new(); rules],
            active: Vec::new(),
            prefiltered_to: 0,
            backend_state: None,
            spent: vec![0; rules],
            cost: Cost {
                per_rule: vec![0; rules],
                set: 0,
            },
        }
    }

    /// Back to the state of a new cursor, keeping allocations.
    fn reset(&mut self) {
        self.resume.fill(0);
        // Only the rules in `active` can have hits (a rule enters it with
        // its first hit and stays until its hits are settled): clearing
        // all of them wrote 20 KB per call.
        for &rule in &self.active {
            self.hits[rule].clear();
        }
        self.active.clear();
        debug_assert!(self.hits.iter().all(Vec::is_empty));
        self.prefiltered_to = 0;
        self.backend_state = None;
        self.spent.fill(0);
        self.cost.per_rule.fill(0);
        self.cost.set = 0;
    }

    /// The smallest resume offset: no future detection starts before it.
    pub fn frontier(&self) -> usize {
        self.resume.iter().copied().min().unwrap_or(usize::MAX)
    }
}

impl Engine {
    pub fn new(
        rules: Vec<CompiledRule>,
        allow: confirm::AllowList,
        min_confidence: f32,
        backend: Arc<dyn Backend>,
    ) -> Engine {
        let gates: Vec<Gate> = (0..rules.len()).map(|i| backend.gate(i)).collect();
        let set_rules = (0..rules.len())
            .filter(|&i| gates[i] == Gate::Set)
            .collect();
        let n = rules.len();
        let table_words = Arc::new(crate::table::HeaderWords::new(
            rules.iter().map(|r| &r.rule),
        ));
        Engine {
            rules,
            allow,
            min_confidence,
            table_words,
            backend,
            gates,
            set_rules,
            cursors: Pool::new(Box::new(move || Cursor::new(n))),
        }
    }

    /// How far behind the end of a growing text the frontier stays when
    /// no rule has a pending keyword hit.
    pub fn idle_hold_back(&self) -> usize {
        let bound = |(i, r): (usize, &CompiledRule)| match self.gates[i] {
            Gate::Keyword => r.keyword_reach,
            Gate::Set => r.max_len + r.context_window + LOOKAHEAD,
        };
        self.rules.iter().enumerate().map(bound).max().unwrap_or(0) + LOOKBEHIND
    }

    pub fn backend_name(&self) -> &'static str {
        self.backend.name()
    }

    pub fn cursor(&self) -> Cursor {
        Cursor::new(self.rules.len())
    }

    /// A reset cursor from the pool, for a one-shot call.
    fn pooled_cursor(&self) -> PoolGuard<'_, Cursor, CursorFn> {
        let mut cur = self.cursors.get();
        cur.reset();
        cur
    }

    /// Scans `hay`, whose first byte is at absolute offset `base`, pushing
    /// every detection that more input cannot change (all of them when
    /// `is_final`). Detections come out grouped by rule within a block.
    ///
    /// New text is taken in blocks of [`BLOCK`] bytes so that prefilter
    /// gating stays local: a rule runs only over blocks where it may match.
    pub fn advance(
        &self,
        hay: &[u8],
        base: usize,
        is_final: bool,
        cur: &mut Cursor,
        out: &mut Vec<Detection>,
    ) -> Result<()> {
        let mut visible = cur.prefiltered_to.saturating_sub(base).min(hay.len());
        loop {
            visible = (visible + BLOCK).min(hay.len());
            let last = visible == hay.len();
            self.pass(&hay[..visible], base, is_final && last, cur, out)?;
            if last {
                return Ok(());
            }
        }
    }

    /// One pass over `hay`: prefilter the new text, then run candidate rules.
    fn pass(
        &self,
        hay: &[u8],
        base: usize,
        is_final: bool,
        cur: &mut Cursor,
        out: &mut Vec<Detection>,
    ) -> Result<()> {
        let end = base + hay.len();
        let from = cur.prefiltered_to.saturating_sub(base);
        let set_from = self.set_rules.iter().map(|&i| cur.resume[i]).min();
        let (resume, hits, active) = (&cur.resume, &mut cur.hits, &mut cur.active);
        if set_from.is_some() {
            // Set hits are found afresh for all text after `set_from`.
            for &i in &self.set_rules {
                hits[i].clear();
            }
        }
        // Both kinds of hit, as absolute offsets, if at or after the rule's resume.
        let mut record = |rule: usize, hit: usize| {
            let hit = hit + base;
            if hit >= resume[rule] {
                if hits[rule].is_empty() {
                    active.push(rule);
                }
                hits[rule].push(hit);
            }
        };
        if let Some(set_from) = set_from {
            let from = set_from.saturating_sub(base).min(hay.len());
            cur.cost.set += (hay.len() - from) as u64;
            self.backend.set_hits(hay, from, &mut record);
        }
        self.backend
            .hits(&mut cur.backend_state, hay, from, is_final, &mut record)?;
        cur.prefiltered_to = end;

        if is_final {
            // Every rule settles at the end: only rules with hits have
            // work, in rule order as in a non-final pass.
            let mut active = std::mem::take(&mut cur.active);
            active.sort_unstable();
            active.dedup();
            for &index in &active {
                self.settle(index, hay, base, is_final, cur, out);
            }
            // Every hit is settled; the list keeps its allocation.
            active.clear();
            cur.active = active;
            cur.resume.fill(end);
            return Ok(());
        }
        for index in 0..self.rules.len() {
            self.settle(index, hay, base, is_final, cur, out);
        }
        cur.active.clear();
        cur.active
            .extend((0..self.rules.len()).filter(|&i| !cur.hits[i].is_empty()));
        Ok(())
    }

    /// Confirms rule `index` around its pending hits in a pass over `hay`
    /// that ends at `base + hay.len()`, and moves its resume offset.
    fn settle(
        &self,
        index: usize,
        hay: &[u8],
        base: usize,
        is_final: bool,
        cur: &mut Cursor,
        out: &mut Vec<Detection>,
    ) {
        let rule = &self.rules[index];
        let end = base + hay.len();
        let horizon = rule.max_len + rule.context_window + LOOKAHEAD;
        let settled = if is_final {
            end
        } else {
            end.saturating_sub(horizon).max(cur.resume[index])
        };
        let hits = &mut cur.hits[index];
        hits.sort_unstable();
        hits.dedup();
        let resume = if hits.is_empty() {
            match (is_final, self.gates[index]) {
                (true, _) => end,
                // No keyword at or after `resume`: a match would have to
                // end its first keyword within the last `keyword_reach`
                // bytes.
                (false, Gate::Keyword) => end
                    .saturating_sub(rule.keyword_reach)
                    .max(cur.resume[index]),
                // No match at all: one would have to end near the end.
                (false, Gate::Set) => settled,
            }
        } else {
            self.confirm_hits(
                index,
                hay,
                base,
                is_final,
                (cur.resume[index], settled),
                hits,
                (&mut cur.cost.per_rule[index], &mut cur.spent[index]),
                out,
            )
        };
        hits.retain(|&h| h >= resume);
        cur.resume[index] = resume;
    }

    /// Confirms rule `index` around its `hits` (sorted absolute offsets, all
    /// at or after `pos`, the rule's resume offset); returns its new resume
    /// offset, `settled` when nothing is pending. Adds the bytes its
    /// searches read to `searched`, and costly validations to `spent`.
    ///
    /// Hits are taken in order, in groups where each hit is within
    /// `max_len` of the previous one; let `f` and `h` be a group's first and
    /// last hit. Every match starting in `[pos, h]` has a hit in `[pos, h]`
    /// within `max_len` after its start, and is at most `max_len` long, so
    /// it lies in `[f - max_len, h + max_len]`: the rule's regex searches
    /// that window only (plus look-ahead), not the whole rest of the text.
    /// Keyword hits narrow its start to `f - keyword_reach`: a match's first
    /// keyword ends within that reach of its start.
    /// A match found there that starts after `h` may be cut short by the
    /// window's end, so it is not taken; a later group's window finds it
    /// whole. Each byte is thus searched a bounded number of times however
    /// dense the hits are (see *Worst case* in the module docs).
    #[allow(clippy::too_many_arguments)]
    fn confirm_hits(
        &self,
        index: usize,
        hay: &[u8],
        base: usize,
        is_final: bool,
        (mut pos, settled): (usize, usize),
        hits: &[usize],
        (searched, spent): (&mut u64, &mut u32),
        out: &mut Vec<Detection>,
    ) -> usize {
        let rule = &self.rules[index];
        let end = base + hay.len();
        let horizon = rule.max_len + rule.context_window + LOOKAHEAD;
        let mut words = ContextScan::default();
        let mut next = 0;
        // Index of the last hit in the group `next` belongs to.
        let mut group: Option<usize> = None;
        loop {
            while next < hits.len() && hits[next] < pos {
                next += 1;
            }
            let Some(&first) = hits.get(next) else {
                return settled.max(pos);
            };
            // Hits closer than `max_len` share one window, so dense hits
            // (a keyword repeated, a digit flood) cost one linear search
            // instead of one `2 * max_len` search each: `hit` is the last
            // hit of the group.
            let group_end = match group {
                Some(g) if g >= next => g,
                _ => {
                    let mut g = next;
                    while hits
                        .get(g + 1)
                        .is_some_and(|&h| h <= hits[g] + rule.max_len)
                    {
                        g += 1;
                    }
                    group = Some(g);
                    g
                }
            };
            let hit = hits[group_end];
            // A keyword hit is where a keyword starts, and every match ends
            // its first keyword within `keyword_reach` of its start, so no
            // match starting in `[pos, hit]` starts before `first -
            // keyword_reach`; other hits only bound a match to `max_len`.
            let lead = match self.gates[index] {
                Gate::Keyword => rule.keyword_reach,
                Gate::Set => rule.max_len,
            };
            let window_start = pos.max(first.saturating_sub(lead));
            let mut window_end = (hit + rule.max_len + LOOKAHEAD).min(end);
            // A match with line feeds only at its edges that starts by
            // `hit` ends at most one byte past the next line feed.
            if rule.single_line {
                let after = (hit + 1).saturating_sub(base).min(hay.len());
                let limit = window_end - base;
                if let Some(nl) = memchr::memchr(b'\n', &hay[after.min(limit)..limit]) {
                    window_end = window_end.min(base + after + nl + 1 + LOOKAHEAD);
                }
            }
            // A window cut by the end of the text is an ordinary search to
            // the end: any match it finds is the rule's next one.
            let open = window_end == end;
            // A window without the punctuation every match holds has no
            // match: it is not searched.
            let admitted = rule
                .required
                .admit(&hay[window_start - base..window_end - base]);
            let found = admitted
                .then(|| rule.find_at(&hay[..window_end - base], window_start - base))
                .flatten();
            // A search reads up to the end of its match, or the whole window.
            let read_to = match &found {
                Some(m) => (m.end + base + LOOKAHEAD).min(window_end),
                None if admitted => window_end,
                None => window_start,
            };
            *searched += (read_to - window_start) as u64;
            match found {
                Some(m) if open || m.start + base <= hit => {
                    let m_start = m.start + base;
                    if !is_final && m_start + horizon > end {
                        // More text may complete a match that starts
                        // earlier (a quoted value whose closing quote has
                        // not arrived): resume where no such match can
                        // start, not at this one.
                        return settled.max(pos);
                    }
                    // A long secret cut by the rule's bound runs on to
                    // the end of its token; wait while that end is unseen.
                    let mut m = m;
                    if rule.rule.category == crate::rules::Category::Secret {
                        let Some(run_end) =
                            token_run::run_on(hay, m.value_start, m.value_end, is_final)
                        else {
                            return pos;
                        };
                        m.end = m.end.max(run_end);
                        m.value_end = run_end;
                    }
                    if let Some(d) =
                        confirm::confirm(self, index, hay, base, &m, (spent, &mut words))
                    {
                        out.push(d);
                    }
                    // Resume at the end of the value, not of the match:
                    // patterns consume a boundary character after the value
                    // (the regex crate has no look-ahead), which may begin
                    // the next match. Patterns never match empty text, so
                    // this always advances.
                    pos = (m.value_end + base).max(m_start + 1);
                }
                _ if open => return settled.max(pos),
                // No match starts at or before `hit`.
                _ => pos = hit + 1,
            }
        }
    }

    /// Every detection in a complete text.
    pub fn detect_all(&self, hay: &[u8]) -> Result<Vec<Detection>> {
        self.detect_all_counted(hay, None)
    }

    /// [`Engine::detect_all`], adding its work to `cost` when given.
    pub fn detect_all_counted(
        &self,
        hay: &[u8],
        cost: Option<&mut Cost>,
    ) -> Result<Vec<Detection>> {
        let mut cur = self.pooled_cursor();
        let mut out = Vec::new();
        self.advance(hay, 0, true, &mut cur, &mut out)?;
        if let Some(cost) = cost {
            cost.add(&cur.cost);
        }
        Ok(out)
    }
}
