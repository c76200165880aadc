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

impl Finding {
    /// The confidence as the `f64` nearest its shortest decimal form
    /// (`0.9`, not the widened `0.8999999761581421`), for hosts whose
    /// numbers are `f64` (Python, JavaScript).
    pub fn confidence_f64(&self) -> f64 {
        // Display prints the shortest decimal that reads back as this f32.
        self.confidence
            .to_string()
            .parse()
            .unwrap_or(f64::from(self.confidence))
    }
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
    fn confidence_widens_to_its_decimal_form() {
        let f = Finding {
            rule_id: "r".into(),
            entity: "E".into(),
            category: Category::Secret,
            confidence: 0.9,
            validated: false,
            bytes: Span::default(),
            chars: Span::default(),
            utf16: Span::default(),
        };
        assert_ne!(f64::from(f.confidence), 0.9);
        assert_eq!(f.confidence_f64(), 0.9);
    }

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
