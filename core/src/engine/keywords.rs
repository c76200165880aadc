//! The pure-Rust backend: an Aho-Corasick keyword prefilter.

use aho_corasick::{AhoCorasick, Input, MatchKind};

use super::{Backend, CompiledRule};
use crate::error::{Error, Result};

/// Finds candidates by searching every rule's keywords at once.
pub(crate) struct KeywordBackend {
    automaton: Option<AhoCorasick>,
    /// Per keyword pattern: the rules that declared it.
    owners: Vec<Vec<usize>>,
    /// Per rule: its maximum match length.
    max_len: Vec<usize>,
    prefiltered: Vec<bool>,
    longest_keyword: usize,
}

impl KeywordBackend {
    pub fn new(rules: &[CompiledRule]) -> Result<KeywordBackend> {
        let mut keywords: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        for (index, rule) in rules.iter().enumerate() {
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
                    .build(&keywords)
                    .map_err(|e| Error::config(format!("keyword prefilter: {e}")))?,
            )
        };
        Ok(KeywordBackend {
            automaton,
            owners,
            max_len: rules.iter().map(|r| r.max_len).collect(),
            prefiltered: rules.iter().map(|r| !r.rule.keywords.is_empty()).collect(),
            longest_keyword: keywords.iter().map(Vec::len).max().unwrap_or(0),
        })
    }
}

impl Backend for KeywordBackend {
    fn name(&self) -> &'static str {
        "regex"
    }

    fn candidates(&self, hay: &[u8], from: usize, sink: &mut dyn FnMut(usize, usize, usize)) {
        let Some(ac) = &self.automaton else { return };
        // Re-read the tail a keyword could straddle; report only hits ending after `from`.
        let start = from
            .saturating_sub(self.longest_keyword.saturating_sub(1))
            .min(hay.len());
        for hit in ac.find_overlapping_iter(Input::new(hay).span(start..hay.len())) {
            if hit.end() <= from {
                continue;
            }
            for &rule in &self.owners[hit.pattern().as_usize()] {
                sink(
                    rule,
                    hit.start(),
                    hit.end().saturating_sub(self.max_len[rule]),
                );
            }
        }
    }

    fn is_prefiltered(&self, rule: usize) -> bool {
        self.prefiltered[rule]
    }
}
