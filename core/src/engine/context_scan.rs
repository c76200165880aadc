//! Context words near a rule's matches, each byte searched once per text.
//!
//! A rule with context words looks for them within `window` bytes on each
//! side of every match. Searching each match's windows afresh costs
//! `2 * window` bytes a match, so dense matches (a flood of phone numbers,
//! one every 23 bytes, 48-byte windows) searched each byte about five times
//! per rule. [`ContextScan`]
//! instead extends one search forward through the text as the rule's
//! matches advance and keeps the word occurrences still within reach: each
//! byte is searched about once, and each question is answered from the
//! few occurrences that end inside the window.

use std::collections::VecDeque;

use aho_corasick::{AhoCorasick, Input};

/// One occurrence of a context word: `[start, end)` in the text, and
/// whether it starts a word there (see [`starts_word`]).
#[derive(Clone, Copy, Debug)]
struct Occurrence {
    start: usize,
    end: usize,
    starts_word: bool,
}

/// The context-word occurrences of one rule in one text, for matches
/// confirmed in order of their start.
#[derive(Debug, Default)]
pub(crate) struct ContextScan {
    /// Text searched so far: `[from, to)`.
    from: usize,
    to: usize,
    /// Every occurrence wholly inside `[from, to)`, in order of their end.
    found: VecDeque<Occurrence>,
}

impl ContextScan {
    /// Whether a word of `ac` lies wholly within `window` bytes before
    /// `[start, end)` or within `window` bytes after it. With `word_start`
    /// (words of prose), it must also start a word or start its window.
    ///
    /// `ac` must be the same automaton (standard match kind) for every
    /// call, and `start` must grow from call to call: occurrences out of
    /// reach of later matches are dropped.
    pub fn around(
        &mut self,
        ac: &AhoCorasick,
        hay: &[u8],
        (start, end): (usize, usize),
        window: usize,
        word_start: bool,
    ) -> bool {
        let lo = start.saturating_sub(window);
        let hi = (end + window).min(hay.len());
        self.cover(ac, hay, lo, hi);
        // Later matches start after `start`, so their windows start after `lo`.
        while self.found.front().is_some_and(|o| o.end < lo) {
            self.found.pop_front();
        }
        self.within(lo, start, word_start) || self.within(end, hi, word_start)
    }

    /// Extends the search to cover `[lo, hi)`.
    fn cover(&mut self, ac: &AhoCorasick, hay: &[u8], lo: usize, hi: usize) {
        if lo < self.from || lo > self.to {
            // Out of order or past a gap: start afresh at `lo`.
            self.found.clear();
            (self.from, self.to) = (lo, lo);
        }
        if hi <= self.to {
            return;
        }
        // Occurrences that end after `to` start at most `max_len - 1`
        // bytes before it; those ending at or before it are known.
        let reach = ac.max_pattern_len().saturating_sub(1);
        let from = self.from.max(self.to.saturating_sub(reach));
        let known = self.to;
        for m in ac.find_overlapping_iter(Input::new(hay).span(from..hi)) {
            if m.end() > known {
                self.found.push_back(Occurrence {
                    start: m.start(),
                    end: m.end(),
                    starts_word: starts_word(hay, m.start()),
                });
            }
        }
        self.to = hi;
    }

    /// Whether an occurrence lies wholly inside `[lo, hi)` (searched); with
    /// `word_start`, one that starts a word of the text (a window's edge
    /// is not a word's start: `abha` in `Dahyabhai` is no ABHA label).
    fn within(&self, lo: usize, hi: usize, word_start: bool) -> bool {
        let upto = self.found.partition_point(|o| o.end <= hi);
        // Newest first. Those that end inside the window and fail start
        // before it (a few) or mid-word: at most a window's worth.
        self.found
            .range(..upto)
            .rev()
            .take_while(|o| o.end > lo)
            .any(|o| o.start >= lo && (!word_start || o.starts_word))
    }
}

/// Whether the text at `at` starts a word: after a byte that is not an
/// ASCII letter, or upper case after lower case (`homePhone`). Bytes of
/// other scripts count as boundaries, so `電話` after other Chinese text
/// still counts.
fn starts_word(hay: &[u8], at: usize) -> bool {
    at == 0
        || !hay[at - 1].is_ascii_alphabetic()
        || (hay[at - 1].is_ascii_lowercase() && hay[at].is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> AhoCorasick {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(list)
            .unwrap()
    }

    /// The plain definition: search both windows afresh.
    fn fresh(ac: &AhoCorasick, hay: &[u8], (s, e): (usize, usize), w: usize, ws: bool) -> bool {
        let side = |lo: usize, hi: usize| {
            ac.find_overlapping_iter(&hay[lo..hi])
                .any(|m| !ws || starts_word(hay, lo + m.start()))
        };
        side(s.saturating_sub(w), s) || side(e, (e + w).min(hay.len()))
    }

    #[test]
    fn prose_words_start_a_word() {
        let ac = words(&["tel", "phone", "\u{96fb}\u{8a71}", "ab-t", "phonebook"]);
        for text in [
            "Tel.: ",
            // `ab-t` starts mid-word; `tel` overlaps it and counts.
            "xab-tel ",
            "hotel phone ",
            "my tel ",
            "homePhone: ",
            "user_phone=",
            "\u{4ed6}\u{7684}\u{96fb}\u{8a71}",
        ] {
            let hay = format!("{text}123");
            let at = text.len();
            assert!(ContextScan::default().around(&ac, hay.as_bytes(), (at, at + 3), 64, true));
        }
        for text in ["Bestellung ", "hotel ", "Intel ", "megaphones "] {
            let hay = format!("x{text}123");
            let at = hay.len() - 3;
            assert!(!ContextScan::default().around(&ac, hay.as_bytes(), (at, at + 3), 64, true));
        }
    }

    #[test]
    fn one_scan_answers_as_fresh_searches_do() {
        let ac = words(&["tel", "phone", "ab-t", "phonebook", "q", "zqxjv-long-word"]);
        // Words, word parts and words cut by window edges, at many spacings.
        let mut hay = Vec::new();
        for i in 0..400u32 {
            let piece: &[u8] = match i % 9 {
                0 => b"tel ",
                1 => b"hotel",
                2 => b" xab-tel",
                3 => b"Phonebook:",
                4 => b"12345",
                5 => b"homePhone=",
                6 => b"Zqxjv-long-word",
                7 => b"q",
                _ => b"  ",
            };
            hay.extend_from_slice(piece);
            hay.extend(std::iter::repeat_n(b'.', (i as usize * 7) % 13));
        }
        for (step, len, window) in [(1, 3, 8), (5, 4, 16), (9, 12, 5), (40, 3, 64), (3, 30, 2)] {
            for word_start in [true, false] {
                let mut scan = ContextScan::default();
                let mut start = 0;
                while start + len <= hay.len() {
                    let span = (start, start + len);
                    assert_eq!(
                        scan.around(&ac, &hay, span, window, word_start),
                        fresh(&ac, &hay, span, window, word_start),
                        "at {start} len {len} window {window} word_start {word_start}"
                    );
                    start += step;
                }
            }
        }
    }
}
