//! Tokenizer and input features of the PII tagger: the Rust twin of
//! `models/train/features.py`, which is the reference. Both must give the
//! same tokens and ids; `core/tests/classifier.rs` checks the model's
//! logits against the Python pipeline's.

/// Version of the feature definitions (matches the model's `config.json`).
pub const FEATURES_VERSION: u32 = 1;
const FNV_OFFSET: u64 = 0xCBF2_9CE4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01B3;
const SHAPE_DIGITS: i64 = 5;

/// A token: byte span plus character span in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Maximal runs of word characters (with single inner apostrophes before
/// a word character), or single other non-space characters.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if is_word(c) {
            while j < chars.len() {
                let d = chars[j].1;
                if is_word(d) {
                    j += 1;
                } else if (d == '\'' || d == '\u{2019}')
                    && j + 1 < chars.len()
                    && is_word(chars[j + 1].1)
                {
                    j += 2;
                } else {
                    break;
                }
            }
        }
        out.push(Token {
            start: byte_at(i),
            end: byte_at(j),
            char_start: i,
            char_end: j,
        });
        i = j;
    }
    out
}

/// FNV-1a 64 over the lower-cased token, seeded, modulo `buckets`.
pub fn word_id(token: &str, seed: u64, buckets: u64) -> i64 {
    let mut h = FNV_OFFSET ^ seed;
    for b in token.to_lowercase().bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    (h % buckets) as i64
}

/// Shape id, indexing `config.json`'s `shapes`
/// (`pad lower upper title mixed digits alnum punct other_word url_or_at apostrophe`).
pub fn shape(token: &str) -> i64 {
    let Some(first) = token.chars().next() else {
        return 0;
    };
    if !is_word(first) {
        return if token == "@" || token == "#" { 9 } else { 7 };
    }
    if token.contains(['\'', '\u{2019}']) {
        return 10;
    }
    let letters: Vec<char> = token.chars().filter(|c| c.is_alphabetic()).collect();
    let digits = token.bytes().any(|b| b.is_ascii_digit());
    if letters.is_empty() {
        return if digits { SHAPE_DIGITS } else { 8 };
    }
    if digits {
        return 6;
    }
    if letters.iter().all(|c| c.is_lowercase()) {
        1
    } else if letters.iter().all(|c| c.is_uppercase()) {
        2
    } else if letters[0].is_uppercase() && letters[1..].iter().all(|c| c.is_lowercase()) {
        3
    } else {
        4
    }
}

/// The token's first `max_bytes` UTF-8 bytes, each plus one; zero pads.
pub fn byte_ids(token: &str, max_bytes: usize, out: &mut Vec<i64>) {
    let bytes = token.as_bytes();
    for i in 0..max_bytes {
        out.push(bytes.get(i).map_or(0, |&b| i64::from(b) + 1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_inner_apostrophes_and_split_punctuation() {
        let text = "O'Brien's café, 東京! don't";
        let got: Vec<&str> = tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(got, ["O'Brien's", "café", ",", "東京", "!", "don't"]);
        let t = tokenize("😀 ab")[1];
        assert_eq!((t.start, t.char_start), (5, 2));
    }

    #[test]
    fn shapes() {
        let ids: Vec<i64> = [
            "maria", "ACME", "Maria", "McDonald", "1985", "A1", ",", "@", "don't", "東京",
        ]
        .iter()
        .map(|t| shape(t))
        .collect();
        assert_eq!(ids, [1, 2, 3, 4, 5, 6, 7, 9, 10, 4]);
    }
}
