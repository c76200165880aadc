//! Hex written a byte (or a few bytes) at a time, as people copy it out of
//! packet captures, debuggers and `xxd`: `53 47 2e 4c …`, `6E:70:6D:5F:…`,
//! `73-6b-5f-6c-…`, `0x73 0x6b 0x5f …`, and dump lines (`00000010: 7368
//! 6f70 …  shop…`, `hexdump -C`'s `|…|` column) continued over line
//! breaks. A run of [`MIN_BYTES`] or more bytes that spell printable
//! ASCII (or memory: strings between NULs and CR LFs) is read as the text
//! it spells; MAC addresses are too short and certificate fingerprints
//! are not text, so both stay unread.

/// Fewest bytes in a run: shorter runs are MAC addresses and version
/// strings.
const MIN_BYTES: usize = 12;
/// Most bytes read from one run.
const MAX_BYTES: usize = 4096;
/// Most hex digits glued into one group (`xxd` writes two bytes, `od -x`
/// and some debuggers four).
const MAX_GROUP: usize = 8;

/// Whether `b[i..]` starts with two hex digits.
fn pair(b: &[u8], i: usize) -> bool {
    b.get(i..i + 2)
        .is_some_and(|p| p.iter().all(u8::is_ascii_hexdigit))
}

/// Whether `b[i..]` starts a group: two hex digits, or `0x` and two.
fn unit(b: &[u8], i: usize) -> bool {
    pair(b, i)
        || (b.get(i) == Some(&b'0') && matches!(b.get(i + 1), Some(b'x' | b'X')) && pair(b, i + 2))
}

/// The value of the hex digit `d`.
fn nibble(d: u8) -> u8 {
    match d {
        b'0'..=b'9' => d - b'0',
        b'a'..=b'f' => d - b'a' + 10,
        _ => d - b'A' + 10,
    }
}

/// A group of one to [`MAX_GROUP`] / 2 bytes at `b[i..]` (after an
/// optional `0x`), ending at a non-alphanumeric byte: its bytes are pushed
/// to `out` and its end returned.
fn group(b: &[u8], i: usize, out: &mut Vec<u8>) -> Option<usize> {
    let at = if b[i..].starts_with(b"0x") || b[i..].starts_with(b"0X") {
        i + 2
    } else {
        i
    };
    let digits = b[at..]
        .iter()
        .take(MAX_GROUP + 1)
        .take_while(|d| d.is_ascii_hexdigit())
        .count();
    let end = at + digits;
    if digits == 0
        || digits > MAX_GROUP
        || !digits.is_multiple_of(2)
        || b.get(end)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    {
        return None;
    }
    out.extend(
        b[at..end]
            .chunks(2)
            .map(|p| nibble(p[0]) << 4 | nibble(p[1])),
    );
    Some(end)
}

/// Whether `b[i..]` goes on with two more groups (`41 42`), not a dump's
/// text column.
fn gap_continues(b: &[u8], i: usize) -> bool {
    let mut scratch = Vec::new();
    group(b, i, &mut scratch).is_some_and(|e| b.get(e) == Some(&b' ') && unit(b, e + 1))
}

/// Where the next dump line's bytes start after a line ending at or after
/// `i`: the rest of the line is blank or a dump's text column (two spaces
/// and more); the next line is an optional offset (`00000010:`,
/// `0010  `) and a space, then a group.
fn next_line(b: &[u8], i: usize) -> Option<usize> {
    let rest = &b[i..];
    let spaces = rest.iter().take_while(|&&c| c == b' ').count();
    let eol = memchr::memchr(b'\n', rest)?;
    if spaces < eol && spaces < 2 {
        return None;
    }
    let mut at = i + eol + 1;
    let offset = b[at..]
        .iter()
        .take(9)
        .take_while(|d| d.is_ascii_hexdigit())
        .count();
    if (4..=8).contains(&offset) && matches!(b.get(at + offset), Some(b':' | b' ')) {
        at += offset + 1;
    }
    at += b[at..].iter().take(4).take_while(|&&c| c == b' ').count();
    pair(b, at).then_some(at)
}

/// Bytes [`holds_segment`] reads after the whitespace.
const LOOKAHEAD: usize = 16;

/// Whether `b[..end]` ends in a hex group (`4f`, `7368`, `0x4f`) after
/// whitespace or the start.
fn ends_in_group(b: &[u8], end: usize) -> bool {
    let digits = b[..end]
        .iter()
        .rev()
        .take(MAX_GROUP + 1)
        .take_while(|d| d.is_ascii_hexdigit())
        .count();
    let mut start = end - digits;
    if start >= 2 && b[start - 2..start].eq_ignore_ascii_case(b"0x") {
        start -= 2;
    }
    (2..=MAX_GROUP).contains(&digits)
        && digits.is_multiple_of(2)
        && (start == 0 || b[start - 1].is_ascii_whitespace())
}

/// Whether the whitespace at `b[i]` lies inside a run of hex bytes, so a
/// de-obfuscation segment must not end there: a hex group before it and
/// one after (past up to three more spaces), or a dump line's offset and
/// first group on the next line. `None` when fewer than [`LOOKAHEAD`]
/// bytes follow and more text may come.
pub(super) fn holds_segment(b: &[u8], i: usize, is_final: bool) -> Option<bool> {
    if !is_final && b.len() < i + 1 + LOOKAHEAD {
        return None;
    }
    let after = i
        + 1
        + b[i + 1..]
            .iter()
            .take(3)
            .take_while(|&&c| c == b' ')
            .count();
    if ends_in_group(b, i) && unit(b, after) {
        return Some(true);
    }
    if b[i] != b'\n' && b[i] != b'\r' && dump_line(b, i) {
        return Some(true);
    }
    Some(b[i] == b'\n' && next_line(b, i).is_some())
}

/// Longest dump line read back over, in bytes (`hexdump -C` writes 78).
const DUMP_LINE_MAX: usize = 128;

/// Whether `b[i]` lies on a dump line: one that starts with an offset
/// (`00000010:`, `0010  `) and a hex group. Whitespace in its text column
/// (`..Host: api`) is inside the dump.
fn dump_line(b: &[u8], i: usize) -> bool {
    // Dump lines are under 128 bytes: only that much is read back.
    let Some(start) = super::line_start_within(b, i, DUMP_LINE_MAX) else {
        return false;
    };
    let offset = b[start..i]
        .iter()
        .take(9)
        .take_while(|d| d.is_ascii_hexdigit())
        .count();
    if !(4..=8).contains(&offset) || !matches!(b.get(start + offset), Some(b':' | b' ')) {
        return false;
    }
    let at = start + offset + 1;
    let at = at + b[at..].iter().take(4).take_while(|&&c| c == b' ').count();
    pair(b, at)
}

/// Bytes that can lie within two bytes of a run's first separator: hex
/// digits, the separators and the `x` of `0x`.
const NEAR_SEPARATOR: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_hexdigit() || matches!(c, b' ' | b':' | b'-' | b'x' | b'X');
        b += 1;
    }
    table
};

/// Separators `s` (` `, `:`, `-`) between a hex pair and a group (`4f 6b`,
/// `4f 0x6b`), in order. Every byte from `s - 2` to `s + 2` is in
/// [`NEAR_SEPARATOR`], so one probe every five bytes rules out the five
/// separators around it when it is not (prose: most probes), instead of
/// stopping at every space.
fn starts(text: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut probe = 4;
    let mut pending = 0..0;
    std::iter::from_fn(move || {
        loop {
            for s in pending.by_ref() {
                if matches!(text[s], b' ' | b':' | b'-') && pair(text, s - 2) && unit(text, s + 1) {
                    return Some(s);
                }
            }
            while probe < text.len() && !NEAR_SEPARATOR[usize::from(text[probe])] {
                probe += 5;
            }
            if probe >= text.len() {
                return None;
            }
            pending = probe - 2..(probe + 3).min(text.len());
            probe += 5;
        }
    })
}

/// Every run of [`MIN_BYTES`]+ separated hex bytes in `text` that spells
/// printable ASCII: `(start, end, decoded)`. One pass over the separators.
pub(crate) fn runs(text: &[u8]) -> Vec<(usize, usize, Vec<u8>)> {
    let mut out = Vec::new();
    let mut done = 0;
    for s in starts(text) {
        if s < done {
            continue;
        }
        let sep = text[s];
        // The group that ends at this separator.
        let mut start = s - 2;
        while start > 0 && text[start - 1].is_ascii_hexdigit() && s - start < MAX_GROUP {
            start -= 1;
        }
        if start >= 2 && text[start - 2..start].eq_ignore_ascii_case(b"0x") {
            start -= 2;
        }
        if start > 0 && (text[start - 1].is_ascii_alphanumeric() || text[start - 1] == b'_') {
            continue;
        }
        let (mut decoded, mut end, mut at) = (Vec::new(), start, start);
        while decoded.len() < MAX_BYTES {
            let Some(e) = group(text, at, &mut decoded) else {
                break;
            };
            end = e;
            at = match text.get(e) {
                Some(&c) if c == sep && unit(text, e + 1) => e + 1,
                // `hexdump -C`'s gap after eight bytes.
                Some(b' ')
                    if sep == b' '
                        && text[e..].starts_with(b"  ")
                        && gap_continues(text, e + 2) =>
                {
                    e + 2
                }
                Some(_) if sep == b' ' => match next_line(text, e) {
                    Some(next) => next,
                    None => break,
                },
                _ => break,
            };
        }
        done = end.max(s + 1);
        if let Some(decoded) = spelled_text(decoded) {
            out.push((start, end + text_column(&text[end..]), decoded));
        }
    }
    out
}

/// Longest stretch of printable ASCII a run must hold when it also holds
/// other bytes.
const MIN_STRETCH: usize = 8;

/// What `decoded` spells, when it is text: [`MIN_BYTES`]+ bytes, all
/// printable ASCII; or memory as a dump shows it (strings ended by NULs,
/// CR LF, a few binary bytes): 90% printable or NUL, tab, CR, LF, with a
/// printable stretch of [`MIN_STRETCH`]+ bytes, where every other byte
/// reads as a line break.
fn spelled_text(mut decoded: Vec<u8>) -> Option<Vec<u8>> {
    let printable = |c: &u8| (0x20..0x7f).contains(c);
    if decoded.len() < MIN_BYTES {
        return None;
    }
    if decoded.iter().all(printable) {
        return Some(decoded);
    }
    let loose = decoded
        .iter()
        .filter(|c| printable(c) || matches!(c, 0 | b'\t' | b'\n' | b'\r'))
        .count();
    let stretch = decoded
        .split(|c| !printable(c))
        .map(<[u8]>::len)
        .max()
        .unwrap_or(0);
    if loose * 10 < decoded.len() * 9 || stretch < MIN_STRETCH {
        return None;
    }
    for c in &mut decoded {
        if !printable(c) && *c != b'\t' {
            *c = b'\n';
        }
    }
    Some(decoded)
}

/// Length of the text column after a dump line's last byte (two or more
/// spaces, then the rest of the line: `  .POST /v1/charge`, `  |sk_li|`),
/// so a finding in the run redacts what that column shows too; 0 when
/// none follows.
fn text_column(rest: &[u8]) -> usize {
    let eol = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
    let spaces = rest[..eol].iter().take_while(|&&c| c == b' ').count();
    if spaces >= 2 && spaces < eol { eol } else { 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spelled(text: &str) -> Vec<String> {
        runs(text.as_bytes())
            .into_iter()
            .map(|(_, _, d)| String::from_utf8(d).unwrap())
            .collect()
    }

    #[test]
    fn probes_find_every_separator_between_hex() {
        // Against the byte-by-byte definition, at every offset.
        for pad in 0..7 {
            let text = format!("{}a 4f:6b-0x70 zz 12 34\n56 de ad be ef", "q".repeat(pad));
            let b = text.as_bytes();
            let want: Vec<usize> = (2..b.len())
                .filter(|&s| matches!(b[s], b' ' | b':' | b'-') && pair(b, s - 2) && unit(b, s + 1))
                .collect();
            assert_eq!(starts(b).collect::<Vec<_>>(), want, "pad {pad}");
            assert!(want.len() >= 6);
        }
    }

    #[test]
    fn reads_spaced_coloned_and_dashed_bytes() {
        assert_eq!(
            spelled("hex: 73 6b 5f 6c 69 76 65 5f 41 42 43 44 45\n"),
            ["sk_live_ABCDE"]
        );
        assert_eq!(
            spelled("6E:70:6D:5F:39:53:4A:72:49:36:48:65:44"),
            ["npm_9SJrI6HeD"]
        );
        assert_eq!(
            spelled("(73-6b-5f-6c-69-76-65-5f-41-42-43-44)"),
            ["sk_live_ABCD"]
        );
        assert_eq!(
            spelled("0x73 0x6b 0x5f 0x6c 0x69 0x76 0x65 0x5f 0x41 0x42 0x43 0x44"),
            ["sk_live_ABCD"]
        );
    }

    #[test]
    fn reads_dumps_over_lines() {
        let xxd = "00000000: 7368 6f70 5f6c 6976 655f 4142  shop_live_AB\n\
                   00000010: 4344 4546                           CDEF\n";
        assert_eq!(spelled(xxd), ["shop_live_ABCDEF"]);
        let hexdump = "00000000  73 6b 5f 6c 69 76 65 5f  41 42 43 44 45 46 47 48  |sk_live_ABCDEFGH|\n\
                       00000010  49 4a                                             |IJ|\n";
        assert_eq!(spelled(hexdump), ["sk_live_ABCDEFGHIJ"]);
    }

    #[test]
    fn reads_memory_between_nuls_and_line_breaks() {
        let environ = "00000000: 5041 5448 3d2f 7573 7200 4150 495f 4b45  PATH=/usr.API_KE\n\
                       00000010: 593d 6768 705f 4142 4344 0d0a            Y=ghp_ABCD..\n";
        assert_eq!(spelled(environ), ["PATH=/usr\nAPI_KEY=ghp_ABCD\n\n"]);
        // The run ends after the last line's text column.
        let (_, end, _) = runs(environ.as_bytes()).remove(0);
        assert_eq!(&environ[end..], "\n");
        assert!(spelled("00 00 00 00 00 00 00 00 00 00 00 00 41 42").is_empty());
    }

    #[test]
    fn keeps_a_dump_in_one_segment() {
        let line = "00000010: 7320 4854 5450 2f31 2e31 0d0a 486f 7374  s HTTP/1.1..Host";
        let text = format!("{line}\n{line}\n");
        for (i, _) in text.match_indices(' ') {
            assert_eq!(holds_segment(text.as_bytes(), i, true), Some(true), "{i}");
        }
        assert!(!dump_line(b"2024 was a year", 8));
    }

    #[test]
    fn leaves_macs_fingerprints_and_binary() {
        assert!(spelled("ether 00:1a:2b:3c:4d:5e brd ff:ff:ff:ff:ff:ff").is_empty());
        assert!(
            spelled(
                "SHA256 Fingerprint=AB:CD:EF:01:23:45:67:89:9A:BC:DE:F0:12:34:56:78:9A:BC:DE:F0:12:34:56:78:9A:BC:DE:F0:12:34:56:78"
            )
            .is_empty()
        );
        assert!(
            spelled("00000000: 8950 4e47 0d0a 1a0a 0000 000d 4948 4452  .PNG........IHDR")
                .is_empty()
        );
        assert!(spelled("build-2024-01-02-03-04-05-06-07-08-09-10-11").is_empty());
        assert!(spelled("the ab cd ef words").is_empty());
    }
}
