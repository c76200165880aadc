//! Streamed completions: an answer logged as it arrived, one piece per
//! event (OpenAI `data: {"choices":[{"delta":{"content":"sk-"}}]}` and
//! tool-call `arguments`, Anthropic `text_delta` and `input_json_delta`,
//! the Responses API's `delta`, the Vercel AI SDK's `0:"..."` lines). A key
//! the model wrote is cut across pieces, so no rule sees it whole.
//!
//! This pass reads such lines, joins each run of pieces (the JSON string
//! contents, escapes kept), scans the joined text and maps every finding
//! that crosses a piece boundary back onto the parts of the pieces it
//! covers; a finding inside one piece is the plain scan's. Blank, `event:`,
//! `id:` and comment lines, and `data:` lines without a piece, continue a
//! run; any other line ends it.
//!
//! Like the table reader it reads whole lines, so a stream reads the same
//! lines in the same state as a whole text. A run is scanned and cut after
//! [`MAX_PIECES`] pieces or [`MAX_JOINED`] bytes, carrying its last
//! [`KEEP`] pieces into the next, which bounds what a stream holds back.

use memchr::{memchr, memmem};

use crate::engine::{Cost, Detection, Engine};
use crate::error::Result;

/// Longest line read, in bytes (without its line break); a longer line
/// ends the run.
const LINE_MAX: usize = 4096;
/// Most pieces in a run before it is scanned and cut.
const MAX_PIECES: usize = 64;
/// Most joined bytes in a run before it is scanned and cut.
const MAX_JOINED: usize = 4096;
/// Pieces a cut run carries into the next (a key cut at the cut is read
/// there).
const KEEP: usize = 16;

/// The JSON keys whose string value is a streamed piece.
const PIECE_KEYS: &[&[u8]] = &[
    b"\"content\"",
    b"\"text\"",
    b"\"arguments\"",
    b"\"partial_json\"",
    b"\"delta\"",
    b"\"thinking\"",
];

/// Where the string value of the first `key` in `rest` starts: after the
/// key, a colon and an opening quote, with spaces around the colon as
/// `json.dumps` writes them (`"content": "sk-"`).
fn value_after(rest: &[u8], key: &[u8]) -> Option<usize> {
    memmem::find_iter(rest, key).find_map(|i| {
        let spaces = |from: usize| from + rest[from..].iter().take_while(|&&b| b == b' ').count();
        let colon = spaces(i + key.len());
        (rest.get(colon) == Some(&b':'))
            .then(|| spaces(colon + 1))
            .filter(|&quote| rest.get(quote) == Some(&b'"'))
            .map(|quote| quote + 1)
    })
}

/// What a line is to a run.
#[derive(Debug, PartialEq, Eq)]
enum Line {
    /// A piece: its span in the line (the string's contents).
    Piece(usize, usize),
    /// Part of an event stream without a piece: the run goes on.
    Neutral,
    /// Anything else: the run ends.
    Other,
}

/// End of the JSON string whose contents start at `s[from..]`: the index
/// of its closing quote.
fn string_end(s: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i < s.len() {
        match s[i] {
            b'\\' => i += 2,
            b'"' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// Bytes enough to tell an event line from any other by its start.
const PREFIX_LEN: usize = 6;

/// Whether a line starting with `prefix` (up to [`PREFIX_LEN`] bytes, or
/// the whole line) may be part of an event stream: blank so far, a field
/// (`data:`, `event:`, `id:`, `retry:`), a comment (`:`) or a data-stream
/// part (`0:`).
fn may_be_event_line(prefix: &[u8]) -> bool {
    let starts = |field: &[u8]| {
        let n = prefix.len().min(field.len());
        prefix[..n] == field[..n]
    };
    prefix.iter().all(u8::is_ascii_whitespace)
        || prefix[0] == b':'
        || [&b"data:"[..], b"event:", b"id:", b"retry:"]
            .iter()
            .any(|f| starts(f))
        || matches!(prefix, [b'0'..=b'9' | b'a'..=b'z'] | [b'0'..=b'9' | b'a'..=b'z', b':', ..])
}

/// Reads one line (without its line break).
fn classify(line: &[u8]) -> Line {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.trim_ascii().is_empty()
        || line.starts_with(b":")
        || line.starts_with(b"event:")
        || line.starts_with(b"id:")
        || line.starts_with(b"retry:")
    {
        return Line::Neutral;
    }
    if let Some(rest) = line.strip_prefix(b"data:") {
        let at = line.len() - rest.len();
        let first = PIECE_KEYS.iter().filter_map(|k| value_after(rest, k)).min();
        return match first.and_then(|from| string_end(rest, from).map(|to| (from, to))) {
            Some((from, to)) if to > from => Line::Piece(at + from, at + to),
            _ => Line::Neutral,
        };
    }
    // The AI SDK's data stream: `0:"text"`, `g:"reasoning"`; other parts
    // (`f:{...}`, `e:{...}`, `9:[...]`) carry no text.
    match line {
        [b'0' | b'g', b':', b'"', .., b'"'] if line.len() > 4 => Line::Piece(3, line.len() - 1),
        [b'0'..=b'9' | b'a'..=b'z', b':', b'{' | b'[' | b'"', ..] => Line::Neutral,
        _ => Line::Other,
    }
}

/// The reader's state between calls: the run of pieces read so far.
#[derive(Default)]
pub(crate) struct Deltas {
    /// Per piece of the run: its absolute offset and its offset in `joined`.
    pieces: Vec<(usize, usize)>,
    /// The run's pieces, joined.
    joined: Vec<u8>,
    /// Inside a line to skip (no event line, or longer than [`LINE_MAX`]):
    /// skip to its end.
    skipping: bool,
}

impl Deltas {
    /// Reads the whole lines at the start of `text` (all of it when
    /// `is_final`), whose first byte is at absolute offset `base`, adding
    /// the findings of every run that ends to `found`; returns the bytes
    /// read. `text` starts where the previous call stopped.
    pub(crate) fn advance(
        &mut self,
        text: &[u8],
        base: usize,
        is_final: bool,
        engine: &Engine,
        mut cost: Option<&mut Cost>,
        found: &mut Vec<Detection>,
    ) -> Result<usize> {
        let mut at = 0;
        while at < text.len() {
            let rest = &text[at..];
            if self.skipping {
                match memchr(b'\n', rest) {
                    Some(i) => {
                        at += i + 1;
                        self.skipping = false;
                        continue;
                    }
                    None => {
                        at = text.len();
                        break;
                    }
                }
            }
            // A line whose first bytes rule out an event stream ends the run
            // and is skipped at once, whole or not: only event lines wait
            // for their end.
            let head = &rest[..rest.len().min(PREFIX_LEN)];
            let line_end = memchr(b'\n', head);
            let prefix = &head[..line_end.unwrap_or(head.len())];
            if !may_be_event_line(prefix) && (prefix.len() == PREFIX_LEN || line_end.is_some()) {
                self.scan(false, engine, cost.as_deref_mut(), found)?;
                self.skipping = true;
                continue;
            }
            let (line, next) = match memchr(b'\n', &rest[..rest.len().min(LINE_MAX + 1)]) {
                Some(i) => (&rest[..i], at + i + 1),
                None if rest.len() > LINE_MAX => {
                    self.scan(false, engine, cost.as_deref_mut(), found)?;
                    self.skipping = true;
                    continue;
                }
                None if is_final => (rest, text.len()),
                None => break,
            };
            match classify(line) {
                Line::Piece(from, to) => {
                    self.pieces.push((base + at + from, self.joined.len()));
                    self.joined.extend_from_slice(&line[from..to]);
                    if self.pieces.len() >= MAX_PIECES || self.joined.len() >= MAX_JOINED {
                        self.scan(true, engine, cost.as_deref_mut(), found)?;
                    }
                }
                Line::Neutral => {}
                Line::Other => self.scan(false, engine, cost.as_deref_mut(), found)?,
            }
            at = next;
        }
        if is_final {
            self.scan(false, engine, cost, found)?;
        }
        Ok(at)
    }

    /// Absolute offset of the run's first piece: a stream holds its output
    /// from there until the run is scanned.
    pub(crate) fn held_from(&self) -> Option<usize> {
        self.pieces.first().map(|&(at, _)| at)
    }

    /// Scans the run and adds its findings that cross a piece boundary.
    /// With `cut`, the last [`KEEP`] pieces start the next run and findings
    /// that start in them are left to it; otherwise the run ends.
    fn scan(
        &mut self,
        cut: bool,
        engine: &Engine,
        cost: Option<&mut Cost>,
        found: &mut Vec<Detection>,
    ) -> Result<()> {
        let kept = if cut {
            self.pieces.len().saturating_sub(KEEP)
        } else {
            self.pieces.len()
        };
        let keep_from = self.pieces.get(kept).map_or(self.joined.len(), |p| p.1);
        if self.pieces.len() > 1 {
            let piece_end = |j: usize| self.pieces.get(j + 1).map_or(self.joined.len(), |p| p.1);
            for d in engine.detect_all_counted(&self.joined, cost)? {
                let first = self.pieces.partition_point(|p| p.1 <= d.start) - 1;
                if d.end <= piece_end(first) || d.start >= keep_from {
                    continue;
                }
                let mut j = first;
                while j < self.pieces.len() && self.pieces[j].1 < d.end {
                    let (abs, off) = self.pieces[j];
                    let (start, end) = (d.start.max(off), d.end.min(piece_end(j)));
                    if start < end {
                        found.push(Detection {
                            start: abs + start - off,
                            end: abs + end - off,
                            ..d
                        });
                    }
                    j += 1;
                }
            }
        }
        if kept == self.pieces.len() {
            self.pieces.clear();
            self.joined.clear();
        } else {
            self.pieces.drain(..kept);
            self.joined.drain(..keep_from);
            for p in &mut self.pieces {
                p.1 -= keep_from;
            }
        }
        Ok(())
    }
}

/// Whether `text` may hold a streamed completion piece (a cheap test
/// before the one-shot pass; it must admit every line [`classify`] reads
/// as a piece, or streams and one-shot calls would differ).
pub(crate) fn may_hold(text: &[u8]) -> bool {
    // One pass over the colons, which prose has few of (three `memmem`
    // searches built three searchers per call).
    memchr::memchr_iter(b':', text).any(|i| {
        text[..i].ends_with(b"data")
            || (i > 0 && matches!(text[i - 1], b'0' | b'g') && text.get(i + 1) == Some(&b'"'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pieces_from_event_lines() {
        let line = br#"data: {"choices":[{"delta":{"content":"ghp_Sd"}}]}"#;
        let Line::Piece(a, b) = classify(line) else {
            panic!("no piece");
        };
        assert_eq!(&line[a..b], b"ghp_Sd");
        let line =
            br#"data: {"type":"content_block_delta","delta":{"type":"text_delta","text":"x\"y"}}"#;
        let Line::Piece(a, b) = classify(line) else {
            panic!("no piece");
        };
        assert_eq!(&line[a..b], br#"x\"y"#);
        // Python's `json.dumps` puts a space after each colon.
        let line = br#"data: {"id": "c1", "choices": [{"delta": {"content": "UbBKxh"}}]}"#;
        let Line::Piece(a, b) = classify(line) else {
            panic!("no piece");
        };
        assert_eq!(&line[a..b], b"UbBKxh");
        assert_eq!(classify(b"0:\"e5cd\""), Line::Piece(3, 7));
        assert_eq!(classify(b"event: content_block_delta"), Line::Neutral);
        assert_eq!(classify(b"data: [DONE]"), Line::Neutral);
        assert_eq!(classify(br#"f:{"messageId":"m"}"#), Line::Neutral);
        assert_eq!(classify(b""), Line::Neutral);
        assert_eq!(classify(b"Here is the key:"), Line::Other);
        assert!(may_be_event_line(b"dat"));
        assert!(may_be_event_line(b"0:\"ab"));
        assert!(may_be_event_line(b"  "));
        assert!(!may_be_event_line(b"the qu"));
        assert!(!may_be_event_line(b"datum:"));
    }
}
