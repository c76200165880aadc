//! Undoing character-level obfuscation before matching (opt-in,
//! [`crate::ScannerBuilder::deobfuscate`]).
//!
//! Attackers slip secrets past scanners by inserting invisible characters
//! (zero-width space, joiners, soft hyphen, word joiner, BOM), by writing
//! digits and letters in full width (`４１１１…`), or by swapping Latin
//! letters for look-alikes (Cyrillic `а`, Greek `ο`). When enabled, text
//! that contains any of these is also scanned in a normalized form: the
//! invisible characters removed, full-width ASCII and the common
//! Cyrillic/Greek homoglyphs folded to ASCII. Findings in the normalized
//! text map back to the original bytes, so redaction removes the
//! obfuscated original.

/// Text with obfuscation undone, and for each of its bytes the span of the
/// original character it came from.
pub(crate) struct Normalized {
    pub text: Vec<u8>,
    /// Per normalized byte: (start, end) of the original character.
    pub origin: Vec<(usize, usize)>,
}

fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{180E}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// The ASCII character `c` imitates, if any.
fn fold(c: char) -> Option<char> {
    let folded = match c {
        // Full-width ASCII and the ideographic space.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0)?,
        '\u{3000}' => ' ',
        // Cyrillic look-alikes.
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'і' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'І' => 'I',
        'Ј' => 'J',
        'Ѕ' => 'S',
        // Greek look-alikes.
        'ο' => 'o',
        'ν' => 'v',
        'ρ' => 'p',
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Υ' => 'Y',
        'Χ' => 'X',
        _ => return None,
    };
    Some(folded)
}

/// The normalized form of `text`, or `None` when it has nothing to undo.
pub(crate) fn normalize(text: &str) -> Option<Normalized> {
    if !text.chars().any(|c| invisible(c) || fold(c).is_some()) {
        return None;
    }
    let mut out = Normalized {
        text: Vec::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    let mut buf = [0u8; 4];
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        if invisible(c) {
            continue;
        }
        let bytes = fold(c).unwrap_or(c).encode_utf8(&mut buf).as_bytes();
        out.text.extend_from_slice(bytes);
        out.origin
            .extend(std::iter::repeat_n((start, end), bytes.len()));
    }
    Some(out)
}

impl Normalized {
    /// The original byte span of normalized span `[start, end)`.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        (self.origin[start].0, self.origin[end - 1].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_back_to_original_characters() {
        let text = "key=AKIA\u{200B}QYLP ｍail bоb@exаmple.com";
        let n = normalize(text).unwrap();
        let s = std::str::from_utf8(&n.text).unwrap();
        assert_eq!(s, "key=AKIAQYLP mail bob@example.com");
        let at = s.find("bob@").unwrap();
        let (a, b) = n.original(at, s.len());
        assert_eq!(&text[a..b], "bоb@exаmple.com");
        assert!(normalize("plain ascii and 東京").is_none());
    }
}
