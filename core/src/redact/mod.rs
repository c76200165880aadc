//! Redaction operators and the policy that picks one per finding.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use serde_with::SerializeDisplay;
use sha2::Sha256;

use crate::rules::Category;

/// How a detected value is replaced.
///
/// Written as a string everywhere (CLI, JSON options, bindings): `label`,
/// `mask`, `mask:#`, `partial_mask:4`, `partial_mask:4:#`, `pseudonym`, `remove`.
#[derive(Clone, Debug, PartialEq, Eq, SerializeDisplay)]
pub enum Operator {
    /// `[ENTITY]`, e.g. `[EMAIL_ADDRESS]`.
    Label,
    /// One mask character per character of the value.
    Mask {
        /// The mask character.
        char: char,
    },
    /// Mask all but the last few characters (e.g. card numbers): at most
    /// `keep_last`, and never more than a quarter of the value, rounded
    /// down, so `partial_mask:4` shows `************1111` for a card number
    /// but `******pw` for `s3cr3tpw`, and values of fewer than four
    /// characters are masked whole.
    PartialMask {
        /// The mask character.
        char: char,
        /// Most characters left visible at the end.
        keep_last: usize,
    },
    /// `[ENTITY:16 hex digits]` from HMAC-SHA-256 under the scanner's key:
    /// the same value gives the same token, and other keys give unrelated ones.
    Pseudonym,
    /// Deletes the value.
    Remove,
}

impl Operator {
    /// Short name used in reports and on the command line.
    pub fn name(&self) -> &'static str {
        match self {
            Operator::Label => "label",
            Operator::Mask { .. } => "mask",
            Operator::PartialMask { .. } => "partial_mask",
            Operator::Pseudonym => "pseudonym",
            Operator::Remove => "remove",
        }
    }

    /// Writes the replacement for `value` (a finding of `entity`) to `out`.
    pub(crate) fn apply(
        &self,
        entity: &str,
        value: &[u8],
        key: Option<&PseudonymKey>,
        out: &mut Vec<u8>,
    ) {
        match self {
            Operator::Label => {
                out.push(b'[');
                out.extend_from_slice(entity.as_bytes());
                out.push(b']');
            }
            Operator::Mask { char } => push_repeated(out, *char, char_count(value)),
            Operator::PartialMask { char, keep_last } => {
                let n = char_count(value);
                let masked = n - visible_tail(n, *keep_last);
                push_repeated(out, *char, masked);
                out.extend_from_slice(&value[byte_index_of_char(value, masked)..]);
            }
            Operator::Pseudonym => {
                // Scanner::build refuses a pseudonym operator without a key.
                let key = key.expect("pseudonym operator has a key");
                out.push(b'[');
                out.extend_from_slice(entity.as_bytes());
                out.push(b':');
                out.extend_from_slice(key.token(entity, value).as_bytes());
                out.push(b']');
            }
            Operator::Remove => {}
        }
    }
}

impl fmt::Display for Operator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Operator::Mask { char } => write!(f, "mask:{char}"),
            Operator::PartialMask { char, keep_last } => {
                write!(f, "partial_mask:{keep_last}:{char}")
            }
            other => f.write_str(other.name()),
        }
    }
}

/// Parses `label`, `mask`, `mask:#`, `partial_mask:4`, `partial_mask:4:#`, `pseudonym`, `remove`.
impl FromStr for Operator {
    type Err = String;
    fn from_str(s: &str) -> Result<Operator, String> {
        let mut parts = s.split(':');
        let name = parts.next().unwrap_or_default();
        let rest: Vec<&str> = parts.collect();
        let mask_char = |p: Option<&&str>| -> Result<char, String> {
            match p {
                None => Ok('*'),
                Some(p) => {
                    let mut chars = p.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => Ok(c),
                        _ => Err(format!(
                            "mask character must be one character in operator `{s}`"
                        )),
                    }
                }
            }
        };
        match (name, rest.len()) {
            ("label", 0) => Ok(Operator::Label),
            ("mask", 0 | 1) => Ok(Operator::Mask {
                char: mask_char(rest.first())?,
            }),
            ("partial_mask", 1 | 2) => {
                let keep_last = rest[0].parse().map_err(|_| {
                    format!(
                        "partial_mask needs a number of characters to keep, got `{}`",
                        rest[0]
                    )
                })?;
                Ok(Operator::PartialMask {
                    char: mask_char(rest.get(1))?,
                    keep_last,
                })
            }
            ("pseudonym", 0) => Ok(Operator::Pseudonym),
            ("remove", 0) => Ok(Operator::Remove),
            _ => Err(format!(
                "unknown operator `{s}` (expected label, mask[:C], partial_mask:N[:C], pseudonym or remove)"
            )),
        }
    }
}

/// Characters `partial_mask:keep_last` leaves visible at the end of a value
/// of `len` characters: `min(keep_last, len / 4)`. The report counts the
/// value as redacted, so at least three quarters of it must stay hidden
/// whatever `keep_last` asks for.
fn visible_tail(len: usize, keep_last: usize) -> usize {
    keep_last.min(len / 4)
}

/// A string of the forms [`FromStr`] parses.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Operator {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Operator".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "How a value is replaced: `label` ([ENTITY]), `mask` or `mask:C` (one C per character, default `*`), `partial_mask:N` or `partial_mask:N:C` (mask all but the last N characters, never more than a quarter of the value), `pseudonym` ([ENTITY:16 hex] under the pseudonym key), `remove`.",
            "pattern": "^(label|mask(:.)?|partial_mask:[0-9]+(:.)?|pseudonym|remove)$",
            "examples": ["label", "mask", "partial_mask:4", "pseudonym"]
        })
    }
}

/// Deserializes from the string form. A string that is not an operator is
/// an `invalid_value` error listing the forms, without quoting the string:
/// options are read from files and bindings whose errors get logged.
impl<'de> Deserialize<'de> for Operator {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Operator, D::Error> {
        deserializer.deserialize_str(OperatorVisitor)
    }
}

struct OperatorVisitor;

impl serde::de::Visitor<'_> for OperatorVisitor {
    type Value = Operator;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an operator (label, mask[:C], partial_mask:N[:C], pseudonym or remove)")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Operator, E> {
        s.parse()
            .map_err(|_| E::invalid_value(serde::de::Unexpected::Other("a string"), &self))
    }
}

fn char_count(value: &[u8]) -> usize {
    value.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

fn byte_index_of_char(value: &[u8], n: usize) -> usize {
    value
        .iter()
        .enumerate()
        .filter(|(_, b)| *b & 0xC0 != 0x80)
        .nth(n)
        .map_or(value.len(), |(i, _)| i)
}

fn push_repeated(out: &mut Vec<u8>, c: char, n: usize) {
    let mut buf = [0u8; 4];
    let encoded = c.encode_utf8(&mut buf).as_bytes();
    for _ in 0..n {
        out.extend_from_slice(encoded);
    }
}

/// Key for the pseudonym operator. Its `Debug` output never shows the key.
#[derive(Clone)]
pub struct PseudonymKey(Vec<u8>);

impl PseudonymKey {
    /// Wraps key bytes (use at least 32 random bytes).
    pub fn new(key: impl Into<Vec<u8>>) -> PseudonymKey {
        PseudonymKey(key.into())
    }

    /// First 8 bytes of HMAC-SHA-256(key, entity || 0x00 || value), hex.
    pub(crate) fn token(&self, entity: &str, value: &[u8]) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC accepts any key length");
        mac.update(entity.as_bytes());
        mac.update(&[0]);
        mac.update(value);
        hex::encode(&mac.finalize().into_bytes()[..8])
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for PseudonymKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PseudonymKey({} bytes)", self.0.len())
    }
}

/// Which operator applies to a finding: by entity first, then by category.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// Operator for secrets without an entity override.
    pub secret: Operator,
    /// Operator for PII without an entity override.
    pub pii: Operator,
    /// Per-entity overrides.
    pub entities: BTreeMap<String, Operator>,
}

impl Default for Policy {
    /// Label everything: `[AWS_ACCESS_KEY_ID]`, `[EMAIL_ADDRESS]`.
    fn default() -> Policy {
        Policy {
            secret: Operator::Label,
            pii: Operator::Label,
            entities: BTreeMap::new(),
        }
    }
}

impl Policy {
    /// The operator for a finding of `entity` in `category`.
    pub fn operator_for(&self, entity: &str, category: Category) -> &Operator {
        self.entities.get(entity).unwrap_or(match category {
            Category::Secret => &self.secret,
            Category::Pii => &self.pii,
        })
    }

    /// True if any rule would be redacted with a pseudonym.
    pub(crate) fn uses_pseudonym(&self) -> bool {
        self.secret == Operator::Pseudonym
            || self.pii == Operator::Pseudonym
            || self.entities.values().any(|o| *o == Operator::Pseudonym)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(op: &str, value: &str) -> String {
        let mut out = Vec::new();
        let key = PseudonymKey::new(b"k".to_vec());
        op.parse::<Operator>().unwrap().apply(
            "EMAIL_ADDRESS",
            value.as_bytes(),
            Some(&key),
            &mut out,
        );
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn operators() {
        assert_eq!(apply("label", "bob@x.io"), "[EMAIL_ADDRESS]");
        assert_eq!(apply("mask", "héllo"), "*****");
        assert_eq!(apply("mask:#", "abc"), "###");
        assert_eq!(
            apply("partial_mask:4", "4111111111111111"),
            "************1111"
        );
        assert_eq!(apply("partial_mask:4:x", "né12"), "xxx2");
        assert_eq!(apply("partial_mask:2:x", "néé12345"), "xxxxxx45");
        assert_eq!(apply("remove", "abc"), "");
        let p = apply("pseudonym", "bob@x.io");
        assert!(
            p.starts_with("[EMAIL_ADDRESS:") && p.len() == "[EMAIL_ADDRESS:]".len() + 16,
            "{p}"
        );
        assert_eq!(p, apply("pseudonym", "bob@x.io"));
        assert_ne!(p, apply("pseudonym", "bob@y.io"));
    }

    #[test]
    fn partial_mask_never_reveals_more_than_a_quarter_of_a_value() {
        // The value is no longer than N: the old rule printed it whole.
        assert_eq!(apply("partial_mask:8", "s3cr3tpw"), "******pw");
        assert_eq!(apply("partial_mask:4", "abcd"), "***d");
        assert_eq!(apply("partial_mask:4", "abcdefg"), "******g");
        for short in ["", "a", "ab", "abc"] {
            assert_eq!(apply("partial_mask:4", short), "*".repeat(short.len()));
        }
        assert_eq!(apply("partial_mask:0", "abcdefgh"), "********");
        assert_eq!(apply("partial_mask:2:x", "héllo123"), "xxxxxx23");
    }

    #[test]
    fn pseudonyms_differ_across_keys_and_hide_the_key() {
        let a = PseudonymKey::new(b"tenant-a".to_vec());
        let b = PseudonymKey::new(b"tenant-b".to_vec());
        assert_ne!(a.token("E", b"v"), b.token("E", b"v"));
        assert_eq!(format!("{a:?}"), "PseudonymKey(8 bytes)");
    }

    #[test]
    fn parse_errors_and_round_trip() {
        assert!("mask:ab".parse::<Operator>().is_err());
        assert!("partial_mask".parse::<Operator>().is_err());
        assert!("blur".parse::<Operator>().is_err());
        for s in ["label", "mask:#", "partial_mask:4:*", "pseudonym", "remove"] {
            assert_eq!(s.parse::<Operator>().unwrap().to_string(), s);
        }
    }
}
