//! One evidence record and its sealed line: the hash chain and optional HMAC.

use std::collections::BTreeMap;

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::report::ModelInfo;

/// Version of the evidence record's JSON shape.
pub const EVIDENCE_SCHEMA_VERSION: u32 = 1;

/// The `prev` of a log's first record: 64 zeros.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What a record stands for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// Counts of one scan call, or of every call in one time bucket.
    #[default]
    Scan,
    /// Segments deleted under the retention setting (see `pruned`).
    Retention,
}

/// Caller-supplied context of a call: who asked, never what was scanned.
///
/// Values are short labels (at most 128 characters, no control characters);
/// a request id should be an opaque id, not user data.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CallContext {
    /// The service or application that made the call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// The tenant or customer the call was made for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    /// The caller's request or trace id (per-call records only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl CallContext {
    /// Longest accepted context value, in characters.
    pub const MAX_LEN: usize = 128;

    /// Reads a context from JSON text (`{"service": "api", "request_id": "r1"}`);
    /// errors name the field and the expected type, never a value.
    pub fn from_json(text: &str) -> crate::Result<CallContext> {
        crate::options::from_json("context", text)
    }

    /// Whether no field is set.
    pub fn is_empty(&self) -> bool {
        self.service.is_none() && self.tenant.is_none() && self.request_id.is_none()
    }

    /// `self`, with fields it leaves unset taken from `defaults`.
    pub fn or(&self, defaults: &CallContext) -> CallContext {
        CallContext {
            service: self.service.clone().or_else(|| defaults.service.clone()),
            tenant: self.tenant.clone().or_else(|| defaults.tenant.clone()),
            request_id: self
                .request_id
                .clone()
                .or_else(|| defaults.request_id.clone()),
        }
    }

    /// Checks length and characters; the error names the field, not its value.
    pub fn validate(&self) -> crate::Result<()> {
        for (name, value) in [
            ("service", &self.service),
            ("tenant", &self.tenant),
            ("request_id", &self.request_id),
        ] {
            if let Some(v) = value
                && (v.chars().count() > Self::MAX_LEN || v.chars().any(char::is_control))
            {
                return Err(crate::Error::config(format!(
                    "evidence context `{name}` must be at most {} characters without control characters",
                    Self::MAX_LEN
                )));
            }
        }
        Ok(())
    }
}

/// The time window a bucket record covers (RFC 3339, UTC; end exclusive).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    /// Start of the window.
    pub start: String,
    /// End of the window (exclusive).
    pub end: String,
}

/// A rule pack in force: name, version and file digest.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PackVersion {
    /// Pack name.
    pub name: String,
    /// Pack version.
    pub version: String,
    /// SHA-256 of the pack file.
    pub sha256: String,
}

/// A log segment deleted under the retention setting, and where its chain ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrunedSegment {
    /// File name of the deleted segment.
    pub file: String,
    /// Sequence number of its first record.
    pub first_seq: u64,
    /// Sequence number of its last record.
    pub last_seq: u64,
    /// Hash of its last record (the next record's `prev`).
    pub last_hash: String,
}

/// One line of the evidence log, before sealing.
///
/// Holds counts, digests, versions and caller context only: never scanned
/// text, a matched value or a span. Field order is the line's field order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EvidenceRecord {
    /// [`EVIDENCE_SCHEMA_VERSION`].
    pub v: u32,
    /// Position in the chain, from 1, continuing across rotated files.
    pub seq: u64,
    /// When the record was written (RFC 3339, UTC, milliseconds).
    pub ts: String,
    /// What the record stands for.
    pub kind: RecordKind,
    /// Bucket records: the window they aggregate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window: Option<Window>,
    /// Caller context (bucket records drop `request_id`).
    #[serde(skip_serializing_if = "CallContext::is_empty")]
    pub context: CallContext,
    /// Calls counted (1 for a per-call record).
    pub calls: u64,
    /// Calls per operation (`redact`, `scan`, `redact_json`, `stream`, ...).
    pub by_operation: BTreeMap<String, u64>,
    /// Calls that failed, per error code (nothing was returned for them).
    pub errors: BTreeMap<String, u64>,
    /// Input bytes scanned.
    pub bytes_scanned: u64,
    /// Findings, each redacted (or reported, for `scan`).
    pub findings: u64,
    /// Findings per category.
    pub by_category: BTreeMap<String, u64>,
    /// Findings per entity.
    pub by_entity: BTreeMap<String, u64>,
    /// Findings per rule id.
    pub by_rule: BTreeMap<String, u64>,
    /// Redactions per operator.
    pub by_operator: BTreeMap<String, u64>,
    /// Whether any counted call ran with a detector missing (degraded mode).
    pub degraded: bool,
    /// Calls that ran degraded.
    pub degraded_calls: u64,
    /// `scrubline/<version>`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub scanner: String,
    /// Pattern backend.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub backend: String,
    /// SHA-256 of the rule set in force.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub rule_set_sha256: String,
    /// Rule packs in force.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub packs: Vec<PackVersion>,
    /// Models in force (the PII classifier), with SHA-256.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub models: Vec<ModelInfo>,
    /// Retention records: the segments deleted.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pruned: Vec<PrunedSegment>,
    /// Label of the HMAC key (never the key), when records carry a `mac`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// `hash` of the previous record ([`GENESIS`] for the first).
    pub prev: String,
}

impl EvidenceRecord {
    /// Milliseconds since the epoch of the period the record counts: its
    /// window's start, else its timestamp. `None` if unparseable.
    pub fn time_ms(&self) -> Option<i64> {
        let at = self.window.as_ref().map_or(&self.ts, |w| &w.start);
        parse_ms(at)
    }

    /// End of the period the record counts (window end, else its timestamp).
    pub fn end_ms(&self) -> Option<i64> {
        let at = self.window.as_ref().map_or(&self.ts, |w| &w.end);
        parse_ms(at)
    }
}

/// RFC 3339 UTC text of `ms` since the epoch.
pub(crate) fn format_ms(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| format!("{t:.3}"))
        .unwrap_or_default()
}

/// Milliseconds since the epoch of an RFC 3339 timestamp.
pub(crate) fn parse_ms(text: &str) -> Option<i64> {
    text.parse::<jiff::Timestamp>()
        .ok()
        .map(|t| t.as_millisecond())
}

/// A sealed line split into its parts.
#[derive(Debug)]
pub(crate) struct Sealed<'a> {
    /// The record's JSON without `hash` and `mac`: what they cover.
    pub body: String,
    pub hash: &'a str,
    pub mac: Option<&'a str>,
}

const HASH_FIELD: &str = ",\"hash\":\"";
const MAC_FIELD: &str = ",\"mac\":\"";

/// Seals `record` into one line (no newline) and returns it with its hash.
///
/// `hash` is the SHA-256 of the record's JSON text (`body`); `mac`, with a
/// key, is HMAC-SHA256 of the same text. Both are appended as the object's
/// last fields, so stripping them gives back `body` byte for byte.
pub(crate) fn seal(record: &EvidenceRecord, key: Option<&[u8]>) -> (String, String) {
    let body = serde_json::to_string(record).expect("an evidence record serializes");
    let hash = hex::encode(Sha256::digest(body.as_bytes()));
    let mut line = String::with_capacity(body.len() + 160);
    line.push_str(&body[..body.len() - 1]);
    line.push_str(HASH_FIELD);
    line.push_str(&hash);
    line.push('"');
    if let Some(key) = key {
        line.push_str(MAC_FIELD);
        line.push_str(&mac(key, &body));
        line.push('"');
    }
    line.push('}');
    (line, hash)
}

/// HMAC-SHA256 of `body` under `key`, lower-case hex.
pub(crate) fn mac(key: &[u8], body: &str) -> String {
    let mut m = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    m.update(body.as_bytes());
    hex::encode(m.finalize().into_bytes())
}

/// Splits a sealed line; `None` if it does not end in the sealed fields.
pub(crate) fn unseal(line: &str) -> Option<Sealed<'_>> {
    let rest = line.strip_suffix("\"}")?;
    let (rest, mac) = match split_hex_field(rest, MAC_FIELD) {
        Some((rest, mac)) => (rest, Some(mac)),
        None => (rest, None),
    };
    let rest = match mac {
        Some(_) => rest.strip_suffix('"')?,
        None => rest,
    };
    let (rest, hash) = split_hex_field(rest, HASH_FIELD)?;
    Some(Sealed {
        body: format!("{rest}}}"),
        hash,
        mac,
    })
}

/// `rest` ends with `field` then 64 hex digits: splits them off.
fn split_hex_field<'a>(rest: &'a str, field: &str) -> Option<(&'a str, &'a str)> {
    let cut = rest.len().checked_sub(64)?;
    let hex = rest.get(cut..)?;
    if !hex
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return None;
    }
    Some((rest[..cut].strip_suffix(field)?, hex))
}

/// SHA-256 of a body, lower-case hex.
pub(crate) fn hash_body(body: &str) -> String {
    hex::encode(Sha256::digest(body.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_then_unseal_gives_back_the_body() {
        let record = EvidenceRecord {
            v: 1,
            seq: 3,
            ts: format_ms(1_700_000_000_000),
            prev: GENESIS.into(),
            ..Default::default()
        };
        for key in [None, Some(&b"k"[..])] {
            let (line, hash) = seal(&record, key);
            let s = unseal(&line).expect("sealed line");
            assert_eq!(s.hash, hash);
            assert_eq!(hash_body(&s.body), hash);
            assert_eq!(s.mac.is_some(), key.is_some());
            let back: EvidenceRecord = serde_json::from_str(&s.body).unwrap();
            assert_eq!(back, record);
            let full: serde_json::Value = serde_json::from_str(&line).unwrap();
            assert_eq!(full["hash"], hash.as_str());
        }
        assert!(unseal("{\"seq\":1}").is_none());
    }

    #[test]
    fn timestamps_are_utc_milliseconds() {
        assert_eq!(format_ms(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(parse_ms("1970-01-01T00:00:01.5Z"), Some(1500));
    }
}
