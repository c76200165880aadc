//! Recurrences: a secret found once is redacted wherever its exact value
//! recurs later in the same text (a password `getenv` returned, printed
//! again by `ltrace` inside `strcmp`; a token pasted, then quoted back).
//!
//! Forward only, so a stream holds back no more than the longest value it
//! remembers. The value of each resolved secret cluster (pattern rules
//! only; the classifier's and a call's deny terms are not remembered) is
//! remembered in text order if it is distinctive (see [`distinctive`]),
//! at most [`MAX_VALUES`] of them. Overlapping recurrences of one value form one
//! run (closed once it passes [`MAX_RUN`] bytes), so runs are the same
//! however a stream is chunked. Each recurrence carries its first
//! finding's rule, confidence and operator; the recurrences are then
//! resolved with the clusters (see [`crate::resolve`]).

use aho_corasick::AhoCorasick;

use crate::engine::Detection;
use crate::error::{ErrorKind, Result};
use crate::rules::Category;
use crate::scanner::Inner;

/// Most values remembered per call or stream.
pub(crate) const MAX_VALUES: usize = 256;
/// Shortest value remembered, in bytes (shorter ones recur by chance).
pub(crate) const MIN_LEN: usize = 8;
/// Longest value remembered, in bytes (a stream holds this much back).
pub(crate) const MAX_LEN: usize = 1024;
/// A run of overlapping recurrences closes once it is this long.
const MAX_RUN: usize = 1 << 20;

/// One remembered value.
struct Value {
    bytes: Vec<u8>,
    /// The cluster it came from (recurrences copy its rule and confidence).
    origin: Detection,
    /// Absolute end of the text searched for it so far.
    searched_to: usize,
    /// The run of overlapping recurrences still open: (start, end).
    open: Option<(usize, usize)>,
}

/// The remembered values of one call or stream.
#[derive(Default)]
pub(crate) struct Recurrences {
    values: Vec<Value>,
    automaton: Option<AhoCorasick>,
    longest: usize,
}

impl Recurrences {
    /// Remembers the value of each secret cluster in `clusters` (sorted by
    /// start, resolved) not remembered yet; `bytes` holds the text from
    /// absolute offset `base`.
    pub(crate) fn remember(
        &mut self,
        inner: &Inner,
        clusters: &[Detection],
        bytes: &[u8],
        base: usize,
    ) -> Result<()> {
        let mut added = false;
        for c in clusters {
            if self.values.len() >= MAX_VALUES {
                break;
            }
            let is_secret = c.rule < inner.engine.rules.len()
                && inner.engine.rules[c.rule].rule.category == Category::Secret;
            let Some(value) = c
                .start
                .checked_sub(base)
                .and_then(|from| bytes.get(from..c.end - base))
            else {
                continue;
            };
            let Some(value) = worth_remembering(value).filter(|_| is_secret) else {
                continue;
            };
            if self.values.iter().any(|v| v.bytes == value) {
                continue;
            }
            self.values.push(Value {
                bytes: value.to_vec(),
                origin: *c,
                searched_to: c.end,
                open: None,
            });
            self.longest = self.longest.max(value.len());
            added = true;
        }
        if added {
            let automaton =
                AhoCorasick::new(self.values.iter().map(|v| &v.bytes)).map_err(|_| {
                    ErrorKind::Engine {
                        message: "the recurrence search could not be built".into(),
                    }
                })?;
            self.automaton = Some(automaton);
        }
        Ok(())
    }

    /// Adds to `out` the runs of recurrences in `bytes` (the text from
    /// absolute `base`, ending where the text received so far ends) not
    /// reported before; a run a later byte could extend stays open unless
    /// `is_final`.
    pub(crate) fn find(
        &mut self,
        bytes: &[u8],
        base: usize,
        is_final: bool,
        out: &mut Vec<Detection>,
    ) {
        let Some(automaton) = &self.automaton else {
            return;
        };
        let end = base + bytes.len();
        let from = self
            .values
            .iter()
            .map(|v| v.searched_to.saturating_sub(v.bytes.len() - 1))
            .min()
            .unwrap_or(end)
            .clamp(base, end);
        for m in automaton.find_overlapping_iter(&bytes[from - base..]) {
            let v = &mut self.values[m.pattern().as_usize()];
            let (start, stop) = (from + m.start(), from + m.end());
            if start < v.origin.end || stop <= v.searched_to {
                continue;
            }
            v.open = match v.open {
                Some((s, e)) if start < e => Some((s, stop)),
                Some((s, e)) => {
                    out.push(Detection {
                        start: s,
                        end: e,
                        ..v.origin
                    });
                    Some((start, stop))
                }
                None => Some((start, stop)),
            };
            if let Some((s, e)) = v.open.filter(|(s, e)| e - s > MAX_RUN) {
                out.push(Detection {
                    start: s,
                    end: e,
                    ..v.origin
                });
                v.open = None;
            }
        }
        for v in &mut self.values {
            v.searched_to = end;
            // A later recurrence starts at `end - len + 1` or after.
            if let Some((s, e)) = v
                .open
                .filter(|&(_, e)| is_final || e + v.bytes.len() <= end + 1)
            {
                out.push(Detection {
                    start: s,
                    end: e,
                    ..v.origin
                });
                v.open = None;
            }
        }
    }

    /// No recurrence found later starts before this offset, the text
    /// received so far ending at `end`.
    pub(crate) fn frontier(&self, end: usize) -> usize {
        if self.values.is_empty() {
            return usize::MAX;
        }
        self.values
            .iter()
            .filter_map(|v| v.open.map(|(s, _)| s))
            .fold((end + 1).saturating_sub(self.longest), usize::min)
    }
}

/// The part of a found value worth looking for again, if any: the value
/// without Markdown emphasis or code marks around it (`**X**`) and without
/// sentence punctuation after it (`my password is X.`), if that is
/// [`distinctive`] and not a name in code (see [`code_name`]).
fn worth_remembering(mut value: &[u8]) -> Option<&[u8]> {
    for mark in [&b"**"[..], b"__", b"*", b"_", b"`"] {
        if value.len() > 2 * mark.len() && value.starts_with(mark) && value.ends_with(mark) {
            value = &value[mark.len()..value.len() - mark.len()];
        }
    }
    while let [rest @ .., b'.' | b',' | b':' | b';' | b'?'] = value {
        value = rest;
    }
    (distinctive(value) && !code_name(value)).then_some(value)
}

/// Whether a found value is worth looking for again: [`MIN_LEN`] to
/// [`MAX_LEN`] bytes, one word (or a block of 64 bytes or more, a PEM
/// key), with a letter and a digit. A generic rule's doubtful finding
/// (`nodejs`, `fix memory leak` or `S/MIME` after a password word in a
/// changelog) is redacted where it is found, but not everywhere its words
/// recur.
fn distinctive(value: &[u8]) -> bool {
    (MIN_LEN..=MAX_LEN).contains(&value.len())
        && (value.len() >= 64 || !value.iter().any(u8::is_ascii_whitespace))
        && value.iter().any(u8::is_ascii_alphabetic)
        && value.iter().any(u8::is_ascii_digit)
}

/// Words that make an identifier a name for a secret, not a secret.
const SECRET_WORDS: &[&str] = &[
    "apikey", "auth", "cred", "creds", "key", "pass", "passwd", "password", "pwd", "secret",
    "token",
];

/// Whether `value` reads as a name in code rather than a secret: an
/// environment variable's name (`DB_PASS_2`, `REPLACE_ME_123`) or an
/// identifier with a secret word among its words (`password2`,
/// `mysql8_pass`, `redis6_pw`, `apiKeyV2`). A rule that took a variable
/// for its value is wrong once; remembering it would be wrong everywhere.
fn code_name(value: &[u8]) -> bool {
    if !value
        .iter()
        .all(|&b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return false;
    }
    if value.contains(&b'_') && !value.iter().any(u8::is_ascii_lowercase) {
        return true;
    }
    // `confirmPw2`, `oldPwHash`: a camel-case name (a lower-case word,
    // then capitalised words, then digits) with `Pw` among its words; in a
    // random value (`Xk9Pw2mQ`) the letters `Pw` are chance.
    let camel = words(value)
        .next()
        .is_some_and(|w| w.len() >= 3 && w.iter().all(u8::is_ascii_lowercase))
        && words(value).skip(1).all(|w| {
            w.iter().all(u8::is_ascii_digit)
                || (w.len() >= 2
                    && w[0].is_ascii_uppercase()
                    && w[1..].iter().all(u8::is_ascii_lowercase))
        })
        && words(value).any(|w| w == b"Pw");
    camel
        || value.split(|&b| b == b'_').any(|part| {
            let letters = part
                .iter()
                .rposition(|b| !b.is_ascii_digit())
                .map_or(0, |p| p + 1);
            part[..letters].eq_ignore_ascii_case(b"pw")
                || words(part).any(|w| {
                    SECRET_WORDS
                        .iter()
                        .any(|s| s.as_bytes().eq_ignore_ascii_case(w))
                })
        })
}

/// The words of an identifier part: runs of digits, of capitals (`API` in
/// `APIKey`), and of letters that start a capital or lower-case word.
fn words(part: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at;
        let first = *part.get(start)?;
        at += 1;
        if first.is_ascii_digit() {
            while part.get(at).is_some_and(u8::is_ascii_digit) {
                at += 1;
            }
        } else if first.is_ascii_uppercase() && part.get(at).is_some_and(u8::is_ascii_uppercase) {
            // Capitals, less the last one if a lower-case letter follows it.
            while part.get(at).is_some_and(u8::is_ascii_uppercase) {
                at += 1;
            }
            if part.get(at).is_some_and(u8::is_ascii_lowercase) {
                at -= 1;
            }
        } else {
            while part.get(at).is_some_and(u8::is_ascii_lowercase) {
                at += 1;
            }
        }
        Some(&part[start..at])
    })
}

/// The clusters of one call with every recurrence of their secret values
/// added, resolved again.
pub(crate) fn with_recurrences(
    inner: &Inner,
    clusters: Vec<Detection>,
    bytes: &[u8],
) -> Result<Vec<Detection>> {
    let mut recurrences = Recurrences::default();
    recurrences.remember(inner, &clusters, bytes, 0)?;
    let mut found = Vec::new();
    recurrences.find(bytes, 0, true, &mut found);
    if found.is_empty() {
        return Ok(clusters);
    }
    found.extend(clusters);
    Ok(crate::resolve::resolve(found, inner.engine.rules.len()))
}

#[cfg(test)]
mod tests {
    use super::{distinctive, worth_remembering};

    #[test]
    fn only_distinctive_values_are_remembered() {
        for v in [
            "Tr0ub4dor&3x",
            "hunter22",
            "ghp_R4nd0mT0k3nV4lu3",
            "0123456789abcdef0123",
        ] {
            assert!(distinctive(v.as_bytes()), "{v}");
        }
        for v in [
            "nodejs",
            "abc123",
            "fix memory leak",
            "S/MIME-signed",
            "Non-Secret!",
            "cvs#password:",
            "PASSWORDS",
            "2026-12-07",
        ] {
            assert!(!distinctive(v.as_bytes()), "{v}");
        }
        let remembered = |v: &str| worth_remembering(v.as_bytes()).map(|v| v.to_vec());
        assert_eq!(remembered("**Md9Bold77**"), Some(b"Md9Bold77".to_vec()));
        assert_eq!(remembered("Xk9mQ2pL7z."), Some(b"Xk9mQ2pL7z".to_vec()));
        assert_eq!(remembered("`k7Qm2xR9vLp4`"), Some(b"k7Qm2xR9vLp4".to_vec()));
        for code in [
            "password2:",
            "mysql8_pass",
            "redis6_pw",
            "apiKeyV2",
            "sessionSecret2",
            "DB_PASS_2",
            "REPLACE_ME_123",
            "ENV_API_KEY_1",
            "APIKey2024",
            "confirmPw2",
            "oldPwHash9",
        ] {
            assert_eq!(remembered(code), None, "{code}");
        }
        for secret in [
            "Zk29fjqLm83nXq2",
            "S3cr3tPa55",
            "Spring2024",
            "Xk9Pw2mQ7z",
            "ghp_R4nd0mT0k3nV4lu3xpw",
            "wJalrXUtnFEMI_K7MDENG_bPxRfiCYzEXAMPLEKEY1",
        ] {
            assert!(remembered(secret).is_some(), "{secret}");
        }
        let pem = format!(
            "-----BEGIN KEY-----\n{}\n-----END KEY-----",
            "A1b2".repeat(20)
        );
        assert!(distinctive(pem.as_bytes()));
    }
}
