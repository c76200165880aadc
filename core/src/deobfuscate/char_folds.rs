//! The per-character folds behind [`super::Deobfuscation`]'s `full_width`
//! and `homoglyphs`, defined with `unicode-normalization` (NFKC) and
//! `unicode-security` (UTS #39 confusables).
//!
//! `build.rs` runs them over every character and writes the results as two
//! small sorted tables (`OUT_DIR/char_folds.rs`), so the library carries
//! about 1,900 entries instead of both crates' Unicode tables (86 KB of the
//! WASM module after gzip); a unit test checks the tables against these
//! functions for every character.

/// The ASCII character a compatibility form stands for, if its NFKC form is
/// exactly one visible ASCII character: full-width (`４`), mathematical
/// alphanumerics (`𝐀`, `𝕒`), circled, super- and subscript letters and
/// digits, letter-like symbols (`ℝ`). Spaces whose NFKC form is a space
/// (no-break, narrow no-break as French puts before `:`, figure, thin,
/// ideographic) become a space, and the hyphens and minus signs that word
/// processors put between digit groups (`403‑63−5233`) a hyphen; the en
/// and em dashes of prose stay. Forms that expand to several characters
/// (`…`, `ﬁ`) stay. The decimal digits of other scripts (Arabic-Indic
/// `٠٥١`, Persian `۱۳۹۵`, Devanagari `२०१०`, Bengali, Thai, ...), which
/// NFKC keeps, become ASCII digits: phone numbers, IDs and passwords are
/// written with them.
pub fn width(c: char) -> Option<char> {
    if c.is_ascii() {
        return None;
    }
    if let Some(d) = script_digit(c) {
        return Some(d);
    }
    if matches!(
        c,
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' | '\u{207B}' | '\u{208B}' | '\u{FE63}'
    ) {
        return Some('-');
    }
    let mut folded = None;
    let mut count = 0;
    unicode_normalization::char::decompose_compatible(c, |d| {
        count += 1;
        folded = Some(d);
    });
    folded.filter(|d| count == 1 && *d != c && (d.is_ascii_graphic() || *d == ' '))
}

/// The first code point (digit zero) of each script's ten decimal digits
/// that people write numbers with (Unicode keeps every script's `Nd`
/// digits contiguous, zero first).
const DIGIT_ZEROS: [u32; 18] = [
    0x0660, // Arabic-Indic
    0x06F0, // Extended Arabic-Indic (Persian, Urdu)
    0x07C0, // NKo
    0x0966, // Devanagari
    0x09E6, // Bengali
    0x0A66, // Gurmukhi
    0x0AE6, // Gujarati
    0x0B66, // Oriya
    0x0BE6, // Tamil
    0x0C66, // Telugu
    0x0CE6, // Kannada
    0x0D66, // Malayalam
    0x0E50, // Thai
    0x0ED0, // Lao
    0x0F20, // Tibetan
    0x1040, // Myanmar
    0x17E0, // Khmer
    0x1810, // Mongolian
];

/// The ASCII digit a decimal digit of another script stands for.
fn script_digit(c: char) -> Option<char> {
    let c = c as u32;
    DIGIT_ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&c))
        .and_then(|zero| char::from_digit(c - zero, 10))
}

/// The Latin letter or digit a look-alike from another script imitates:
/// the character's Unicode confusables skeleton (UTS #39) when that is one
/// ASCII letter or digit. The skeleton writes `I` as `l`; an upper-case
/// look-alike of it folds to `I`.
pub fn homoglyph(c: char) -> Option<char> {
    if c.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 4];
    let mut skeleton = unicode_security::confusable_detection::skeleton(c.encode_utf8(&mut buf));
    let folded = skeleton.next().filter(|d| d.is_ascii_alphanumeric())?;
    if skeleton.next().is_some() {
        return None;
    }
    Some(if folded == 'l' && c.is_uppercase() {
        'I'
    } else {
        folded
    })
}

/// `fold` over every character as a sorted table of `code point << 8 |
/// ASCII byte` (what `build.rs` writes).
pub fn table(fold: fn(char) -> Option<char>) -> Vec<u32> {
    (0..=char::MAX as u32)
        .filter_map(char::from_u32)
        .filter_map(|c| fold(c).map(|a| (c as u32) << 8 | a as u32))
        .collect()
}
