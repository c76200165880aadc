//! The Hyperscan/Vectorscan backend (cargo feature `hyperscan`).
//!
//! Hyperscan replaces the Aho-Corasick keyword pass: every distinct keyword
//! becomes a case-insensitive literal pattern in one streaming-mode
//! database, scanned once per byte however the text arrives. Its hits gate
//! keyword rules exactly as the portable backend's do, so both backends
//! report identical findings (tested over the peer corpora and a generated
//! corpus). Keyword-less rules keep the portable overlapping lazy DFA.
//! The database is compiled once per scanner; scratch space comes from a
//! per-thread pool, so concurrent scans take no lock.
//!
//! Built where `build.rs` finds `libhs` with pkg-config (`ffi` declares the
//! few C functions used); elsewhere the crate has the portable backend only.
//!
//! Measured on the mixed corpus, one core: the built-in keywords scan at
//! ~1.5 GB/s with Hyperscan against ~0.5 GB/s for the Aho-Corasick DFA.
//! Whole rule patterns were tried and rejected: compiled into Hyperscan,
//! the keyword rules' long bounded repeats made the scan 3.6x slower than
//! the portable backend, and the 38 keyword-less rules, reporting match
//! ends only (no start of match), scanned 2 MB of prose at 216 MB/s as one
//! block-mode database against 467 MB/s for the lazy DFA.

use std::ffi::CString;
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::Arc;

use regex_automata::util::pool::Pool;

mod ffi;
use ffi::{Database, HS_FLAG_CASELESS, Scratch, Stream};

use super::portable::PortableBackend;
use super::{Backend, BackendState, CompiledRule, Gate};
use crate::error::{Error, Result};

/// Scratch spaces, one per thread that scans (no lock on the hot path);
/// `None` where allocation failed.
type ScratchPool = Pool<Option<Scratch>, ScratchFn>;
type ScratchFn = Box<dyn Fn() -> Option<Scratch> + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// Keyword prefilter on Hyperscan; set prefilter on the portable backend.
pub(crate) struct HyperscanBackend {
    db: Arc<Database>,
    scratch: Arc<ScratchPool>,
    /// Per pattern id: the keyword's length and the rules that declared it.
    keywords: Vec<(usize, Vec<usize>)>,
    /// Set prefilter for the keyword-less rules.
    set: PortableBackend,
    /// Per rule: whether it has no keywords.
    keyword_less_rule: Vec<bool>,
}

/// One text's Hyperscan stream (closed when dropped).
struct HsState {
    stream: Option<Stream>,
    /// Bytes fed to the stream so far.
    fed: usize,
    ends: Vec<(u32, u64)>,
}

/// A case-insensitive Hyperscan pattern for the literal `keyword`: every
/// byte escaped as `\xHH` (so no NUL byte, and no byte is an operator).
fn literal(keyword: &[u8]) -> (CString, std::ffi::c_uint) {
    let expr: String = keyword.iter().map(|b| format!("\\x{b:02x}")).collect();
    let expr = CString::new(expr).expect("hex escapes hold no NUL byte");
    (expr, HS_FLAG_CASELESS)
}

impl HyperscanBackend {
    /// Compiles the database; `None` if there are no keywords or Hyperscan
    /// cannot compile them (use the portable backend).
    pub fn new(rules: &[CompiledRule]) -> Result<Option<HyperscanBackend>> {
        let mut keywords: Vec<(Vec<u8>, Vec<usize>)> = Vec::new();
        for (index, rule) in rules.iter().enumerate() {
            for kw in &rule.rule.keywords {
                let kw = kw.to_ascii_lowercase().into_bytes();
                match keywords.iter_mut().find(|(k, _)| *k == kw) {
                    Some((_, owners)) if !owners.contains(&index) => owners.push(index),
                    Some(_) => {}
                    None => keywords.push((kw, vec![index])),
                }
            }
        }
        if keywords.is_empty() {
            return Ok(None);
        }
        // Pattern id `i` is keyword `i`.
        let patterns: Vec<_> = keywords.iter().map(|(kw, _)| literal(kw)).collect();
        let Ok(db) = Database::streaming(&patterns) else {
            return Ok(None);
        };
        let keyword_less: Vec<bool> = rules.iter().map(|r| r.rule.keywords.is_empty()).collect();
        let db = Arc::new(db);
        let for_scratch = Arc::clone(&db);
        let create: ScratchFn = Box::new(move || for_scratch.alloc_scratch().ok());
        Ok(Some(HyperscanBackend {
            db,
            scratch: Arc::new(Pool::new(create)),
            keywords: keywords
                .into_iter()
                .map(|(kw, owners)| (kw.len(), owners))
                .collect(),
            set: PortableBackend::for_rules(rules, |i| keyword_less[i])?,
            keyword_less_rule: keyword_less,
        }))
    }

    /// A fresh stream for one text.
    fn open(&self) -> Result<BackendState> {
        let stream = self
            .db
            .open_stream()
            .map_err(|rc| Error::engine(format!("hyperscan: cannot open a stream (error {rc})")))?;
        Ok(Box::new(HsState {
            stream: Some(stream),
            fed: 0,
            ends: Vec::new(),
        }))
    }

    /// Rules that run on the portable set prefilter (the keyword-less ones).
    pub fn on_set_prefilter(&self) -> usize {
        self.keyword_less_rule.iter().filter(|&&k| k).count()
    }
}

impl Backend for HyperscanBackend {
    fn name(&self) -> &'static str {
        "hyperscan"
    }

    fn gate(&self, rule: usize) -> Gate {
        if self.keyword_less_rule[rule] {
            Gate::Set
        } else {
            Gate::Keyword
        }
    }

    fn hits(
        &self,
        state: &mut Option<BackendState>,
        hay: &[u8],
        from: usize,
        is_final: bool,
        sink: &mut dyn FnMut(usize, usize),
    ) -> Result<()> {
        if state.is_none() {
            *state = Some(self.open()?);
        }
        let Some(st) = state.as_mut().and_then(|s| s.downcast_mut::<HsState>()) else {
            return Err(Error::engine("hyperscan: cursor from another backend"));
        };
        let data = &hay[from.min(hay.len())..];
        let base_fed = st.fed;
        let mut guard = self.scratch.get();
        let Some(scratch) = guard.as_mut() else {
            return Err(Error::engine("hyperscan: cannot allocate scratch space"));
        };
        let HsState {
            stream, ends, fed, ..
        } = st;
        ends.clear();
        if let Some(s) = stream.as_mut() {
            s.scan(data, scratch, |id, to| ends.push((id, to)))
                .map_err(|rc| Error::engine(format!("hyperscan stream scan: error {rc}")))?;
        }
        *fed += data.len();
        if is_final {
            // Literals need no end-of-data flush; dropping closes the stream.
            *stream = None;
        }
        for &(id, to) in ends.iter() {
            // Stream offset `base_fed` is hay offset `from`.
            let end = (to as usize + from).saturating_sub(base_fed);
            let (len, owners) = &self.keywords[id as usize];
            for &rule in owners {
                sink(rule, end.saturating_sub(*len));
            }
        }
        Ok(())
    }

    fn set_hits(&self, hay: &[u8], from: usize, sink: &mut dyn FnMut(usize, usize)) {
        self.set.set_hits(hay, from, sink);
    }
}
