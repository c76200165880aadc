//! Keys typed with a separator between their characters or between groups
//! of characters, as people write them to get a key past a chat filter or
//! read one off a screen: letter-spaced (`s k _ l i v e _ 4 e C 3 …`) and
//! grouped (`ymfX-ZGdm-Yviz-vduk-…`, `sk-Z0 UzHhm XGXez OHgup …`). The
//! normalizing pass drops their separators ([`separators`]), so the rules
//! read the key whole; [`joins_words`] keeps a segment from ending inside
//! a space-separated one.
//!
//! A run is taken only when it reads as a key: letter-spaced, 16 or more
//! single characters; grouped, five or more groups of 3 to 8 characters,
//! all of one length but a shorter last one, 20 or more characters in all;
//! either with a digit and a letter. Words of prose, UUIDs (8-4-4-4-12),
//! dates and phone numbers are none of these.

/// Fewest characters of a letter-spaced key.
const MIN_SPACED: usize = 16;
/// Fewest groups of a grouped key.
const MIN_GROUPS: usize = 5;
/// Shortest and longest group.
const GROUP_MIN: usize = 3;
const GROUP_MAX: usize = 8;
/// Fewest characters of a grouped key, joined.
const MIN_JOINED: usize = 20;
/// Longest word looked at (no group is longer) and longest run.
const WORD_MAX: usize = GROUP_MAX;
const RUN_MAX: usize = 512;

/// A character of a key's piece; `-` separates groups in a dashed run.
fn piece(b: u8, sep: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(b, b'_' | b'+' | b'/' | b'=' | b'.')
        || (b == b'-' && sep != b'-')
}

/// The words of the chain through the separator at `k`: pieces joined by
/// exactly one `sep`, each 1 to [`WORD_MAX`] characters, as `(start, end)`
/// in `words` (cleared first).
fn chain(b: &[u8], k: usize, sep: u8, words: &mut Vec<(usize, usize)>) {
    let word_end = |from: usize| {
        let mut e = from;
        while e < b.len() && e - from <= WORD_MAX && piece(b[e], sep) {
            e += 1;
        }
        e
    };
    let word_start = |to: usize| {
        let mut s = to;
        while s > 0 && to - s <= WORD_MAX && piece(b[s - 1], sep) {
            s -= 1;
        }
        s
    };
    words.clear();
    // Leftwards from the separator at `k`.
    let mut at = k;
    loop {
        let s = word_start(at);
        if s == at || at - s > WORD_MAX || k - s > RUN_MAX {
            break;
        }
        words.push((s, at));
        if s == 0 || b[s - 1] != sep || (s >= 2 && b[s - 2] == sep) {
            break;
        }
        at = s - 1;
    }
    words.reverse();
    // Rightwards.
    let mut at = k + 1;
    loop {
        let e = word_end(at);
        if e == at || e - at > WORD_MAX || e - k > RUN_MAX {
            break;
        }
        words.push((at, e));
        if e + 1 >= b.len() || b[e] != sep || b[e + 1] == sep {
            break;
        }
        at = e + 1;
    }
    // A longer word at either end is no group: it ends the chain.
}

/// Whether the joined words read as a key: a digit and a letter.
fn keyish(b: &[u8], words: &[(usize, usize)]) -> bool {
    let bytes = || words.iter().flat_map(|&(s, e)| &b[s..e]);
    bytes().any(u8::is_ascii_digit) && bytes().any(u8::is_ascii_alphabetic)
}

/// Whether `w` mixes two of upper case, lower case, digits and the
/// punctuation of tokens (`_`, `-`, `+`, `/`, `=`, `.`: `sk_l`, `ive_`).
fn mixed(w: &[u8]) -> bool {
    let kinds = [
        w.iter().any(u8::is_ascii_uppercase),
        w.iter().any(u8::is_ascii_lowercase),
        w.iter().any(u8::is_ascii_digit),
        w.iter().any(|c| !c.is_ascii_alphanumeric()),
    ];
    kinds.iter().filter(|&&k| k).count() >= 2
}

/// Whether of every two neighbouring groups one at least is [`mixed`]
/// (what [`joins_words`] can check from the two words around a space).
fn pairs_mixed(b: &[u8], words: &[(usize, usize)]) -> bool {
    words
        .windows(2)
        .all(|p| mixed(&b[p[0].0..p[0].1]) || mixed(&b[p[1].0..p[1].1]))
}

/// Whether half the groups or more mix two of upper case, lower case and
/// digits, as random text does (`ymfX`, `9iNa8`, `6b73`) and words of a
/// sentence do not (`this will also make sure that 2024`).
fn mixed_half(b: &[u8], words: &[(usize, usize)]) -> bool {
    let mixed = words.iter().filter(|&&(s, e)| mixed(&b[s..e])).count();
    mixed * 2 >= words.len()
}

/// The separators of the runs among `words` (a chain), appended to `out`.
fn runs_at(b: &[u8], words: &[(usize, usize)], out: &mut Vec<usize>) {
    let len = |w: &(usize, usize)| w.1 - w.0;
    let mut i = 0;
    while i < words.len() {
        let n = len(&words[i]);
        // The stretch of words of length `n` from `i`.
        let mut j = i;
        while j < words.len() && len(&words[j]) == n {
            j += 1;
        }
        let (run, next) = if n == 1 {
            ((j - i >= MIN_SPACED).then_some(j), j)
        } else if (GROUP_MIN..=GROUP_MAX).contains(&n) {
            // A shorter last group ends the run.
            let end = if j < words.len() && len(&words[j]) < n {
                j + 1
            } else {
                j
            };
            let joined: usize = words[i..end].iter().map(len).sum();
            (
                (end - i >= MIN_GROUPS && joined >= MIN_JOINED).then_some(end),
                j,
            )
        } else {
            (None, j)
        };
        let random = |end: usize| {
            n == 1 || (mixed_half(b, &words[i..end]) && pairs_mixed(b, &words[i..end]))
        };
        if let Some(end) = run.filter(|&end| keyish(b, &words[i..end]) && random(end)) {
            out.extend(words[i..end - 1].iter().map(|w| w.1));
        }
        i = next.max(i + 1);
    }
}

/// The separators to drop from `b`, sorted: those of every letter-spaced
/// or grouped run. Every run holds a digit, so only the words around
/// digits are looked at, each once: text without one costs one quick pass.
pub(super) fn separators(b: &[u8]) -> Vec<usize> {
    let mut out = Vec::new();
    // Long blocks without an early exit: the test vectorizes.
    if !b
        .chunks(256)
        .any(|c| c.iter().fold(false, |seen, x| seen | x.is_ascii_digit()))
    {
        return out;
    }
    let digit = |c: u8| c.is_ascii_digit();
    let spaced = |c: u8| piece(c, b' ');
    let mut words = Vec::new();
    let mut i = 0;
    while let Some(d) = crate::byte_search::find_byte(b, i, digit) {
        // The word around the digit (pieces and dashes), its dashes, and
        // the digit's dash-separated group.
        let start = d - b[..d]
            .iter()
            .rev()
            .take(RUN_MAX)
            .take_while(|&&c| spaced(c))
            .count();
        let (mut end, mut dashes, mut group_end) = (d, 0, None);
        while end < b.len() && end - start < 2 * RUN_MAX && spaced(b[end]) {
            if b[end] == b'-' {
                dashes += 1;
                group_end.get_or_insert(end);
            }
            end += 1;
        }
        let group_end = group_end.unwrap_or(end);
        let before = &b[start..d];
        dashes += before.iter().filter(|&&c| c == b'-').count();
        let group_start = d - before.iter().rev().take_while(|&&c| c != b'-').count();
        let mut next = end;
        // A space-separated run: a short word beside a space.
        if end - start <= WORD_MAX {
            let k = if b.get(end) == Some(&b' ') {
                Some(end)
            } else {
                (start > 0 && b[start - 1] == b' ').then(|| start - 1)
            };
            if let Some(k) = k {
                chain(b, k, b' ', &mut words);
                runs_at(b, &words, &mut out);
                next = next.max(words.last().map_or(0, |w| w.1));
            }
        }
        // A dashed run: four dashes or more in the word, a short group.
        if dashes >= MIN_GROUPS - 1 && group_end - group_start <= WORD_MAX {
            let k = if group_end < end {
                group_end
            } else {
                group_start - 1
            };
            chain(b, k, b'-', &mut words);
            runs_at(b, &words, &mut out);
        }
        i = next.max(d + 1);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether the space at `b[i]` may join two words of a space-separated
/// run (so a segment must not end there): the words on its two sides are
/// both single characters, or of one length from 3 to 8 with one of them
/// [`mixed`], or the two words before it are, the last one mixed (a run's
/// shorter last group follows). Ordinary words (`the quick brown fox`)
/// never hold a segment open. Reads at most
/// [`WORD_MAX`] + 1 bytes after `i`; `None` when those are not all there
/// yet and more text may come.
pub(super) fn joins_words(b: &[u8], i: usize, is_final: bool) -> Option<bool> {
    let sep = b' ';
    let after = b[i + 1..]
        .iter()
        .take(WORD_MAX + 1)
        .take_while(|&&c| piece(c, sep))
        .count();
    if !is_final && i + 1 + after >= b.len() && after <= WORD_MAX {
        return None;
    }
    let word_before = |end: usize| {
        b[..end]
            .iter()
            .rev()
            .take(WORD_MAX + 1)
            .take_while(|&&c| piece(c, sep))
            .count()
    };
    let before = word_before(i);
    let groupish = |n: usize| (GROUP_MIN..=GROUP_MAX).contains(&n);
    let earlier = if before > 0 && i > before && b[i - before - 1] == sep {
        word_before(i - before - 1)
    } else {
        0
    };
    let w_after = &b[i + 1..i + 1 + after];
    let w_before = &b[i - before..i];
    Some(
        (before == 1 && after == 1)
            || (groupish(before) && before == after && (mixed(w_before) || mixed(w_after)))
            || (groupish(before) && before == earlier && mixed(w_before)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(text: &str) -> String {
        let drops = separators(text.as_bytes());
        text.char_indices()
            .filter(|(i, _)| !drops.contains(i))
            .map(|(_, c)| c)
            .collect()
    }

    #[test]
    fn joins_spaced_and_grouped_keys() {
        assert_eq!(
            joined("it is: s k _ l i v e _ d J s a 9 k F W u q i 0 U y 0 S U, ok"),
            "it is: sk_live_dJsa9kFWuqi0Uy0SU, ok"
        );
        assert_eq!(
            joined("AWS secret:\nymfX-ZGdm-Yviz-vduk-nugI-MjPF-iroV-gt6A-LSht-//jH\n"),
            "AWS secret:\nymfXZGdmYvizvduknugIMjPFiroVgt6ALSht//jH\n"
        );
        assert_eq!(
            joined("groups of five: sk-Z0 UzHhm XGXez OHgup 9iNa8 5J860 uyQF0 8"),
            "groups of five: sk-Z0UzHhmXGXezOHgup9iNa85J860uyQF08"
        );
    }

    #[test]
    fn leaves_prose_ids_and_dates() {
        for text in [
            "the cat sat and ate with joy",
            "this will also make sure that 2024 went well",
            "id 123e4567-e89b-12d3-a456-426614174000 at 2024-01-05 12:00",
            "call 555-123-4567 or 0800 123 4567",
            "H E L L O W O R L D F R O M M E",
            "1 2 3 4 5 6 7 8 9 1 2 3 4 5 6 7 8 9",
            "state-of-the-art data-rich self-hosted",
        ] {
            assert!(separators(text.as_bytes()).is_empty(), "{text}");
        }
    }

    #[test]
    fn segments_do_not_end_inside_a_run() {
        let text = b"key sk-Z0 UzHhm XGXez OHgup 9iNa8 5J860 uyQF0 evYEM sJQMP Seu3z 8 ok";
        for &k in &separators(text) {
            assert_eq!(joins_words(text, k, true), Some(true), "{k}");
        }
        let spaced = b"s k _ l i v e _ d J s a 9 k F W u q i 0";
        for &k in &separators(spaced) {
            assert_eq!(joins_words(spaced, k, true), Some(true), "{k}");
        }
        // Unknown until the next word has arrived.
        assert_eq!(joins_words(b"ab cd", 2, false), None);
        assert_eq!(joins_words(b"the word prose", 3, true), Some(false));
        // Ordinary words of equal length never hold a segment open.
        let fox = b"the quick brown fox the quick brown fox ";
        for (i, _) in fox.iter().enumerate().filter(|(_, c)| **c == b' ') {
            assert_eq!(joins_words(fox, i, true), Some(false), "{i}");
        }
    }
}
