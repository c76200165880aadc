//! Run windows: a prefilter for the keyword-less rules (phone numbers,
//! cards, national IDs, IBANs, IP and MAC addresses).
//!
//! Each such rule needs, in every match, a *run* of `k` consecutive bytes
//! of one [`Trigger`] class: digits (an SSN holds a run of 4), uppercase
//! letters (an Italian fiscal code starts with 6), colons, hex digits
//! with separators (a MAC address is 17 of them), or base64url bytes in
//! runs of 16 or more (a Discord token's last part is 27). A match is at most
//! `reach` bytes long, so it lies within `reach` bytes of such a run.
//! Searching only the merged windows `[start - reach, end + reach]` around
//! the text's runs therefore finds exactly the matches a search of the
//! whole text finds: a match inside a window is a match of the text
//! (look-arounds see past the window), and every match is inside the
//! window of its run. The rules are searched in a few unions, one per
//! class and run length (`portable::UnkeyedSet`); each union's windows are
//! merged, so it reads each byte at most once, and the unions are a fixed
//! handful (eleven for the built-in rules). Runs of 4 digits or 6 capitals
//! are rare in prose, so the unions that need them read a small part of it.

use regex_syntax::hir::{Class, Hir, HirKind};

/// A byte class whose runs gate a group of rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Trigger {
    Digit,
    Colon,
    Upper,
    /// `[0-9A-Fa-f.:-]`: MAC and IPv6 addresses.
    HexSeparated,
    /// `[A-Za-z0-9_-]` (base64url): long tokens with no context word.
    Token,
}

impl Trigger {
    const ALL: [Trigger; 5] = [
        Trigger::Digit,
        Trigger::Colon,
        Trigger::Upper,
        Trigger::HexSeparated,
        Trigger::Token,
    ];

    /// Whether `b` belongs to the class.
    #[inline(always)]
    fn has(self, b: u8) -> bool {
        match self {
            Trigger::Digit => b.is_ascii_digit(),
            Trigger::Colon => b == b':',
            Trigger::Upper => b.is_ascii_uppercase(),
            Trigger::HexSeparated => b.is_ascii_hexdigit() || matches!(b, b'.' | b':' | b'-'),
            Trigger::Token => b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'),
        }
    }

    /// The shortest run worth gating on: every word is a run of token
    /// bytes, so only long ones set a match apart.
    fn shortest_gate(self) -> usize {
        match self {
            Trigger::Token => 16,
            _ => 1,
        }
    }

    /// Rough chance that a byte of prose, logs or code continues a run of
    /// the class, used only to choose among the classes a rule needs.
    fn share(self) -> f64 {
        match self {
            Trigger::Digit => 0.03,
            Trigger::Colon => 0.01,
            Trigger::Upper => 0.05,
            // Hex letters are a third of English letters and cluster in
            // words (`decade`), so their runs are long. This also keeps
            // IPv4 (1 digit or 7 of these) on the digit scan.
            Trigger::HexSeparated => 0.65,
            // English words average five letters, so a run of 16 or more
            // is rare in prose (identifiers, hashes and tokens in code).
            Trigger::Token => 0.8,
        }
    }
}

/// The trigger and run length that gate `hir` best (the fewest expected
/// runs), or `None` when no class has a run in every match.
pub(crate) fn trigger_for(hir: &Hir) -> Option<(Trigger, usize)> {
    Trigger::ALL
        .into_iter()
        .map(|t| (t, guaranteed(hir, t).inner))
        .filter(|&(t, k)| k >= t.shortest_gate())
        .min_by(|a, b| {
            let density = |&(t, k): &(Trigger, usize)| t.share().powi(k.min(64) as i32);
            density(a).total_cmp(&density(b))
        })
}

/// Lower bounds on a node's runs of one class over all of its matches.
#[derive(Clone, Copy)]
struct Runs {
    /// Every byte of every match is in the class.
    all: bool,
    /// Minimum match length (meaningful when `all`).
    len: usize,
    /// Run at the start, at the end, and anywhere.
    prefix: usize,
    suffix: usize,
    inner: usize,
}

impl Runs {
    fn all(len: usize) -> Runs {
        Runs {
            all: true,
            len,
            prefix: len,
            suffix: len,
            inner: len,
        }
    }

    const NONE: Runs = Runs {
        all: false,
        len: 0,
        prefix: 0,
        suffix: 0,
        inner: 0,
    };

    /// `a` followed by `b`.
    fn then(a: Runs, b: Runs) -> Runs {
        if a.all && b.all {
            return Runs::all(a.len + b.len);
        }
        Runs {
            all: false,
            len: 0,
            prefix: if a.all { a.len + b.prefix } else { a.prefix },
            suffix: if b.all { a.suffix + b.len } else { b.suffix },
            inner: a.inner.max(b.inner).max(a.suffix + b.prefix),
        }
    }

    /// Either `a` or `b`.
    fn or(a: Runs, b: Runs) -> Runs {
        if a.all && b.all {
            return Runs::all(a.len.min(b.len));
        }
        Runs {
            all: false,
            len: 0,
            prefix: a.prefix.min(b.prefix),
            suffix: a.suffix.min(b.suffix),
            inner: a.inner.min(b.inner),
        }
    }
}

/// [`Runs`] of `trigger`'s class in `hir`.
fn guaranteed(hir: &Hir, trigger: Trigger) -> Runs {
    let of_bytes = |bytes: &[u8]| {
        let mut runs = Runs::all(0);
        for &b in bytes {
            runs = Runs::then(
                runs,
                if trigger.has(b) {
                    Runs::all(1)
                } else {
                    Runs::NONE
                },
            );
        }
        runs
    };
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Runs::all(0),
        HirKind::Literal(lit) => of_bytes(&lit.0),
        HirKind::Class(Class::Bytes(class)) => {
            let inside = class
                .iter()
                .all(|r| (r.start()..=r.end()).all(|b| trigger.has(b)));
            if inside { Runs::all(1) } else { Runs::NONE }
        }
        HirKind::Class(Class::Unicode(class)) => {
            let inside = class.iter().all(|r| {
                (r.start()..=r.end()).all(|c| u8::try_from(c).is_ok_and(|b| trigger.has(b)))
            });
            if inside { Runs::all(1) } else { Runs::NONE }
        }
        HirKind::Capture(cap) => guaranteed(&cap.sub, trigger),
        HirKind::Repetition(rep) => {
            let sub = guaranteed(&rep.sub, trigger);
            match (rep.min, sub.all) {
                (min, true) => Runs::all(sub.len * min as usize),
                (0, false) => Runs::NONE,
                (1, false) => sub,
                (_, false) => Runs {
                    inner: sub.inner.max(sub.suffix + sub.prefix),
                    ..sub
                },
            }
        }
        HirKind::Concat(items) => items
            .iter()
            .map(|h| guaranteed(h, trigger))
            .fold(Runs::all(0), Runs::then),
        HirKind::Alternation(alts) => alts
            .iter()
            .map(|h| guaranteed(h, trigger))
            .reduce(Runs::or)
            .unwrap_or(Runs::NONE),
    }
}

/// The first maximal run of `k` or more class bytes in `hay[from..]`,
/// clipped to start at `from`. Probes every `k`-th byte: a byte outside
/// the class rules out every run through it.
#[inline(always)]
fn next_run(
    hay: &[u8],
    from: usize,
    k: usize,
    has: impl Fn(u8) -> bool + Copy,
) -> Option<(usize, usize)> {
    let in_class = |i: usize| has(hay[i]);
    let mut lower = from;
    loop {
        let probe = if k == 1 {
            crate::byte_search::find_byte(hay, lower, has)?
        } else {
            let probe = lower.checked_add(k - 1).filter(|&p| p < hay.len())?;
            if !in_class(probe) {
                lower = probe + 1;
                continue;
            }
            probe
        };
        let mut start = probe;
        while start > lower && in_class(start - 1) {
            start -= 1;
        }
        let mut end = probe + 1;
        while end < hay.len() && in_class(end) {
            end += 1;
        }
        if end - start >= k {
            return Some((start, end));
        }
        lower = end + 1;
    }
}

/// Rules gated by one class: the shortest run they need and their
/// longest match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RunGate {
    pub trigger: Trigger,
    pub run: usize,
    pub reach: usize,
}

/// The merged, ascending windows of `hay[from..]` where a match of a rule
/// behind one of `gates` can lie.
pub(crate) fn merged(hay: &[u8], from: usize, gates: &[RunGate]) -> Vec<std::ops::Range<usize>> {
    let mut all = Vec::new();
    for gate in gates {
        for_each_window(hay, from, *gate, |w| all.push(w));
    }
    all.sort_unstable_by_key(|w| w.start);
    let mut out: Vec<std::ops::Range<usize>> = Vec::with_capacity(all.len());
    for w in all {
        match out.last_mut() {
            Some(last) if w.start <= last.end => last.end = last.end.max(w.end),
            _ => out.push(w),
        }
    }
    out
}

/// Calls `f` with the merged, ascending windows of `hay[from..]` within
/// `gate.reach` bytes of a run of `gate.run` bytes of its class, clipped
/// to `from..hay.len()`.
pub(crate) fn for_each_window(
    hay: &[u8],
    from: usize,
    RunGate {
        trigger,
        run: k,
        reach,
    }: RunGate,
    f: impl FnMut(std::ops::Range<usize>),
) {
    // One copy of the scan per class, so the class test inlines.
    match trigger {
        Trigger::Digit => windows(hay, from, k, reach, |b| Trigger::Digit.has(b), f),
        Trigger::Colon => windows(hay, from, k, reach, |b| Trigger::Colon.has(b), f),
        Trigger::Upper => windows(hay, from, k, reach, |b| Trigger::Upper.has(b), f),
        Trigger::HexSeparated => windows(hay, from, k, reach, |b| Trigger::HexSeparated.has(b), f),
        Trigger::Token => windows(hay, from, k, reach, |b| Trigger::Token.has(b), f),
    }
}

/// [`for_each_window`] for the class `has`.
#[inline(always)]
fn windows(
    hay: &[u8],
    from: usize,
    k: usize,
    reach: usize,
    has: impl Fn(u8) -> bool + Copy,
    mut f: impl FnMut(std::ops::Range<usize>),
) {
    let k = k.max(1);
    let mut next = next_run(hay, from, k, has);
    while let Some((first_start, mut last_end)) = next {
        // Extend while the next run's window touches this one.
        next = loop {
            match next_run(hay, last_end, k, has) {
                Some((start, end)) if start - last_end <= 2 * reach => last_end = end,
                other => break other,
            }
        };
        let start = first_start.saturating_sub(reach).max(from);
        let end = last_end.saturating_add(reach).min(hay.len());
        f(start..end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compile::parse_pattern;

    fn trigger(pattern: &str) -> Option<(Trigger, usize)> {
        trigger_for(&parse_pattern(pattern).unwrap())
    }

    #[test]
    fn finds_the_run_every_match_needs() {
        use Trigger::*;
        let ssn =
            r"(?:^|[^A-Za-z0-9_.+-])(?P<value>[0-9]{3}-[0-9]{2}-[0-9]{4})(?:[^0-9A-Za-z_-]|$)";
        assert_eq!(trigger(ssn), Some((Digit, 4)));
        assert_eq!(trigger(r"[0-9]{2}(?:ab|[0-9]{5})"), Some((Digit, 2)));
        assert_eq!(trigger(r"x[0-9]{2}[0-9]?[0-9]{2}y"), Some((Digit, 4)));
        assert_eq!(trigger(r"\b(?:[0-9]{2}\.){3}\b"), Some((Digit, 2)));
        let fiscal = r"\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST]\b";
        assert_eq!(trigger(fiscal), Some((Upper, 6)));
        let mac =
            r"(?i)(?:^|[^0-9a-z:-])([0-9a-f]{2}(?::[0-9a-f]{2}){5}|[0-9a-f]{2}(?:-[0-9a-f]{2}){5})";
        assert_eq!(trigger(mac), Some((HexSeparated, 17)));
        // Some match has no run of any class.
        assert_eq!(trigger(r"[0-9]?x"), None);
        assert_eq!(trigger(r"[0-9]{2}|xy"), None);
        assert_eq!(trigger(r"\b"), None);
    }

    #[test]
    fn long_tokens_are_gated_by_their_length() {
        // A capital letter would gate this too, but prose has one per
        // sentence; a run of 27 token bytes it rarely has.
        let discord = r"(?:^|[^A-Za-z0-9_.-])(?P<value>[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})";
        assert_eq!(trigger(discord), Some((Trigger::Token, 27)));
    }

    #[test]
    fn ipv6_is_gated_by_its_colons() {
        let ipv6 = r"(?i)(?:^|[^0-9a-z:])([0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})";
        assert_eq!(trigger(ipv6), Some((Trigger::Colon, 1)));
    }

    #[test]
    fn windows_cover_every_run_and_merge() {
        let windows = |hay: &[u8], from, k| {
            let mut out = Vec::new();
            let gate = RunGate {
                trigger: Trigger::Digit,
                run: k,
                reach: 5,
            };
            for_each_window(hay, from, gate, |w| out.push(w));
            out
        };
        let mut hay = vec![b'a'; 200];
        hay[40..43].copy_from_slice(b"123");
        hay[50..53].copy_from_slice(b"456");
        hay[150] = b'7';
        hay[198..200].copy_from_slice(b"89");
        assert_eq!(windows(&hay, 0, 3), vec![35..58]);
        assert_eq!(windows(&hay, 0, 1), vec![35..58, 145..156, 193..200]);
        // Clipped at `from`; a run cut by `from` counts only after it.
        assert_eq!(windows(&hay, 41, 2), vec![41..58, 193..200]);
        assert_eq!(windows(&hay, 42, 2), vec![45..58, 193..200]);
        assert!(windows(&hay, 0, 4).is_empty());
        assert!(windows(b"", 0, 1).is_empty());
        assert!(windows(b"ab", 9, 1).is_empty());
    }

    #[test]
    fn runs_are_found_wherever_they_lie() {
        let digit = |b: u8| b.is_ascii_digit();
        for k in [1usize, 2, 3, 5, 8] {
            for at in [0usize, 1, 31, 32, 33, 63, 64, 100 - k] {
                let mut hay = vec![b'x'; 100];
                hay[at..at + k].fill(b'7');
                assert_eq!(
                    next_run(&hay, 0, k, digit),
                    Some((at, at + k)),
                    "{k} at {at}"
                );
                assert_eq!(next_run(&hay, at + 1, k, digit), None, "{k} at {at}");
                if k > 1 {
                    hay[at + k / 2] = b'x';
                    assert_eq!(next_run(&hay, 0, k, digit), None, "{k} at {at}");
                }
            }
        }
    }

    #[test]
    fn every_builtin_keyword_less_rule_is_gated() {
        // A rule without a run would bring back a pass of its union over
        // every byte of every text.
        for rule in crate::RuleSet::builtin().rules() {
            if rule.keywords.is_empty() {
                let hir = parse_pattern(&rule.pattern).unwrap();
                assert!(trigger_for(&hir).is_some(), "{}", rule.id);
            }
        }
    }
}
