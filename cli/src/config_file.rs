//! `scrubline.toml`: the scanner options every command starts from.
//!
//! The file is the core's [`ScannerOptions`] written in TOML (the fields and
//! defaults of the JSON the bindings take, see `docs/configuration.md`),
//! plus one CLI field, `rule_files`. It is found by [`locate`]: `--config
//! PATH`, else the first `scrubline.toml` in the current directory or one
//! of its parents, else none (`--no-config` skips the search). A path that
//! ends in `.json` is read as the JSON form instead.
//!
//! Options hold secrets (allow-listed values, the pseudonym key), so errors
//! never quote the file. The `toml` crate's own errors do (they show the
//! offending line, and serde's messages quote values), so the text is
//! parsed with `toml` into a tree, syntax errors are reported by line and
//! column only, and the tree is handed to the core's deserializer
//! ([`ScannerOptions::from_json`]), whose errors name the field's path and
//! the type expected, never the value.

use std::path::{Path, PathBuf};

use scrubline::ScannerOptions;
use serde_json::Value;

/// The name [`locate`] looks for.
pub const FILE_NAME: &str = "scrubline.toml";

/// The CLI's own field: rule pack files, like `--rules`.
const RULE_FILES: &str = "rule_files";

/// Options read from a configuration file.
#[derive(Debug, Default)]
pub struct ConfigFile {
    /// The core's options, paths in them made relative to the current
    /// directory.
    pub options: ScannerOptions,
    /// Rule pack files (`rule_files`), likewise.
    pub rule_files: Vec<PathBuf>,
}

/// The configuration file to read: `explicit` (which must exist), none
/// when `disabled`, else the first [`FILE_NAME`] in the current directory
/// or a parent of it.
pub fn locate(explicit: Option<&Path>, disabled: bool) -> Result<Option<PathBuf>, String> {
    if let Some(path) = explicit {
        return Ok(Some(path.to_path_buf()));
    }
    if disabled {
        return Ok(None);
    }
    let here = std::env::current_dir()
        .map_err(|e| format!("cannot look for {FILE_NAME}: current directory: {e}"))?;
    Ok(search_up(&here))
}

/// The first [`FILE_NAME`] in `start` or its ancestors.
fn search_up(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
}

/// Reads the file at `path`: TOML, or JSON when its name ends in `.json`.
pub fn load(path: &Path) -> Result<ConfigFile, String> {
    let shown = path.display();
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let json = path.extension().is_some_and(|e| e == "json");
    let mut config = if json {
        ConfigFile {
            options: ScannerOptions::from_json(&text).map_err(|e| format!("{shown}: {e}"))?,
            rule_files: Vec::new(),
        }
    } else {
        from_toml(&text).map_err(|e| format!("{shown}: {e}"))?
    };
    let base = path.parent().unwrap_or(Path::new(""));
    config.resolve_paths(base);
    Ok(config)
}

/// Options from TOML `text`; errors name a line and column or a field's
/// path, never a value.
pub fn from_toml(text: &str) -> Result<ConfigFile, String> {
    let mut table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let (line, column) = e
            .span()
            .map_or((1, 1), |span| line_and_column(text, span.start));
        format!("invalid scanner configuration: not valid TOML (line {line}, column {column})")
    })?;
    let rule_files = match table.remove(RULE_FILES) {
        None => Vec::new(),
        Some(toml::Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, item)| match item {
                toml::Value::String(s) => Ok(PathBuf::from(s)),
                other => Err(format!(
                    "invalid scanner configuration: options at `{RULE_FILES}[{i}]`: expected a string, found {}",
                    toml_type(&other)
                )),
            })
            .collect::<Result<_, _>>()?,
        Some(other) => {
            return Err(format!(
                "invalid scanner configuration: options at `{RULE_FILES}`: expected an array of paths, found {}",
                toml_type(&other)
            ));
        }
    };
    let json = to_json(
        toml::Value::Table(table),
        &declared_fields(),
        &mut Vec::new(),
    )?;
    let options = ScannerOptions::from_json(&json.to_string()).map_err(|e| e.to_string())?;
    Ok(ConfigFile {
        options,
        rule_files,
    })
}

impl ConfigFile {
    /// Makes the relative paths in the file relative to `base`, the
    /// file's directory.
    fn resolve_paths(&mut self, base: &Path) {
        let resolve = |path: &mut PathBuf| {
            if path.is_relative() {
                *path = base.join(&*path);
            }
        };
        self.rule_files.iter_mut().for_each(resolve);
        if let Some(classifier) = &mut self.options.classifier {
            classifier.model_dir.as_mut().map(resolve);
            classifier.runtime_library.as_mut().map(resolve);
        }
        if let Some(evidence) = &mut self.options.evidence {
            evidence.path.as_mut().map(resolve);
            evidence.hmac_key_file.as_mut().map(resolve);
        }
    }
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..text.floor_char_boundary(offset.min(text.len()))];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// Every field name the options declare, at any depth (keys of the JSON
/// form of options with every section present).
fn declared_fields() -> std::collections::BTreeSet<String> {
    let full = ScannerOptions {
        classifier: Some(Default::default()),
        evidence: Some(Default::default()),
        ..Default::default()
    };
    let mut names = std::collections::BTreeSet::new();
    let mut stack = vec![serde_json::to_value(full).expect("options serialize")];
    while let Some(value) = stack.pop() {
        if let Value::Object(map) = value {
            for (key, item) in map {
                names.insert(key);
                stack.push(item);
            }
        }
    }
    names
}

/// A TOML tree as JSON, for the core's deserializer. TOML dates and times
/// and non-finite floats have no JSON form and no place in the options:
/// they are refused, naming the path (`path` holds the keys so far: a
/// `declared` field name, or for other keys, which are input, a position).
fn to_json(
    value: toml::Value,
    declared: &std::collections::BTreeSet<String>,
    path: &mut Vec<String>,
) -> Result<Value, String> {
    Ok(match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Float(f) => match serde_json::Number::from_f64(f) {
            Some(n) => Value::Number(n),
            None => return Err(unsupported(path, "a float that is not finite")),
        },
        toml::Value::Datetime(_) => return Err(unsupported(path, "a date or time")),
        toml::Value::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                path.push(format!("[{i}]"));
                out.push(to_json(item, declared, path)?);
                path.pop();
            }
            Value::Array(out)
        }
        toml::Value::Table(table) => {
            let mut out = serde_json::Map::new();
            for (i, (key, item)) in table.into_iter().enumerate() {
                let separator = if path.is_empty() { "" } else { "." };
                path.push(if declared.contains(&key) {
                    format!("{separator}{key}")
                } else {
                    format!("[key #{}]", i + 1)
                });
                let item = to_json(item, declared, path)?;
                path.pop();
                out.insert(key, item);
            }
            Value::Object(out)
        }
    })
}

fn unsupported(path: &[String], what: &str) -> String {
    format!(
        "invalid scanner configuration: options at `{}`: {what} is not accepted here",
        path.concat()
    )
}

fn toml_type(value: &toml::Value) -> &'static str {
    match value {
        toml::Value::String(_) => "a string",
        toml::Value::Integer(_) => "an integer",
        toml::Value::Float(_) => "a float",
        toml::Value::Boolean(_) => "a boolean",
        toml::Value::Datetime(_) => "a date or time",
        toml::Value::Array(_) => "an array",
        toml::Value::Table(_) => "a table",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "ghp_0123456789abcdefghijklmnopqrstuvwxyZ";

    #[test]
    fn toml_reads_like_the_json_form() {
        let config = from_toml(
            r#"
            allow = ["ops@example.com"]
            min_confidence = 0.7
            max_input_bytes = 1024
            rule_files = ["acme.toml"]
            [policy]
            pii = "mask:#"
            [policy.entities]
            CREDIT_CARD = "partial_mask:4"
            [deobfuscate]
            homoglyphs = true
            "#,
        )
        .unwrap();
        let json = ScannerOptions::from_json(
            r##"{"allow": ["ops@example.com"], "min_confidence": 0.7, "max_input_bytes": 1024,
                "policy": {"pii": "mask:#", "entities": {"CREDIT_CARD": "partial_mask:4"}},
                "deobfuscate": {"homoglyphs": true}}"##,
        )
        .unwrap();
        assert_eq!(config.options, json);
        assert_eq!(config.rule_files, [PathBuf::from("acme.toml")]);
    }

    #[test]
    fn errors_name_the_place_but_never_the_value() {
        let cases = [
            (
                format!("allow = \"{TOKEN}\""),
                "options at `allow`: expected a sequence, found a string",
            ),
            (
                format!("[policy]\nsecret = \"{TOKEN}\""),
                "options at `policy.secret`: value not accepted",
            ),
            (
                format!("\"{TOKEN}\" = 1"),
                "options at `[key #1]`: unknown field",
            ),
            (
                format!("allow = [\"{TOKEN}\"\npseudonym_key = \"{TOKEN}"),
                "not valid TOML (line 2, column",
            ),
            (
                format!("rule_files = [\"a.toml\", {{ x = \"{TOKEN}\" }}]"),
                "options at `rule_files[1]`: expected a string, found a table",
            ),
            (
                "[evidence]\nservice = 1979-05-27".to_string(),
                "options at `evidence.service`: a date or time is not accepted here",
            ),
        ];
        for (text, expected) in cases {
            let message = from_toml(&text).unwrap_err();
            assert!(message.contains(expected), "{message}");
            assert!(!message.contains("ghp_"), "{message}");
        }
    }

    #[test]
    fn relative_paths_are_relative_to_the_file() {
        let mut config = from_toml(
            "rule_files = [\"packs/a.toml\", \"/abs/b.toml\"]\n[evidence]\npath = \"log\"\n[classifier]\nmodel_dir = \"model\"",
        )
        .unwrap();
        config.resolve_paths(Path::new("/etc/app"));
        assert_eq!(
            config.rule_files,
            [
                PathBuf::from("/etc/app/packs/a.toml"),
                PathBuf::from("/abs/b.toml")
            ]
        );
        let evidence = config.options.evidence.unwrap();
        assert_eq!(evidence.path, Some(PathBuf::from("/etc/app/log")));
        let classifier = config.options.classifier.unwrap();
        assert_eq!(classifier.model_dir, Some(PathBuf::from("/etc/app/model")));
    }

    #[test]
    fn the_search_stops_at_the_nearest_file() {
        let root = std::env::temp_dir().join(format!("scrubline-search-{}", std::process::id()));
        let deep = root.join("a/b/c");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(root.join(FILE_NAME), "").unwrap();
        assert_eq!(search_up(&deep), Some(root.join(FILE_NAME)));
        std::fs::write(root.join("a").join(FILE_NAME), "").unwrap();
        assert_eq!(search_up(&deep), Some(root.join("a").join(FILE_NAME)));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
