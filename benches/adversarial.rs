//! Adversarial inputs for the worst-case floor: text built to make a
//! scanner do the most work per byte (dense keyword and prefix hits,
//! near-matches that never complete, long runs of one character class,
//! dense de-obfuscation work).
//!
//! Every generator is deterministic and returns exactly `len` bytes of
//! UTF-8 (the last repetition is cut at a character boundary).

use scrubline::RuleSet;

/// A named generator.
pub struct Adversary {
    /// Short name for tables.
    pub name: &'static str,
    /// Builds `len` bytes.
    pub make: fn(usize) -> Vec<u8>,
}

/// `unit` repeated to exactly `len` bytes, cut at a character boundary.
pub fn repeat_to(unit: &str, len: usize) -> Vec<u8> {
    let mut s = unit.repeat(len / unit.len().max(1) + 1);
    let mut cut = len.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s.into_bytes()
}

/// A deterministic pseudo-random byte stream (xorshift), for runs of a class.
fn run_of(alphabet: &[u8], len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            alphabet[(x % alphabet.len() as u64) as usize]
        })
        .collect()
}

const BASE64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const HEX: &[u8] = b"0123456789abcdef";

/// The fixed generators: one per family the fail-closed issue names, plus
/// the de-obfuscation and generic-credential families.
pub const ADVERSARIES: &[Adversary] = &[
    Adversary {
        name: "pem_unterminated",
        make: |n| repeat_to("src/k.py:12:    \"-----BEGIN RSA PRIVATE KEY-----\"\n", n),
    },
    Adversary {
        name: "pem_headers_glued",
        make: |n| repeat_to("-----BEGIN PRIVATE KEY-----MIIEvQIBADANBg", n),
    },
    Adversary {
        name: "jwt_prefix",
        make: |n| repeat_to("eyJ", n),
    },
    Adversary {
        name: "jwt_two_parts",
        make: |n| repeat_to("eyJhbGciOiJIUzI1NiJ9.eyJ", n),
    },
    Adversary {
        name: "base64_run",
        make: |n| run_of(BASE64, n),
    },
    Adversary {
        name: "hex_run",
        make: |n| run_of(HEX, n),
    },
    Adversary {
        name: "digit_run",
        make: |n| run_of(b"0123456789", n),
    },
    Adversary {
        name: "digit_groups",
        make: |n| repeat_to("4111 1111 1111 1111 ", n),
    },
    Adversary {
        name: "digit_dashes",
        make: |n| repeat_to("1-2-3-4-5-6-7-8-9-0-", n),
    },
    Adversary {
        name: "phone_prefixes",
        make: |n| repeat_to("+1 (555) 01", n),
    },
    Adversary {
        name: "dotted_quads",
        make: |n| repeat_to("10.0.0.1.", n),
    },
    Adversary {
        name: "dense_emails",
        make: |n| repeat_to("a@b.co ", n),
    },
    Adversary {
        name: "at_chain",
        make: |n| repeat_to("a@", n),
    },
    Adversary {
        name: "url_credentials",
        make: |n| repeat_to("https://u:p@", n),
    },
    Adversary {
        name: "password_assignments",
        make: |n| repeat_to("password=", n),
    },
    Adversary {
        name: "password_quoted",
        make: |n| repeat_to("password = \"", n),
    },
    Adversary {
        name: "secret_prose",
        make: |n| repeat_to("the secret is ", n),
    },
    Adversary {
        name: "key_colons",
        make: |n| repeat_to("api_key: ", n),
    },
    Adversary {
        name: "zero_width",
        make: |n| repeat_to("a\u{200B}", n),
    },
    Adversary {
        name: "hex_escapes",
        make: |n| repeat_to("\\x41", n),
    },
    Adversary {
        name: "unicode_escapes",
        make: |n| repeat_to("\\u0041", n),
    },
    Adversary {
        name: "full_width",
        make: |n| repeat_to("ＡＫＩＡ", n),
    },
    Adversary {
        name: "literal_joins",
        make: |n| repeat_to("'ab'+", n),
    },
    Adversary {
        name: "line_continuations",
        make: |n| repeat_to("ab\\\n", n),
    },
    Adversary {
        // A password found once, then recurring glued to itself: every
        // byte ends an overlapping recurrence.
        name: "recurrences",
        make: |n| repeat_to("password = Zq8#abZq8#ab\nZq8#abZq8#abZq8#abZq8#ab ", n),
    },
];

/// One input per built-in rule keyword: the keyword repeated, glued
/// (`kwkwkw`) and spaced (`kw kw kw`), `len` bytes each.
pub fn keyword_floods(rules: &RuleSet, len: usize) -> Vec<(String, Vec<u8>)> {
    let mut keywords: Vec<&str> = rules
        .rules()
        .iter()
        .flat_map(|r| r.keywords.iter().map(String::as_str))
        .collect();
    keywords.sort_unstable();
    keywords.dedup();
    keywords
        .into_iter()
        .flat_map(|k| {
            [
                (format!("keyword {k:?} glued"), repeat_to(k, len)),
                (
                    format!("keyword {k:?} spaced"),
                    repeat_to(&format!("{k} "), len),
                ),
            ]
        })
        .collect()
}

/// One input per built-in rule: its first positive example without its
/// last byte (a near-match), repeated to `len` bytes. Examples hold fake
/// values only; the input names the rule, never the value.
pub fn near_match_floods(rules: &RuleSet, len: usize) -> Vec<(String, Vec<u8>)> {
    rules
        .rules()
        .iter()
        .filter_map(|r| {
            let example = r.examples.first()?;
            let mut cut = example.len().saturating_sub(1);
            while !example.is_char_boundary(cut) {
                cut -= 1;
            }
            (cut > 0).then(|| {
                (
                    format!("near-match {}", r.id),
                    repeat_to(&example[..cut], len),
                )
            })
        })
        .collect()
}
