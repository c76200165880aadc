//! Lists of character codes, the other way code hides a key from `grep`:
//! `bytes([115, 107, 95, ...]).decode()`, `String.fromCharCode(115, 107,
//! ...)`, `new byte[] { 0x73, 0x6b, ... }`, `[]byte{115, 107, ...}`,
//! `new char[] { 's', 'k', '_', ... }`. A list of [`MIN_CODES`] or more
//! printable ASCII codes is read as the text it spells.

use memchr::memchr_iter;

/// Fewest codes in a list: shorter lists are ordinary numbers.
const MIN_CODES: usize = 12;
/// Most codes read from one list (a key is rarely longer).
const MAX_CODES: usize = 512;
/// Most whitespace (spaces, tabs, line breaks) after a comma.
const MAX_GAP: usize = 16;

/// One code at `b[i..]`: a decimal `115`, a hex `0x73` or a quoted
/// character `'s'`, printable ASCII, not glued to a word before it.
/// Returns the byte and the code's length.
fn code(b: &[u8], i: usize) -> Option<(u8, usize)> {
    if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_') {
        return None;
    }
    let rest = &b[i..];
    let word_end = |n: usize| rest.get(n).is_none_or(|c| !c.is_ascii_alphanumeric());
    let (value, len) = match rest {
        [b'\'', c, b'\'', ..] if *c != b'\\' => (u32::from(*c), 3),
        [b'0', b'x' | b'X', h, l, ..] if h.is_ascii_hexdigit() && l.is_ascii_hexdigit() => {
            let hex = |d: u8| char::from(d).to_digit(16).unwrap_or(0);
            (hex(*h) * 16 + hex(*l), 4)
        }
        _ => {
            let digits = rest
                .iter()
                .take(4)
                .take_while(|c| c.is_ascii_digit())
                .count();
            if !(2..=3).contains(&digits) {
                return None;
            }
            let value = rest[..digits]
                .iter()
                .fold(0, |n, d| n * 10 + u32::from(d - b'0'));
            (value, digits)
        }
    };
    (word_end(len) || rest[0] == b'\'')
        .then_some(())
        .and_then(|()| u8::try_from(value).ok())
        .filter(|c| (0x20..0x7f).contains(c))
        .map(|c| (c, len))
}

/// Where the next code starts after a code ending at `i`: a comma and up
/// to [`MAX_GAP`] bytes of whitespace.
fn next_code(b: &[u8], i: usize) -> Option<usize> {
    let at = i + b[i..].iter().take_while(|&&c| c == b' ').count();
    (b.get(at) == Some(&b',')).then(|| {
        let gap = b[at + 1..]
            .iter()
            .take(MAX_GAP)
            .take_while(|c| c.is_ascii_whitespace())
            .count();
        at + 1 + gap
    })
}

/// The name a list is assigned to on its line (`KS_PASS` in `byte[] KS_PASS
/// = new byte[] { ...`, `key` in `key := []byte{...`), if any.
pub(super) fn assigned_name(text: &[u8], start: usize) -> Option<&[u8]> {
    let from = start.saturating_sub(128);
    let line = &text[from..start];
    let line = &line[line.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1)..];
    let eq = line.iter().rposition(|&b| b == b'=')?;
    if eq + 1 < line.len() && line[eq + 1] == b'='
        || eq > 0 && matches!(line[eq - 1], b'=' | b'!' | b'<' | b'>')
    {
        return None;
    }
    let before = line[..eq]
        .strip_suffix(b":")
        .unwrap_or(&line[..eq])
        .trim_ascii_end();
    let ident = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let name_start = before.iter().rposition(|b| !ident(b)).map_or(0, |i| i + 1);
    let name = &before[name_start..];
    name.first()
        .is_some_and(|b| !b.is_ascii_digit())
        .then_some(name)
}

/// Every list of [`MIN_CODES`]+ character codes in `text`: `(start, end,
/// decoded)`, `start..end` spanning the codes. A list assigned to a name
/// decodes to `NAME = "text"`, so a key name the rules know still stands
/// before the value. One pass over the commas.
pub(crate) fn lists(text: &[u8]) -> Vec<(usize, usize, Vec<u8>)> {
    let mut out = Vec::new();
    let mut done = 0;
    for comma in memchr_iter(b',', text) {
        if comma < done {
            continue;
        }
        // The code just before the first comma of a list.
        let before = text[..comma]
            .iter()
            .rev()
            .take_while(|&&c| c == b' ')
            .count();
        let end = comma - before;
        let Some(start) = (2..=4)
            .filter_map(|n| end.checked_sub(n))
            .find(|&s| code(text, s).is_some_and(|(_, len)| s + len == end))
        else {
            continue;
        };
        let (mut at, mut decoded, mut last_end) = (start, Vec::new(), start);
        while decoded.len() < MAX_CODES {
            let Some((c, len)) = code(text, at) else {
                break;
            };
            decoded.push(c);
            last_end = at + len;
            match next_code(text, last_end) {
                Some(next) => at = next,
                None => break,
            }
        }
        done = last_end.max(comma + 1);
        if decoded.len() >= MIN_CODES {
            out.push((start, last_end, super::named(text, start, decoded)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_assigned_list() {
        assert_eq!(
            spelled(
                "byte[] KS_PASS = new byte[] { 0x46, 0x43, 0x21, 0x7a, 0x2a, 0x35, 0x35, 0x4e, 0x58, 0x32, 0x65, 0x32 };"
            ),
            ["KS_PASS = \"FC!z*55NX2e2\""]
        );
        assert_eq!(
            spelled("key := []byte{103, 104, 112, 95, 65, 66, 67, 68, 69, 70, 71, 72}"),
            ["key = \"ghp_ABCDEFGH\""]
        );
        assert_eq!(
            spelled("if x == [103, 104, 112, 95, 65, 66, 67, 68, 69, 70, 71, 72]"),
            ["ghp_ABCDEFGH"]
        );
    }

    fn spelled(text: &str) -> Vec<String> {
        lists(text.as_bytes())
            .into_iter()
            .map(|(s, e, d)| {
                assert!(text[s..e].starts_with(|c: char| c.is_ascii_digit() || c == '\''));
                String::from_utf8(d).unwrap()
            })
            .collect()
    }

    #[test]
    fn reads_decimal_hex_and_quoted_codes() {
        assert_eq!(
            spelled("KEY = bytes([115, 107, 95, 108, 105, 118, 101, 95, 89, 78, 72, 82]).decode()"),
            ["KEY = \"sk_live_YNHR\""]
        );
        assert_eq!(
            spelled("String.fromCharCode(103,104,112,95,65,66,67,68,69,70,71,72)"),
            ["ghp_ABCDEFGH"]
        );
        assert_eq!(
            spelled(
                "new byte[] {\n  0x73, 0x6b, 0x5f, 0x6c,\n  0x69, 0x76, 0x65, 0x5f, 0x41, 0x42, 0x43, 0x44 }"
            ),
            ["sk_live_ABCD"]
        );
        assert_eq!(
            spelled("new char[] { 'h', 'v', 's', '.', 'C', 'A', 'E', 'S', 'I', 'G', 'x', 'y' }"),
            ["hvs.CAESIGxy"]
        );
    }

    #[test]
    fn leaves_short_lists_and_other_numbers() {
        assert!(spelled("[115, 107, 95, 108]").is_empty());
        // Codes outside printable ASCII end the list.
        assert!(spelled("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]").is_empty());
        assert!(spelled("v1,v2,v3,v4,v5,v6,v7,v8,v9,v10,v11,v12,v13").is_empty());
        assert!(
            spelled("1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 1100, 1200, 1300")
                .is_empty()
        );
    }
}
