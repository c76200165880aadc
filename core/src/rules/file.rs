//! The TOML rule-pack format (format version 1).
//!
//! ```toml
//! format = 1
//! [pack]
//! name = "acme"
//! version = "2026.11.0"
//!
//! [[rules]]
//! id = "acme.api_key"
//! name = "Acme API key"
//! category = "secret"
//! entity = "ACME_API_KEY"
//! pattern = '''\b(?P<value>acme_[A-Za-z0-9]{32})\b'''
//! keywords = ["acme_"]
//! examples = ["ACME_KEY=acme_4f9Qx2LmZr8TnB6vKc1YpW7sHd3GjE5u"]
//! negative_examples = ["acme_short"]
//! ```

use serde::Deserialize;
use sha2::{Digest, Sha256};
use toml::Spanned;

use super::{
    Category, Context, MAX_CONTEXT_WINDOW, MAX_KEYWORD_LEN, PackInfo, RULE_FORMAT_VERSION, Rule,
};
use crate::error::{Error, Result};
use crate::validate::Validator;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    format: u32,
    pack: PackHeader,
    #[serde(default)]
    rules: Vec<Spanned<RuleEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackHeader {
    name: String,
    version: String,
    #[serde(default)]
    #[allow(dead_code)]
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleEntry {
    id: String,
    name: String,
    category: Category,
    entity: String,
    pattern: String,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    validators: Vec<String>,
    min_entropy: Option<f64>,
    context: Option<Context>,
    #[serde(default = "default_confidence")]
    confidence: f32,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    negative_examples: Vec<String>,
    #[serde(default)]
    description: String,
}

fn default_confidence() -> f32 {
    0.8
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

pub(super) fn parse_pack(source: &str, text: &str) -> Result<(PackInfo, Vec<Rule>)> {
    let file: PackFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        Error::rule_parse(
            source,
            None,
            line,
            e.message().trim_end_matches('.').to_string(),
        )
    })?;
    if file.format != RULE_FORMAT_VERSION {
        return Err(Error::rule_parse(
            source,
            None,
            None,
            format!(
                "unsupported format {} (this version reads {RULE_FORMAT_VERSION})",
                file.format
            ),
        ));
    }
    let mut rules: Vec<Rule> = Vec::with_capacity(file.rules.len());
    for spanned in file.rules {
        let line_no = line_of(text, spanned.span().start);
        let line = Some(line_no);
        let entry = spanned.into_inner();
        let fail = |msg: String| Error::rule_parse(source, Some(&entry.id), line, msg);
        check_id(&entry.id).map_err(|m| fail(m.to_string()))?;
        if rules.iter().any(|r| r.id == entry.id) {
            return Err(fail("rule id is defined more than once".into()));
        }
        if !is_entity_name(&entry.entity) {
            return Err(fail("entity must be UPPER_SNAKE_CASE".into()));
        }
        if !(0.0..=1.0).contains(&entry.confidence) {
            return Err(fail("confidence must be between 0 and 1".into()));
        }
        if entry.min_entropy.is_some_and(|e| !(0.0..=8.0).contains(&e)) {
            return Err(fail(
                "min_entropy must be between 0 and 8 bits per byte".into(),
            ));
        }
        if entry
            .keywords
            .iter()
            .any(|k| k.is_empty() || k.len() > MAX_KEYWORD_LEN)
        {
            return Err(fail(format!(
                "keywords must be 1..={MAX_KEYWORD_LEN} bytes long"
            )));
        }
        if let Some(ctx) = &entry.context {
            if ctx.words.is_empty() || ctx.words.iter().any(|w| w.is_empty()) {
                return Err(fail("context.words must list non-empty words".into()));
            }
            if ctx.window == 0 || ctx.window > MAX_CONTEXT_WINDOW {
                return Err(fail(format!(
                    "context.window must be 1..={MAX_CONTEXT_WINDOW} bytes"
                )));
            }
        }
        let validators = entry
            .validators
            .iter()
            .map(|name| {
                name.parse::<Validator>()
                    .map_err(|()| fail(format!("unknown validator `{name}`")))
            })
            .collect::<Result<Vec<_>>>()?;
        rules.push(Rule {
            id: entry.id,
            name: entry.name,
            category: entry.category,
            entity: entry.entity,
            pattern: entry.pattern,
            keywords: entry.keywords,
            validators,
            min_entropy: entry.min_entropy,
            context: entry.context,
            confidence: entry.confidence,
            examples: entry.examples,
            negative_examples: entry.negative_examples,
            description: entry.description,
            pack: file.pack.name.clone(),
            source: source.to_string(),
            line: line_no,
        });
    }
    let info = PackInfo {
        name: file.pack.name,
        version: file.pack.version,
        sha256: hex::encode(Sha256::digest(text.as_bytes())),
        rules: rules.len(),
    };
    Ok((info, rules))
}

fn check_id(id: &str) -> std::result::Result<(), &'static str> {
    let ok = !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
        && id.as_bytes()[0].is_ascii_lowercase();
    if ok {
        Ok(())
    } else {
        Err("id must be lower-case ASCII letters, digits, '.', '_' or '-'")
    }
}

fn is_entity_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        && s.as_bytes()[0].is_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    const GOOD: &str = r#"
format = 1
[pack]
name = "t"
version = "1"

[[rules]]
id = "t.one"
name = "One"
category = "secret"
entity = "ONE"
pattern = 'one[0-9]{4}'
"#;

    fn parse_err(text: &str) -> ErrorKind {
        parse_pack("custom.toml", text).unwrap_err().kind().clone()
    }

    #[test]
    fn parses_a_minimal_pack() {
        let (info, rules) = parse_pack("custom.toml", GOOD).unwrap();
        assert_eq!((info.name.as_str(), info.rules), ("t", 1));
        assert_eq!(rules[0].confidence, 0.8);
        assert_eq!(info.sha256.len(), 64);
    }

    #[test]
    fn syntax_error_names_file_and_line() {
        let bad = GOOD.replace("name = \"One\"", "name = One");
        match parse_err(&bad) {
            ErrorKind::RuleParse { file, line, .. } => {
                assert_eq!(file, "custom.toml");
                assert_eq!(line, Some(9));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bad_field_names_rule_and_line() {
        let bad = GOOD.replace("pattern", "validators = [\"nope\"]\npattern");
        match parse_err(&bad) {
            ErrorKind::RuleParse {
                rule_id,
                line,
                message,
                ..
            } => {
                assert_eq!(rule_id.as_deref(), Some("t.one"));
                assert_eq!(line, Some(7));
                assert!(message.contains("unknown validator `nope`"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn rejects_unknown_fields_wrong_format_and_bad_values() {
        assert!(matches!(
            parse_err(&GOOD.replace("format = 1", "format = 9")),
            ErrorKind::RuleParse { .. }
        ));
        assert!(matches!(
            parse_err(&format!("{GOOD}colour = 'red'\n")),
            ErrorKind::RuleParse { .. }
        ));
        assert!(matches!(
            parse_err(&GOOD.replace("ONE", "one")),
            ErrorKind::RuleParse { .. }
        ));
        assert!(matches!(
            parse_err(&GOOD.replace("t.one", "T One")),
            ErrorKind::RuleParse { .. }
        ));
        assert!(matches!(
            parse_err(&format!("{GOOD}confidence = 2.0\n")),
            ErrorKind::RuleParse { .. }
        ));
    }
}
