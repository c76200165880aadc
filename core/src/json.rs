//! Redacting JSON documents field by field, with key names as context.
//!
//! A bare value such as `hunter2-rotate-me` matches no rule; under the key
//! `password` it is a credential. Each string (and number) is therefore
//! scanned as the text `"key": "value"`, and only findings inside the value
//! are kept and redacted.
//!
//! Keys are data too (`{"jane.doe@example.com": {...}}`, tokens as map
//! keys), so each key is scanned on its own, without context, and redacted
//! with the same operators. Two members must not merge into one: a redacted
//! key that equals another member's name gets a counter (`[EMAIL_ADDRESS]_2`);
//! keys without findings keep their names. The structure and every other
//! value are returned unchanged.

use std::collections::BTreeSet;

use serde::Serialize;
use serde_json::Value;

use crate::engine::Detection;
use crate::error::Result;
use crate::finding::Finding;
use crate::report::Report;
use crate::scanner::{Output, Scanner};

/// A finding in one field of a JSON document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldFinding {
    /// JSON Pointer (RFC 6901) to the field in the redacted document, e.g.
    /// `/messages/0/content`. For a finding in an object key: the member's
    /// pointer (under its redacted name) followed by `~`, e.g.
    /// `/users/[EMAIL_ADDRESS]~` (JSONPath-Plus marks property names so; an
    /// unescaped trailing `~` is never a valid pointer, so it cannot be
    /// mistaken for a value's path).
    pub path: String,
    /// The finding; offsets are within the field's string value, or the key.
    #[serde(flatten)]
    pub finding: Finding,
}

impl FieldFinding {
    /// Whether the finding is in an object key rather than a value.
    pub fn in_key(&self) -> bool {
        self.path.ends_with(KEY_MARK)
    }
}

/// Ends the path of a finding in a key (see [`FieldFinding::path`]).
const KEY_MARK: char = '~';

/// A redacted JSON document.
#[derive(Clone, Debug)]
pub struct RedactedJson {
    /// The document with every finding replaced; same structure and keys.
    pub value: Value,
    /// What was found, field by field in document order.
    pub findings: Vec<FieldFinding>,
    /// Counts over the whole document (audit evidence).
    pub report: Report,
}

impl Scanner {
    /// Redacts every string and number in `value`, using the nearest object
    /// key as context, and every object key. Numbers with a finding become
    /// redacted strings; the others keep their digits exactly (serde_json's
    /// `arbitrary_precision`, on in this crate), so `99999990999990000000`
    /// does not come back as `9.999999099999001e19`.
    pub fn redact_json(&self, value: &Value) -> Result<RedactedJson> {
        let redacted = self.redact_json_unrecorded(value);
        self.notify(crate::observer::Operation::RedactJson, redacted, |r| {
            &r.report
        })
    }

    fn redact_json_unrecorded(&self, value: &Value) -> Result<RedactedJson> {
        let mut out = RedactedJson {
            value: Value::Null,
            findings: Vec::new(),
            report: self.empty_report(),
        };
        let mut path = String::new();
        out.value = self.walk(value, "", &mut path, &mut out.findings, &mut out.report)?;
        Ok(out)
    }

    /// Redacts `value` as the content of a field named `key`.
    pub fn redact_field(&self, key: &str, value: &str) -> Result<crate::Redacted> {
        let redacted = self.redact_field_unrecorded(key, value);
        self.notify(crate::observer::Operation::RedactField, redacted, |r| {
            &r.report
        })
    }

    fn redact_field_unrecorded(&self, key: &str, value: &str) -> Result<crate::Redacted> {
        let prefix = format!("\"{key}\": \"");
        let mut text = String::with_capacity(prefix.len() + value.len() + 1);
        text.push_str(&prefix);
        text.push_str(value);
        text.push('"');
        self.check_size(text.len())?;
        let (start, end) = (prefix.len(), prefix.len() + value.len());
        // Keep what lies in the value, clipped to it, in value offsets.
        let (found, degraded) = self.inner.detect(text.as_bytes())?;
        let kept: Vec<Detection> = found
            .into_iter()
            .filter(|d| d.end > start && d.start < end)
            .map(|d| Detection {
                start: d.start.max(start) - start,
                end: d.end.min(end) - start,
                ..d
            })
            .collect();
        let mut output = Output::new(&self.inner, true);
        output.emit(&self.inner, value.as_bytes(), 0, value.len(), &kept);
        output.report.bytes_scanned = value.len() as u64;
        output.report.degraded |= degraded;
        Ok(crate::Redacted {
            text: String::from_utf8(output.text).expect("redacting UTF-8 yields UTF-8"),
            findings: output.findings,
            report: output.report,
        })
    }

    fn walk(
        &self,
        value: &Value,
        key: &str,
        path: &mut String,
        findings: &mut Vec<FieldFinding>,
        report: &mut Report,
    ) -> Result<Value> {
        let mut field = |text: &str, path: &str| -> Result<Option<String>> {
            let r = self.redact_field_unrecorded(key, text)?;
            report.merge(&r.report);
            if r.findings.is_empty() {
                return Ok(None);
            }
            findings.extend(r.findings.into_iter().map(|finding| FieldFinding {
                path: path.to_string(),
                finding,
            }));
            Ok(Some(r.text))
        };
        Ok(match value {
            Value::String(s) => Value::String(field(s, path)?.unwrap_or_else(|| s.clone())),
            Value::Number(n) => match field(&n.to_string(), path)? {
                Some(redacted) => Value::String(redacted),
                None => value.clone(),
            },
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("/{i}"));
                    out.push(self.walk(item, key, path, findings, report)?);
                    path.truncate(len);
                }
                Value::Array(out)
            }
            Value::Object(map) => Value::Object(self.walk_object(map, path, findings, report)?),
            Value::Null | Value::Bool(_) => value.clone(),
        })
    }

    /// Redacts an object's keys, then its values in document order; a
    /// key's findings come before its value's.
    fn walk_object(
        &self,
        map: &serde_json::Map<String, Value>,
        path: &mut String,
        findings: &mut Vec<FieldFinding>,
        report: &mut Report,
    ) -> Result<serde_json::Map<String, Value>> {
        let mut keys = Vec::with_capacity(map.len());
        for k in map.keys() {
            // A key is a name, not a field's content: no context.
            let r = self.redact_field_unrecorded("", k)?;
            report.merge(&r.report);
            keys.push(r);
        }
        let names = member_names(map, &keys);
        let mut out = serde_json::Map::with_capacity(map.len());
        for (((k, item), key), name) in map.iter().zip(keys).zip(names) {
            let len = path.len();
            path.push('/');
            path.push_str(&name.replace('~', "~0").replace('/', "~1"));
            findings.extend(key.findings.into_iter().map(|finding| FieldFinding {
                path: format!("{path}{KEY_MARK}"),
                finding,
            }));
            out.insert(name, self.walk(item, k, path, findings, report)?);
            path.truncate(len);
        }
        Ok(out)
    }
}

/// The output name of each member of `map`: a key without findings keeps
/// its name; a redacted one that is already taken gets `_2`, `_3`, ... so
/// that no member is lost.
fn member_names(map: &serde_json::Map<String, Value>, keys: &[crate::Redacted]) -> Vec<String> {
    let members = || map.keys().zip(keys);
    let mut taken: BTreeSet<String> = members()
        .filter(|(_, r)| r.findings.is_empty())
        .map(|(k, _)| k.clone())
        .collect();
    members()
        .map(|(k, r)| {
            if r.findings.is_empty() {
                return k.clone();
            }
            let mut name = r.text.clone();
            let mut n = 1;
            while !taken.insert(name.clone()) {
                n += 1;
                name = format!("{}_{n}", r.text);
            }
            name
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::Scanner;

    #[test]
    fn keys_give_context_and_structure_is_kept() {
        let s = Scanner::builder().build().unwrap();
        let doc = json!({
            "user": {"email": "bob@example.com", "age": 41},
            "db_password": "Xk9#mP2$vL7qR4tW",
            "messages": [{"role": "user", "content": "card 4111 1111 1111 1111 please"}],
            "card": 4111111111111111u64,
            "ok": true
        });
        let r = s.redact_json(&doc).unwrap();
        assert_eq!(r.value["user"]["email"], "[EMAIL_ADDRESS]");
        assert_eq!(r.value["user"]["age"], 41);
        assert_eq!(r.value["db_password"], "[PASSWORD]");
        assert_eq!(
            r.value["messages"][0]["content"],
            "card [CREDIT_CARD] please"
        );
        assert_eq!(r.value["card"], "[CREDIT_CARD]");
        assert_eq!(r.value["ok"], true);
        let paths: Vec<&str> = r.findings.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "/card",
                "/db_password",
                "/messages/0/content",
                "/user/email"
            ]
        );
        assert_eq!(r.report.findings, 4);
        assert_eq!(r.findings[2].finding.chars.start, 5);
    }

    const TOKEN: &str = "ghp_0123456789abcdefghijklmnopqrstuvwxyZ";

    #[test]
    fn keys_are_redacted_and_their_findings_point_at_the_member() {
        let s = Scanner::builder().build().unwrap();
        let doc = json!({
            "jane.doe@example.com": 1,
            "tokens": {TOKEN: {"owner": "bob@example.com"}},
        });
        let r = s.redact_json(&doc).unwrap();
        let text = r.value.to_string();
        assert!(
            !text.contains("jane.doe") && !text.contains(TOKEN) && !text.contains("bob@"),
            "{text}"
        );
        assert_eq!(r.value["[EMAIL_ADDRESS]"], 1);
        assert_eq!(
            r.value["tokens"]["[GITHUB_TOKEN]"]["owner"],
            "[EMAIL_ADDRESS]"
        );
        let found: Vec<(&str, &str, bool)> = r
            .findings
            .iter()
            .map(|f| (f.path.as_str(), f.finding.entity.as_str(), f.in_key()))
            .collect();
        assert_eq!(
            found,
            [
                ("/[EMAIL_ADDRESS]~", "EMAIL_ADDRESS", true),
                ("/tokens/[GITHUB_TOKEN]~", "GITHUB_TOKEN", true),
                ("/tokens/[GITHUB_TOKEN]/owner", "EMAIL_ADDRESS", false),
            ]
        );
        let chars = r.findings[1].finding.chars;
        assert_eq!((chars.start, chars.end), (0, TOKEN.len()));
        assert_eq!(r.report.findings, 3);
        assert_eq!(r.report.by_entity["GITHUB_TOKEN"], 1);
    }

    #[test]
    fn keys_that_collide_after_redaction_are_all_kept() {
        let s = Scanner::builder().build().unwrap();
        let doc = json!({
            "[EMAIL_ADDRESS]": "kept as is",
            "ann@example.com": 1,
            "bob@example.com": 2,
            "plain": 3,
        });
        let r = s.redact_json(&doc).unwrap();
        assert_eq!(
            r.value,
            json!({
                "[EMAIL_ADDRESS]": "kept as is",
                "[EMAIL_ADDRESS]_2": 1,
                "[EMAIL_ADDRESS]_3": 2,
                "plain": 3,
            })
        );
        let paths: Vec<&str> = r.findings.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["/[EMAIL_ADDRESS]_2~", "/[EMAIL_ADDRESS]_3~"]);
        assert_eq!(r.report.findings, 2);
    }

    #[test]
    fn numbers_without_findings_keep_their_exact_text() {
        // Parsed as f64, `big` came back as 9.999999099999001e19. Digits are
        // kept exactly; serde_json writes an exponent as `e-7` or `e+3`.
        let text = r#"{"big":99999990999990000000,"exp":1.50e-7,"neg":-0,"tenth":1.10}"#;
        let doc: serde_json::Value = serde_json::from_str(text).unwrap();
        let s = Scanner::builder().build().unwrap();
        let r = s.redact_json(&doc).unwrap();
        assert!(r.findings.is_empty());
        assert_eq!(r.value.to_string(), text);
    }

    #[test]
    fn a_bare_value_needs_its_key() {
        let s = Scanner::builder().build().unwrap();
        let value = "Xk9#mP2$vL7qR4tW";
        assert!(s.scan(value).unwrap().is_empty());
        assert_eq!(
            s.redact_field("password", value).unwrap().text,
            "[PASSWORD]"
        );
        assert_eq!(s.redact_field("note", value).unwrap().text, value);
    }
}
