//! Rule packs without their examples and descriptions, for builds where
//! size counts (WASM).
//!
//! `examples` and `negative_examples` are test data (the crate's tests check
//! every built-in rule against them) and `description` is documentation:
//! nothing reads them while scanning. With the `compact-packs` feature
//! `build.rs` embeds each built-in pack through [`compact_pack`], which
//! drops those keys and keeps everything else as written. This file is also
//! compiled into `build.rs` (by `#[path]`), so it uses nothing but
//! `toml_edit`.

/// Keys of a rule (and of `[pack]`, for `description`) that scanning never reads.
pub const UNSCANNED_KEYS: [&str; 3] = ["examples", "negative_examples", "description"];

/// `text` (a rule pack) with the [`UNSCANNED_KEYS`] of every rule and of its
/// `[pack]` table removed; the error is the TOML parser's message.
pub fn compact_pack(text: &str) -> Result<String, String> {
    let mut doc: toml_edit::DocumentMut = text.parse().map_err(|e| format!("{e}"))?;
    if let Some(pack) = doc.get_mut("pack").and_then(|p| p.as_table_mut()) {
        pack.remove("description");
    }
    if let Some(rules) = doc
        .get_mut("rules")
        .and_then(|r| r.as_array_of_tables_mut())
    {
        for rule in rules.iter_mut() {
            for key in UNSCANNED_KEYS {
                rule.remove(key);
            }
        }
    }
    Ok(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{BUILTIN_PACKS, RuleSet};

    fn parsed(name: &str, text: &str) -> RuleSet {
        let mut set = RuleSet::new();
        set.add_toml(name, text).unwrap();
        set
    }

    /// Every built-in pack, compacted, parses to the same rules less their
    /// examples and descriptions, in the same order, and is much smaller.
    #[test]
    fn compact_packs_hold_the_same_rules_without_examples() {
        let (mut full_len, mut compact_len) = (0, 0);
        for (name, text) in BUILTIN_PACKS {
            let compact = compact_pack(text).unwrap();
            full_len += text.len();
            compact_len += compact.len();
            let (full, small) = (parsed(name, text), parsed(name, &compact));
            assert_eq!(full.rules().len(), small.rules().len(), "{name}");
            for (a, b) in full.rules().iter().zip(small.rules()) {
                assert!(!a.examples.is_empty(), "{}", a.id);
                assert!(
                    b.examples.is_empty() && b.negative_examples.is_empty(),
                    "{}",
                    b.id
                );
                assert!(b.description.is_empty(), "{}", b.id);
                let mut a = a.clone();
                a.examples.clear();
                a.negative_examples.clear();
                a.description.clear();
                assert_eq!(
                    serde_json::to_value(&a).unwrap(),
                    serde_json::to_value(b).unwrap(),
                    "{}",
                    a.id
                );
            }
            assert_eq!(full.packs()[0].name, small.packs()[0].name);
            assert_eq!(full.packs()[0].version, small.packs()[0].version);
            // Two rule sets that detect the same things share a digest.
            assert_eq!(full.sha256(), small.sha256(), "{name}");
        }
        // Examples are random values, so gzip shrinks what is left far
        // more than this.
        assert!(
            compact_len * 2 < full_len,
            "{compact_len} of {full_len} bytes"
        );
    }

    /// Examples on one line or many, with `]` and quotes inside strings,
    /// and comments between keys: only the unscanned keys go.
    #[test]
    fn only_the_unscanned_keys_go() {
        let text = r#"format = 1
[pack]
name = "t"
version = "1"
description = "the pack's"
# a comment that stays
[[rules]]
id = "t.a"
pattern = '''x(?P<value>[a-z]+\])'''
examples = ["x] \"quoted\" ]", 'literal ] here']
negative_examples = [
  "multi ] line", # trailing comment
  """triple
  ]""",
]
description = "after both lists"
name = "kept after them"
"#;
        let out = compact_pack(text).unwrap();
        assert!(
            !out.contains("examples") && !out.contains("description"),
            "{out}"
        );
        for kept in [
            "# a comment that stays",
            "'''x(?P<value>[a-z]+\\])'''",
            "name = \"kept after them",
        ] {
            assert!(out.contains(kept), "{kept} missing from {out}");
        }
        assert!(compact_pack("[[rules]\n").is_err());
    }
}
