//! Markup dropped into the middle of a token so that no scanner sees it
//! whole while a browser or a Markdown view still shows it joined: an
//! HTML comment or `<wbr>` (`sk_live_51Nx<!-- -->8abQ…`), an inline
//! element closed and reopened (`ghp_R8c4</span><span class="n">kQm2…`,
//! syntax-highlighted code), an empty one (`AKIA<b></b>QYLP…`), and
//! Markdown code spans set side by side (`` `sk-Axz54g` `PhNUEjdd` ``).
//! Each is read only between two token characters.

/// Most bytes of one comment or tag.
const MAX_TAG: usize = 64;
/// Most tags and comments in one break.
const MAX_TAGS: usize = 4;
/// Fewest characters of each code span joined.
const MIN_SPAN: usize = 4;

/// Inline elements that split text without breaking it on the page.
const INLINE: [&[u8]; 12] = [
    b"span", b"b", b"i", b"em", b"strong", b"code", b"mark", b"u", b"s", b"font", b"kbd", b"var",
];

/// A character a token is made of.
pub(super) fn token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'+' | b'/' | b'=')
}

/// One comment or tag at `b[i..]` (which starts with `<`): its length and
/// whether it is neutral alone (a comment or `<wbr>`) rather than an
/// inline element's opening or closing tag.
fn piece(b: &[u8], i: usize) -> Option<(usize, bool)> {
    let rest = &b[i..b.len().min(i + MAX_TAG)];
    if rest.starts_with(b"<!--") {
        let end = memchr::memmem::find(&rest[4..], b"-->")?;
        return Some((4 + end + 3, true));
    }
    let close = memchr::memchr(b'>', rest)?;
    let inner = &rest[1..close];
    if inner.iter().any(|&c| matches!(c, b'<' | b'\n')) {
        return None;
    }
    let name_at = usize::from(inner.first() == Some(&b'/'));
    let name_len = inner[name_at..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let name = &inner[name_at..name_at + name_len];
    let after = inner.get(name_at + name_len);
    if !matches!(after, None | Some(b' ' | b'/')) {
        return None;
    }
    if name.eq_ignore_ascii_case(b"wbr") {
        return Some((close + 1, true));
    }
    INLINE
        .iter()
        .any(|n| n.eq_ignore_ascii_case(name))
        .then_some((close + 1, false))
}

/// The length of markup at `b[i..]` (a `<`) that breaks a token: comments,
/// `<wbr>` and inline tags between two token characters, where the tags
/// are a closing and an opening one or an empty element (so the text
/// around them stays on one run on the page).
pub(super) fn tag_break(b: &[u8], i: usize) -> Option<usize> {
    if i == 0 || !token_byte(b[i - 1]) {
        return None;
    }
    let (mut at, mut tags) = (i, 0);
    for _ in 0..MAX_TAGS {
        if b.get(at) != Some(&b'<') {
            break;
        }
        let (len, neutral) = piece(b, at)?;
        if !neutral {
            tags += 1;
        }
        at += len;
    }
    let balanced = tags % 2 == 0;
    (at > i && balanced && b.get(at).is_some_and(|&c| token_byte(c))).then_some(at - i)
}

/// Most bytes of a value read between an inline element's tags.
const MAX_VALUE: usize = 256;

/// An inline element wrapping a value right after a key's separator
/// (`password: <code>Br33z3*1688</code>`, `token=<b>…</b>`): where the
/// value starts (from `i`), its length and the whole element's length, so
/// the value reads as the key's. The value is 4+ bytes with no whitespace
/// or `<`.
pub(super) fn tagged_value(b: &[u8], i: usize) -> Option<(usize, usize, usize)> {
    let before = b[..i].trim_ascii_end();
    let spaces = i - before.len();
    if spaces > 2
        || !(before.ends_with(b":")
            || before.ends_with(b"=")
            || before.ends_with("\u{ff1a}".as_bytes()))
    {
        return None;
    }
    let (open, neutral) = piece(b, i)?;
    if neutral || b[i + 1] == b'/' {
        return None;
    }
    let name_len = b[i + 1..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    let name = &b[i + 1..i + 1 + name_len];
    let start = i + open;
    let len = b[start..]
        .iter()
        .take(MAX_VALUE + 1)
        .take_while(|&&c| c != b'<' && !c.is_ascii_whitespace())
        .count();
    let close = start + len;
    let closing = b.get(close..close + 2 + name_len + 1)?;
    let matches = closing.starts_with(b"</")
        && closing[2..2 + name_len].eq_ignore_ascii_case(name)
        && closing[2 + name_len] == b'>';
    ((4..=MAX_VALUE).contains(&len) && matches).then_some((open, len, open + len + 3 + name_len))
}

/// The length of the gap at `b[i..]` (a closing backtick) between two
/// Markdown code spans of [`MIN_SPAN`]+ token characters each, set side by
/// side with up to two spaces or a `+` between (`` `abcd` `efgh` ``): the
/// closing backtick, the gap and the next opening backtick.
pub(super) fn code_span_gap(b: &[u8], i: usize) -> Option<usize> {
    let span_before = b[..i].iter().rev().take_while(|&&c| token_byte(c)).count();
    if span_before < MIN_SPAN || i < span_before + 1 || b[i - span_before - 1] != b'`' {
        return None;
    }
    let gap = b[i + 1..]
        .iter()
        .take(4)
        .take_while(|&&c| matches!(c, b' ' | b'+'))
        .count();
    let open = i + 1 + gap;
    if !(1..=3).contains(&gap) || b.get(open) != Some(&b'`') {
        return None;
    }
    let span_after = b[open + 1..].iter().take_while(|&&c| token_byte(c)).count();
    (span_after >= MIN_SPAN && b.get(open + 1 + span_after) == Some(&b'`')).then_some(open + 1 - i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_between_token_characters() {
        let at = |s: &str| tag_break(s.as_bytes(), s.find('<').unwrap());
        assert_eq!(at("sk_live_51<!-- -->4fyo"), Some(8));
        assert_eq!(at("ghp_R8c4</span><span class=\"n\">kQm2"), Some(23));
        assert_eq!(at("AKIA<b></b>QYLP"), Some(7));
        assert_eq!(at("abc<wbr>def"), Some(5));
        // Tags that open or close alone, or block elements, are layout.
        assert_eq!(at("key<b>value"), None);
        assert_eq!(at("key</td><td>value"), None);
        assert_eq!(at("x <!-- note --> y"), None);
    }

    #[test]
    fn reads_values_in_inline_elements() {
        let at = |s: &str| tagged_value(s.as_bytes(), s.find('<').unwrap());
        assert_eq!(
            at("password: <code>Br33z3*1688</code></p>"),
            Some((6, 11, 24))
        );
        assert_eq!(at("token=<b>abcd1234</b>"), Some((3, 8, 15)));
        assert_eq!(at("password: <code>two words</code>"), None);
        assert_eq!(at("see <code>Br33z3*1688</code>"), None);
        assert_eq!(at("password: <code>Br33z3*1688</b>"), None);
    }

    #[test]
    fn joins_code_spans_side_by_side() {
        let gap = |s: &str| code_span_gap(s.as_bytes(), s.find("` ").unwrap());
        assert_eq!(gap("`sk-Axz54gPhNU` `EjddyBRmQmT3B`"), Some(3));
        assert_eq!(gap("`abcd` + `efgh`"), Some(5));
        assert_eq!(gap("run `npm test` and `make`"), None);
        assert_eq!(gap("`ab` `cd`"), None);
    }
}
