//! Confirmation: turning a raw regex match into a scored detection.

use regex::bytes::RegexSet;

use super::compile::{RawMatch, build_regex};
use super::context_scan::ContextScan;
use super::{Detection, Engine};
use crate::error::{Error, Result};
use crate::validate::{DOUBTFUL, Validator, Verdict, shannon_entropy};

/// Values that are never reported: exact literals and whole-value regexes.
#[derive(Debug, Default)]
pub(crate) struct AllowList {
    literals: Vec<Vec<u8>>,
    regexes: Option<RegexSet>,
}

impl AllowList {
    pub fn new(literals: Vec<String>, patterns: &[String]) -> Result<AllowList> {
        for (i, p) in patterns.iter().enumerate() {
            build_regex(p, 1 << 20)
                .map_err(|e| Error::config(format!("allow regex #{}: {e}", i + 1)))?;
        }
        let anchored: Vec<String> = patterns.iter().map(|p| format!("^(?:{p})$")).collect();
        let regexes = if anchored.is_empty() {
            None
        } else {
            Some(
                regex::bytes::RegexSetBuilder::new(&anchored)
                    .unicode(false)
                    .build()
                    .map_err(|e| Error::config(format!("allow regexes: {e}")))?,
            )
        };
        Ok(AllowList {
            literals: literals.into_iter().map(String::into_bytes).collect(),
            regexes,
        })
    }

    pub fn allows(&self, value: &[u8]) -> bool {
        self.literals.iter().any(|l| l == value)
            || self.regexes.as_ref().is_some_and(|r| r.is_match(value))
    }
}

/// Bytes before a match that validators may read as its key name; within
/// the look-behind a stream keeps ([`super::LOOKBEHIND`]).
const KEY_CONTEXT: usize = 48;

/// Widens `[start, end)` to whole UTF-8 characters (at most three bytes each way).
fn snap(hay: &[u8], mut start: usize, mut end: usize) -> (usize, usize) {
    let continuation = |i: usize| hay.get(i).is_some_and(|&b| b & 0xC0 == 0x80);
    for _ in 0..3 {
        if start > 0 && continuation(start) {
            start -= 1;
        }
        if continuation(end) {
            end += 1;
        }
    }
    (start, end)
}

/// Costly validation (see [`crate::validate::Validator::cost`], in units
/// of about 0.1 µs) every rule may spend on a text before its length earns
/// more: 16 phone parses, or 320 credential scores.
const COSTLY_FREE: u32 = 1600;

/// Units each KiB of text earns: about 10 ns of validation per input byte
/// whatever the text (one phone parse, or 20 credential scores, a KiB).
const COSTLY_PER_KIB: usize = 100;

/// Whether a rule that has spent `spent` units may spend `cost` more on a
/// match starting at absolute offset `at`. Past the budget, a costly
/// validator gives its cheap verdict ([`crate::validate::Validator::check_format`]):
/// dense phone-like text or a flood of key words is over-redacted, never
/// slow, never passed through. Offsets are absolute and each rule confirms
/// its matches in order, so a stream spends exactly as a one-shot call.
fn within_budget(spent: u32, cost: u32, at: usize) -> bool {
    let earned = u32::try_from(
        (at / 1024)
            .saturating_mul(COSTLY_PER_KIB)
            .saturating_add(at % 1024 * COSTLY_PER_KIB / 1024),
    )
    .unwrap_or(u32::MAX);
    spent.saturating_add(cost) <= COSTLY_FREE.saturating_add(earned)
}

/// Applies validators, entropy, context words, the allow-list and the
/// confidence threshold to a raw match of rule `index`; `spent` is the
/// rule's costly-validation budget used so far on this text, `words` its
/// context words found so far in `hay`.
pub(crate) fn confirm(
    engine: &Engine,
    index: usize,
    hay: &[u8],
    base: usize,
    m: &RawMatch,
    (spent, words): (&mut u32, &mut ContextScan),
) -> Option<Detection> {
    let compiled = &engine.rules[index];
    let rule = &compiled.rule;
    let (start, end) = snap(hay, m.value_start, m.value_end);
    let value = &hay[start..end];
    if value.is_empty() {
        return None;
    }
    let mut validated = false;
    // Scorers and placeholder checks cap the confidence instead of
    // rejecting (the placeholder policy in rules/README.md).
    let mut cap = 1.0f32;
    // The text before the value: the credential scorer reads the key name
    // from it, including a prefix the pattern does not match (`MYAPP_`).
    let key = &hay[m.start.saturating_sub(KEY_CONTEXT).min(start)..start];
    for v in &compiled.validators {
        let cost = v.cost();
        let verdict = if cost == 0 {
            v.check_with_key(value, key)
        } else if within_budget(*spent, cost, m.start + base) {
            *spent += cost;
            v.check_with_key(value, key)
        } else {
            v.check_format(value, key)
        };
        match verdict {
            Verdict::Invalid => return None,
            Verdict::Verified => validated = true,
            Verdict::Plausible => {}
            Verdict::Score(percent) => cap = cap.min(f32::from(percent) / 100.0),
        }
    }
    if rule
        .min_entropy
        .is_some_and(|min| shannon_entropy(value) < min)
        || (masked(value)
            && compiled
                .validators
                .iter()
                .any(|v| matches!(v, Validator::Credential | Validator::NotPlaceholder)))
        || (elided(value)
            && compiled.validators.iter().any(|v| {
                matches!(
                    v,
                    Validator::Credential | Validator::NotPlaceholder | Validator::NotTemplate
                )
            }))
    {
        cap = cap.min(f32::from(DOUBTFUL) / 100.0);
    }
    if rule
        .context
        .as_ref()
        .is_some_and(|ctx| follows_word(&hay[..start], &ctx.not_after))
    {
        return None;
    }
    let mut confidence = rule.confidence;
    if let (Some(ctx), Some(ac)) = (&rule.context, &compiled.context) {
        // Words of prose start a word (`tel`, not `Bestellung`); identifier
        // fragments (`apikey`, `awssecretkey`) count anywhere.
        let prose = rule.category == crate::rules::Category::Pii;
        // Around the value, not the match: a word may end in the boundary
        // byte the pattern consumes before the value (`MRN 0048`).
        let found = words.around(ac, hay, (start, end), ctx.window, prose);
        if found {
            confidence = (confidence + ctx.boost).min(1.0);
        } else if ctx.required {
            return None;
        }
    }
    let confidence = confidence.min(cap);
    if confidence < engine.min_confidence || engine.allow.allows(value) {
        return None;
    }
    Some(Detection {
        rule: index,
        start: start + base,
        end: end + base,
        confidence,
        validated,
    })
}

/// Whether a value was cut short for display (`sk-...a1b2`,
/// `sk_live_…9fQk`) or starred out whole (`Password=***`): what a log or
/// an error message prints instead of a secret. Keyword rules with any
/// value check (also `not_template`: `Bearer sk-...a1b2`) cap it.
fn elided(value: &[u8]) -> bool {
    memchr::memmem::find(value, b"...").is_some()
        || memchr::memmem::find(value, "\u{2026}".as_bytes()).is_some()
        || (value.len() >= 3 && value.iter().all(|&b| b == b'*'))
}

/// Whether a value holds a mask: eight or more of `x`, `X`, `*`, `#`, `•`,
/// `●`, `∗` or `＊` in a row (`********（非表示）`, `xxxxxxxx-prod`). Only the generic
/// rules (scorer or placeholder check) cap it: format rules redact
/// placeholder bodies by policy (rules/README.md). A random key holds such
/// a run with a chance below 10^-12; base64's `AAAA` runs (OpenSSH keys)
/// and hex zeros are not masks.
fn masked(value: &[u8]) -> bool {
    let mut run = 0;
    let mut last: &[u8] = &[];
    let mut i = 0;
    while i < value.len() {
        let len = match value[i] {
            b'x' | b'X' | b'*' | b'#' => 1,
            // `•`, `●`, `∗` and the full-width `＊`.
            0xE2 | 0xEF
                if ["\u{2022}", "\u{25cf}", "\u{2217}", "\u{ff0a}"]
                    .iter()
                    .any(|m| value[i..].starts_with(m.as_bytes())) =>
            {
                3
            }
            _ => 0,
        };
        if len == 0 {
            run = 0;
            i += 1;
            continue;
        }
        let unit = &value[i..i + len];
        run = if unit == last { run + 1 } else { 1 };
        if run >= 8 {
            return true;
        }
        last = unit;
        i += len;
    }
    false
}

/// Whether the last word of `before` (after trailing spaces, `:`, `=`
/// and `#`) is one of `words`, ASCII case-insensitively.
fn follows_word(before: &[u8], words: &[String]) -> bool {
    if words.is_empty() {
        return false;
    }
    let end = before
        .iter()
        .rposition(|b| {
            !matches!(
                b,
                b' ' | b'\t' | b':' | b'=' | b'#' | b'/' | b'"' | b'\'' | b'(' | b')'
            )
        })
        .map_or(0, |i| i + 1);
    // `ISBN-10 `, `ISBN13: `: a number after the word is part of its name.
    let digits = before[..end]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let end = match before[..end - digits].strip_suffix(b"-") {
        _ if digits == 0 || digits > 2 => end,
        Some(word) => word.len(),
        None => end - digits,
    };
    let start = before[..end]
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let word = &before[start..end];
    // `appVersion`: its last camelCase segment counts too.
    let segment = word
        .iter()
        .rposition(u8::is_ascii_uppercase)
        .filter(|&i| i > 0)
        .map_or(word, |i| &word[i..]);
    !word.is_empty()
        && words.iter().any(|w| {
            w.as_bytes().eq_ignore_ascii_case(word) || w.as_bytes().eq_ignore_ascii_case(segment)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_are_runs_of_one_mask_character() {
        for v in [
            "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
            "********(hidden)",
            "sk_live_\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}Xq4f",
            "XXXXXXXX-1234",
            "\u{ff0a}\u{ff0a}\u{ff0a}\u{ff0a}\u{ff0a}\u{ff0a}\u{ff0a}\u{ff0a}\u{ff08}",
        ] {
            assert!(masked(v.as_bytes()), "{v}");
        }
        for v in [
            "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
            "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtz",
            "0000000000000000a1",
            "xxxxxxx1xXxXxXxX",
        ] {
            assert!(!masked(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn elided_values_are_cut_short_or_starred_out() {
        for v in ["sk-...a1b2", "sk_live_\u{2026}9fQk", "***", "********"] {
            assert!(elided(v.as_bytes()), "{v}");
        }
        for v in [
            "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
            "a.b.c",
            "**",
            "p*ss*w0rd",
        ] {
            assert!(!elided(v.as_bytes()), "{v}");
        }
    }

    #[test]
    fn follows_word_reads_the_last_word() {
        let words = ["version".to_string(), "v".to_string()];
        assert!(follows_word(b"running Version: ", &words));
        assert!(follows_word(b"build v", &words));
        let words = ["isbn".to_string()];
        assert!(follows_word(b"ISBN-10 ", &words));
        assert!(follows_word(b"isbn13: ", &words));
        assert!(!follows_word(b"ISBN-10 978 ", &words));
        let words = ["chrome".to_string()];
        assert!(follows_word(b"Gecko) Chrome/", &words));
        assert!(!follows_word(b"server at ", &words));
        // `Copyright (C) 2021`: brackets are skipped like spaces.
        let words = ["c".to_string()];
        assert!(follows_word(b"Copyright (C) ", &words));
        let words = ["version".to_string()];
        assert!(follows_word(b"{\"version\": \"", &words));
        assert!(follows_word(b"appVersion='", &words));
        assert!(!follows_word(b"conversion ", &words));
        assert!(!follows_word(b"", &words));
    }

    #[test]
    fn costly_budget_grows_with_the_text() {
        assert!(within_budget(0, 500, 0));
        assert!(within_budget(COSTLY_FREE - 1, 1, 0));
        assert!(!within_budget(COSTLY_FREE, 1, 0));
        assert!(within_budget(COSTLY_FREE, 100, 1024));
        assert!(!within_budget(COSTLY_FREE, 101, 1024));
        assert!(within_budget(COSTLY_FREE, 5, 52));
        assert!(!within_budget(COSTLY_FREE, 5, 40));
        assert!(within_budget(u32::MAX - 1, 1, usize::MAX));
    }

    #[test]
    fn snap_widens_to_char_boundaries() {
        let s = "aé€b".as_bytes(); // a | c3 a9 | e2 82 ac | b
        assert_eq!(snap(s, 2, 4), (1, 6));
        assert_eq!(snap(s, 0, 1), (0, 1));
    }

    #[test]
    fn allow_list_matches_whole_values() {
        let allow =
            AllowList::new(vec!["AKIAIOSFODNN7EXAMPLE".into()], &["test-[0-9]+".into()]).unwrap();
        assert!(allow.allows(b"AKIAIOSFODNN7EXAMPLE"));
        assert!(allow.allows(b"test-42"));
        assert!(!allow.allows(b"test-42x"));
        assert!(AllowList::new(vec![], &["(".into()]).is_err());
    }
}
