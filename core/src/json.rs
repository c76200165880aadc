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

use crate::call::{CallOptions, CallPlan};
use crate::engine::Detection;
use crate::error::Result;
use crate::finding::Finding;
use crate::report::Report;
use crate::scanner::{Output, Scanner};
use crate::vault::Vault;

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
        self.redact_json_with(value, &CallOptions::default(), None)
    }

    /// [`redact_json`](Self::redact_json) with per-call options; with
    /// [`CallOptions::paths`], only the fields they name are redacted (keys
    /// inside a named field too), and everything else is kept as it is.
    /// With `vault`, findings become the vault's numbered tokens (as in
    /// [`redact_to_vault`](Self::redact_to_vault)).
    ///
    /// ```
    /// let scanner = scrubline::Scanner::default_rules()?;
    /// let request = serde_json::json!({
    ///     "model": "bob@example.com",
    ///     "messages": [{"role": "user", "content": "mail bob@example.com"}],
    /// });
    /// let call = scrubline::CallOptions {
    ///     paths: vec!["messages.*.content".into()],
    ///     ..Default::default()
    /// };
    /// let vault = scrubline::Vault::new();
    /// let r = scanner.redact_json_with(&request, &call, Some(&vault))?;
    /// assert_eq!(r.value["messages"][0]["content"], "mail [EMAIL_ADDRESS_1]");
    /// assert_eq!(r.value["model"], "bob@example.com");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn redact_json_with(
        &self,
        value: &Value,
        call: &CallOptions,
        vault: Option<&Vault>,
    ) -> Result<RedactedJson> {
        let redacted = self.redact_json_unrecorded(value, call, vault);
        self.notify(crate::observer::Operation::RedactJson, redacted, |r| {
            &r.report
        })
    }

    fn redact_json_unrecorded(
        &self,
        value: &Value,
        call: &CallOptions,
        vault: Option<&Vault>,
    ) -> Result<RedactedJson> {
        let plan = match call.is_empty() {
            true => None,
            false => Some(CallPlan::new(call, &self.inner)?),
        };
        if let Some(vault) = vault {
            // Token-like text anywhere in the document keeps its number.
            reserve_literals(vault, value);
        }
        let mut walker = Walker {
            scanner: self,
            plan: plan.as_ref(),
            vault,
            findings: Vec::new(),
            report: self.empty_report(),
            path: String::new(),
        };
        let value = match call.paths.is_empty() {
            true => walker.walk(value, "")?,
            false => {
                let selectors: Vec<Vec<&str>> =
                    call.paths.iter().map(|p| p.split('.').collect()).collect();
                let live: Vec<&[&str]> = selectors.iter().map(Vec::as_slice).collect();
                walker.select(value, "", &live)?
            }
        };
        if let Some(plan) = &plan {
            let found = walker.findings.iter().map(|f| &f.finding);
            plan.check_block(found.map(|f| (f.entity.as_str(), f.category)))?;
        }
        Ok(RedactedJson {
            value,
            findings: walker.findings,
            report: walker.report,
        })
    }

    /// Redacts `value` as the content of a field named `key`.
    pub fn redact_field(&self, key: &str, value: &str) -> Result<crate::Redacted> {
        let redacted = self.redact_field_unrecorded(key, value, None, None);
        self.notify(crate::observer::Operation::RedactField, redacted, |r| {
            &r.report
        })
    }

    fn redact_field_unrecorded(
        &self,
        key: &str,
        value: &str,
        plan: Option<&CallPlan<'_>>,
        vault: Option<&Vault>,
    ) -> Result<crate::Redacted> {
        let prefix = format!("\"{key}\": \"");
        let mut text = String::with_capacity(prefix.len() + value.len() + 1);
        text.push_str(&prefix);
        text.push_str(value);
        text.push('"');
        self.check_size(text.len())?;
        let (start, end) = (prefix.len(), prefix.len() + value.len());
        // Keep what lies in the value, clipped to it, in value offsets.
        let (found, degraded) = self.inner.detect_counted(text.as_bytes(), None, plan)?;
        let kept: Vec<Detection> = found
            .into_iter()
            .filter(|d| d.end > start && d.start < end)
            .map(|d| Detection {
                start: d.start.max(start) - start,
                end: d.end.min(end) - start,
                ..d
            })
            .collect();
        let mut output = Output::new(&self.inner, true)
            .with_operators(plan.and_then(|p| p.operators.clone()))
            .with_vault(vault.cloned());
        output.emit(&self.inner, value.as_bytes(), 0, value.len(), &kept);
        output.report.bytes_scanned = value.len() as u64;
        output.report.degraded |= degraded;
        Ok(crate::Redacted {
            text: String::from_utf8(output.text).expect("redacting UTF-8 yields UTF-8"),
            findings: output.findings,
            report: output.report,
        })
    }
}

/// One document's redaction: the call, what was found, where it is.
struct Walker<'a> {
    scanner: &'a Scanner,
    plan: Option<&'a CallPlan<'a>>,
    vault: Option<&'a Vault>,
    findings: Vec<FieldFinding>,
    report: Report,
    /// JSON Pointer of the node being walked.
    path: String,
}

impl Walker<'_> {
    fn field(&mut self, key: &str, text: &str) -> Result<crate::Redacted> {
        let r = self
            .scanner
            .redact_field_unrecorded(key, text, self.plan, self.vault)?;
        self.report.merge(&r.report);
        Ok(r)
    }

    /// Keeps `value` but for the fields that `live` selectors (dotted
    /// paths, left to match) name below it; `key` is the nearest key.
    fn select(&mut self, value: &Value, key: &str, live: &[&[&str]]) -> Result<Value> {
        if live.iter().any(|s| s.is_empty()) {
            return self.walk(value, key);
        }
        let step = |name: &str| -> Vec<&[&str]> {
            live.iter()
                .filter(|s| s[0] == "*" || s[0] == name)
                .map(|s| &s[1..])
                .collect()
        };
        Ok(match value {
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    let next = step(&i.to_string());
                    out.push(match next.is_empty() {
                        true => item.clone(),
                        false => self.descend(&i.to_string(), |w| w.select(item, key, &next))?,
                    });
                }
                Value::Array(out)
            }
            Value::Object(map) => {
                let mut out = serde_json::Map::with_capacity(map.len());
                for (k, item) in map {
                    let next = step(k);
                    let v = match next.is_empty() {
                        true => item.clone(),
                        false => self.descend(k, |w| w.select(item, k, &next))?,
                    };
                    out.insert(k.clone(), v);
                }
                Value::Object(out)
            }
            _ => value.clone(),
        })
    }

    /// Runs `f` with `name` appended to the pointer.
    fn descend<T>(&mut self, name: &str, f: impl FnOnce(&mut Self) -> T) -> T {
        let len = self.path.len();
        self.path.push('/');
        self.path
            .push_str(&name.replace('~', "~0").replace('/', "~1"));
        let out = f(self);
        self.path.truncate(len);
        out
    }

    fn walk(&mut self, value: &Value, key: &str) -> Result<Value> {
        let field = |w: &mut Self, text: &str| -> Result<Option<String>> {
            let r = w.field(key, text)?;
            if r.findings.is_empty() {
                return Ok(None);
            }
            let path = &w.path;
            w.findings
                .extend(r.findings.into_iter().map(|finding| FieldFinding {
                    path: path.clone(),
                    finding,
                }));
            Ok(Some(r.text))
        };
        Ok(match value {
            Value::String(s) => Value::String(field(self, s)?.unwrap_or_else(|| s.clone())),
            Value::Number(n) => match field(self, &n.to_string())? {
                Some(redacted) => Value::String(redacted),
                None => value.clone(),
            },
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    out.push(self.descend(&i.to_string(), |w| w.walk(item, key))?);
                }
                Value::Array(out)
            }
            Value::Object(map) => Value::Object(self.walk_object(map)?),
            Value::Null | Value::Bool(_) => value.clone(),
        })
    }

    /// Redacts an object's keys, then its values in document order; a
    /// key's findings come before its value's.
    fn walk_object(
        &mut self,
        map: &serde_json::Map<String, Value>,
    ) -> Result<serde_json::Map<String, Value>> {
        let mut keys = Vec::with_capacity(map.len());
        for k in map.keys() {
            // A key is a name, not a field's content: no context.
            keys.push(self.field("", k)?);
        }
        let names = member_names(map, &keys);
        let mut out = serde_json::Map::with_capacity(map.len());
        for (((k, item), key), name) in map.iter().zip(keys).zip(names) {
            let value = self.descend(&name, |w| {
                let at = format!("{}{KEY_MARK}", w.path);
                w.findings
                    .extend(key.findings.into_iter().map(|finding| FieldFinding {
                        path: at.clone(),
                        finding,
                    }));
                w.walk(item, k)
            })?;
            out.insert(name, value);
        }
        Ok(out)
    }
}

/// Reserves the token-like text of every string and key in `value`
/// (before any value is numbered), without serialising the document.
fn reserve_literals(vault: &Vault, value: &Value) {
    match value {
        Value::String(s) => vault.reserve_literals(s.as_bytes()),
        Value::Array(items) => items.iter().for_each(|v| reserve_literals(vault, v)),
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            vault.reserve_literals(k.as_bytes());
            reserve_literals(vault, v);
        }),
        Value::Number(_) | Value::Null | Value::Bool(_) => {}
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

    fn paths(paths: &[&str]) -> crate::CallOptions {
        crate::CallOptions {
            paths: paths.iter().map(|p| p.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn paths_select_fields_and_keep_the_rest() {
        let s = Scanner::builder().build().unwrap();
        let doc = json!({
            "model": "bob@example.com",
            "messages": [
                {"role": "user", "content": "mail bob@example.com"},
                {"role": "user", "content": [{"type": "text", "text": "ann@example.com"}],
                 "name": "ann@example.com"},
            ],
            "input": {"ann@example.com": "x", "password": "Xk9#mP2$vL7qR4tW"},
        });
        let r = s
            .redact_json_with(
                &doc,
                &paths(&["messages.*.content", "input", "messages.0"]),
                None,
            )
            .unwrap();
        assert_eq!(r.value["model"], "bob@example.com");
        assert_eq!(r.value["messages"][0]["content"], "mail [EMAIL_ADDRESS]");
        assert_eq!(
            r.value["messages"][1]["content"][0]["text"],
            "[EMAIL_ADDRESS]"
        );
        // Not named by any path.
        assert_eq!(r.value["messages"][1]["name"], "ann@example.com");
        // Inside a named field, keys are redacted and give context.
        assert_eq!(
            r.value["input"],
            json!({"[EMAIL_ADDRESS]": "x", "password": "[PASSWORD]"})
        );
        let found: Vec<&str> = r.findings.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            found,
            [
                "/input/[EMAIL_ADDRESS]~",
                "/input/password",
                "/messages/0/content",
                "/messages/1/content/0/text",
            ]
        );
        // `messages.0` and `messages.*.content` overlap: counted once.
        assert_eq!(r.report.findings, 4);
    }

    #[test]
    fn paths_that_name_nothing_change_nothing() {
        let s = Scanner::builder().build().unwrap();
        let doc = json!({"a": ["bob@example.com"], "b": 1});
        let r = s
            .redact_json_with(&doc, &paths(&["a.x", "b.*", "c", "a.7"]), None)
            .unwrap();
        assert_eq!(r.value, doc);
        assert_eq!(r.report.findings, 0);
    }

    #[test]
    fn bad_paths_and_paths_on_text_are_config_errors() {
        let s = Scanner::builder().build().unwrap();
        for bad in ["", "a..b", "a."] {
            let e = s
                .redact_json_with(&json!({}), &paths(&[bad]), None)
                .unwrap_err();
            assert_eq!(e.code(), "config", "{bad:?}");
        }
        let e = s.redact_with("text", &paths(&["a"])).unwrap_err();
        assert_eq!(e.code(), "config");
    }

    #[test]
    fn json_into_a_vault_uses_the_call_and_numbers_tokens() {
        let s = Scanner::builder().build().unwrap();
        let vault = crate::Vault::new();
        let doc = json!({
            "messages": [
                {"content": "mail bob@example.com about Acme"},
                {"content": "again bob@example.com, and ann@example.com"},
            ],
            "user": "bob@example.com",
        });
        let call = crate::CallOptions {
            deny: vec!["Acme".into()],
            ..paths(&["messages.*.content"])
        };
        let r = s.redact_json_with(&doc, &call, Some(&vault)).unwrap();
        assert_eq!(
            r.value["messages"][0]["content"],
            "mail [EMAIL_ADDRESS_1] about [DENY_LIST_1]"
        );
        assert_eq!(
            r.value["messages"][1]["content"],
            "again [EMAIL_ADDRESS_1], and [EMAIL_ADDRESS_2]"
        );
        assert_eq!(r.value["user"], "bob@example.com");
        assert_eq!(r.report.by_operator["vault"], 4);
        assert_eq!(
            vault.restore(r.value["messages"][1]["content"].as_str().unwrap()),
            "again bob@example.com, and ann@example.com"
        );
    }
}
