//! Quoted-printable (RFC 2045), the way a mail's source hides a key: a
//! pasted `.eml` or a MIME part in a log writes `=` as `=3D`, `ü` as
//! `=C3=BC`, and breaks every line after 76 characters with a soft line
//! break (`=` at the end of the line), cutting a token in two.
//!
//! An `=` followed by two hex digits is ordinary in code and logs
//! (`size=20`, `color=FF`), so escapes are decoded only in text that
//! reads as quoted-printable as a whole (see [`evident`]).

use std::sync::LazyLock;

use memchr::memmem;

/// Longest encoded line (RFC 2045, 6.7: 76 characters, the soft break's
/// `=` included).
const MAX_LINE: usize = 76;
/// Shortest line that counts as evidence of a soft line break: encoders
/// break lines near the limit.
const MIN_BROKEN_LINE: usize = 60;

/// Whether `text` reads as quoted-printable: it names the encoding
/// (`Content-Transfer-Encoding: quoted-printable`), holds an escaped
/// multi-byte UTF-8 character (`=C3=BC`), or a soft line break after a
/// line of 60 to 76 characters. One pass over the `=` signs.
pub(super) fn evident(text: &[u8]) -> bool {
    // Text without an `=` before two hex digits or a line break has
    // nothing to decode: the encoding's name is looked for only after one.
    let mut escapes = false;
    for i in memchr::memchr_iter(b'=', text) {
        match &text[i + 1..] {
            [b'\n', ..] | [b'\r', b'\n', ..] => {
                if soft_break(text, i) {
                    return true;
                }
                escapes = true;
            }
            [a, b, rest @ ..] => {
                let Some(lead) = byte(*a, *b) else {
                    continue;
                };
                if let [b'=', c, d, ..] = rest
                    && (0xC2..=0xF4).contains(&lead)
                    && byte(*c, *d).is_some_and(|next| next & 0xC0 == 0x80)
                {
                    return true;
                }
                escapes = true;
            }
            _ => {}
        }
    }
    static NAMES: LazyLock<[memmem::Finder<'static>; 2]> = LazyLock::new(|| {
        [
            memmem::Finder::new(b"uoted-printable"),
            memmem::Finder::new(b"UOTED-PRINTABLE"),
        ]
    });
    escapes && NAMES.iter().any(|f| f.find(text).is_some())
}

/// Whether the `=` at `text[eq]`, before a line break, ends a line the way
/// an encoder breaks one: 60 to 76 characters long, the `=` after a
/// character that is neither `=` nor whitespace (not base64 padding, not
/// an assignment in code), and a next line that goes on (not blank, not a
/// `-----END` armor line or a MIME boundary).
fn soft_break(text: &[u8], eq: usize) -> bool {
    let line_start = text[..eq]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let len = eq + 1 - line_start;
    let before = eq.checked_sub(1).map(|p| text[p]);
    let next = text[eq + 1..]
        .iter()
        .position(|&b| b == b'\n')
        .and_then(|p| text.get(eq + 2 + p));
    (MIN_BROKEN_LINE..=MAX_LINE).contains(&len)
        && before.is_some_and(|b| b != b'=' && !b.is_ascii_whitespace())
        && next.is_some_and(|&b| !b.is_ascii_whitespace() && b != b'-')
}

/// The byte that two hex digits spell.
fn byte(h: u8, l: u8) -> Option<u8> {
    Some((super::hex(h)? * 16 + super::hex(l)?) as u8)
}

/// The quoted-printable sequence at the start of `b` (which starts with
/// `=`): `(None, len)` for a soft line break, `(Some(c), len)` for an
/// escape: printable ASCII, tab or a line break (`=3D`, `=0A`), or a whole
/// multi-byte UTF-8 character (`=C3=BC`).
pub(super) fn decode(b: &[u8]) -> Option<(Option<char>, usize)> {
    match b {
        [b'=', b'\n', ..] => return Some((None, 2)),
        [b'=', b'\r', b'\n', ..] => return Some((None, 3)),
        _ => {}
    }
    let at = |k: usize| match b.get(3 * k..3 * k + 3)? {
        [b'=', h, l] => byte(*h, *l),
        _ => None,
    };
    let lead = at(0)?;
    let width = match lead {
        0x09 | 0x0A | 0x0D | 0x20..=0x7E => return Some((Some(lead as char), 3)),
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut utf8 = [0u8; 4];
    for (k, slot) in utf8.iter_mut().enumerate().take(width) {
        *slot = at(k)?;
    }
    let c = std::str::from_utf8(&utf8[..width]).ok()?.chars().next()?;
    Some((Some(c), 3 * width))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_escapes_and_soft_breaks() {
        assert_eq!(decode(b"=3DSonne"), Some((Some('='), 3)));
        assert_eq!(decode(b"=C3=BC=C3"), Some((Some('\u{FC}'), 6)));
        assert_eq!(decode(b"=E2=82=AC"), Some((Some('\u{20AC}'), 9)));
        assert_eq!(decode(b"=\r\nabc"), Some((None, 3)));
        assert_eq!(decode(b"=\nabc"), Some((None, 2)));
        // A lone lead byte, a stray continuation byte, a control character.
        assert_eq!(decode(b"=C3 x"), None);
        assert_eq!(decode(b"=BCx"), None);
        assert_eq!(decode(b"=00"), None);
        assert_eq!(decode(b"=Zx"), None);
    }

    #[test]
    fn reads_the_evidence_of_the_encoding() {
        assert!(evident(
            b"Content-Transfer-Encoding: quoted-printable\n\npass=3DSonne23!"
        ));
        // The name alone leaves nothing to decode.
        assert!(!evident(
            b"Content-Transfer-Encoding: quoted-printable\n\nHi"
        ));
        assert!(evident(b"Ihr Passwort f=C3=BCr das Portal"));
        let broken = format!("{}=\nrest of the line", "k".repeat(70));
        assert!(evident(broken.as_bytes()));
        // Code, logs and base64 padding are not quoted-printable.
        assert!(!evident(b"size=20 color=FF retries=3D"));
        assert!(!evident(b"x =\n  1"));
        let padded = format!("{}=\n-----END PRIVATE KEY-----", "A".repeat(63));
        assert!(!evident(padded.as_bytes()));
        let short = format!("{}=\nnext", "k".repeat(20));
        assert!(!evident(short.as_bytes()));
    }
}
