//! Classifier segments: the classifier runs on one segment at a time, so a
//! stream can hold back to a sentence or paragraph boundary (bounded) and
//! still give the one-shot result, and no span crosses a segment.

/// A segment of at least this many bytes ends at its next sentence or
/// line end. Measured on GUM news and WNUT-17 joined into 20-sentence texts
/// (`classifier_spans --join 20`): whole-text windows redacted 0.38 of
/// PER entities whole, 256-byte segments 0.41, 64-byte 0.44 (sentence by
/// sentence also 0.44, with more stray STREET_ADDRESS spans), at the same
/// speed.
pub(crate) const SEGMENT_MIN: usize = 64;
/// No segment is longer than this.
pub(crate) const SEGMENT_MAX: usize = 4 << 10;

/// Length of the first classifier segment of `text`. A segment ends after
/// the first line break, or the first whitespace after `.`, `!` or `?`
/// (not after an initial or an abbreviation such as `Dr.`), at or past
/// [`SEGMENT_MIN`] bytes; failing that, after the last whitespace in the
/// second half of [`SEGMENT_MAX`] bytes, else at a character boundary there.
/// The boundaries depend only on the text before them; `None` when more
/// text could still extend the segment (`is_final` false).
pub(crate) fn segment_len(text: &[u8], is_final: bool) -> Option<usize> {
    let limit = text.len().min(SEGMENT_MAX);
    for i in SEGMENT_MIN.min(limit)..limit {
        if text[i] == b'\n' || (text[i].is_ascii_whitespace() && sentence_end(&text[..i])) {
            return Some(i + 1);
        }
    }
    if text.len() > SEGMENT_MAX {
        let window = &text[SEGMENT_MAX / 2..SEGMENT_MAX];
        if let Some(i) = window.iter().rposition(u8::is_ascii_whitespace) {
            return Some(SEGMENT_MAX / 2 + i + 1);
        }
        // Cut before a continuation byte so the segment stays whole UTF-8.
        let mut end = SEGMENT_MAX;
        while end > SEGMENT_MAX - 3 && text[end] & 0xC0 == 0x80 {
            end -= 1;
        }
        return Some(end);
    }
    (is_final && !text.is_empty()).then_some(text.len())
}

/// Abbreviations that a name or address continues after (`Dr. Smith`,
/// `Acme Inc.`, `5th Ave.`).
const ABBREVIATIONS: &[&[u8]] = &[
    b"Mr", b"Mrs", b"Ms", b"Dr", b"Prof", b"Sr", b"Jr", b"St", b"Mt", b"Ave", b"Rd", b"Blvd",
    b"Inc", b"Ltd", b"Co", b"Corp", b"No", b"Nr", b"vs", b"etc", b"Gen", b"Gov", b"Sen", b"Rep",
];

/// Whether `before` ends a sentence: `.`, `!` or `?` (closing quotes or
/// brackets may follow), and for `.` not after a single letter (`J.`) or
/// one of [`ABBREVIATIONS`].
fn sentence_end(before: &[u8]) -> bool {
    let trimmed = before
        .iter()
        .rposition(|b| !matches!(b, b'"' | b'\'' | b')' | b']'))
        .map_or(&before[..0], |i| &before[..=i]);
    match trimmed.last() {
        Some(b'!' | b'?') => true,
        Some(b'.') => {
            let word = &trimmed[..trimmed.len() - 1];
            let start = word
                .iter()
                .rposition(|b| !b.is_ascii_alphabetic())
                .map_or(0, |i| i + 1);
            let word = &word[start..];
            word.len() != 1 && !ABBREVIATIONS.contains(&word)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(text: &[u8]) -> Vec<usize> {
        let mut out = Vec::new();
        let mut at = 0;
        while let Some(len) = segment_len(&text[at..], true) {
            out.push(len);
            at += len;
        }
        out
    }

    #[test]
    fn short_texts_are_one_segment() {
        assert_eq!(segments(b"Maria Gonzalez lives in Lyon."), vec![29]);
        assert_eq!(segments(b""), Vec::<usize>::new());
        assert_eq!(segment_len(b"Maria", false), None);
    }

    #[test]
    fn segments_end_at_sentences_and_lines_past_the_minimum() {
        let first = "word ".repeat(60); // 300 bytes, no sentence end
        let text = format!("{first}Dr. Smith met Mr. J. Doe. Next one.");
        let len = segment_len(text.as_bytes(), true).unwrap();
        assert_eq!(&text[len - 5..len], "Doe. ");
        let text = format!("{first}a\nb");
        assert_eq!(segment_len(text.as_bytes(), false), Some(302));
        // A line break before the minimum does not end the segment.
        let text = format!("a\n{first}");
        assert_eq!(segment_len(text.as_bytes(), false), None);
        assert_eq!(segment_len(text.as_bytes(), true), Some(text.len()));
    }

    #[test]
    fn long_runs_are_cut_at_whitespace_or_a_character_boundary() {
        let text = "word ".repeat(2000);
        let cuts = segments(text.as_bytes());
        assert!(
            cuts.iter().all(|&n| n <= SEGMENT_MAX && n % 5 == 0),
            "{cuts:?}"
        );
        assert_eq!(cuts.iter().sum::<usize>(), text.len());
        let text = "é".repeat(5000);
        for n in segments(text.as_bytes()) {
            assert!(n <= SEGMENT_MAX && n % 2 == 0);
        }
    }

    #[test]
    fn boundaries_depend_only_on_the_text_before_them() {
        let text = "Anna Berg wrote to Olaf. ".repeat(40) + "tail";
        let bytes = text.as_bytes();
        let whole = segment_len(bytes, true).unwrap();
        for cut in 0..bytes.len() {
            match segment_len(&bytes[..cut], false) {
                Some(len) => assert_eq!(len, whole, "cut {cut}"),
                None => assert!(cut <= whole, "cut {cut}"),
            }
        }
    }
}
