//! Constant folding of string expressions built only from literals, the
//! ways code hides a key from `grep`:
//! - empty-separator joins: `''.join(['ghp_', '…'])`, `['sk_', '…'].join('')`;
//! - format strings: `"ghp_%s%s" % ("…", "…")`, `"{}{}".format("…", "…")`,
//!   `fmt.Sprintf("postgres://%s:%s@%s", "app", "…", "db")`,
//!   `String.format(…)`, shell `printf '%s%s' '…' '…'`;
//! - reversals: `"…".split("").reverse().join("")`, `"…"[::-1]`.
//!
//! Each folds to one quoted literal, scanned in place of the expression.
//! An argument that is not a literal (a variable, a call) leaves the
//! expression as written.

/// Longest literal read, in bytes.
const MAX_LITERAL: usize = 256;
/// Most items in a folded list or argument list.
const MAX_ITEMS: usize = 16;

/// An expression folded to one literal.
pub(super) struct Folded {
    /// Where the expression starts in the text (at or before the quote
    /// that [`at`] was given).
    pub start: usize,
    /// Where it ends.
    pub end: usize,
    /// The quote the folded literal is written with.
    pub quote: u8,
    /// Original byte offsets of the folded literal's characters, in order.
    pub bytes: Vec<usize>,
}

/// A literal at `b[at..]`: its quote, content range and the offset after it.
fn literal(b: &[u8], at: usize) -> Option<(u8, usize, usize, usize)> {
    let quote = *b.get(at).filter(|q| matches!(q, b'"' | b'\'' | b'`'))?;
    let body = &b[at + 1..b.len().min(at + 2 + MAX_LITERAL)];
    let len = body.iter().position(|&c| c == quote)?;
    let content = &body[..len];
    // Escapes, template substitutions, line breaks and non-ASCII text
    // (a reversal would split its characters) are not folded.
    (!content.iter().any(|&c| {
        !c.is_ascii() || matches!(c, b'\\' | b'\n' | b'\r') || (quote == b'`' && c == b'$')
    }))
    .then_some((quote, at + 1, at + 1 + len, at + len + 2))
}

fn skip_spaces(b: &[u8], mut at: usize, newlines: bool) -> usize {
    while at < b.len()
        && (matches!(b[at], b' ' | b'\t') || newlines && matches!(b[at], b'\n' | b'\r'))
    {
        at += 1;
    }
    at
}

/// `b[at..]` starts with `word` (after spaces): the offset after it.
fn expect(b: &[u8], at: usize, word: &[u8]) -> Option<usize> {
    let at = skip_spaces(b, at, false);
    b[at..].starts_with(word).then_some(at + word.len())
}

/// An empty literal (`''`, `""`) at `b[at..]` after spaces: the offset after it.
fn empty_literal(b: &[u8], at: usize) -> Option<usize> {
    let at = skip_spaces(b, at, false);
    match b.get(at..at + 2)? {
        [q, r] if q == r && matches!(q, b'"' | b'\'') => Some(at + 2),
        _ => None,
    }
}

/// Literals separated by `sep` (spaces and line breaks around it; a
/// trailing separator allowed) and ended by `close`, or, with `sep` a
/// space and `close` 0, shell words ended by anything else. The content
/// ranges and the offset after the closing byte (after the last word).
fn literals(b: &[u8], mut at: usize, sep: u8, close: u8) -> Option<(Vec<(usize, usize)>, usize)> {
    let shell = close == 0;
    let mut items = Vec::new();
    loop {
        at = skip_spaces(b, at, !shell);
        if !shell && b.get(at) == Some(&close) {
            return (!items.is_empty()).then_some((items, at + 1));
        }
        if items.len() == MAX_ITEMS {
            return None;
        }
        // A bytes or raw prefix (`b'…'`, `r"…"`).
        if !shell
            && matches!(b.get(at), Some(b'b' | b'r'))
            && matches!(b.get(at + 1), Some(b'"' | b'\''))
        {
            at += 1;
        }
        let Some((_, s, e, next)) = literal(b, at) else {
            return (shell && !items.is_empty()).then_some((items, at));
        };
        items.push((s, e));
        if shell {
            if b.get(next) != Some(&sep) {
                return Some((items, next));
            }
            at = next;
            continue;
        }
        at = skip_spaces(b, next, true);
        match b.get(at) {
            Some(&c) if c == sep => at += 1,
            Some(&c) if c == close => {}
            _ => return None,
        }
    }
}

/// The format string `b[s..e]` with each placeholder (`%s`, `%v`, `{}`,
/// `{0}`..`{9}`) replaced by its argument; `%%`, `{{`, `}}` unescaped.
/// `None` when a placeholder has no argument, an argument is left over,
/// or another conversion (`%d`, `{:>8}`) appears.
fn substitute(b: &[u8], (s, e): (usize, usize), args: &[(usize, usize)]) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    let (mut i, mut next, mut used) = (s, 0, vec![false; args.len()]);
    let mut take = |n: usize, out: &mut Vec<usize>| -> Option<()> {
        let (a, z) = *args.get(n)?;
        used[n] = true;
        out.extend(a..z);
        Some(())
    };
    while i < e {
        match &b[i..e] {
            [b'%', b'%', ..] | [b'{', b'{', ..] | [b'}', b'}', ..] => {
                out.push(i);
                i += 2;
            }
            [b'%', b's' | b'v', ..] | [b'{', b'}', ..] => {
                take(next, &mut out)?;
                next += 1;
                i += 2;
            }
            [b'{', d @ b'0'..=b'9', b'}', ..] => {
                take(usize::from(d - b'0'), &mut out)?;
                i += 3;
            }
            [b'%', ..] | [b'{', ..] => return None,
            _ => {
                out.push(i);
                i += 1;
            }
        }
    }
    used.iter().all(|&u| u).then_some(out)
}

/// Whether `b[..at]` ends with a call of a printf-like function and its
/// `(` (`fmt.Sprintf(`, `String.format(`, `util.format(`, `sprintf(`).
fn printf_call(b: &[u8], at: usize) -> bool {
    let before = b[..at].trim_ascii_end();
    let Some(before) = before.strip_suffix(b"(") else {
        return false;
    };
    let name_start = before
        .iter()
        .rposition(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
        .map_or(0, |p| p + 1);
    matches!(
        &before[name_start..],
        b"Sprintf" | b"sprintf" | b"format" | b"Format" | b"printf" | b"Printf"
    )
}

/// Whether `b[..at]` ends with a shell `printf ` command word.
fn shell_printf(b: &[u8], at: usize) -> bool {
    let Some(before) = b[..at].strip_suffix(b" ") else {
        return false;
    };
    before.ends_with(b"printf")
        && before
            .len()
            .checked_sub(7)
            .is_none_or(|p| !(before[p].is_ascii_alphanumeric() || before[p] == b'_'))
}

/// Functions that decode their one literal argument (hex, base64,
/// base32): `bytes.fromhex`, `binascii.unhexlify`, `base64.b64decode`,
/// `atob`, Go's `hex.DecodeString`, Java's `Hex.decodeHex`, C#'s
/// `Convert.FromBase64String`, Ruby's `Base64.decode64`, PHP's
/// `hex2bin`/`base64_decode`, Rust's `hex::decode`.
const DECODERS: &[&[u8]] = &[
    b"fromhex",
    b"unhexlify",
    b"a2b_hex",
    b"b64decode",
    b"b32decode",
    b"urlsafe_b64decode",
    b"standard_b64decode",
    b"atob",
    b"DecodeString",
    b"decodeHex",
    b"parseHexBinary",
    b"FromBase64String",
    b"FromHexString",
    b"decode64",
    b"strict_decode64",
    b"urlsafe_decode64",
    b"hex2bin",
    b"base64_decode",
    b"decode",
];

/// A call of one of [`DECODERS`] (or `Buffer.from(…, "hex"|"base64")`)
/// whose argument is the literal `b[at..next]`: the offset where the call
/// (with its receiver, `base64.b64decode`) starts and the offset after its
/// `)`. Decoding hides the value from nothing but the rules' key names:
/// `AES_KEY = bytes.fromhex("1e87…")` reads as `AES_KEY = "1e87…"`.
fn decode_call(b: &[u8], at: usize, next: usize) -> Option<(usize, usize)> {
    let before = b[..at]
        .trim_ascii_end()
        .strip_suffix(b"(")?
        .trim_ascii_end();
    let chain = |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b':');
    let start = before.iter().rposition(|c| !chain(c)).map_or(0, |p| p + 1);
    let call = &before[start..];
    let name_start = call
        .iter()
        .rposition(|c| matches!(c, b'.' | b':'))
        .map_or(0, |p| p + 1);
    let name = &call[name_start..];
    let end = if call.ends_with(b"Buffer.from") {
        let p = expect(b, next, b",")?;
        let (_, s, e, after) = literal(b, skip_spaces(b, p, false))?;
        if !matches!(&b[s..e], b"hex" | b"base64" | b"base64url") {
            return None;
        }
        expect(b, after, b")")?
    } else {
        // A bare `decode(` is too common a name: only `hex::decode` and
        // `hex.decode`.
        let known = DECODERS.contains(&name)
            && (name != b"decode"
                || call.ends_with(b"hex::decode")
                || call.ends_with(b"hex.decode"));
        if !known {
            return None;
        }
        expect(b, next, b")")?
    };
    Some((start, end))
}

/// The expression folded at the quote `b[at]`, if one starts there.
pub(super) fn at(b: &[u8], at: usize) -> Option<Folded> {
    let (quote, s, e, next) = literal(b, at)?;
    // Every form has a `[` or `(` before the literal, a shell `printf`, or
    // a `.`, `%` or `[` after it.
    let lead = matches!(
        b[..at].iter().rev().find(|c| !c.is_ascii_whitespace()),
        Some(b'[' | b'(')
    ) || shell_printf(b, at);
    let after = b[next..].iter().find(|&&c| c != b' ' && c != b'\t');
    if !lead && !matches!(after, Some(b'.' | b'%' | b'[')) {
        return None;
    }
    let whole = |start: usize, end: usize, bytes: Vec<usize>| {
        (!bytes.is_empty()).then_some(Folded {
            start,
            end,
            quote,
            bytes,
        })
    };
    let pieces = |items: &[(usize, usize)]| items.iter().flat_map(|&(a, z)| a..z).collect();
    // `bytes.fromhex("…")`: the literal, read where the call stands.
    if s < e
        && let Some((start, end)) = decode_call(b, at, next)
    {
        return whole(start, end, (s..e).collect());
    }
    // `''.join([...])`, `"".join((...))`.
    if s == e {
        let after = expect(b, next, b".join(")?;
        let open = skip_spaces(b, after, true);
        let close = match b.get(open)? {
            b'[' => b']',
            b'(' => b')',
            _ => return None,
        };
        let (items, end) = literals(b, open + 1, b',', close)?;
        let end = expect(b, end, b")")?;
        return whole(at, end, pieces(&items));
    }
    // `["…", "…"].join("")`: the list starts before this literal.
    let open = b[..at].iter().rposition(|c| !c.is_ascii_whitespace());
    if let Some(open) = open.filter(|&o| b[o] == b'[')
        && let Some((items, end)) = literals(b, open + 1, b',', b']')
        && let Some(end) = expect(b, end, b".join(").and_then(|j| empty_literal(b, j))
    {
        let end = expect(b, end, b")")?;
        return whole(open, end, pieces(&items));
    }
    // `"…".split("").reverse().join("")`, `"…"[::-1]`.
    let reversed = expect(b, next, b".split(")
        .and_then(|p| empty_literal(b, p))
        .and_then(|p| expect(b, p, b").reverse().join("))
        .and_then(|p| empty_literal(b, p))
        .and_then(|p| expect(b, p, b")"))
        .or_else(|| expect(b, next, b"[::-1]"));
    if let Some(end) = reversed {
        return whole(at, end, (s..e).rev().collect());
    }
    // `"fmt" % (…)`, `"fmt" % "…"`.
    if let Some(p) = expect(b, next, b"%") {
        let p = skip_spaces(b, p, false);
        let (args, end) = if b.get(p) == Some(&b'(') {
            literals(b, p + 1, b',', b')')?
        } else {
            let (_, a, z, end) = literal(b, p)?;
            (vec![(a, z)], end)
        };
        return whole(at, end, substitute(b, (s, e), &args)?);
    }
    // `"fmt".format(…)`.
    if let Some(p) = expect(b, next, b".format(") {
        let (args, end) = literals(b, p, b',', b')')?;
        return whole(at, end, substitute(b, (s, e), &args)?);
    }
    // `Sprintf("fmt", …)`.
    if printf_call(b, at) {
        let p = expect(b, next, b",")?;
        let (args, end) = literals(b, p, b',', b')')?;
        return whole(at, end, substitute(b, (s, e), &args)?);
    }
    // `printf '%s%s' '…' '…'`; a command substitution of it
    // (`PASS=$(printf …)`) is the literal itself.
    if shell_printf(b, at) && b.get(next) == Some(&b' ') {
        let (args, end) = literals(b, next, b' ', 0)?;
        let bytes = substitute(b, (s, e), &args)?;
        let word = at - b"printf ".len();
        return match b[..word].strip_suffix(b"$(") {
            Some(open) if b.get(end) == Some(&b')') => whole(open.len(), end + 1, bytes),
            _ => whole(at, end, bytes),
        };
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(text: &str) -> Option<String> {
        let b = text.as_bytes();
        let q = b.iter().position(|c| matches!(c, b'"' | b'\''))?;
        // The first quote, or for `[…].join` lists the first item's.
        let f = at(b, q)?;
        Some(String::from_utf8(f.bytes.iter().map(|&i| b[i]).collect()).unwrap())
    }

    #[test]
    fn folds_joins_formats_and_reversals() {
        for (text, folded) in [
            ("k = ''.join(['K5zEb2', 's8Jvo'])", "K5zEb2s8Jvo"),
            ("k = \"\".join((\n  'ab1',\n  'cd2',\n))", "ab1cd2"),
            ("k = ['sk_', 'live_', '4eC3'].join('')", "sk_live_4eC3"),
            ("t = \"ghp_%s%s\" % (\"QYeK\", \"Nhd1\")", "ghp_QYeKNhd1"),
            ("t = 'ghp_%s' % 'QYeK'", "ghp_QYeK"),
            ("t = '{}-{}'.format('xoxb', '6170')", "xoxb-6170"),
            ("t = '{1}{0}'.format('b2', 'a1')", "a1b2"),
            (
                "dsn := fmt.Sprintf(\"postgres://%s:%s@%s\", \"app\", \"pw=1\", \"db\")",
                "postgres://app:pw=1@db",
            ),
            ("P=$(printf '%s%s' 'bQGs' '8oDI!')", "bQGs8oDI!"),
            ("printf '%s%s' 'bQGs' '8oDI!' > .pw", "bQGs8oDI!"),
            ("k = \"cba\".split(\"\").reverse().join(\"\");", "abc"),
            ("k = 'cba'[::-1]", "abc"),
            ("s = '100%% %s' % ('sure',)", "100% sure"),
            ("K = bytes.fromhex(\"1e87c0b1\")", "1e87c0b1"),
            ("P = base64.b32decode(\"JRPTG5TX\").decode()", "JRPTG5TX"),
            ("k := hex::decode(\"6b65\")", "6b65"),
            ("const k = Buffer.from('c2stbGl2', 'base64')", "c2stbGl2"),
        ] {
            assert_eq!(fold(text).as_deref(), Some(folded), "{text}");
        }
    }

    #[test]
    fn leaves_expressions_with_variables_or_other_conversions() {
        for text in [
            "''.join([a, 'b'])",
            "\"%s:%s\" % (user, 'pw')",
            "\"%d items\" % ('3',)",
            "\"{:>8}\".format('x')",
            "\"%s %s\" % ('only one',)",
            "fmt.Sprintf(\"%s\", name)",
            "print('%s' , 'x')",
            "', '.join(['a', 'b'])",
            "printf '%s\\n' \"$x\"",
            "s = text.decode('utf-8')",
            "b = Buffer.from('hello', 'utf8')",
            "k = bytes.fromhex(h + '00')",
        ] {
            assert_eq!(fold(text), None, "{text}");
        }
    }
}
