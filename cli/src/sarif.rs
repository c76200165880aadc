//! SARIF 2.1.0 output for `scrubline scan --format sarif`: one run, the
//! rules that fired, one result per finding with its region. No values:
//! messages name the entity and rule only.

use std::collections::BTreeMap;

use scrubline::{Category, Finding, Report, Scanner};
use serde_json::{Value, json};

use crate::scan::Position;

/// One finding with where it is.
pub struct Hit {
    /// The path as shown (as walked, or `-`).
    pub path: String,
    /// Where the finding starts.
    pub start: Position,
    /// Where it ends (exclusive).
    pub end: Position,
    /// What was found (rule, entity, confidence; no value).
    pub finding: Finding,
}

/// SARIF level of a category: secrets are errors, personal data warnings.
fn level(category: Category) -> &'static str {
    match category {
        Category::Secret => "error",
        Category::Pii => "warning",
    }
}

/// The SARIF log for `hits` (columns in Unicode code points).
pub fn log(scanner: &Scanner, hits: &[Hit], total: &Report) -> Value {
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    let mut rules = Vec::new();
    for hit in hits {
        let f = &hit.finding;
        if index.contains_key(f.rule_id.as_str()) {
            continue;
        }
        index.insert(&f.rule_id, rules.len());
        let rule = scanner.rules().rules().iter().find(|r| r.id == f.rule_id);
        let name = rule.map_or_else(
            || format!("PII classifier: {}", f.entity),
            |r| r.name.clone(),
        );
        let mut descriptor = json!({
            "id": f.rule_id,
            "shortDescription": {"text": name},
            "defaultConfiguration": {"level": level(f.category)},
            "properties": {
                "category": f.category.as_str(),
                "entity": f.entity,
                "tags": ["security", f.category.as_str(), f.entity],
            },
        });
        if let Some(r) = rule.filter(|r| !r.description.is_empty()) {
            descriptor["fullDescription"] = json!({"text": r.description});
        }
        if let Some(r) = rule {
            descriptor["properties"]["pack"] = json!(r.pack);
        }
        rules.push(descriptor);
    }
    let results: Vec<Value> = hits
        .iter()
        .map(|hit| {
            let f = &hit.finding;
            json!({
                "ruleId": f.rule_id,
                "ruleIndex": index[f.rule_id.as_str()],
                "level": level(f.category),
                "message": {"text": format!(
                    "{} ({}) found by rule {}; the value is not shown.",
                    f.entity, f.category.as_str(), f.rule_id
                )},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri(&hit.path)},
                    "region": {
                        "startLine": hit.start.line,
                        "startColumn": hit.start.char_column,
                        "endLine": hit.end.line,
                        "endColumn": hit.end.char_column,
                    },
                }}],
                "properties": {
                    "confidence": f.confidence_f64(),
                    "validated": f.validated,
                },
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "scrubline",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "informationUri": concat!("https://crates.io/crates/", env!("CARGO_PKG_NAME")),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": true}],
            "results": results,
            "properties": {
                "rule_set_sha256": total.rule_set_sha256,
                "backend": total.backend,
                "models": total.models,
                "bytes_scanned": total.bytes_scanned,
            },
        }],
    })
}

/// A relative URI reference for a path: `/` separators, and bytes outside
/// the unreserved set percent-encoded.
fn uri(path: &str) -> String {
    let path = path.strip_prefix("./").unwrap_or(path).replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn uris_are_percent_encoded_relative_references() {
        assert_eq!(super::uri("./src/a b%.rs"), "src/a%20b%25.rs");
        assert_eq!(super::uri("dé/x"), "d%C3%A9/x");
    }
}
