//! Undoing character-level obfuscation before matching
//! ([`crate::ScannerBuilder::deobfuscate`]; the cheap techniques are on by
//! default, see [`Deobfuscation`]).
//!
//! Attackers slip secrets past scanners by inserting invisible characters
//! (zero-width space, joiners, soft hyphen, variation selectors, BOM; a
//! terminal's colour codes do the same to text copied from it), by
//! spelling them in tag characters, by writing letters and digits as
//! compatibility forms (full width `４１１１…`, mathematical `𝐀𝐊𝐈𝐀…`), or by
//! swapping Latin letters for look-alikes (Cyrillic `а`, Greek `ο`). When
//! enabled, text that contains any of these is also scanned in a
//! normalized form: Unicode's default-ignorable characters removed, tag
//! characters and compatibility forms (NFKC) turned into the ASCII they
//! stand for, look-alikes folded by their confusables skeleton (UTS #39),
//! and URL (`%41`), JSON/JS (`\u0041`), `\x41`, HTML (`&#65;`) and shell
//! dollar (`\$`, `` `$ ``) escapes and ANSI-C quoting (`$'p\x40ss'`)
//! decoded, and in text that reads as quoted-printable (a mail's source)
//! its `=3D` escapes and soft line breaks too, in office XML (Word,
//! PowerPoint, OpenDocument) the tags between text runs, and in RTF its
//! groups and control words. Findings in the normalized
//! text map back to the original bytes, so redaction removes the
//! obfuscated original. String literals
//! joined in code (`"AKIA" + "QYLP..."`, split over lines, list items
//! joined by `.join('')` or `concat!`, template substitutions, format
//! strings and reversals of literals) are scanned joined, and so is a token broken by a plain line break (a chat message
//! or mail wrapped mid-key). Runs of base64 or hex that decode to text
//! (wrapped over lines, or nested one level) are scanned decoded; a
//! finding inside redacts the whole run.
//!
//! The extra pass runs only on text that has something to undo; its cost
//! is one more scan of that text.

use serde::{Deserialize, Serialize};

mod char_codes;
#[cfg(test)]
mod char_folds;
mod fold;
mod hex_bytes;
mod markup;
mod quoted_printable;
mod rot13;
mod rtf;
mod separated;
mod word_xml;

/// Which obfuscations to undo before matching. The default turns on the
/// techniques whose measured cost and false-positive effect are small
/// (all but `homoglyphs`; see `benches/results/deobfuscation.md`: none adds
/// a finding on the Python standard library and `/usr/share/doc`);
/// `homoglyphs` is opt-in because every Cyrillic or Greek letter is a
/// change, so text in those scripts is scanned twice; `mixed_script`
/// (on) folds look-alikes only in words that mix them with ASCII.
/// [`Deobfuscation::all`] and [`Deobfuscation::none`] set every one. In
/// `ScannerOptions` JSON: `"deobfuscate": {"homoglyphs": true, ...}`, where
/// an omitted technique keeps its default.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Deobfuscation {
    /// Remove Unicode's default-ignorable characters (zero-width spaces and
    /// joiners, soft hyphens, BOMs, bidirectional controls, variation
    /// selectors) and terminal control sequences (ANSI colours, line
    /// erases, OSC hyperlinks), and decode tag characters that spell ASCII
    /// and runs of variation selectors that spell bytes (both "ASCII
    /// smuggling"), set apart from the visible text around them (default
    /// on).
    pub invisible: bool,
    /// Fold look-alike letters and digits from other scripts (Cyrillic,
    /// Greek, ...) to ASCII by their Unicode confusables skeleton (default
    /// off).
    pub homoglyphs: bool,
    /// Fold look-alike letters and digits only inside a word that also has
    /// ASCII letters or digits (`ΑΚΙΑΤVΥJSΗ55QΧ…` with Greek capitals, a
    /// Cyrillic `а` in `sk_live_…`): a key with a few letters swapped. Text
    /// written in Greek or Cyrillic is left as it is, so it is not scanned
    /// twice (default on; [`Deobfuscation::homoglyphs`] folds every word).
    pub mixed_script: bool,
    /// Fold compatibility forms whose NFKC form is one ASCII character:
    /// full-width (`４１１１`), mathematical alphanumerics (`𝐀𝐊𝐈𝐀`), circled
    /// and super/subscript letters and digits; Unicode spaces (no-break,
    /// narrow no-break, thin, ideographic) to a space, the hyphens and
    /// minus signs word processors put between digit groups to `-`, and
    /// the decimal digits of other scripts (Arabic-Indic `٠٥١`, Persian
    /// `۱۳۹۵`, Devanagari, Thai, ...) to ASCII digits (default on).
    pub full_width: bool,
    /// Decode URL (`%41`, `%0A`), JSON/JS (`\u0041`, `\/`), `\x41`, HTML
    /// (`&#65;`, `&#x41;`, `&amp;`) and shell or PowerShell dollar (`\$`,
    /// `` `$ ``) escapes, read Bash ANSI-C quotes (`$'...'`) as quotes,
    /// drop backslash line continuations, and in text that reads as
    /// quoted-printable (`=C3=BC`, a soft line break, or the encoding's
    /// name) decode `=3D` escapes and join soft line breaks, and in
    /// office XML (a `.docx`'s `<w:t>` runs, a slide's `<a:t>` runs, an
    /// OpenDocument's `<text:span>` and `<text:s/>`) read the tags as the
    /// document shows them, so a password split over runs is whole, read
    /// RTF (`{\rtf`, `\par`) as its text (`{\f1 P4ss}` is `P4ss`,
    /// `\'e9` is `é`), drop
    /// XML CDATA markers (`<![CDATA[`, `]]>` before a closing tag), drop
    /// markup that breaks a token without breaking it on the page (an HTML
    /// comment, `<wbr>`, an inline element closed and reopened or empty,
    /// Markdown code spans side by side), and read the doubled quotes of
    /// JSON in a CSV cell (`""pass"":""…""`) as single ones (default on).
    pub escapes: bool,
    /// Join string literals split in code (`"AKIA" + "QYLP"`, `.`, `..`,
    /// `||`, over lines, `concat!(...)`, side by side as the shell, C and
    /// Python write them: `'AKIA''QYLP'`, `"abc" "def"`, `b"abc" b"def"`,
    /// `L"abc" L"def"`), fold expressions built only from
    /// literals (`''.join([...])`, `[...].join('')`, `"ghp_%s%s" % (...)`,
    /// `"{}{}".format(...)`, `Sprintf("%s:%s", ...)`, shell `printf`,
    /// `"...".split("").reverse().join("")`, `"..."[::-1]`), read template
    /// substitutions of literals (`` `sk_live_${"4eC3..."}` ``), read a
    /// decoding call of one literal (`bytes.fromhex("...")`, `atob("...")`)
    /// as the literal, read a
    /// constant's value that starts on the line after its `=`, and join the
    /// pieces of a streamed completion logged event by event (`data:
    /// {"delta":{"content":"sk-"}}`, `0:"..."`) (default on).
    pub literal_joins: bool,
    /// Join a token broken by a plain line break: a line that ends in a
    /// token-like word (10+ characters with a letter, and a digit, upper
    /// case only, or a lower-to-upper case change) and a next line that starts with 4+ token
    /// characters; and unfold iCalendar and vCard content lines (a line
    /// break and one space after a line of about 75 bytes) (default on).
    pub wrapped_lines: bool,
    /// Join a key typed with a separator between its characters or
    /// groups: letter-spaced (`s k _ l i v e _ 4 e C 3 …`, 16+ single
    /// characters) or grouped (`ymfX-ZGdm-Yviz-…`, `sk-Z0 UzHhm XGXez …`:
    /// 5+ groups of one length from 3 to 8 and a shorter last one, 20+
    /// characters, half the groups mixing two of upper case, lower case,
    /// digits and token punctuation), with a digit and a letter (default
    /// on).
    pub separated: bool,
    /// Scan base64, base32 and hex runs decoded (base64 wrapped over lines
    /// too, gzip and zlib streams inflated (not in the WASM module), and
    /// one nested level: base64 of base64; a run assigned to a name as
    /// `NAME = "text"`), hex written a byte or a group at a time (`53 47
    /// 2e …`, `6E:70:6D:…`, `0x73 0x6b …`, `xxd` and `hexdump -C` lines)
    /// spelling 12+ printable characters, lists of 12+ character
    /// codes (`bytes([115, 107, ...])`, `0x73, 0x6b, ...`, `'s', 'k', ...`)
    /// as the text they spell, and tokens that start with the ROT13 form of
    /// a provider's prefix (`fx_yvir_...`, `tuc_...`) rotated back; a
    /// finding redacts the whole run (default on).
    pub encoded: bool,
    /// Read CSV, TSV and Markdown tables by their header: a cell under a
    /// credential column (`Password`, `Secret access key`) is scanned as
    /// `header: "cell"`, a row of a `Key | Value` table as `key: "value"`
    /// (default on).
    pub tables: bool,
    /// Redact a secret found once wherever its exact value recurs later in
    /// the text: the password `getenv` returned, printed again inside
    /// `strcmp`; a token pasted, then quoted back. Forward only; up to 256
    /// values per call or stream, each 8 to 1,024 bytes, one word, with a
    /// letter and a digit, not a name in code (`password2`, `DB_PASS_2`)
    /// (default on).
    pub recurrences: bool,
}

impl Default for Deobfuscation {
    fn default() -> Deobfuscation {
        Deobfuscation {
            invisible: true,
            homoglyphs: false,
            mixed_script: true,
            full_width: true,
            escapes: true,
            literal_joins: true,
            wrapped_lines: true,
            separated: true,
            encoded: true,
            tables: true,
            recurrences: true,
        }
    }
}

impl Deobfuscation {
    /// Every technique on.
    pub fn all() -> Deobfuscation {
        Deobfuscation {
            invisible: true,
            homoglyphs: true,
            mixed_script: true,
            full_width: true,
            escapes: true,
            literal_joins: true,
            wrapped_lines: true,
            separated: true,
            encoded: true,
            tables: true,
            recurrences: true,
        }
    }

    /// Every technique off.
    pub fn none() -> Deobfuscation {
        Deobfuscation {
            invisible: false,
            homoglyphs: false,
            mixed_script: false,
            full_width: false,
            escapes: false,
            literal_joins: false,
            wrapped_lines: false,
            separated: false,
            encoded: false,
            tables: false,
            recurrences: false,
        }
    }

    /// Whether any technique is on.
    pub fn any(&self) -> bool {
        *self != Deobfuscation::none()
    }

    /// Whether the segment pass (every technique but `tables`) has work.
    pub(crate) fn segments(&self) -> bool {
        self.normalizes() || self.encoded
    }

    /// Whether the normalizing pass (all but `encoded`) has work to do.
    fn normalizes(&self) -> bool {
        self.invisible
            || self.homoglyphs
            || self.mixed_script
            || self.full_width
            || self.escapes
            || self.literal_joins
            || self.wrapped_lines
            || self.separated
    }
}

/// Text with obfuscation undone, and for each of its bytes the span of the
/// original character it came from.
pub(crate) struct Normalized {
    pub text: Vec<u8>,
    /// Per normalized byte: (start, end) of the original character.
    pub origin: Vec<(usize, usize)>,
    /// Normalized offsets where the text differs from the original (a
    /// join, a decoded escape, a removed or folded character).
    changes: Vec<usize>,
    /// The changes that are line-wrap joins (a subset of `changes`).
    wraps: Vec<usize>,
}

/// Bytes around each change that the de-obfuscated pass scans: a secret
/// hidden by an obfuscation lies within this distance of it.
pub(crate) const CHANGE_RADIUS: usize = 1 << 10;

/// A segment of at least this many bytes ends at its next free whitespace.
pub(crate) const SEGMENT_MIN: usize = 256;
/// No segment is longer than this (cut at a character boundary).
pub(crate) const SEGMENT_MAX: usize = 16 << 10;

/// Length of the first *segment* of `text`: de-obfuscation works on one
/// segment at a time, so a stream can run it with bounded memory and
/// latency and give the one-shot result. A segment ends after the first
/// whitespace at or past [`SEGMENT_MIN`] bytes that no obfuscation spans
/// (not after a quote, `+`, `.`, `|`, `,`, `\\`, `%`, `(` or `[`, which may
/// join or fold string literals, nor after `=` or `:`, so a label stays
/// with its value, nor after a quoted-printable soft line break, an office
/// XML tag or an RTF control word, nor on a line that an iCalendar fold
/// continues, nor after a wrapped base64 line, nor between two words of a
/// spaced or grouped key), or at [`SEGMENT_MAX`] bytes; the boundaries depend only
/// on the text before them and the word after. `None` when more text
/// could still extend the segment or decide a boundary (`is_final` false).
pub(crate) fn segment_len(text: &[u8], is_final: bool) -> Option<usize> {
    let limit = text.len().min(SEGMENT_MAX);
    for i in SEGMENT_MIN.min(limit)..limit {
        if matches!(text[i], b' ' | b'\t' | b'\n' | b'\r') && free_whitespace(&text[..i]) {
            // Not between two words of a spaced or grouped key.
            if text[i] == b' ' && separated::joins_words(text, i, is_final)? {
                continue;
            }
            // Not inside a run of hex bytes (`53 47 2e …`, dump lines).
            if hex_bytes::holds_segment(text, i, is_final)? {
                continue;
            }
            // Not on a line that an iCalendar or vCard fold continues.
            if before_fold(text, i, is_final)? {
                continue;
            }
            return Some(i + 1);
        }
    }
    if text.len() > SEGMENT_MAX {
        // Cut before a continuation byte so the segment stays whole UTF-8.
        let mut end = SEGMENT_MAX;
        while end > SEGMENT_MAX - 3 && text[end] & 0xC0 == 0x80 {
            end -= 1;
        }
        return Some(end);
    }
    (is_final && !text.is_empty()).then_some(text.len())
}

/// Whether whitespace after `before` can end a segment: the last word
/// before it neither continues a string join nor is a wrapped base64 line.
fn free_whitespace(before: &[u8]) -> bool {
    let before = before.trim_ascii_end();
    let word_start = before
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |i| i + 1);
    let word = &before[word_start..];
    let continues = matches!(
        word.last(),
        None | Some(
            b'+' | b'\\'
                | b'"'
                | b'\''
                | b','
                | b'`'
                | b'%'
                | b'('
                | b'['
                | b'.'
                | b'|'
                | b'='
                | b':'
        )
    );
    !(continues
        || base64_line_len(word) >= 60
        || wraps(word)
        || inside_armor(before)
        || last_wrapped_line(&before[..word_start], word)
        || word_xml::holds_segment(before)
        || rtf::ends_in_control(word))
}

/// Whether `word` may be the short last line of a wrapped base64 body
/// (`...mcNfA==` before `-----END PRIVATE KEY-----`): a base64 word alone
/// on its line, after a line of 60+ base64 characters.
fn last_wrapped_line(before_word: &[u8], word: &[u8]) -> bool {
    if base64_line_len(word) == 0 {
        return false;
    }
    let indent = before_word
        .iter()
        .rev()
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count();
    let Some(prev) = before_word[..before_word.len() - indent].strip_suffix(b"\n") else {
        return false;
    };
    let prev = prev.strip_suffix(b"\r").unwrap_or(prev);
    // A base64 line is at most 76 characters (plus indentation and
    // invisible characters): look back a bounded 128 bytes.
    let window = &prev[prev.len().saturating_sub(128)..];
    let line = match window.iter().rposition(|&c| c == b'\n') {
        Some(p) => &window[p + 1..],
        None if window.len() == prev.len() => window,
        None => return false,
    };
    base64_line_len(line.trim_ascii_start()) >= 60
}

/// Whether `before` ends inside a PEM armor line (`-----END RSA PRIVATE`
/// without its closing dashes yet), also one written with `\n` escapes
/// in a string: a segment boundary there would cut the BEGIN or END line
/// that the key rules need whole.
fn inside_armor(before: &[u8]) -> bool {
    // Armor lines are short (`-----BEGIN ENCRYPTED PRIVATE KEY-----`), so
    // looking back 48 bytes keeps this O(1) per whitespace.
    let tail = &before[before.len().saturating_sub(48)..];
    let Some(open) = (0..tail.len())
        .rev()
        .find(|&k| tail[k..].starts_with(b"-----BEGIN") || tail[k..].starts_with(b"-----END"))
    else {
        return false;
    };
    !tail[open + 5..].windows(5).any(|w| w == b"-----")
}

/// Number of base64 characters in `word` when its ASCII bytes are all
/// base64 (non-ASCII bytes, such as a zero-width space slipped into a key
/// line, are skipped), else 0.
fn base64_line_len(word: &[u8]) -> usize {
    let base64 = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=');
    let ascii = word.iter().filter(|b| b.is_ascii());
    if ascii.clone().all(base64) {
        ascii.count()
    } else {
        0
    }
}

/// A character of a token that [`line_wrap`] may join.
fn token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+' | b'/' | b'=')
}

/// Whether `word` (the last run of non-space characters on a line) may be
/// the first part of a wrapped token: 10+ characters, the last 6 of them
/// token characters, with a letter and either a digit, no lower-case
/// letter (`AKIAYCDYBK`), or a lower-case letter followed by an upper-case
/// one (`keyAbCd`).
fn wraps(word: &[u8]) -> bool {
    // `eyJhbGciOiJIUzI1NiJ9.eyJ`: a JWT wraps after one of its dots; a
    // word that ends in a dot ends a sentence.
    let tail = match word.last() {
        Some(&b) if token_byte(b) => word
            .iter()
            .rev()
            .take_while(|&&b| token_byte(b) || b == b'.')
            .count(),
        _ => 0,
    };
    // `...PoPQA=`: padded base64 of 16+ characters is complete.
    let pad = word.iter().rev().take_while(|&&b| b == b'=').count();
    let body = word[..word.len() - pad]
        .iter()
        .rev()
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/'))
        .count();
    let padded_base64 = pad > 0 && body + pad >= 16 && (body + pad).is_multiple_of(4);
    !padded_base64
        && word.len() >= 10
        && tail >= 6
        && word.iter().any(u8::is_ascii_alphabetic)
        && (word.iter().any(u8::is_ascii_digit)
            || !word.iter().any(u8::is_ascii_lowercase)
            || word
                .windows(2)
                .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase()))
}

/// Lengths of the line before an iCalendar or vCard fold: writers fold
/// at 75 octets (RFC 5545, 3.1; RFC 6350, 3.2), a few a byte or so early
/// before a multi-byte character or late with CR LF counted.
const FOLDED_LINE: std::ops::RangeInclusive<usize> = 72..=76;

/// A content line fold of iCalendar or vCard (`DESCRIPTION:...pwd=yP` /
/// ` 0pMM5...`) at `b[i]`: a line break and one space or tab, before more
/// text, after a line of [`FOLDED_LINE`] bytes. Unfolding removes all of
/// it. Its length.
fn content_fold(b: &[u8], i: usize) -> Option<usize> {
    let len = match &b[i..] {
        [b'\r', b'\n', b' ' | b'\t', c, ..] if !c.is_ascii_whitespace() => 3,
        [b'\n', b' ' | b'\t', c, ..] if !c.is_ascii_whitespace() => 2,
        _ => return None,
    };
    let line_start = b[..i]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    (FOLDED_LINE.contains(&(i - line_start)) && folds_property(b, line_start)).then_some(len)
}

/// Bytes [`folds_property`] looks back over for the start of a fold chain.
const FOLD_CHAIN_MAX: usize = 4 << 10;

/// Whether the lines that end in folds, up to the one starting at
/// `line_start`, begin with an iCalendar or vCard property: the first line
/// not starting with a space or tab, within [`FOLD_CHAIN_MAX`] bytes back,
/// starts with an upper-case property name (after a vCard group such as
/// `item1.`) and `:` or `;` (`DESCRIPTION:`, `ATTENDEE;CN=...`). Indented
/// prose and list items (`Copyright:` and its lines, ` - item`) are left
/// alone.
fn folds_property(b: &[u8], mut line_start: usize) -> bool {
    let floor = line_start.saturating_sub(FOLD_CHAIN_MAX);
    while matches!(b.get(line_start), Some(b' ' | b'\t')) {
        if line_start <= floor || line_start == 0 {
            return false;
        }
        line_start = b[..line_start - 1]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |p| p + 1);
    }
    let head = &b[line_start..b.len().min(line_start + 64)];
    let len = head
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.'))
        .count();
    let name = &head[..len];
    let property = name.rsplit(|&c| c == b'.').next().unwrap_or(name);
    property.len() >= 2
        && property
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'-')
        && matches!(head.get(len), Some(b':' | b';'))
}

/// The start of the line holding `b[i]` when it lies at most `max` bytes
/// back; `None` for a longer line. Reading back no further keeps the checks
/// that call it linear on long lines.
fn line_start_within(b: &[u8], i: usize, max: usize) -> Option<usize> {
    let floor = i.saturating_sub(max + 1);
    b[floor..i]
        .iter()
        .rposition(|&c| c == b'\n')
        .map(|p| floor + p + 1)
        .or((floor == 0).then_some(0))
        .filter(|start| i - start <= max)
}

/// Whether the line around `b[i]` ends in a content line fold, so no
/// segment ends on it (unfolding reads the whole line); `None` when the
/// text ends before that is known and more may come.
fn before_fold(b: &[u8], i: usize, is_final: bool) -> Option<bool> {
    // Only the last line's worth of bytes is read back.
    let Some(start) = line_start_within(b, i, *FOLDED_LINE.end()) else {
        return Some(false);
    };
    let Some(eol) = memchr::memchr(b'\n', &b[i..]).map(|p| i + p) else {
        return is_final.then_some(false);
    };
    if !is_final && b.len() < eol + 3 {
        return None;
    }
    let at = if eol > start && b[eol - 1] == b'\r' {
        eol - 1
    } else {
        eol
    };
    Some(content_fold(b, at).is_some())
}

/// Length of a wrapping line break at `b[i..]` (`\n` or `\r\n`): the
/// line's last word [`wraps`] and the next line starts with 4+ token
/// characters that are not a key (`PASS:`), so the two may be one token
/// broken by a mail client, a terminal or a chat box. A line that is one
/// word of exactly 64, 70 or 76 base64 characters is a line of a PEM,
/// OpenSSH or MIME body, which the rules read line by line (and
/// [`encoded_blobs`] decodes): it is not joined.
fn line_wrap(b: &[u8], i: usize) -> Option<usize> {
    let len = match &b[i..] {
        [b'\n', ..] => 1,
        [b'\r', b'\n', ..] => 2,
        _ => return None,
    };
    let start = b[..i]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |p| p + 1);
    let line_start = b[..start]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    let whole_line = b[line_start..start]
        .iter()
        .all(|&c| c == b' ' || c == b'\t');
    if whole_line
        && matches!(base64_line_len(&b[start..i]), 64 | 70 | 76)
        && !continues_token_lines(b, line_start, i - start)
    {
        return None;
    }
    let next = &b[i + len..];
    let head = next.iter().take_while(|&&c| token_byte(c)).count();
    // `PASS: test-name`, `Errors: none`: the next line starts with a key,
    // unless what comes before the `:` is machine-made (mixes upper case,
    // lower case and digits), as in a wrapped `id.secret:signature` token.
    let word = &next[..head];
    let machine_made = |w: &[u8]| {
        w.iter().any(u8::is_ascii_uppercase)
            && w.iter().any(u8::is_ascii_lowercase)
            && w.iter().any(u8::is_ascii_digit)
    };
    // `SLACK_REFRESH=xoxe-...`, `DEBUG=1`: the next line assigns a name (a
    // padded base64 line's `==` assigns nothing).
    let name = next
        .iter()
        .take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.'))
        .count();
    // `aws_secret_access_key = ...`: spaces may stand before the sign.
    let pad = next[name..]
        .iter()
        .take(4)
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count();
    let assigns = name > 0
        && match next.get(name + pad) {
            Some(b':') => true,
            Some(b'=') if pad > 0 => next.get(name + pad + 1) != Some(&b'='),
            Some(b'=') => next
                .get(name + 1)
                .is_some_and(|&c| c != b'=' && !c.is_ascii_whitespace()),
            _ => false,
        };
    // `API-Key：x`, `Sitzungs-Cookie = x`: spaces or a full-width colon
    // between the label and its sign.
    let gap = next[head..]
        .iter()
        .take(4)
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count();
    let sign = &next[head + gap..];
    let spaced_sign = sign.starts_with("\u{ff1a}".as_bytes())
        || (gap > 0 && (sign.starts_with(b":") || sign.starts_with(b"=")));
    let key = ((matches!(next.get(head), Some(b':' | b'=')) || spaced_sign) && !machine_made(word))
        || (assigns && !machine_made(&next[..name]));
    // `export PGHOST=db`, `SECRET = x`, `hello world`: the next line starts
    // with a whole word (one case, or capitalised, and ended by a space, a
    // line end or punctuation), not with the rest of a token.
    let word_case = word.iter().all(u8::is_ascii_lowercase)
        || word.iter().all(u8::is_ascii_uppercase)
        || word[1..].iter().all(u8::is_ascii_lowercase);
    let whole_word = word.iter().all(u8::is_ascii_alphabetic)
        && word_case
        && next.get(head).is_none_or(|&c| !token_byte(c));
    // `user1 logged in`, `mysql80 restarted`, `Bob2: thx`, `2024-05-01
    // 12:00`: a word (letters in one case or capitalised, then at most
    // three digits) or a date that goes on after a space or a colon starts
    // a new log or chat line, not a token's rest.
    let letters = word.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let (alpha, digits) = word.split_at(letters);
    let counted_word = letters >= 3
        && digits.len() <= 3
        && digits.iter().all(u8::is_ascii_digit)
        && (alpha.iter().all(u8::is_ascii_lowercase)
            || alpha.iter().all(u8::is_ascii_uppercase)
            || alpha[1..].iter().all(u8::is_ascii_lowercase));
    let date = word.contains(&b'-')
        && word.iter().all(|&c| c.is_ascii_digit() || c == b'-')
        && word.iter().filter(|c| c.is_ascii_digit()).count() >= 6;
    let new_line = (counted_word || date) && matches!(next.get(head), Some(b' ' | b'\t' | b':'));
    // `API-Schlüssel:`, `Größe`: a letter outside ASCII (a two-byte UTF-8
    // sequence: Latin, Greek, Cyrillic, Hebrew, Arabic) goes on from the
    // start, so the line starts with a word; tokens are ASCII.
    let foreign_word = matches!(next.get(head), Some(0xC3..=0xDF));
    (wraps(&b[start..i]) && head >= 4 && !key && !whole_word && !new_line && !foreign_word)
        .then_some(len)
}

/// Whether the line before `line_start` is one word of `len` token
/// characters that is not all base64 (a `_` or `-`): a token hard-wrapped
/// at a fixed width (`ATATT3xF..._p8D...` over three 64-character lines),
/// whose plain base64 lines must still join although PEM bodies' don't.
fn continues_token_lines(b: &[u8], line_start: usize, len: usize) -> bool {
    let Some(prev_end) = line_start.checked_sub(1) else {
        return false;
    };
    let prev_end = if prev_end > 0 && b[prev_end - 1] == b'\r' {
        prev_end - 1
    } else {
        prev_end
    };
    let Some(prev_start) = prev_end.checked_sub(len) else {
        return false;
    };
    let prev = &b[prev_start..prev_end];
    (prev_start == 0 || b[prev_start - 1] == b'\n')
        && prev.iter().all(|&c| token_byte(c))
        && prev.iter().any(|&c| matches!(c, b'_' | b'-'))
}

/// Unicode's Default_Ignorable_Code_Point set (DerivedCoreProperties.txt,
/// Unicode 16.0): characters that render as nothing (zero-width spaces and
/// joiners, soft hyphen, bidirectional controls, variation selectors,
/// Hangul fillers, tag characters). Tag characters that stand for ASCII are
/// decoded instead (see [`tag_ascii`]).
const DEFAULT_IGNORABLE: &[(u32, u32)] = &[
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
];

fn invisible(c: char) -> bool {
    let c = c as u32;
    let at = DEFAULT_IGNORABLE.partition_point(|&(_, hi)| hi < c);
    DEFAULT_IGNORABLE.get(at).is_some_and(|&(lo, _)| lo <= c)
}

/// The ASCII character a Unicode tag character (U+E0020..U+E007E) stands
/// for: "ASCII smuggling" writes a whole secret in these invisible
/// characters, which models read and people do not see.
fn tag_ascii(c: char) -> Option<char> {
    let v = c as u32;
    (0xE0020..=0xE007E)
        .contains(&v)
        .then(|| char::from_u32(v - 0xE0000))
        .flatten()
}

/// The byte a variation selector stands for (U+FE00..U+FE0F are 0..15,
/// U+E0100..U+E01EF are 16..255), as "emoji smuggling" hides a string after
/// one visible character.
fn selector_byte(c: char) -> Option<u8> {
    let v = c as u32;
    match v {
        0xFE00..=0xFE0F => u8::try_from(v - 0xFE00).ok(),
        0xE0100..=0xE01EF => u8::try_from(v - 0xE0100 + 16).ok(),
        _ => None,
    }
}

/// The ASCII character a variation selector at `text[i..]` smuggles: one
/// of a run of two or more (an emoji takes one) that spells a printable
/// ASCII byte.
fn smuggled(text: &str, i: usize, c: char) -> Option<char> {
    let byte = selector_byte(c).filter(|b| (0x20..0x7f).contains(b))?;
    let selector = |d: Option<char>| d.is_some_and(|d| selector_byte(d).is_some());
    (selector(text[i + c.len_utf8()..].chars().next()) || selector(text[..i].chars().next_back()))
        .then_some(char::from(byte))
}

/// The tables `build.rs` writes from `deobfuscate/char_folds.rs`: `WIDTH` and
/// `HOMOGLYPH`, each sorted `code point << 8 | ASCII byte`.
mod folds {
    include!(concat!(env!("OUT_DIR"), "/char_folds.rs"));
}

/// The ASCII byte `c` folds to in `table` (see `char_folds.rs`).
fn fold_by(table: &[u32], c: char) -> Option<char> {
    let i = table.binary_search_by_key(&(c as u32), |e| e >> 8).ok()?;
    Some(char::from(table[i] as u8))
}

/// `char_folds::width`, from its table: the ASCII character a
/// compatibility form (`４`, `𝐀`, `ℝ`) stands for.
fn fold_width(c: char) -> Option<char> {
    if c.is_ascii() {
        return None;
    }
    fold_by(folds::WIDTH, c)
}

/// Most bytes read each side of a character for [`mixed_word`].
const WORD_REACH: usize = 64;

/// Whether the word around `bytes[i]` (letters, digits, `_` and `-` of any
/// script, up to [`WORD_REACH`] bytes each side) has an ASCII letter or
/// digit: a look-alike there is a letter swapped into a Latin word or key.
fn mixed_word(bytes: &[u8], i: usize) -> bool {
    let word = |b: &u8| *b >= 0x80 || b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-');
    let left = bytes[i.saturating_sub(WORD_REACH)..i]
        .iter()
        .rev()
        .take_while(|b| word(b));
    let right = bytes[i..bytes.len().min(i + WORD_REACH)]
        .iter()
        .take_while(|b| word(b));
    left.chain(right).any(u8::is_ascii_alphanumeric)
}

/// `char_folds::homoglyph`, from its table: the Latin letter or digit a
/// look-alike from another script imitates.
fn fold(c: char) -> Option<char> {
    if c.is_ascii() {
        return None;
    }
    fold_by(folds::HOMOGLYPH, c)
}

fn hex(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// `%XX` (printable ASCII, tab or line break: a URL-encoded private key
/// keeps its lines), `%25XX` (encoded twice, printable ASCII), `\uXXXX` (any scalar value), `\xXX` (printable
/// ASCII), `\/`, a shell's `\$` or PowerShell's `` `$ ``, or an HTML
/// character reference (`&#65;`, `&#x41;`, `&amp;`) at the start of `b`:
/// the character and the escape's length.
fn escape(b: &[u8]) -> Option<(char, usize)> {
    let printable = |v: u32| {
        (0x20..0x7F)
            .contains(&v)
            .then(|| char::from_u32(v))
            .flatten()
    };
    match b {
        // Encoded twice (`%2521` is `%21` is `!`): a URL inside a URL's
        // query, as in a login redirect's `return_to`.
        [b'%', b'2', b'5', h, l, ..] if hex(*h).is_some() && hex(*l).is_some() => {
            let v = hex(*h)? * 16 + hex(*l)?;
            Some((printable(v)?, 5))
        }
        [b'%', h, l, ..] => {
            let v = hex(*h)? * 16 + hex(*l)?;
            let c =
                printable(v).or_else(|| matches!(v, 0x09 | 0x0A | 0x0D).then(|| v as u8 as char));
            Some((c?, 3))
        }
        [b'\\', b'u', a, b2, c, d, ..] => {
            let v = ((hex(*a)? * 16 + hex(*b2)?) * 16 + hex(*c)?) * 16 + hex(*d)?;
            Some((char::from_u32(v)?, 6))
        }
        [b'\\', b'x', h, l, ..] => Some((printable(hex(*h)? * 16 + hex(*l)?)?, 4)),
        // JSON's escaped solidus (`https:\/\/hooks.slack.com\/...`).
        [b'\\', b'/', ..] => Some(('/', 2)),
        // An underscore escaped for Markdown or LaTeX (`sk\_live\_...`).
        [b'\\', b'_', ..] => Some(('_', 2)),
        // A dollar sign escaped for a shell (`"\$2b\$12\$..."`) or for
        // PowerShell (`"`$2b`$12`$..."`): password hashes in double quotes.
        // A template literal's first substitution (`` `${...}` ``) is no escape.
        [b'`', b'$', b'{', ..] => None,
        [b'\\' | b'`', b'$', ..] => Some(('$', 2)),
        // Bash's ANSI-C quoting (`$'p\x40ss'`) is a quoted literal.
        [b'$', b'\'', ..] => Some(('\'', 2)),
        [b'&', rest @ ..] => html_reference(rest).map(|(c, len)| (c, len + 1)),
        _ => None,
    }
}

/// HTML named references for the ASCII characters that tokens, URLs and
/// assignments use (the other named references stand for non-ASCII
/// characters, which no rule needs).
const HTML_NAMED: &[(&[u8], char)] = &[
    (b"amp", '&'),
    (b"apos", '\''),
    (b"colon", ':'),
    (b"comma", ','),
    (b"commat", '@'),
    (b"dollar", '$'),
    (b"equals", '='),
    (b"excl", '!'),
    (b"gt", '>'),
    (b"hyphen", '-'),
    (b"lowbar", '_'),
    (b"lt", '<'),
    (b"num", '#'),
    (b"percnt", '%'),
    (b"period", '.'),
    (b"plus", '+'),
    (b"quest", '?'),
    (b"quot", '"'),
    (b"sol", '/'),
    (b"tilde", '~'),
];

/// An HTML character reference after its `&`, ended by `;`: decimal
/// (`#65;`), hex (`#x41;`) or one of [`HTML_NAMED`]; the character and the
/// length after the `&`. Control characters other than tab and line
/// breaks are not decoded.
fn html_reference(b: &[u8]) -> Option<(char, usize)> {
    let end = b.iter().take(10).position(|&c| c == b';')?;
    let body = &b[..end];
    let value = match body {
        [b'#', b'x' | b'X', digits @ ..] if !digits.is_empty() => {
            u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()?
        }
        [b'#', digits @ ..] if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) => {
            std::str::from_utf8(digits).ok()?.parse().ok()?
        }
        name => {
            return HTML_NAMED
                .iter()
                .find(|(n, _)| *n == name)
                .map(|&(_, c)| (c, end + 1));
        }
    };
    let c = char::from_u32(value)?;
    (!c.is_control() || matches!(c, '\t' | '\n' | '\r')).then_some((c, end + 1))
}

/// Length of a line continuation at the start of `b`: a backslash right
/// before a line break (`export KEY="abc\\` / `def"`), which shells and C-like
/// string literals drop.
fn continuation(b: &[u8]) -> Option<usize> {
    match b {
        [b'\\', b'\n', ..] => Some(2),
        [b'\\', b'\r', b'\n', ..] => Some(3),
        _ => None,
    }
}

/// Length of a string-literal join at `bytes[i..]`: a closing quote, `+`
/// (or `.`, `..`, `||`), `,`, comments and/or a line break (with spaces and `\` continuations), and an
/// opening quote of the same kind (of any kind after `+`): `" + "`,
/// `"\n    "`, `' +\n '`, `" + \``. A join
/// by `,` (a list joined in code: `['sk_live_', '4eC3...'].join('')`,
/// `concat!("ghp_", "...")`) needs both literals to be [`token_piece`]s, so
/// argument lists and CSV rows of words stay apart.
fn literal_join(bytes: &[u8], i: usize) -> Option<usize> {
    let b = &bytes[i..];
    let quote = *b.first().filter(|q| matches!(q, b'"' | b'\''))?;
    let (mut at, mut joined, mut comma, mut plus) = (1, false, false, false);
    while at < b.len() {
        match b[at] {
            b' ' | b'\t' | b'\r' | b'\\' => {}
            // `+`; PHP and Perl `.`, Lua `..`, SQL `||`, Haskell and
            // Elixir `<>`, D and Raku `~`, Visual Basic and Excel `&`,
            // OCaml `^`.
            b'\n' | b'.' | b'|' | b'<' | b'>' | b'~' | b'&' | b'^' => joined = true,
            b'+' => (joined, plus) = (true, true),
            // A comment between the pieces (`"sk-" + /* x */ "..."`, C's
            // `"abc" /* rotated */ "def"`, `"abc"  // part one` and `#`
            // before the next line's piece) joins like whitespace.
            b'/' if b.get(at + 1) == Some(&b'*') => {
                let end = b[at + 2..].windows(2).take(256).position(|w| w == b"*/")?;
                (at, joined) = (at + end + 3, true);
            }
            b'/' | b'#' if b[at] == b'#' || b.get(at + 1) == Some(&b'/') => {
                let end = b[at..].iter().take(256).position(|&c| c == b'\n')?;
                (at, joined) = (at + end - 1, true);
            }
            // JavaScript joins any kinds of literal with `+` (`"sk-" +
            // \`...\``).
            q @ (b'"' | b'\'' | b'`') if q != quote && plus && !comma => return Some(at + 1),
            b',' if !comma => (joined, comma) = (true, true),
            q if q == quote && joined => {
                if comma
                    && !(token_piece(bytes, i, quote, true) && token_piece(b, at, quote, false))
                {
                    return None;
                }
                return Some(at + 1);
            }
            // Literals side by side are one string: the shell's
            // `'AKIA...''wJal...'` (any kinds, nothing between) and C's and
            // Python's `"abc" "def"` (one kind, blanks between). Both must be
            // token pieces, so `echo 'a' 'b'` and SQL's `'it''s'` stay apart.
            q @ (b'"' | b'\'')
                if !joined
                    && (q == quote || at == 1)
                    && token_piece(bytes, i, quote, true)
                    && token_piece(b, at, q, false) =>
            {
                return Some(at + 1);
            }
            // The same with a prefix on the next literal: Python's
            // `b"abc" b"def"` (`r`, `f`, `rb`, ...), C's `L"abc" L"def"`
            // (`u`, `U`, `u8`).
            c if !joined && c.is_ascii_alphabetic() => {
                let prefix = literal_prefix(&b[at..])?;
                let q = b[at + prefix];
                let ok = q == quote
                    && token_piece(bytes, i, quote, true)
                    && token_piece(b, at + prefix, q, false);
                return ok.then_some(at + prefix + 1);
            }
            _ => return None,
        }
        at += 1;
    }
    None
}

/// Length of a string literal's prefix at the start of `b` when a quote
/// follows it: Python's `b`, `r`, `f`, `u` and their pairs (`rb`, `fr`),
/// C's and C++'s `L`, `u`, `U`, `u8`.
fn literal_prefix(b: &[u8]) -> Option<usize> {
    let letters = b
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let prefix = &b[..letters];
    let known = matches!(prefix, [_] | [_, _] if prefix.iter().all(|c| b"bBrRfFuUL".contains(c)))
        || prefix == b"u8";
    (known && matches!(b.get(letters), Some(b'"' | b'\''))).then_some(letters)
}

/// Whether the literal that the quote at `bytes[at]` closes (`before`) or
/// opens is a piece of a token: 4 to 128 token characters
/// (`A-Za-z0-9_-+/=.`), with a digit or a `_`/`-` (`sk_live_`, `AKIA`
/// pieces hold digits; `"user", "password"` does not join).
fn token_piece(bytes: &[u8], at: usize, quote: u8, before: bool) -> bool {
    let piece =
        |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+' | b'/' | b'=' | b'.');
    let spaces = |b: &&u8| matches!(b, b' ' | b'\t');
    // A JSON or dict value before the comma, or a key after it
    // (`"id": "au_tfn", "kind": ...`): an object's entries, not a list.
    let (body, entry) = if before {
        let Some(start) = bytes[..at].iter().rposition(|&b| b == quote) else {
            return false;
        };
        let prev = bytes[..start].iter().rev().find(|b| !spaces(b));
        (&bytes[start + 1..at], prev == Some(&b':'))
    } else {
        let rest = &bytes[at + 1..];
        let Some(end) = rest.iter().position(|&b| b == quote) else {
            return false;
        };
        let next = rest[end + 1..].iter().find(|b| !spaces(b));
        (&rest[..end], next == Some(&b':'))
    };
    !entry
        && (4..=128).contains(&body.len())
        && body.iter().all(piece)
        && body
            .iter()
            .any(|b| b.is_ascii_digit() || b.is_ascii_uppercase() || matches!(b, b'_' | b'-'))
}

/// Length of the line break and indentation at `bytes[i]` (a `\n`, or the
/// `\r` of `\r\n`) between an assignment's `=` and a quoted value on the
/// next line (`SIGNING_KEY =\n    "..."`, C and Java constants), which the
/// credential rules read on one line.
fn assignment_wrap(bytes: &[u8], i: usize) -> Option<usize> {
    let line = &bytes[..i];
    let end = line.iter().rposition(|&b| !matches!(b, b' ' | b'\t'))?;
    if line[end] != b'=' || (end > 0 && matches!(line[end - 1], b'=' | b'!' | b'<' | b'>')) {
        return None;
    }
    let rest = &bytes[i..];
    let skip = rest
        .strip_prefix(b"\r")
        .unwrap_or(rest)
        .strip_prefix(b"\n")?;
    let newline = rest.len() - skip.len();
    let indent = skip
        .iter()
        .take(64)
        .take_while(|&&b| matches!(b, b' ' | b'\t'))
        .count();
    (indent > 0 && matches!(skip.get(indent), Some(b'"' | b'\''))).then_some(newline + indent)
}

/// A JavaScript template substitution of a string literal at the start of
/// `b` (`${"6kbQ..."}`, `${'xoxb'}`): the offset and length of the literal's
/// text (token characters only), and the substitution's whole length.
fn template_literal(b: &[u8]) -> Option<(usize, usize, usize)> {
    let quote = match b {
        [b'$', b'{', q @ (b'"' | b'\''), ..] => *q,
        _ => return None,
    };
    let rest = &b[3..];
    let len = rest.iter().take(257).position(|&c| c == quote)?;
    let piece = &rest[..len];
    (!piece.is_empty()
        && rest.get(len + 1) == Some(&b'}')
        && piece.iter().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'+' | b'/' | b'=' | b'.')
        }))
    .then_some((3, len, len + 5))
}

/// Whether [`has_work`] looks closer at `b`: the first byte of an escape,
/// a continuation, a literal join or a line break, or any non-ASCII byte.
#[inline(always)]
fn notable(b: u8) -> bool {
    // Bitwise `|`, not `||` or `matches!`: branch-free, so it vectorizes.
    (b >= 0x80)
        | (b == b'%')
        | (b == b'\\')
        | (b == b'&')
        | (b == b'`')
        | (b == b'<')
        | (b == b'"')
        | (b == b'\'')
        | (b == b'\n')
        | (b == b'\r')
        | (b == 0x1b)
}

/// The length of an XML CDATA marker at `bytes[i]`: an opening
/// `<![CDATA[`, or a closing `]]>` right before a closing tag (`<password>
/// <![CDATA[p@ss]]></password>`), so the value reads as the element's text.
/// Each is read without looking further back, so a segment reads it alone.
fn cdata_marker(bytes: &[u8], i: usize) -> Option<usize> {
    let b = &bytes[i..];
    if b.starts_with(b"<![CDATA[") {
        Some(9)
    } else {
        (b.starts_with(b"]]></")).then_some(3)
    }
}

/// The length of the terminal control sequence at the start of `b`: a CSI
/// sequence (`ESC [ 0-9;? ... m`, colours, `ESC [ K` line erases, cursor
/// moves) or an OSC sequence ended by BEL or `ESC \` (`ls --hyperlink`,
/// titles). Text copied from a coloured terminal (`grep --color=always`,
/// `git diff --color-words`, a prompt's colours) carries them between and
/// inside the characters of a key.
fn terminal_escape(b: &[u8]) -> Option<usize> {
    if b.first() != Some(&0x1b) {
        return None;
    }
    match b.get(1)? {
        b'[' => {
            // Parameters, intermediates, one final byte; a real sequence
            // is short.
            let body = b[2..]
                .iter()
                .take(32)
                .take_while(|&&c| (0x20..=0x3f).contains(&c))
                .count();
            let last = *b.get(2 + body)?;
            (0x40..=0x7e).contains(&last).then_some(3 + body)
        }
        b']' => {
            let rest = &b[2..b.len().min(2 + 2048)];
            let end = rest
                .iter()
                .position(|&c| c == 0x07 || c == 0x1b || c == b'\n')?;
            match rest[end] {
                0x07 => Some(3 + end),
                0x1b if rest.get(end + 1) == Some(&b'\\') => Some(4 + end),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Characters of either base64 alphabet (standard `+/`, URL-safe `-_`).
static BASE64_CHAR: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'-' | b'_');
        b += 1;
    }
    table
};

/// Whether normalizing `text` would change anything: a cheap scan that
/// skips ASCII bytes other than `%`, `\\` and quotes, so clean text (most
/// text) costs one pass and no allocation.
fn has_work(text: &str, opts: &Deobfuscation) -> bool {
    let bytes = text.as_bytes();
    let unicode = opts.invisible || opts.homoglyphs || opts.mixed_script || opts.full_width;
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the next byte that can start an obfuscation.
        match crate::byte_search::find_byte(bytes, i, notable) {
            Some(at) => i = at,
            None => return false,
        }
        let b = bytes[i];
        if b.is_ascii() {
            let found = match b {
                b'%' | b'\\' | b'&' | b'`' => {
                    (opts.escapes
                        && (escape(&bytes[i..]).is_some() || continuation(&bytes[i..]).is_some()))
                        || (b == b'`' && opts.literal_joins && fold::at(bytes, i).is_some())
                        || (b == b'`' && opts.escapes && markup::code_span_gap(bytes, i).is_some())
                }
                b'"' | b'\'' => {
                    (opts.literal_joins
                        && (literal_join(bytes, i).is_some()
                            || fold::at(bytes, i).is_some()
                            || (i >= 2
                                && template_literal(&bytes[i - 2..]).is_some())))
                        // ANSI-C quoting (`$'...'`).
                        || (opts.escapes && i > 0 && bytes[i - 1] == b'$')
                }
                b'\n' | b'\r' => {
                    (opts.wrapped_lines
                        && (line_wrap(bytes, i).is_some() || content_fold(bytes, i).is_some()))
                        || (opts.literal_joins && assignment_wrap(bytes, i).is_some())
                }
                0x1b => opts.invisible && terminal_escape(&bytes[i..]).is_some(),
                b'<' => {
                    opts.escapes
                        && (cdata_marker(bytes, i).is_some()
                            || bytes[..i].ends_with(b"]]>")
                            || markup::tag_break(bytes, i).is_some()
                            || markup::tagged_value(bytes, i).is_some())
                }
                _ => false,
            };
            if found {
                return true;
            }
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("i is on a char boundary");
        if unicode
            && ((opts.invisible && (invisible(c) || tag_ascii(c).is_some()))
                || (opts.full_width && fold_width(c).is_some())
                || ((opts.homoglyphs || opts.mixed_script)
                    && fold(c).is_some()
                    && (opts.homoglyphs || mixed_word(bytes, i))))
        {
            return true;
        }
        i += c.len_utf8();
    }
    false
}

/// The normalized form of `text` (escapes decoded, invisible characters
/// removed, look-alikes folded), or `None` when it has nothing to undo.
pub(crate) fn normalize(text: &str, opts: &Deobfuscation) -> Option<Normalized> {
    if !opts.normalizes() {
        return None;
    }
    // Quoted-printable escapes are read only where the text as a whole
    // reads as quoted-printable (`size=20` elsewhere is no escape).
    let qp = opts.escapes && quoted_printable::evident(text.as_bytes());
    let word = opts.escapes && word_xml::evident(text.as_bytes());
    let rtf = opts.escapes && rtf::evident(text.as_bytes());
    let bytes = text.as_bytes();
    // JSON inside a CSV cell doubles its quotes (`"{""pass"":""...""}"`).
    let csv_json = opts.escapes && memchr::memmem::find(bytes, b"\"\":\"\"").is_some();
    let drops = if opts.separated {
        separated::separators(bytes)
    } else {
        Vec::new()
    };
    if !qp && !word && !rtf && !csv_json && drops.is_empty() && !has_work(text, opts) {
        return None;
    }
    let mut drops = drops.into_iter().peekable();
    let mut out = Normalized {
        text: Vec::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
        changes: Vec::new(),
        wraps: Vec::new(),
    };
    let mut buf = [0u8; 4];
    let mut closing_tag: Option<(usize, usize)> = None;
    // Whether the last character read was smuggled (see `tag` below).
    let mut hidden = false;
    let mut i = 0;
    while i < bytes.len() {
        // A separator inside a spaced or grouped key (one that an escape
        // or a join already passed over stays passed).
        while drops.next_if(|&d| d < i).is_some() {}
        if drops.next_if_eq(&i).is_some() {
            out.changes.push(out.text.len());
            i += 1;
            continue;
        }
        // An office tag or an RTF control reads as a line break, a tab, a
        // space or nothing (a tag's attribute quotes are not string
        // literals).
        let markup = match bytes[i] {
            b'<' if word => word_xml::tag(&bytes[i..]),
            b'\\' | b'{' | b'}' if rtf => rtf::control(&bytes[i..]),
            _ => None,
        };
        if let Some((len, reads_as)) = markup {
            out.changes.push(out.text.len());
            if let Some(c) = reads_as {
                out.text.push(c);
                out.origin.push((i, i + len));
            }
            i += len;
            continue;
        }
        if csv_json && bytes[i..].starts_with(b"\"\"") {
            out.changes.push(out.text.len());
            out.text.push(b'"');
            out.origin.push((i, i + 2));
            i += 2;
            continue;
        }
        let markup_break = match bytes[i] {
            b'<' => markup::tag_break(bytes, i),
            b'`' => markup::code_span_gap(bytes, i),
            _ => None,
        };
        if let Some(len) = markup_break.filter(|_| opts.escapes) {
            out.changes.push(out.text.len());
            i += len;
            continue;
        }
        if let Some(f) = matches!(bytes[i], b'"' | b'\'' | b'`')
            .then(|| fold::at(bytes, i))
            .flatten()
            .filter(|_| opts.literal_joins)
        {
            // The folded literal replaces the whole expression, also what
            // of it was already copied (a list's `[`).
            while out.origin.last().is_some_and(|o| o.0 >= f.start) {
                out.text.pop();
                out.origin.pop();
            }
            out.changes.retain(|&c| c <= out.text.len());
            out.changes.push(out.text.len());
            out.text.push(f.quote);
            out.origin.push((f.start, f.start + 1));
            for &o in &f.bytes {
                out.text.push(bytes[o]);
                out.origin.push((o, o + 1));
            }
            out.text.push(f.quote);
            out.origin.push((f.end - 1, f.end));
            out.changes.push(out.text.len());
            i = f.end;
            continue;
        }
        if let Some(len) = literal_join(bytes, i).filter(|_| opts.literal_joins) {
            out.changes.push(out.text.len());
            i += len;
            continue;
        }
        if let Some(len) = assignment_wrap(bytes, i).filter(|_| opts.literal_joins) {
            out.changes.push(out.text.len());
            i += len;
            continue;
        }
        // A value wrapped in an inline element after its key: both tags
        // go, the value between them is read as usual.
        if closing_tag.is_some_and(|(at, _)| at == i) {
            let (_, len) = closing_tag.take().unwrap_or_default();
            out.changes.push(out.text.len());
            i += len;
            continue;
        }
        if let Some((at, len, total)) = (opts.escapes && bytes[i] == b'<')
            .then(|| markup::tagged_value(bytes, i))
            .flatten()
        {
            out.changes.push(out.text.len());
            closing_tag = Some((i + at + len, total - at - len));
            i += at;
            continue;
        }
        if let Some((at, len, total)) = template_literal(&bytes[i..]).filter(|_| opts.literal_joins)
        {
            out.changes.push(out.text.len());
            out.text.extend_from_slice(&bytes[i + at..i + at + len]);
            out.origin
                .extend((i + at..i + at + len).map(|o| (o, o + 1)));
            out.changes.push(out.text.len());
            i += total;
            continue;
        }
        if let Some(len) = cdata_marker(bytes, i).filter(|_| opts.escapes) {
            out.changes.push(out.text.len());
            i += len;
            continue;
        }
        if let Some(len) = terminal_escape(&bytes[i..]).filter(|_| opts.invisible) {
            out.changes.push(out.text.len());
            i += len;
            continue;
        }
        if let Some(len) = content_fold(bytes, i).filter(|_| opts.wrapped_lines) {
            out.changes.push(out.text.len());
            i += len;
            continue;
        }
        if let Some(len) = line_wrap(bytes, i).filter(|_| opts.wrapped_lines) {
            out.wraps.push(out.text.len());
            out.changes.push(out.text.len());
            i += len;
            continue;
        }
        if let Some(mut len) = continuation(&bytes[i..]).filter(|_| opts.escapes) {
            // Inside a word, the next line's indentation goes too, as Java
            // `.properties` read it (`key = 1b6f51d3\` / `    b7d65227`).
            if i > 0 && bytes[i - 1].is_ascii_alphanumeric() {
                len += bytes[i + len..]
                    .iter()
                    .take_while(|&&c| c == b' ' || c == b'\t')
                    .count();
            }
            out.changes.push(out.text.len());
            i += len;
            continue;
        }
        let qp_escape = (qp && bytes[i] == b'=')
            .then(|| quoted_printable::decode(&bytes[i..]))
            .flatten();
        if let Some((None, len)) = qp_escape {
            // A soft line break joins its lines.
            out.changes.push(out.text.len());
            i += len;
            continue;
        }
        let escaped = qp_escape
            .and_then(|(c, len)| Some((c?, len)))
            .or_else(|| {
                (rtf && bytes[i] == b'\\')
                    .then(|| rtf::character(&bytes[i..]))
                    .flatten()
            })
            .or_else(|| escape(&bytes[i..]).filter(|_| opts.escapes));
        let (c, end) = match escaped {
            Some((c, len)) => (c, i + len),
            None => {
                let c = text[i..].chars().next().expect("i is on a char boundary");
                (c, i + c.len_utf8())
            }
        };
        let tag = tag_ascii(c)
            .or_else(|| {
                (end - i == c.len_utf8())
                    .then(|| smuggled(text, i, c))
                    .flatten()
            })
            .filter(|_| opts.invisible);
        // Smuggled text is read apart from the visible word it hides behind
        // (`guide` + `AKIA…` in tag characters).
        let alnum_before = out.text.last().is_some_and(u8::is_ascii_alphanumeric);
        if tag.is_some() != hidden && alnum_before && tag.unwrap_or(c).is_ascii_alphanumeric() {
            out.text.push(b' ');
            out.origin.push((i, end));
        }
        hidden = tag.is_some();
        if opts.invisible && tag.is_none() && invisible(c) {
            out.changes.push(out.text.len());
        } else {
            let folded = tag
                .or_else(|| fold_width(c).filter(|_| opts.full_width))
                .or_else(|| {
                    fold(c)
                        .filter(|_| opts.homoglyphs || (opts.mixed_script && mixed_word(bytes, i)))
                });
            if folded.is_some() || end - i != c.len_utf8() {
                out.changes.push(out.text.len());
            }
            let c = folded.unwrap_or(c);
            let folded = c.encode_utf8(&mut buf).as_bytes();
            out.text.extend_from_slice(folded);
            out.origin
                .extend(std::iter::repeat_n((i, end), folded.len()));
        }
        i = end;
    }
    (!out.changes.is_empty()).then_some(out)
}

/// Runs of base64 (24+ characters) or hex (32+ digits) that decode to
/// mostly printable UTF-8 text: `(start, end, decoded)`. A base64 run
/// continues over a line break after a line of 60+ base64 characters (MIME
/// and PEM wrap at 76 and 64), and what a run decodes to is searched once
/// more (base64 of base64, hex of base64): the nested decodings follow
/// its text, each after a blank line. One pass over the text; only runs
/// long enough to matter are decoded. Lists of character codes (see
/// [`char_codes`]) are read too.
pub(crate) fn encoded_blobs(text: &[u8]) -> Vec<(usize, usize, Vec<u8>)> {
    let mut out = blobs(text, 2);
    let lists = char_codes::lists(text);
    let spelled = hex_bytes::runs(text);
    if !lists.is_empty() || !spelled.is_empty() {
        out.extend(lists);
        out.extend(
            spelled
                .into_iter()
                .map(|(s, e, d)| (s, e, named(text, s, nest_once(d)))),
        );
        out.sort_by_key(|&(s, _, _)| s);
    }
    out
}

/// `d` followed by what its base64 or hex runs decode to, each after a
/// blank line (hex bytes that spell base64).
fn nest_once(mut d: Vec<u8>) -> Vec<u8> {
    for (_, _, inner) in blobs(&d, 1) {
        d.extend_from_slice(b"\n\n");
        d.extend_from_slice(&inner);
    }
    d
}

/// Whether `d` reads as text: valid UTF-8 of 8+ bytes, 90% of it printable
/// or whitespace.
fn textual(d: &[u8]) -> bool {
    d.len() >= 8
        && std::str::from_utf8(d).is_ok_and(|s| {
            let printable = s
                .chars()
                .filter(|c| !c.is_control() || c.is_whitespace())
                .count();
            printable * 10 >= s.chars().count() * 9
        })
}

/// Minimum length of a base64 line that a line break may continue.
const WRAPPED_LINE: usize = 60;

/// Fewest base64 characters (on the first line) of a blob; hex blobs are
/// longer still.
const MIN_RUN: usize = 24;

/// The base32 run `text[start..end]` (RFC 4648's upper-case alphabet, as
/// Python's `base64.b32decode` takes it) with its `=` padding, when it
/// decodes to text: the end after the padding and the decoded bytes.
fn base32(text: &[u8], start: usize, end: usize) -> Option<(usize, Vec<u8>)> {
    let run = &text[start..end];
    if !run
        .iter()
        .all(|&b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
    {
        return None;
    }
    let pad = text[end..]
        .iter()
        .take(6)
        .take_while(|&&b| b == b'=')
        .count();
    let encoding = if pad > 0 {
        &data_encoding::BASE32
    } else {
        &data_encoding::BASE32_NOPAD
    };
    let decoded = encoding.decode(&text[start..end + pad]).ok()?;
    textual(&decoded).then_some((end + pad, decoded))
}

/// `decoded` as `NAME = "decoded"` when its run is the value assigned to a
/// name on its line (`FTP_PASS = base64.b32decode("...")`) and it is one
/// short line: the key name the rules need stands before the value.
fn named(text: &[u8], start: usize, decoded: Vec<u8>) -> Vec<u8> {
    if decoded.len() > 256 || decoded.contains(&b'\n') {
        return decoded;
    }
    let quote = [b'"', b'\''].into_iter().find(|q| !decoded.contains(q));
    match (char_codes::assigned_name(text, start), quote) {
        (Some(name), Some(quote)) => {
            let mut out = name.to_vec();
            out.extend_from_slice(b" = ");
            out.push(quote);
            out.extend_from_slice(&decoded);
            out.push(quote);
            out
        }
        _ => decoded,
    }
}

/// Most bytes a compressed blob is inflated to.
#[cfg(not(target_family = "wasm"))]
const INFLATED_MAX: u64 = 1 << 20;

/// `d` inflated when it is a gzip or zlib stream (`H4sI...` and `eJ...` in
/// base64: a Helm release, a `kubectl` annotation, `... | gzip | base64`),
/// up to [`INFLATED_MAX`] bytes (a bomb is cut, not followed); otherwise
/// `d` itself.
#[cfg(not(target_family = "wasm"))]
fn inflated(d: Vec<u8>) -> Vec<u8> {
    use std::io::Read as _;
    let mut out = Vec::new();
    let read = match d.as_slice() {
        [0x1f, 0x8b, 0x08, ..] => flate2::read::GzDecoder::new(&d[..])
            .take(INFLATED_MAX)
            .read_to_end(&mut out),
        [0x78, 0x01 | 0x5e | 0x9c | 0xda, ..] => flate2::read::ZlibDecoder::new(&d[..])
            .take(INFLATED_MAX)
            .read_to_end(&mut out),
        _ => return d,
    };
    // A stream cut short still gives what it held before the cut.
    match read {
        Ok(_) => out,
        Err(_) if !out.is_empty() => out,
        Err(_) => d,
    }
}

/// The browser module leaves compressed streams alone: inflating them
/// costs 25 KB of its gzipped size, which must stay under 1 MB.
#[cfg(target_family = "wasm")]
fn inflated(d: Vec<u8>) -> Vec<u8> {
    d
}

/// [`encoded_blobs`], decoding nested runs `depth - 1` more levels deep.
fn blobs(text: &[u8], depth: usize) -> Vec<(usize, usize, Vec<u8>)> {
    use base64::Engine as _;
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
    let base64_char = |b: u8| BASE64_CHAR[usize::from(b)];
    let nest = |mut d: Vec<u8>| {
        let inner = if depth > 1 {
            blobs(&d, depth - 1)
        } else {
            Vec::new()
        };
        for (_, _, decoded) in inner {
            d.extend_from_slice(b"\n\n");
            d.extend_from_slice(&decoded);
        }
        d
    };
    let hex_blob = |start: usize, end: usize| {
        let run = &text[start..end];
        (run.len() >= 32 && run.len().is_multiple_of(2))
            .then(|| hex::decode(run).ok().filter(|d| textual(d)))
            .flatten()
            .map(|d| (start, end, named(text, start, nest(d))))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        // A blob starts with a line of MIN_RUN or more base64 characters
        // (a wrapped one with a longer line): probe every MIN_RUN-th byte,
        // since a byte outside the alphabet rules out every run through it.
        let Some(probe) = i.checked_add(MIN_RUN - 1).filter(|&p| p < text.len()) else {
            break;
        };
        if !base64_char(text[probe]) {
            i = probe + 1;
            continue;
        }
        // Back to the run's start; bytes before `i` were already read.
        let lower = i;
        i = probe;
        while i > lower && base64_char(text[i - 1]) {
            i -= 1;
        }
        let (start, mut line_start, mut wrapped) = (i, i, false);
        // A key in ROT13 (`fx_yvir_...`), one line.
        let line_end = i + text[i..].iter().take_while(|&&b| base64_char(b)).count();
        if let Some(d) = (line_end - start >= MIN_RUN)
            .then(|| rot13::decoded(&text[start..line_end]))
            .flatten()
        {
            out.push((start, line_end, d));
            i = line_end;
            continue;
        }
        loop {
            while i < text.len() && base64_char(text[i]) {
                i += 1;
            }
            let brk = match &text[i..] {
                [b'\n', ..] => 1,
                [b'\r', b'\n', ..] => 2,
                _ => 0,
            };
            let continues = brk > 0
                && i - line_start >= WRAPPED_LINE
                && text.get(i + brk).is_some_and(|&b| base64_char(b));
            if !continues {
                break;
            }
            i += brk;
            line_start = i;
            wrapped = true;
        }
        if i - start < MIN_RUN {
            continue;
        }
        let run = &text[start..i];
        if !wrapped && run.iter().all(u8::is_ascii_hexdigit) {
            if let Some(blob) = hex_blob(start, i) {
                out.push(blob);
                continue;
            }
        } else if !wrapped && run.len() >= 32 {
            // Hex inside a longer run (`key_6b65793d...`).
            let mut j = start;
            while j < i {
                let h = j + text[j..i]
                    .iter()
                    .take_while(|b| b.is_ascii_hexdigit())
                    .count();
                out.extend(hex_blob(j, h));
                j = h + 1;
            }
        }
        // Up to two `=` of padding.
        let mut end = i;
        while end < text.len() && end - i < 2 && text[end] == b'=' {
            end += 1;
        }
        let joined;
        let run = if wrapped {
            joined = text[start..end]
                .iter()
                .copied()
                .filter(|b| !matches!(b, b'\n' | b'\r'))
                .collect::<Vec<u8>>();
            &joined[..]
        } else {
            &text[start..end]
        };
        let decoded = [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD]
            .iter()
            .find_map(|e| e.decode(run).ok())
            .map(inflated);
        if let Some(d) = decoded.filter(|d| textual(d)) {
            out.push((start, end, named(text, start, nest(d))));
        } else if let Some((b32_end, d)) = (!wrapped).then(|| base32(text, start, i)).flatten() {
            out.push((start, b32_end, named(text, start, nest(d))));
            end = b32_end;
        }
        i = end;
    }
    out.sort_by_key(|&(s, _, _)| s);
    out
}

impl Normalized {
    /// Normalized byte ranges within [`CHANGE_RADIUS`] of a change, merged:
    /// the only places where the normalized text can match differently.
    pub fn windows(&self) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for &c in &self.changes {
            let (start, end) = (
                c.saturating_sub(CHANGE_RADIUS),
                (c + CHANGE_RADIUS).min(self.text.len()),
            );
            match out.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => out.push((start, end)),
            }
        }
        out
    }

    /// Whether a finding at normalized `[start, end)` is owed to the
    /// normalization rather than to a line join that merely glued the next
    /// line's first word onto its key (`...pr21231a` + `PASS: x` reads as a
    /// key `pr21231aPASS`): a line join counts only inside the value it
    /// completes.
    pub fn keeps(&self, start: usize, end: usize) -> bool {
        let inside = self.changes.partition_point(|&c| c <= start);
        if self.changes.get(inside).is_some_and(|&c| c < end) {
            return true;
        }
        let before = inside.checked_sub(1).map(|i| self.changes[i]);
        before.is_none_or(|c| self.wraps.binary_search(&c).is_err())
    }

    /// The original byte span of normalized span `[start, end)` (folded
    /// expressions reorder bytes: the span covers every one).
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let span = &self.origin[start..end];
        let first = span
            .iter()
            .map(|o| o.0)
            .min()
            .unwrap_or(self.origin[start].0);
        let last = span
            .iter()
            .map(|o| o.1)
            .max()
            .unwrap_or(self.origin[start].1);
        (first, last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_start_reads_back_at_most_max_bytes() {
        let b = b"ab\ncdef";
        assert_eq!(line_start_within(b, 6, 4), Some(3));
        assert_eq!(line_start_within(b, 6, 3), Some(3));
        assert_eq!(line_start_within(b, 6, 2), None);
        assert_eq!(line_start_within(b, 2, 2), Some(0));
        assert_eq!(line_start_within(b, 2, 1), None);
        assert_eq!(line_start_within(b, 0, 0), Some(0));
        // A long line without a line break is not searched to its start.
        let long = [b'x'; 4096];
        assert_eq!(line_start_within(&long, 4000, 128), None);
    }

    #[test]
    fn maps_back_to_original_characters() {
        let text = "key=AKIA\u{200B}QYLP ｍail bоb@exаmple.com";
        let n = normalize(text, &Deobfuscation::all()).unwrap();
        let s = std::str::from_utf8(&n.text).unwrap();
        assert_eq!(s, "key=AKIAQYLP mail bob@example.com");
        let at = s.find("bob@").unwrap();
        let (a, b) = n.original(at, s.len());
        assert_eq!(&text[a..b], "bоb@exаmple.com");
        assert!(normalize("plain ascii and 東京", &Deobfuscation::all()).is_none());
        assert!(normalize(text, &Deobfuscation::none()).is_none());
        let escapes_only = Deobfuscation {
            escapes: true,
            ..Deobfuscation::none()
        };
        assert!(normalize("bоb\u{200B}", &escapes_only).is_none());
        let n = normalize("k%3DAKIA \\u0041B 50% \\x41", &escapes_only).unwrap();
        assert_eq!(std::str::from_utf8(&n.text).unwrap(), "k=AKIA AB 50% A");
        assert_eq!(n.original(0, 2), (0, 4));
    }

    #[test]
    fn fold_tables_match_the_unicode_crates() {
        // build.rs wrote the tables from these functions; this checks every
        // character, so a stale or mis-written table fails here.
        assert_eq!(folds::WIDTH, char_folds::table(char_folds::width));
        assert_eq!(folds::HOMOGLYPH, char_folds::table(char_folds::homoglyph));
        assert_eq!(fold_width('４'), Some('4'));
        assert_eq!(fold_width('\u{3000}'), Some(' '));
        assert_eq!(fold_width('\u{a0}'), Some(' '));
        assert_eq!(fold_width('\u{202f}'), Some(' '));
        assert_eq!(fold_width('\u{2011}'), Some('-'));
        assert_eq!(fold_width('\u{2212}'), Some('-'));
        assert_eq!(fold_width('\u{2013}'), None);
        // Other scripts' decimal digits: Arabic-Indic, Persian, Devanagari, Thai.
        assert_eq!(fold_width('\u{0665}'), Some('5'));
        assert_eq!(fold_width('\u{06F1}'), Some('1'));
        assert_eq!(fold_width('\u{0968}'), Some('2'));
        assert_eq!(fold_width('\u{0E59}'), Some('9'));
        assert_eq!(fold_width('\u{0669}'), Some('9'));
        assert_eq!(fold_width('\u{2028}'), None);
        assert_eq!(fold('а'), Some('a'));
        assert_eq!(fold('a'), None);
    }

    #[test]
    fn reads_smuggled_text_apart_from_its_word() {
        let opts = Deobfuscation::default();
        let text = |t: &str| normalize(t, &opts).map(|n| String::from_utf8(n.text).unwrap());
        let tags: String = "AKIA7"
            .chars()
            .map(|c| char::from_u32(0xE0000 + c as u32).unwrap())
            .collect();
        assert_eq!(text(&format!("guide{tags}\")")).unwrap(), "guide AKIA7\")");
        assert_eq!(text(&format!("{tags}x")).unwrap(), "AKIA7 x");
        // Bytes in variation selectors after an emoji; one selector alone
        // (an emoji's presentation) is dropped.
        let selectors: String = "8:AAQ"
            .bytes()
            .map(|b| char::from_u32(0xE0100 + u32::from(b) - 16).unwrap())
            .collect();
        assert_eq!(
            text(&format!("ok \u{1F680}{selectors}\n")).unwrap(),
            "ok \u{1F680}8:AAQ\n"
        );
        assert_eq!(
            text("ok \u{2764}\u{FE0F} team").unwrap(),
            "ok \u{2764} team"
        );
    }

    #[test]
    fn keeps_a_spaced_assignment_on_its_own_line() {
        // The next line assigns (`name = ...`): no wrap joins it to the key.
        let text = "id = \u{391}KIA2XTCWLZPSI664DU3\nsecret_key = GSSfhyioBJ\n";
        let n = normalize(text, &Deobfuscation::default()).unwrap();
        assert_eq!(
            std::str::from_utf8(&n.text).unwrap(),
            "id = AKIA2XTCWLZPSI664DU3\nsecret_key = GSSfhyioBJ\n"
        );
    }

    #[test]
    fn drops_cdata_markers() {
        let opts = Deobfuscation::default();
        let text = |t: &str| normalize(t, &opts).map(|n| String::from_utf8(n.text).unwrap());
        assert_eq!(
            text("<password><![CDATA[Fg71lPah]]></password>").as_deref(),
            Some("<password>Fg71lPah</password>")
        );
        // A closing marker alone (its opening in an earlier segment).
        assert_eq!(
            text("Fg71lPah]]></password>").as_deref(),
            Some("Fg71lPah</password>")
        );
        assert_eq!(text("a[b[0]]>c and <b>x</b>"), None);
    }

    #[test]
    fn drops_terminal_escapes() {
        let opts = Deobfuscation::default();
        let text = "KEY=\x1b[01;31m\x1b[Ksk_live_\x1b[m\x1b[K4eC39Hq \x1b]8;;file:///x\x07ln\x1b]8;;\x1b\\";
        let n = normalize(text, &opts).unwrap();
        assert_eq!(
            std::str::from_utf8(&n.text).unwrap(),
            "KEY=sk_live_4eC39Hq ln"
        );
        // A lone or unfinished ESC stays.
        assert!(normalize("a\x1b b \x1b[12", &opts).is_none());
    }

    #[test]
    fn does_not_join_the_next_assignment() {
        // `.env` lines: a key's value is complete at the line end when the
        // next line assigns another name.
        let opts = Deobfuscation::default();
        let text =
            "SLACK_BOT_TOKEN=abcDEF123ghiJKL456mnoPQR789\nSLACK_REFRESH=xoxe-1-My0xLTIy\nDEBUG=1\n";
        assert!(
            normalize(text, &opts)
                .is_none_or(|n| n.text.iter().filter(|&&b| b == b'\n').count() == 3)
        );
    }

    #[test]
    fn joins_wrapped_tokens_only() {
        let opts = Deobfuscation::default();
        let n = normalize("key is AKIAYCDYBK\n377OXTZQ6S ok", &opts).unwrap();
        assert_eq!(n.text, b"key is AKIAYCDYBK377OXTZQ6S ok");
        // Prose, short words, and a next line that starts with a key stay.
        assert!(normalize("the end of the\nmonth", &opts).is_none());
        assert!(normalize("pr21231a_x9\nPASS: y", &opts).is_none());
        assert!(normalize("pr21231a_x9\nTest2Case: y", &opts).is_some());
        assert!(normalize("pr21231a_x9\ntest_case2: y", &opts).is_none());
        // A next line that starts with a whole word is a new statement.
        assert!(normalize("PGPASSWORD=Foo1234567x\nexport PGHOST=db", &opts).is_none());
        assert!(normalize("PASSWORD=Walrus_ginger1995\nSECRET = x", &opts).is_none());
        assert!(normalize("Kennwort: Qx7Lm2Rt9Z\nHello there", &opts).is_none());
        // So does a log or chat line that starts with a counted word or a date.
        for next in [
            "user1 logged in",
            "mysql80 restarted",
            "Bob2: thx",
            "2024-05-01 12:00:01 INFO",
            "API-Schlüssel: x",
            "Straße 12",
            "API-Key：x",
            "Sitzungs-Cookie = x",
        ] {
            // (A full-width colon is folded, so only the line break counts.)
            assert!(
                normalize(&format!("password=Perf9SecretValQ7\n{next}"), &opts)
                    .is_none_or(|n| n.text.contains(&b'\n')),
                "{next}"
            );
        }
        // Padded base64 is complete: `Address` is the next line's key.
        assert!(
            normalize(
                "PrivateKey = HxWyYuhSfOtQ8nO9Xsr7yTpQFPSgBLXm+JxkNZPoPQA=\nAddress = x",
                &opts
            )
            .is_none()
        );
        assert!(normalize("QVdTIGtleSBBS0lBUVlMUE1ONUhISEZQ\nWkFNMg==", &opts).is_some());
        // A join that only glues a key together does not count.
        let n = normalize("a pr21231a_x9\nPA55 x", &opts).unwrap();
        let at = n.text.len() - 1;
        assert!(!n.keeps(at, at + 1));
        assert!(n.keeps(2, at));
    }

    #[test]
    fn unfolds_icalendar_and_vcard_lines() {
        let opts = Deobfuscation::default();
        let first = format!(
            "DESCRIPTION:Join\\nhttps://zoom.us/j/90774532946?pwd={}",
            "y".repeat(23)
        );
        assert_eq!(first.len(), 75);
        let text = format!("{first}\r\n P0pMM5LB\r\nUID:1");
        let n = normalize(&text, &opts).unwrap();
        assert_eq!(n.text, format!("{first}P0pMM5LB\r\nUID:1").as_bytes());
        // Indented prose and list items of 75 bytes are no fold.
        let item = format!(" - !1418 {}", "x".repeat(66));
        assert!(normalize(&format!("Copyright:\n{item}\n <a@b.c>"), &opts).is_none());
        assert!(normalize(&format!("{item}\n - !1422 glib"), &opts).is_none());
        // A vCard group before the property.
        let email = format!("item1.EMAIL;TYPE=INTERNET:{}", "y".repeat(49));
        assert!(normalize(&format!("{email}\n z"), &opts).is_some());
        // A short line, two spaces or a blank next line is no fold.
        assert!(normalize("SUMMARY:Partner demo\n Kd", &opts).is_none());
        assert!(normalize(&format!("{first}\n  indented"), &opts).is_none());
        // No segment ends on a folded line: the whole fold is in one.
        let long = format!("{}\n{first}\n P0pMM5LB x", "word ".repeat(50));
        let cut = segment_len(long.as_bytes(), true).unwrap();
        assert!(cut > long.find("P0pMM5LB").unwrap(), "{cut}");
        // A stream waits for the line after a line of fold length.
        let open = format!("{}\n{first}", "word ".repeat(50));
        assert_eq!(segment_len(open.as_bytes(), false), None);
    }

    #[test]
    fn leaves_pem_and_mime_lines_apart() {
        let opts = Deobfuscation::default();
        let line = "MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6Z1aQ4ZpbqgQkQ7cGz1c2wU2U";
        assert_eq!(line.len(), 64);
        for indent in ["", "    "] {
            let body = format!("{indent}{line}\n{indent}JmQ1CY2s4r9ZfF0w3JqN6Yk8vLpT\n");
            assert!(normalize(&body, &opts).is_none(), "{indent:?}");
        }
        // A 63-character word, or one after other words, is still joined.
        assert!(normalize(&format!("{}\nJmQ1CY2s4r9Z", &line[1..]), &opts).is_some());
        assert!(normalize(&format!("key: {line}\nJmQ1CY2s4r9Z"), &opts).is_some());
        // A zero-width space inside a key line neither joins it to the next
        // line nor ends a de-obfuscation segment there.
        let zw = format!("{}\u{200B}{}", &line[..62], &line[62..]);
        let n = normalize(&format!("{zw}\nJmQ1CY2s4r9ZfF0w3JqN6Yk8vLpT\n"), &opts).unwrap();
        assert_eq!(
            n.text,
            format!("{line}\nJmQ1CY2s4r9ZfF0w3JqN6Yk8vLpT\n").as_bytes()
        );
        let head = format!("{line}\n").repeat(4);
        assert!(head.len() > SEGMENT_MIN);
        let text = format!("{head}{zw}\n{line}\nend of the key\n");
        let end = head.len() + zw.len() + 1 + line.len() + 1;
        assert!(segment_len(text.as_bytes(), true).unwrap() > end);
        // Nor does the space inside an END line, or the line break after a
        // short last line of the body.
        let escaped = format!("{}\\n", line.repeat(5));
        for last in ["", "mcNfA==\n", "  JmQ1CY2s4r9ZfF0w3JqN\r\n", &escaped] {
            let text = format!("{head}{last}-----END RSA PRIVATE KEY-----\nok then\n");
            assert!(
                segment_len(text.as_bytes(), true).unwrap() > text.len() - 9,
                "{last:?}"
            );
        }
    }

    #[test]
    fn decodes_shell_and_powershell_dollars() {
        let opts = Deobfuscation::default();
        let n = normalize(r#"export H="\$2b\$12\$abc""#, &opts).unwrap();
        assert_eq!(n.text, br#"export H="$2b$12$abc""#);
        let n = normalize(r#"$env:H = "`$6`$rounds""#, &opts).unwrap();
        assert_eq!(n.text, br#"$env:H = "$6$rounds""#);
        // A backtick before anything else stays (Markdown code spans).
        assert!(normalize("run `make` now", &opts).is_none());
    }

    #[test]
    fn joins_literal_lists_templates_and_ansi_c_quotes() {
        let opts = Deobfuscation::default();
        let text = |t: &str| normalize(t, &opts).map(|n| String::from_utf8(n.text).unwrap());
        assert_eq!(
            text("k = ['sk_live_', 'wrpb6Pxp4a'].join('')").as_deref(),
            Some("k = 'sk_live_wrpb6Pxp4a'")
        );
        assert_eq!(
            text("k = [\"sk_live_\", pad, \"wrpb6Pxp4a\"].join('')").as_deref(),
            None
        );
        assert_eq!(
            text("concat!(\"ghp_\",\n    \"3i5kxJhpxM\")").as_deref(),
            Some("concat!(\"ghp_3i5kxJhpxM\")")
        );
        // Literals side by side: the shell's, C's and Python's.
        assert_eq!(
            text("export K='A3T0ABCDEFGHIJKLMNOP''ded7db27a4558e'").as_deref(),
            Some("export K='A3T0ABCDEFGHIJKLMNOPded7db27a4558e'")
        );
        assert_eq!(
            text("key = \"Zk29fjqLm83n\"  \"Hs7Pq2Lr9Vx4\"").as_deref(),
            Some("key = \"Zk29fjqLm83nHs7Pq2Lr9Vx4\"")
        );
        // Prefixed: Python's bytes and raw strings, C's wide strings.
        assert_eq!(
            text("key = b\"Zk29fjqLm83n\" rb\"Hs7Pq2Lr9Vx4\"").as_deref(),
            Some("key = b\"Zk29fjqLm83nHs7Pq2Lr9Vx4\"")
        );
        assert_eq!(
            text("k = L\"AKIAQYLP\" u8\"MN5HHHFPZAM2\"").as_deref(),
            Some("k = L\"AKIAQYLPMN5HHHFPZAM2\"")
        );
        // Words, a JSON object's entries, long or spaced pieces stay apart.
        for t in [
            "echo 'one' 'two'",
            "WHERE name = 'O''Brien'",
            "print(\"Name\" \"Age\")",
            "args = 'a_b' 'c d'",
            "K=\"Zk29fjqLm83n\" 'Hs7Pq2Lr9Vx4'",
            "x = \"Zk29fjqLm83n\" if \"Hs7Pq2Lr9Vx4\"",
            "x = b\"hello\" b\"world\"",
            r#"["user", "password"]"#,
            r#"{"id": "au_tfn", "text": "876"}"#,
            r#"{"kind": "a_b", "x_y1": 2}"#,
            r#"f("a b_1", "c_d2")"#,
        ] {
            assert_eq!(text(t), None, "{t}");
        }
        // Haskell `<>`, Raku `~`, Visual Basic `&`, OCaml `^`.
        for op in ["<>", "~", "&", "^", "++"] {
            assert_eq!(
                text(&format!("k = \"sk-ant-\" {op} \"api03-Zx9\"")).as_deref(),
                Some("k = \"sk-ant-api03-Zx9\""),
                "{op}"
            );
        }
        assert_eq!(
            text("const k = `sk_live_${\"6kbQx\"}`;").as_deref(),
            Some("const k = `sk_live_6kbQx`;")
        );
        assert_eq!(
            text("t = `${'xoxb'}-${'6170'}`").as_deref(),
            Some("t = `xoxb-6170`")
        );
        assert_eq!(text("s = `${name}`"), None);
        assert_eq!(
            text("$k = 'sk_live_' . '51R08U';").as_deref(),
            Some("$k = 'sk_live_51R08U';")
        );
        assert_eq!(
            text("local t = \"glpat-\" .. \"PuhGtg66VW\"").as_deref(),
            Some("local t = \"glpat-PuhGtg66VW\"")
        );
        assert_eq!(
            text("SET value = 'xoxb-' || '3553501'").as_deref(),
            Some("SET value = 'xoxb-3553501'")
        );
        assert_eq!(
            text(r"export P=$'ltOr\x21Kj'").as_deref(),
            Some("export P='ltOr!Kj'")
        );
        assert_eq!(
            text("KEY =\n    \"zAnLe2\"\n    \"UijF50\";").as_deref(),
            Some("KEY =\"zAnLe2UijF50\";")
        );
        // A comparison, or an `=` line followed by code, is no assignment.
        assert_eq!(text("if a ==\n    'b': pass"), None);
        assert_eq!(text("x =\n    y"), None);
        let n = normalize("k = ['sk_live_', 'wrpb6']", &opts).unwrap();
        let at = n.text.iter().position(|&b| b == b'w').unwrap();
        assert_eq!(n.original(at - 8, at + 5), (6, 23));
    }

    #[test]
    fn finds_encoded_runs() {
        let blob = "QVdTIGtleSBBS0lBUVlMUE1ONUhISEZQWkFNMg=="; // "AWS key AKIAQYLPMN5HHHFPZAM2"
        let text = format!("x {blob} y 6b65793d414b494151594c504d4e3548484846505a414d32");
        let found = encoded_blobs(text.as_bytes());
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[0].0..found[0].1], blob);
        assert_eq!(found[0].2, b"AWS key AKIAQYLPMN5HHHFPZAM2");
        assert_eq!(found[1].2, b"key=AKIAQYLPMN5HHHFPZAM2");
        assert!(encoded_blobs(b"ordinary_identifier_names_are_not_base64_text").is_empty());
    }

    #[test]
    fn inflates_compressed_runs() {
        // `printf ... | gzip | base64` and zlib's `eJ...`.
        let gzip = "H4sIAAAAAAACA0utKMgvKlEIDgnyDHCN93aNtC3Ojs/JLEuNNzX0KLSI8sk1qggpDDIvC08y9EuOtCjwKDZxyXI3S3Qt5QIA7J3tlzwAAAA=";
        let found = encoded_blobs(format!("echo {gzip} | base64 -d | gunzip").as_bytes());
        assert_eq!(
            found[0].2,
            b"export STRIPE_KEY=sk_live_51Hq8ZLm2xTqR7vWb1NcY8pHs4DjG6aEu\n"
        );
        let zlib = "eJxLSYovSCwuLs8vSlGwVVAKLDNXLvDJNaoI0i0pzUspSlTiAgDRdAtl";
        assert_eq!(
            encoded_blobs(zlib.as_bytes())[0].2,
            b"db_password = \"Qv7#pLm2xR-tundra\"\n"
        );
        // A stream cut short gives what it held before the cut; a gzip
        // header alone is not text.
        use base64::Engine as _;
        let whole = base64::engine::general_purpose::STANDARD
            .decode(gzip)
            .unwrap();
        let text = inflated(whole.clone());
        for cut in [8, 20] {
            let held = inflated(whole[..whole.len() - cut].to_vec());
            assert!(!held.is_empty() && text.starts_with(&held), "{cut}");
            assert!(held.len() < text.len() || cut == 8, "{cut}");
        }
        assert_eq!(inflated(whole[..10].to_vec()), whole[..10]);
        assert!(encoded_blobs(&gzip.as_bytes()[..16]).is_empty());
    }

    #[test]
    fn finds_runs_wherever_the_probe_lands() {
        // The run scan probes every 24th byte: a blob is found at every
        // offset, after words of any length, glued to a previous blob's
        // padding, and at the shortest length (24 characters).
        let blob = "QVdTIGtleSBBS0lBUVlMUE1ONUhISEZQWkFNMg==";
        let short = "c2VjcmV0IHZhbHVlIGhlcmUh"; // "secret value here!"
        for lead in 0..60 {
            let pad = "ab cd".repeat(12);
            for (text, expected) in [
                (format!("{} {blob} tail", &pad[..lead]), vec![blob]),
                (format!("{} {short}", &pad[..lead]), vec![short]),
                (format!("{}.{blob}{short}", &pad[..lead]), vec![blob, short]),
            ] {
                let found = encoded_blobs(text.as_bytes());
                let spans: Vec<&str> = found.iter().map(|f| &text[f.0..f.1]).collect();
                assert_eq!(spans, expected, "{lead}: {text}");
            }
        }
        assert_eq!(
            encoded_blobs(b"c2VjcmV0IHZhbHVlIGhlcmUh")[0].2,
            b"secret value here!"
        );
        // 23 characters: too short to be a blob.
        assert!(encoded_blobs(b"c2VjcmV0IHZhbHVlIGhlcg==").is_empty());
    }
}
