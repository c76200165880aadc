//! Findings: what was found and where, never the value itself.

use std::sync::Arc;

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
    pub rule_id: Label,
    /// Entity type, e.g. `EMAIL_ADDRESS`.
    pub entity: Label,
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

/// A rule id or entity name: a shared string, so a finding costs no
/// allocation for its labels. Compares with `&str` and `String`, derefs to
/// `str`, and serialises as a plain string.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Label(Arc<str>);

impl Label {
    /// The label as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Label {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Label {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Label {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&*self.0, f)
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Label {
    fn from(s: &str) -> Label {
        Label(Arc::from(s))
    }
}

impl From<String> for Label {
    fn from(s: String) -> Label {
        Label(Arc::from(s))
    }
}

impl From<Label> for String {
    fn from(l: Label) -> String {
        l.0.to_string()
    }
}

impl PartialEq<str> for Label {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Label {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Label {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Label> for str {
    fn eq(&self, other: &Label) -> bool {
        *self == *other.0
    }
}

impl PartialEq<Label> for &str {
    fn eq(&self, other: &Label) -> bool {
        **self == *other.0
    }
}

impl PartialEq<Label> for String {
    fn eq(&self, other: &Label) -> bool {
        **self == *other.0
    }
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
        let bytes = &hay[self.byte - base..target - base];
        // Characters start at every byte but a continuation byte
        // (0b10xx_xxxx); those whose lead byte is 0xF0 or above take two
        // UTF-16 units. Counted in byte lanes, 255 bytes at a time, so the
        // loop vectorizes without widening.
        for chunk in bytes.chunks(255) {
            let (mut chars, mut astral) = (0u8, 0u8);
            for &b in chunk {
                chars += u8::from((b as i8) >= -0x40);
                astral += u8::from(b >= 0xF0);
            }
            self.chars += usize::from(chars);
            self.utf16 += usize::from(chars) + usize::from(astral);
        }
        self.byte = target;
        (self.chars, self.utf16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_compare_and_serialise_as_strings() {
        let l = Label::from("EMAIL_ADDRESS");
        let owned = String::from("EMAIL_ADDRESS");
        assert_eq!(l, "EMAIL_ADDRESS");
        assert_eq!("EMAIL_ADDRESS", l);
        assert_eq!(l, owned);
        assert_ne!(l, "PHONE_NUMBER");
        assert_eq!(serde_json::to_string(&l).unwrap(), "\"EMAIL_ADDRESS\"");
        assert_eq!(serde_json::from_str::<Label>("\"X\"").unwrap(), "X");
        assert_eq!(format!("{l} {l:?}"), "EMAIL_ADDRESS \"EMAIL_ADDRESS\"");
        assert_eq!(String::from(l.clone()), l.as_str());
    }

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
