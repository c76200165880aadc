//! Rich Text Format, the way a pasted `.rtf` file or an Outlook RTF body
//! hides a password: `{\f1 P4ss}` puts a group and a font change before
//! it, `\par` ends its line, `\'e9` writes `é` and `\\` a backslash.
//!
//! In text that reads as RTF (see [`evident`]), group braces and control
//! words are read as what the document shows (`\par` and `\line` a line
//! break, `\tab` and `\cell` a tab, `\~` a space, any other nothing), and
//! escaped characters (`\\`, `\{`, `\}`, `\'hh`, `\uN`) as the character.

/// Longest control word name (the specification's limit).
const NAME_MAX: usize = 32;
/// Most digits of a control word's parameter.
const PARAM_MAX: usize = 10;

/// Whether `text` reads as RTF: it opens a document (`{\rtf`) or ends a
/// paragraph with `\par` or `\pard` (not `\parse`, a path's `\parts`).
pub(super) fn evident(text: &[u8]) -> bool {
    memchr::memmem::find_iter(text, b"\\par").any(|i| {
        let rest = &text[i + 4..];
        let next = if rest.first() == Some(&b'd') {
            rest.get(1)
        } else {
            rest.first()
        };
        !next.is_some_and(u8::is_ascii_alphabetic)
    }) || memchr::memmem::find(text, b"{\\rtf").is_some()
}

/// The control word `\name[-]N` at the start of `b` (after its `\`): the
/// name, and the length with its parameter and the one space that may
/// end it.
fn control_word(b: &[u8]) -> Option<(&[u8], Option<i32>, usize)> {
    let name_len = b[1..]
        .iter()
        .take(NAME_MAX + 1)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if name_len == 0 || name_len > NAME_MAX {
        return None;
    }
    let mut len = 1 + name_len;
    let minus = usize::from(b.get(len) == Some(&b'-'));
    let digits = b[len + minus..]
        .iter()
        .take(PARAM_MAX)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let param = (digits > 0)
        .then(|| {
            std::str::from_utf8(&b[len..len + minus + digits])
                .ok()?
                .parse()
                .ok()
        })
        .flatten();
    if digits > 0 {
        len += minus + digits;
    }
    if b.get(len) == Some(&b' ') {
        len += 1;
    }
    Some((&b[1..1 + name_len], param, len))
}

/// A brace or control at the start of `b` that shows no character of its
/// own: its length and what it reads as (a line break, a tab, a space or
/// nothing). `None` for escaped characters ([`character`]) and text.
pub(super) fn control(b: &[u8]) -> Option<(usize, Option<u8>)> {
    match b {
        [b'{' | b'}', ..] => Some((1, None)),
        [b'\\', b'~', ..] => Some((2, Some(b' '))),
        [b'\\', b'-' | b'*', ..] => Some((2, None)),
        [b'\\', b'\r', b'\n', ..] => Some((3, Some(b'\n'))),
        [b'\\', b'\n', ..] => Some((2, Some(b'\n'))),
        [b'\\', ..] => {
            let (name, _, len) = control_word(b)?;
            let reads_as = match name {
                b"par" | b"line" | b"row" | b"sect" | b"page" => Some(b'\n'),
                b"tab" | b"cell" => Some(b'\t'),
                b"u" => return None,
                _ => None,
            };
            Some((len, reads_as))
        }
        _ => None,
    }
}

/// The escaped character at the start of `b` (`\\`, `\{`, `\}`, `\_`,
/// `\'hh` in the Windows-1252 range read as Latin-1, `\uN` with the one
/// fallback character after it): the character and the length.
pub(super) fn character(b: &[u8]) -> Option<(char, usize)> {
    match b {
        [b'\\', c @ (b'\\' | b'{' | b'}'), ..] => Some((char::from(*c), 2)),
        [b'\\', b'_', ..] => Some(('-', 2)),
        [b'\\', b'\'', h, l, ..] => {
            let byte = u8::from_str_radix(std::str::from_utf8(&[*h, *l]).ok()?, 16).ok()?;
            Some((char::from(byte), 4))
        }
        [b'\\', b'u', ..] => {
            let (name, param, len) = control_word(b)?;
            let code = u32::try_from(param?.rem_euclid(0x10000)).ok()?;
            let c = (name == b"u").then(|| char::from_u32(code)).flatten()?;
            // The fallback for readers without Unicode (`?`, or `\'hh`).
            let fallback = match &b[len..] {
                [b'\\', b'\'', _, _, ..] => 4,
                [f, ..] if !matches!(f, b'\\' | b'{' | b'}' | b'\r' | b'\n') => 1,
                _ => 0,
            };
            Some((c, len + fallback))
        }
        _ => None,
    }
}

/// Whether `word` ends in a control word (`{\f1`): the space after it
/// only ends the control word, so no segment ends there.
pub(super) fn ends_in_control(word: &[u8]) -> bool {
    let Some(slash) = memchr::memrchr(b'\\', word) else {
        return false;
    };
    control_word(&word[slash..]).is_some_and(|(_, _, len)| slash + len == word.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_rtf_by_its_paragraphs() {
        assert!(evident(b"Telefon: 030 1234\\par\r\n"));
        assert!(evident(b"\\pard\\sa200 Kontakt"));
        assert!(evident(b"{\\rtf1\\ansi x}"));
        assert!(!evident(b"C:\\parts\\x and \\parse"));
    }

    #[test]
    fn reads_controls_as_the_document_shows_them() {
        assert_eq!(control(b"{\\f1 x"), Some((1, None)));
        assert_eq!(control(b"\\f1 x"), Some((4, None)));
        assert_eq!(control(b"\\par\r\n"), Some((4, Some(b'\n'))));
        assert_eq!(control(b"\\fs-18x"), Some((6, None)));
        assert_eq!(control(b"\\tab x"), Some((5, Some(b'\t'))));
        assert_eq!(control(b"\\'e9"), None);
        assert_eq!(control(b"\\u233?"), None);
        assert_eq!(control(b"plain"), None);
    }

    #[test]
    fn reads_escaped_characters() {
        assert_eq!(character(b"\\\\9}"), Some(('\\', 2)));
        assert_eq!(character(b"\\'e9t"), Some(('é', 4)));
        assert_eq!(character(b"\\u8364?x"), Some(('€', 7)));
        assert_eq!(character(b"\\u-3913\\'3fx"), Some(('\u{f0b7}', 11)));
        assert_eq!(character(b"\\f1"), None);
        assert!(ends_in_control(b"{\\f1") && ends_in_control(b"\\b0"));
        assert!(!ends_in_control(b"pa\\\\9}") && !ends_in_control(b"word"));
    }
}
