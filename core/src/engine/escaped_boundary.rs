//! Escaped line breaks and tabs count as boundaries.
//!
//! Prompts and completions are persisted as JSON strings and Python
//! reprs, where a line break is the two characters `\n`. A rule that wants
//! a boundary before its value (`(?:^|[^A-Za-z0-9])AKIA...`, `\bAIza...`)
//! then sees the `n` glued to the value and misses it (`"key:\nAKIA..."`),
//! or takes the `n` into it (`\njohn@x.io` redacted as `\[EMAIL]`, which
//! breaks the JSON escape). When a rule is compiled, each such boundary
//! also accepts `\n`, `\r` or `\t` written as two characters, tried first,
//! so the value starts after the escape.

use std::borrow::Cow;

/// An escaped line break or tab, case-sensitive even under `(?i)`.
const ESCAPE: &str = r"\\(?-i:[nrt])";

/// `pattern` with its leading boundaries extended to accept an escaped
/// line break or tab:
/// - `(?:^|[^CLASS])` (or `(?:^|[^CLASS]|...)`) anywhere becomes
///   `(?:^|\\[nrt]|[^CLASS])`, unless the class already excludes `\` (the
///   author kept backslashes out);
/// - `\b` at the start of the pattern (after its flags) or right before
///   the value group becomes `(?:\\[nrt]|\b)`.
pub(crate) fn escape_aware(pattern: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut rest = pattern;
    // Flags at the start, e.g. `(?i)`.
    if let Some(end) = flags_len(rest) {
        out.push_str(&rest[..end]);
        rest = &rest[end..];
    }
    if let Some(after) = rest.strip_prefix(r"\b") {
        out.push_str(&format!("(?:{ESCAPE}|\\b)"));
        rest = after;
    }
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("(?:^|[^")
            && let Some(close) = class_end(after).filter(|&c| !after[..c].contains(r"\\"))
            && (after[close..].starts_with("])") || after[close..].starts_with("]|"))
        {
            out.push_str(&format!("(?:^|{ESCAPE}|[^{}]", &after[..close]));
            rest = &after[close + 1..];
            continue;
        }
        if let Some(after) = rest.strip_prefix(r"\b(?P<value") {
            out.push_str(&format!("(?:{ESCAPE}|\\b)(?P<value"));
            rest = after;
            continue;
        }
        // Copy one character, or an escape pair whole (`\\`, `\(`).
        let len = match rest.as_bytes() {
            [b'\\', _, ..] => 1 + rest[1..].chars().next().map_or(0, char::len_utf8),
            _ => rest.chars().next().map_or(1, char::len_utf8),
        };
        out.push_str(&rest[..len]);
        rest = &rest[len..];
    }
    if out == pattern {
        Cow::Borrowed(pattern)
    } else {
        Cow::Owned(out)
    }
}

/// Length of an inline flag group at the start (`(?i)`, `(?is)`).
fn flags_len(p: &str) -> Option<usize> {
    let body = p.strip_prefix("(?")?;
    let end = body.find(')')?;
    body[..end]
        .bytes()
        .all(|b| b.is_ascii_alphabetic() || b == b'-')
        .then_some(end + 3)
}

/// Offset of the `]` that closes a class body starting at `s[0]` (after
/// its `[^`), skipping escaped characters; a nested `[` gives up.
fn class_end(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'[' => return None,
            b']' if i > 0 => return Some(i),
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_boundaries_accept_escaped_breaks() {
        assert_eq!(
            escape_aware(r"(?:^|[^A-Za-z0-9])(?P<value>AKIA[A-Z2-7]{16})(?:[^A-Za-z0-9]|$)"),
            r"(?:^|\\(?-i:[nrt])|[^A-Za-z0-9])(?P<value>AKIA[A-Z2-7]{16})(?:[^A-Za-z0-9]|$)"
        );
        assert_eq!(
            escape_aware(r"(?:^|[^A-Za-z0-9]|mailto:)(?P<value>x{4})"),
            r"(?:^|\\(?-i:[nrt])|[^A-Za-z0-9]|mailto:)(?P<value>x{4})"
        );
        assert_eq!(
            escape_aware(r"(?i)\bAuthorization\s{0,2}Basic"),
            r"(?i)(?:\\(?-i:[nrt])|\b)Authorization\s{0,2}Basic"
        );
        assert_eq!(
            escape_aware(r"\b(?P<value>[0-9]{9})\b"),
            r"(?:\\(?-i:[nrt])|\b)(?P<value>[0-9]{9})\b"
        );
        // A class that keeps backslashes out, a positive class, a `\b`
        // in the middle and escaped characters stay as written.
        for kept in [
            r"(?:^|[^A-Za-z0-9\\])(?P<value>x{4})",
            r"(?:^|[\s>=:])(?P<value>x{4})",
            r"key\s\bword(?P<value>x{4})",
            r"\\b(?P<value>x)",
        ] {
            assert!(matches!(escape_aware(kept), Cow::Borrowed(_)), "{kept}");
        }
    }
}
