//! Findings: what was found and where, never the value itself.

use serde::{Deserialize, Serialize};

use crate::rules::Category;

/// A half-open range `[start, end)`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First unit of the range.
    pub start: usize,
    /// One past the last unit.
    pub end: usize,
}

/// One detected value. Carries no part of the value, so it is safe to log.
///
/// Offsets are given three ways: UTF-8 bytes (Rust, Go, files), Unicode
/// scalar values (Python `str` indices) and UTF-16 code units (JavaScript,
/// Java, C# string indices). Use the one your host indexes strings by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Id of the rule that found it.
    pub rule_id: String,
    /// Entity type, e.g. `EMAIL_ADDRESS`.
    pub entity: String,
    /// Secret or PII.
    pub category: Category,
    /// Confidence in `0.0..=1.0` after context boosts.
    pub confidence: f32,
    /// True when a checksum or check digit was verified.
    pub validated: bool,
    /// UTF-8 byte offsets.
    pub bytes: Span,
    /// Unicode scalar value (code point) offsets.
    pub chars: Span,
    /// UTF-16 code unit offsets.
    pub utf16: Span,
}

/// Converts byte offsets into char and UTF-16 offsets in one forward pass.
///
/// For input that is not valid UTF-8, every byte that is not a continuation
/// byte (`0b10xx_xxxx`) counts as one character; for valid UTF-8 this is exact.
#[derive(Clone, Debug, Default)]
pub(crate) struct PositionCounter {
    byte: usize,
    chars: usize,
    utf16: usize,
}

impl PositionCounter {
    /// Moves to absolute byte offset `target` (not before the current one) over
    /// `hay`, which starts at absolute offset `base`; returns (chars, utf16) there.
    pub fn advance(&mut self, hay: &[u8], base: usize, target: usize) -> (usize, usize) {
        debug_assert!(target >= self.byte);
        for &b in &hay[self.byte - base..target - base] {
            if b & 0xC0 != 0x80 {
                self.chars += 1;
                self.utf16 += if b >= 0xF0 { 2 } else { 1 };
            }
        }
        self.byte = target;
        (self.chars, self.utf16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_chars_and_utf16_units() {
        let s = "a€😀b"; // 1 + 3 + 4 + 1 bytes
        let mut c = PositionCounter::default();
        assert_eq!(c.advance(s.as_bytes(), 0, 4), (2, 2));
        assert_eq!(c.advance(s.as_bytes(), 0, 8), (3, 4));
        assert_eq!(c.advance(s.as_bytes(), 0, 9), (4, 5));
        assert_eq!("a€😀b".encode_utf16().count(), 5);
    }
}
