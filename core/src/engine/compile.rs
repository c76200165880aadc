//! Compiling one rule: the regex, its length bound, its value group, its context.

use aho_corasick::AhoCorasick;
use regex::bytes::{Regex, RegexBuilder};
use regex_syntax::ParserBuilder;

use crate::error::{Error, Result};
use crate::rules::Rule;
use crate::validate::Validator;

/// Limits applied while compiling rules.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    /// Longest text any rule may match, in bytes.
    pub max_match_len: usize,
    /// Largest compiled program of one rule, in bytes.
    pub rule_size: usize,
}

/// A rule ready to run.
pub(crate) struct CompiledRule {
    pub rule: Rule,
    regex: Regex,
    /// Groups named `value`, `value_2`, ...: the first that took part is the value.
    value_groups: Vec<usize>,
    /// Upper bound on the length of a whole match, in bytes.
    pub max_len: usize,
    /// Context bytes needed on each side (0 without context words).
    pub context_window: usize,
    pub context: Option<AhoCorasick>,
    pub validators: Vec<Validator>,
}

/// A raw regex match with its value span, offsets relative to the haystack.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RawMatch {
    pub start: usize,
    pub end: usize,
    pub value_start: usize,
    pub value_end: usize,
}

/// Compiles a regex the way every rule pattern is compiled: byte-oriented,
/// ASCII classes and case folding (`\w`, `\b`, `(?i)` are ASCII), so the
/// pure-Rust and Hyperscan backends agree and no Unicode tables are needed.
pub(crate) fn build_regex(pattern: &str, size_limit: usize) -> std::result::Result<Regex, String> {
    RegexBuilder::new(pattern)
        .unicode(false)
        .size_limit(size_limit)
        .dfa_size_limit(size_limit.max(2 << 20))
        .build()
        .map_err(|e| match e {
            regex::Error::CompiledTooBig(limit) => {
                format!("compiled pattern exceeds the size limit of {limit} bytes")
            }
            other => other.to_string(),
        })
}

impl CompiledRule {
    pub fn compile(rule: &Rule, limits: Limits) -> Result<CompiledRule> {
        let fail = |msg: String| Error::rule_compile(&rule.id, msg);
        let hir = ParserBuilder::new()
            .unicode(false)
            .utf8(false)
            .build()
            .parse(&rule.pattern)
            .map_err(|e| fail(format!("invalid pattern: {}", first_line(&e.to_string()))))?;
        let props = hir.properties();
        if props.minimum_len() == Some(0) {
            return Err(fail("pattern can match empty text".into()));
        }
        let max_len = props.maximum_len().ok_or_else(|| {
            fail("pattern can match unboundedly long text; bound every repetition (e.g. {1,256} instead of +)".into())
        })?;
        if max_len > limits.max_match_len {
            return Err(fail(format!(
                "pattern can match {max_len} bytes, more than the limit of {}",
                limits.max_match_len
            )));
        }
        let regex = build_regex(&rule.pattern, limits.rule_size).map_err(fail)?;
        let value_groups: Vec<usize> = regex
            .capture_names()
            .enumerate()
            .filter(|(_, n)| n.is_some_and(|n| n == "value" || n.starts_with("value_")))
            .map(|(i, _)| i)
            .collect();
        let context = match &rule.context {
            Some(ctx) => Some(
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&ctx.words)
                    .map_err(|e| fail(format!("context words: {e}")))?,
            ),
            None => None,
        };
        Ok(CompiledRule {
            rule: rule.clone(),
            regex,
            value_groups,
            max_len,
            context_window: rule.context.as_ref().map_or(0, |c| c.window),
            context,
            validators: rule.validators.clone(),
        })
    }

    /// The leftmost-first match starting at or after `at`; look-behind sees `hay[..at]`.
    pub fn find_at(&self, hay: &[u8], at: usize) -> Option<RawMatch> {
        if self.value_groups.is_empty() {
            return self.regex.find_at(hay, at).map(|m| RawMatch {
                start: m.start(),
                end: m.end(),
                value_start: m.start(),
                value_end: m.end(),
            });
        }
        self.regex.captures_at(hay, at).map(|caps| {
            let whole = caps.get(0).expect("group 0 always participates");
            // No value group took part: the whole match is the value.
            let value = self
                .value_groups
                .iter()
                .find_map(|&g| caps.get(g))
                .unwrap_or(whole);
            RawMatch {
                start: whole.start(),
                end: whole.end(),
                value_start: value.start(),
                value_end: value.end(),
            }
        })
    }
}

fn first_line(s: &str) -> String {
    // regex-syntax errors draw the pattern with a caret on later lines; the
    // last line names the problem.
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .last()
        .unwrap_or(s)
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use crate::rules::Category;

    fn rule(pattern: &str) -> Rule {
        Rule {
            id: "t.r".into(),
            name: "t".into(),
            category: Category::Secret,
            entity: "T".into(),
            pattern: pattern.into(),
            keywords: vec![],
            validators: vec![],
            min_entropy: None,
            context: None,
            confidence: 0.9,
            examples: vec![],
            negative_examples: vec![],
            description: String::new(),
            pack: "t".into(),
        }
    }

    const LIMITS: Limits = Limits {
        max_match_len: 8192,
        rule_size: 1 << 20,
    };

    fn compile_err(pattern: &str) -> String {
        match CompiledRule::compile(&rule(pattern), LIMITS) {
            Err(e) => match e.kind() {
                ErrorKind::RuleCompile { rule_id, message } => {
                    assert_eq!(rule_id, "t.r");
                    message.clone()
                }
                k => panic!("{k:?}"),
            },
            Ok(_) => panic!("{pattern} compiled"),
        }
    }

    #[test]
    fn bounds_and_groups() {
        let r = CompiledRule::compile(
            &rule(r"key=(?P<value>[a-z]{4,8})\b|tok (?P<value_2>[0-9]{4})"),
            LIMITS,
        )
        .unwrap();
        let m = r.find_at(b"a tok 1234", 0).unwrap();
        assert_eq!((m.start, m.value_start, m.value_end), (2, 6, 10));
        assert_eq!(r.max_len, 12);
        let m = r.find_at(b"x key=abcdef y", 0).unwrap();
        assert_eq!((m.start, m.end, m.value_start, m.value_end), (2, 12, 6, 12));
    }

    #[test]
    fn rejects_unbounded_empty_huge_and_invalid_patterns() {
        assert!(compile_err(r"a+").contains("unboundedly long"));
        assert!(compile_err(r"a?").contains("empty text"));
        assert!(compile_err(r"[a-z]{9000}").contains("more than the limit"));
        assert!(compile_err(r"(a").contains("invalid pattern"));
        let big = CompiledRule::compile(
            &rule(r"(?:[a-z0-9]{1,50}x){100}"),
            Limits {
                max_match_len: 8192,
                rule_size: 10_000,
            },
        );
        assert!(big.is_err());
    }
}
