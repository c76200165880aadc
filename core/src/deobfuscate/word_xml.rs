//! WordprocessingML (a `.docx`'s `word/document.xml`), the way a pasted
//! document hides a password: Word splits text into runs wherever the
//! formatting, the spell checker or the revision changes, so
//! `P4ss<w:t>` + `w0rd` lands in two `<w:t>` elements with tags between.
//!
//! In text that holds `<w:t>` runs, the `w:` tags are read as nothing, a
//! paragraph's end and a break as a line break, and a tab as a tab, so the
//! rules see the words as Word shows them.

/// Longest tag read, in bytes (a run's properties are a few tags each).
const TAG_MAX: usize = 512;

/// Whether `text` holds WordprocessingML runs (`<w:t>` or `<w:t ...>`).
pub(super) fn evident(text: &[u8]) -> bool {
    // `<` is rare in prose; a `memmem` searcher per call cost more.
    memchr::memchr_iter(b'<', text)
        .any(|i| text[i..].starts_with(b"<w:t") && matches!(text.get(i + 4), Some(b'>' | b' ')))
}

/// The `w:` tag at the start of `b`: its length and what it reads as
/// (`</w:p>`, `<w:br/>` and `<w:cr/>` a line break, `<w:tab/>` a tab,
/// any other tag nothing), indentation before the next tag included.
pub(super) fn tag(b: &[u8]) -> Option<(usize, Option<u8>)> {
    let name_at = match b {
        [b'<', b'w', b':', ..] => 3,
        [b'<', b'/', b'w', b':', ..] => 4,
        _ => return None,
    };
    let len = memchr::memchr(b'>', &b[..b.len().min(TAG_MAX)])? + 1;
    let tag = &b[..len];
    if tag[1..len - 1].contains(&b'<') {
        return None;
    }
    let name_len = tag[name_at..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let name = &tag[name_at..name_at + name_len];
    let closing = name_at == 4;
    let reads_as = match name {
        b"p" if closing => Some(b'\n'),
        b"br" | b"cr" if !closing => Some(b'\n'),
        b"tab" if !closing => Some(b'\t'),
        _ => None,
    };
    // Indentation between elements (`xmllint --format`) is not text; a
    // `<w:t>`'s own spaces are.
    let blank = b[len..]
        .iter()
        .take(TAG_MAX)
        .take_while(|c| c.is_ascii_whitespace())
        .count();
    let text_opens = name == b"t" && !closing;
    let len = match b.get(len + blank) {
        Some(b'<') if !text_opens => len + blank,
        _ => len,
    };
    Some((len, reads_as))
}

/// Whether `word` ends in a `w:` tag: whitespace after it may be
/// indentation between runs of one line, so no segment ends there.
pub(super) fn ends_in_tag(word: &[u8]) -> bool {
    word.last() == Some(&b'>')
        && memchr::memrchr(b'<', word).is_some_and(|open| {
            word[open..].starts_with(b"<w:") || word[open..].starts_with(b"</w:")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tags_as_word_shows_them() {
        assert!(evident(b"<w:r><w:t xml:space=\"preserve\">a </w:t></w:r>"));
        assert!(!evident(b"<w:tbl><w:tr>"));
        assert_eq!(tag(b"<w:t>x"), Some((5, None)));
        assert_eq!(tag(b"</w:p><w:p>"), Some((6, Some(b'\n'))));
        assert_eq!(tag(b"<w:tab/>x"), Some((8, Some(b'\t'))));
        assert_eq!(tag(b"<w:rPr><w:b/>"), Some((7, None)));
        assert_eq!(tag(b"<a:t>"), None);
        assert_eq!(tag(b"<w:t x < y"), None);
        // Pretty-printed: the indentation after a tag goes with it.
        assert_eq!(tag(b"</w:t>\n        <w:t>"), Some((15, None)));
        assert_eq!(
            tag(b"<w:t xml:space=\"preserve\"> </w:t>"),
            Some((26, None))
        );
    }
}
