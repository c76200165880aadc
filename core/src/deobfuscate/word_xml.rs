//! Office documents' XML, the way a pasted document hides a password:
//! Word splits text into runs wherever the formatting, the spell checker
//! or the revision changes, so `P4ss<w:t>` + `w0rd` lands in two `<w:t>`
//! elements with tags between; PowerPoint's DrawingML (`<a:t>` runs of a
//! slide) and OpenDocument text (`<text:span>`, `<text:s/>` for spaces in
//! an `.odt`'s `content.xml`) do the same.
//!
//! In text that holds such runs, the `w:`, `a:` and `text:` tags are read
//! as nothing, a paragraph's end and a break as a line break, a tab as a
//! tab and an ODF space element as a space, so the rules see the words as
//! the document shows them.

/// Longest tag read, in bytes (a run's properties are a few tags each).
const TAG_MAX: usize = 512;

/// The namespace prefixes read, with the `:`.
const PREFIXES: [&[u8]; 3] = [b"w:", b"a:", b"text:"];

/// Whether `text` holds office runs: `<w:t>`, `<a:t>` (either with
/// attributes too) or an ODF paragraph or span (`<text:p `, `<text:span`).
pub(super) fn evident(text: &[u8]) -> bool {
    // `<` is rare in prose; a `memmem` searcher per call cost more.
    memchr::memchr_iter(b'<', text).any(|i| {
        let b = &text[i + 1..];
        let run = |p: &[u8]| b.starts_with(p) && matches!(b.get(p.len()), Some(b'>' | b' '));
        run(b"w:t") || run(b"a:t") || run(b"text:p") || run(b"text:span") || run(b"text:h")
    })
}

/// The length of the namespace prefix (`w:`, `a:`, `text:`) at the start
/// of `b`.
fn prefix(b: &[u8]) -> Option<usize> {
    PREFIXES.iter().find(|p| b.starts_with(p)).map(|p| p.len())
}

/// The office tag at the start of `b`: its length and what it reads as
/// (a paragraph's or heading's end and a break a line break, a tab a tab,
/// ODF's `<text:s/>` a space, any other tag nothing), indentation before
/// the next tag included.
pub(super) fn tag(b: &[u8]) -> Option<(usize, Option<u8>)> {
    let closing = b.get(1) == Some(&b'/');
    let open = if closing { 2 } else { 1 };
    if b.first() != Some(&b'<') {
        return None;
    }
    let name_at = open + prefix(&b[open.min(b.len())..])?;
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
    let odf = b[open..].starts_with(b"text:");
    let reads_as = match name {
        b"p" | b"h" if closing => Some(b'\n'),
        b"br" | b"cr" | b"line" if !closing => Some(b'\n'),
        b"tab" if !closing => Some(b'\t'),
        b"s" if odf && !closing => Some(b' '),
        _ => None,
    };
    // Indentation between elements (`xmllint --format`) is not text; a
    // text element's own spaces are.
    let blank = b[len..]
        .iter()
        .take(TAG_MAX)
        .take_while(|c| c.is_ascii_whitespace())
        .count();
    let text_opens = !closing && (name == b"t" || (odf && matches!(name, b"p" | b"h" | b"span")));
    let len = match b.get(len + blank) {
        Some(b'<') if !text_opens => len + blank,
        _ => len,
    };
    Some((len, reads_as))
}

/// Whether `before` (trailing whitespace trimmed) ends inside an office
/// tag (`<text:p` before its attributes) or right after one: whitespace
/// there is between a tag's attributes or indentation between runs of
/// one line, so no segment ends there.
pub(super) fn holds_segment(before: &[u8]) -> bool {
    let window = &before[before.len().saturating_sub(TAG_MAX)..];
    let Some(open) = memchr::memrchr(b'<', window) else {
        return false;
    };
    let close = memchr::memrchr(b'>', window);
    let inside = close.is_none_or(|c| c < open);
    let just_closed = close.is_some_and(|c| c + 1 == window.len());
    let name = &window[open + 1..];
    (inside || just_closed) && prefix(name.strip_prefix(b"/").unwrap_or(name)).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_slides_and_opendocument_text() {
        assert!(evident(b"<a:r><a:t>sk_live_</a:t></a:r>"));
        assert!(evident(b"<text:p text:style-name=\"P1\">Passwort:"));
        assert!(!evident(b"<text:list>"));
        assert_eq!(tag(b"</a:p>"), Some((6, Some(b'\n'))));
        assert_eq!(tag(b"<text:s text:c=\"3\"/>x"), Some((20, Some(b' '))));
        assert_eq!(tag(b"<text:line-break/>"), Some((18, Some(b'\n'))));
        assert_eq!(tag(b"<text:tab/>"), Some((11, Some(b'\t'))));
        // Spaces at the start of an ODF paragraph are its text.
        assert_eq!(
            tag(b"<text:span text:style-name=\"T2\"> <"),
            Some((32, None))
        );
        assert!(holds_segment(b"x</text:span>") && holds_segment(b"<a:t>"));
        assert!(holds_segment(b"a <text:p") && holds_segment(b"<a:rPr lang=\"en-US\""));
        assert!(!holds_segment(b"<b>") && !holds_segment(b"<text:p>x"));
    }

    #[test]
    fn reads_tags_as_word_shows_them() {
        assert!(evident(b"<w:r><w:t xml:space=\"preserve\">a </w:t></w:r>"));
        assert!(!evident(b"<w:tbl><w:tr>"));
        assert_eq!(tag(b"<w:t>x"), Some((5, None)));
        assert_eq!(tag(b"</w:p><w:p>"), Some((6, Some(b'\n'))));
        assert_eq!(tag(b"<w:tab/>x"), Some((8, Some(b'\t'))));
        assert_eq!(tag(b"<w:rPr><w:b/>"), Some((7, None)));
        assert_eq!(tag(b"<a:t>"), Some((5, None)));
        assert_eq!(tag(b"<x:t>"), None);
        assert_eq!(tag(b"<w:t x < y"), None);
        // Pretty-printed: the indentation after a tag goes with it.
        assert_eq!(tag(b"</w:t>\n        <w:t>"), Some((15, None)));
        assert_eq!(
            tag(b"<w:t xml:space=\"preserve\"> </w:t>"),
            Some((26, None))
        );
    }
}
