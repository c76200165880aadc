//! Per-call options: which entities, which operators, extra allow and deny terms.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::{Deserialize, Serialize};

use crate::engine::Detection;
use crate::error::{Error, Result};
use crate::redact::Operator;
use crate::rules::{Category, Rule};
use crate::scanner::Inner;

/// Entity of the findings a call's [`deny`](CallOptions::deny) terms give.
pub const DENY_LIST_ENTITY: &str = "DENY_LIST";

/// Overrides for one call ([`Scanner::redact_with`](crate::Scanner::redact_with),
/// [`Scanner::scan_with`](crate::Scanner::scan_with)), on top of the
/// scanner's options; the scanner itself is unchanged. `{}` changes nothing.
/// Unknown fields, and entity names no rule of the scanner reports, are
/// [`Config`](crate::ErrorKind::Config) errors: a typo must not silently
/// turn redaction off.
///
/// ```
/// let scanner = scrubline::Scanner::default_rules()?;
/// let call: scrubline::CallOptions = serde_json::from_str(
///     r#"{"entities": ["EMAIL_ADDRESS"], "operators": {"EMAIL_ADDRESS": "mask"}, "deny": ["Acme Corp"]}"#,
/// )?;
/// let out = scanner.redact_with("Acme Corp: bob@example.com, AKIAQYLPMN5HHHFPZAM2", &call)?;
/// assert_eq!(out.text, "[DENY_LIST]: ***************, AKIAQYLPMN5HHHFPZAM2");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CallOptions {
    /// Only these are found in this call: entity names (`EMAIL_ADDRESS`)
    /// or categories (`secret`, `pii`). Empty: everything the scanner finds.
    pub entities: Vec<String>,
    /// Operators for this call, by entity name or category; an entity's
    /// operator wins over its category's, and both win over the scanner's
    /// policy.
    pub operators: BTreeMap<String, Operator>,
    /// Values not reported in this call: exact match on the text as written.
    pub allow: Vec<String>,
    /// Terms always redacted in this call (a customer list, code names), as
    /// findings of entity [`DENY_LIST_ENTITY`], category `pii`, confidence 1.
    /// Matching ignores ASCII case; a term that begins (ends) with a letter
    /// or digit matches only where the text has no letter or digit just
    /// before (after) it, so `Ann` does not match inside `Annual`. Terms
    /// are also found in the de-obfuscated text when the scanner
    /// de-obfuscates (`A\u{200B}cme`, `Acme%20Corp`, full-width letters);
    /// case folding beyond ASCII is not applied.
    pub deny: Vec<String>,
    /// JSON documents only ([`Scanner::redact_json_with`](crate::Scanner::redact_json_with)):
    /// dotted paths of the fields to redact, `*` matching every member or
    /// item and a number an item's index (`messages.*.content`). Empty:
    /// every field. A text call with paths is a
    /// [`Config`](crate::ErrorKind::Config) error.
    pub paths: Vec<String>,
    /// Entity names or categories that refuse the call: when any finding
    /// is one of them, the call fails with a
    /// [`Blocked`](crate::ErrorKind::Blocked) error (counts per entity,
    /// never values) instead of returning text, e.g. to reject a prompt
    /// that holds a secret rather than send it redacted.
    pub block: Vec<String>,
}

impl fmt::Debug for CallOptions {
    /// Counts of allow and deny terms only: they are sensitive values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallOptions")
            .field("entities", &self.entities)
            .field("operators", &self.operators)
            .field("allow", &format_args!("[{} values]", self.allow.len()))
            .field("deny", &format_args!("[{} terms]", self.deny.len()))
            .field("paths", &self.paths)
            .field("block", &self.block)
            .finish()
    }
}

impl CallOptions {
    /// Reads call options from JSON text; errors name the field, never the value.
    pub fn from_json(text: &str) -> Result<CallOptions> {
        crate::options::from_json("call options", text)
    }

    /// Whether these options change nothing.
    pub fn is_empty(&self) -> bool {
        *self == CallOptions::default()
    }
}

/// The rule deny-list findings carry.
pub(crate) fn deny_rule() -> Rule {
    Rule {
        id: "call.deny_list".to_string(),
        name: "Per-call deny list".to_string(),
        category: Category::Pii,
        entity: DENY_LIST_ENTITY.to_string(),
        pattern: String::new(),
        keywords: Vec::new(),
        validators: Vec::new(),
        min_entropy: None,
        context: None,
        confidence: 1.0,
        examples: Vec::new(),
        negative_examples: Vec::new(),
        description: "A term the caller listed in `deny` for this call.".to_string(),
        pack: "call".to_string(),
        source: String::new(),
        line: 0,
    }
}

/// [`CallOptions`] checked against a scanner and ready to apply.
pub(crate) struct CallPlan<'a> {
    options: &'a CallOptions,
    /// Rule indices kept (`None`: all).
    keep: Option<Vec<bool>>,
    deny: Option<AhoCorasick>,
    /// Operators per rule index when the call overrides any.
    pub operators: Option<Arc<[Operator]>>,
}

impl<'a> CallPlan<'a> {
    pub fn new(options: &'a CallOptions, inner: &Inner) -> Result<CallPlan<'a>> {
        let rules = inner.rule_count();
        let known = |name: &str| {
            name == Category::Secret.as_str()
                || name == Category::Pii.as_str()
                || (0..rules).any(|i| inner.rule(i).entity == name)
        };
        let names = options.entities.iter().chain(options.operators.keys());
        for name in names.chain(&options.block) {
            if !known(name) {
                // Entity names are not sensitive; echoing one helps fix a typo.
                return Err(Error::config(format!(
                    "call options: unknown entity or category `{name}`"
                )));
            }
        }
        if options
            .paths
            .iter()
            .any(|p| p.split('.').any(str::is_empty))
        {
            return Err(Error::config(
                "call options: a path is empty or has an empty segment",
            ));
        }
        if options.deny.iter().any(String::is_empty) {
            return Err(Error::config("call options: a deny term is empty"));
        }
        let uses_pseudonym = options
            .operators
            .values()
            .any(|o| *o == Operator::Pseudonym);
        if uses_pseudonym && !inner.has_pseudonym_key() {
            return Err(Error::config(
                "the pseudonym operator needs a non-empty pseudonym key",
            ));
        }
        let keep = (!options.entities.is_empty()).then(|| {
            let wanted: HashSet<&str> = options.entities.iter().map(String::as_str).collect();
            (0..rules)
                .map(|i| {
                    let r = inner.rule(i);
                    wanted.contains(r.entity.as_str()) || wanted.contains(r.category.as_str())
                })
                .collect()
        });
        let deny = match options.deny.is_empty() {
            true => None,
            // Every match, overlapping ones too: a longer term rejected at a
            // word boundary must not hide a shorter one that fits.
            false => Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(&options.deny)
                    .map_err(|_| Error::config("call options: the deny list is too large"))?,
            ),
        };
        let operators = (!options.operators.is_empty()).then(|| {
            (0..rules)
                .map(|i| {
                    let r = inner.rule(i);
                    options
                        .operators
                        .get(&r.entity)
                        .or_else(|| options.operators.get(r.category.as_str()))
                        .unwrap_or(inner.operator(i))
                        .clone()
                })
                .collect()
        });
        Ok(CallPlan {
            options,
            keep,
            deny,
            operators,
        })
    }

    /// Drops what this call does not report and adds its deny-list
    /// findings in `bytes`. Deny-list findings already in `found` (from
    /// de-obfuscated text) are kept whatever `entities` and `allow` say.
    pub fn apply(&self, inner: &Inner, bytes: &[u8], found: &mut Vec<Detection>) {
        let rule = inner.deny_rule_index();
        if let Some(keep) = &self.keep {
            found.retain(|d| d.rule == rule || keep[d.rule]);
        }
        if !self.options.allow.is_empty() {
            found.retain(|d| {
                let value = &bytes[d.start..d.end];
                d.rule == rule || !self.options.allow.iter().any(|a| a.as_bytes() == value)
            });
        }
        // Listed terms are redacted whatever `entities` selects.
        found.extend(self.deny_in(inner, bytes));
    }

    /// Deny-list findings in `bytes`: every listed term (overlapping
    /// matches too) that is not part of a longer word.
    pub fn deny_in<'h>(
        &'h self,
        inner: &Inner,
        bytes: &'h [u8],
    ) -> impl Iterator<Item = Detection> + 'h {
        let rule = inner.deny_rule_index();
        let matches = self
            .deny
            .iter()
            .flat_map(move |d| d.find_overlapping_iter(bytes));
        matches.filter_map(move |m| {
            let (start, end) = (m.start(), m.end());
            // Letters and digits of any script; curly quotes, dashes and
            // no-break spaces are boundaries.
            let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            let term = &bytes[start..end];
            let clear_before = !word(first_char(term)) || !word(last_char(&bytes[..start]));
            let clear_after = !word(last_char(term)) || !word(first_char(&bytes[end..]));
            (clear_before && clear_after).then_some(Detection {
                rule,
                start,
                end,
                confidence: 1.0,
                validated: false,
            })
        })
    }

    /// The [`Blocked`](crate::ErrorKind::Blocked) error when any of
    /// `found` is an entity or category the call blocks.
    pub fn check_block<'f>(
        &self,
        found: impl IntoIterator<Item = (&'f str, Category)>,
    ) -> Result<()> {
        if self.options.block.is_empty() {
            return Ok(());
        }
        let block = &self.options.block;
        let mut entities = BTreeMap::new();
        for (entity, category) in found {
            if block.iter().any(|b| b == entity || b == category.as_str()) {
                *entities.entry(entity.to_string()).or_insert(0) += 1;
            }
        }
        match entities.is_empty() {
            true => Ok(()),
            false => Err(crate::error::ErrorKind::Blocked { entities }.into()),
        }
    }

    /// Whether the call lists deny terms.
    pub fn has_deny(&self) -> bool {
        self.deny.is_some()
    }
}

/// The first character of UTF-8 `bytes`, if they start with a whole one.
fn first_char(bytes: &[u8]) -> Option<char> {
    let n = bytes.len().min(4);
    (1..=n).find_map(|w| std::str::from_utf8(&bytes[..w]).ok()?.chars().next())
}

/// The last character of UTF-8 `bytes`, if they end with a whole one.
fn last_char(bytes: &[u8]) -> Option<char> {
    let n = bytes.len().min(4);
    (1..=n).find_map(|w| {
        std::str::from_utf8(&bytes[bytes.len() - w..])
            .ok()?
            .chars()
            .next()
    })
}
