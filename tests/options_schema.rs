//! The options reference (`docs/options.md`) and JSON Schemas
//! (`docs/schema/*.schema.json`) are generated from the option types' doc
//! comments with `schemars`, so every field is documented once, in
//! `core/src`. This test fails when the committed files are stale;
//! `SCRUBLINE_BLESS=1 cargo test -p scrubline-tests --test options_schema`
//! rewrites them.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

/// The schemas, by file stem, in the order the reference shows them.
fn schemas() -> Vec<(&'static str, &'static str, Value)> {
    let value = |s: schemars::Schema| serde_json::to_value(s).unwrap();
    vec![
        (
            "scanner-options",
            "ScannerOptions",
            value(schemars::schema_for!(scrubline::ScannerOptions)),
        ),
        (
            "call-options",
            "CallOptions",
            value(schemars::schema_for!(scrubline::CallOptions)),
        ),
    ]
}

fn docs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs")
}

/// A doc comment as one Markdown line: code examples are left out (they
/// are doctests in the source) and rustdoc links become code spans.
fn prose(text: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    let mut words = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        } else if !in_code {
            words.extend(line.split_whitespace());
        }
    }
    let mut rest = words.join(" ");
    // `[`X`](path)` and `[`X`]` -> `X`
    while let Some(i) = rest.find("[`") {
        let Some(close) = rest[i..].find("`]").map(|c| i + c) else {
            break;
        };
        out.push_str(&rest[..i]);
        out.push_str(&rest[i + 1..close + 1]);
        let mut after = close + 2;
        if let Some(end) = rest[after..]
            .starts_with('(')
            .then(|| rest[after..].find(')'))
            .flatten()
        {
            after += end + 1;
        }
        rest = rest[after..].to_string();
    }
    out.push_str(&rest);
    out.replace('|', "\\|")
}

/// A property's type as the reference writes it.
fn type_of(p: &Value) -> String {
    if let Some(r) = p.get("$ref").and_then(Value::as_str) {
        let name = r.rsplit('/').next().unwrap_or(r);
        return format!("[{name}](#{})", name.to_ascii_lowercase());
    }
    if let Some(any) = p.get("anyOf").or(p.get("oneOf")).and_then(Value::as_array) {
        let consts: Vec<String> = any
            .iter()
            .filter_map(|v| v.get("const"))
            .map(|c| format!("`{c}`"))
            .collect();
        if consts.len() == any.len() {
            return consts.join(", ");
        }
        let parts: Vec<String> = any
            .iter()
            .filter(|v| v.get("type").and_then(Value::as_str) != Some("null"))
            .map(type_of)
            .collect();
        return format!("{} or null", parts.join(" or "));
    }
    let ty = match p.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(ts)) => {
            let ts: Vec<&str> = ts
                .iter()
                .filter_map(Value::as_str)
                .filter(|t| *t != "null")
                .collect();
            return format!("{} or null", ts.join(" or "));
        }
        _ => return "any".to_string(),
    };
    match ty.as_str() {
        "array" => format!(
            "array of {}",
            p.get("items").map(type_of).unwrap_or_default()
        ),
        "object" => match p.get("additionalProperties") {
            Some(v @ Value::Object(_)) => format!("map of {}", type_of(v)),
            _ => "object".to_string(),
        },
        _ => ty,
    }
}

fn default_of(p: &Value) -> String {
    match p.get("default") {
        None => "-".to_string(),
        Some(Value::Null) => "none".to_string(),
        Some(v) => format!("`{v}`"),
    }
}

/// One section: a type's description and a table of its fields.
fn section(out: &mut String, name: &str, schema: &Map<String, Value>) {
    let _ = writeln!(out, "## {name}\n");
    if let Some(d) = schema.get("description").and_then(Value::as_str) {
        let _ = writeln!(out, "{}\n", prose(d));
    }
    let Some(props) = schema.get("properties").and_then(Value::as_object) else {
        if let Some(p) = schema.get("pattern") {
            let _ = writeln!(out, "A string matching `{}`.\n", p.as_str().unwrap_or(""));
        } else {
            let _ = writeln!(
                out,
                "One of: {}.\n",
                type_of(&Value::Object(schema.clone()))
            );
        }
        return;
    };
    out.push_str("| Field | Type | Default | Meaning |\n|---|---|---|---|\n");
    for (field, p) in props {
        let meaning = p.get("description").and_then(Value::as_str).unwrap_or("");
        let _ = writeln!(
            out,
            "| `{field}` | {} | {} | {} |",
            type_of(p),
            default_of(p),
            prose(meaning)
        );
    }
    out.push('\n');
}

fn reference(schemas: &[(&str, &str, Value)]) -> String {
    let mut out = String::from(
        "# Options reference\n\n\
         <!-- Generated by tests/options_schema.rs from the doc comments in core/src; \
         do not edit: run `SCRUBLINE_BLESS=1 cargo test -p scrubline-tests --test options_schema`. -->\n\n\
         `ScannerOptions` configures a scanner: the Rust `ScannerBuilder` wraps it \
         (`configure`), the Node and WASM bindings take it as an object, Python as \
         keyword arguments, the CLI as `scrubline.toml` or `--config x.json` \
         (see [configuration.md](configuration.md)). `CallOptions` overrides a few of \
         them for one call (`redact_with`, `scan_with`). JSON Schemas: \
         [scanner-options](schema/scanner-options.schema.json), \
         [call-options](schema/call-options.schema.json). Every field is optional.\n\n",
    );
    let mut defs = Map::new();
    for (_, name, schema) in schemas {
        section(&mut out, name, schema.as_object().unwrap());
        if let Some(d) = schema.get("$defs").and_then(Value::as_object) {
            defs.extend(d.clone());
        }
    }
    for (name, schema) in &defs {
        section(&mut out, name, schema.as_object().unwrap());
    }
    out
}

fn check(path: &Path, want: &str, stale: &mut Vec<String>) {
    if std::env::var("SCRUBLINE_BLESS").as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, want).unwrap();
        return;
    }
    if std::fs::read_to_string(path).ok().as_deref() != Some(want) {
        stale.push(path.display().to_string());
    }
}

#[test]
fn reference_and_schemas_are_current() {
    let schemas = schemas();
    let mut stale = Vec::new();
    for (stem, _, schema) in &schemas {
        let text = serde_json::to_string_pretty(schema).unwrap() + "\n";
        check(
            &docs().join(format!("schema/{stem}.schema.json")),
            &text,
            &mut stale,
        );
    }
    check(&docs().join("options.md"), &reference(&schemas), &mut stale);
    assert!(
        stale.is_empty(),
        "stale: {stale:?}; regenerate with SCRUBLINE_BLESS=1 cargo test -p scrubline-tests --test options_schema"
    );
}

#[test]
fn every_option_field_has_a_description() {
    for (_, name, schema) in schemas() {
        let mut objects = vec![(name.to_string(), schema.clone())];
        if let Some(defs) = schema.get("$defs").and_then(Value::as_object) {
            objects.extend(defs.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        for (owner, object) in objects {
            let props = object.get("properties").and_then(Value::as_object);
            for (field, p) in props.into_iter().flatten() {
                assert!(
                    p.get("description").is_some(),
                    "{owner}.{field} has no doc comment"
                );
            }
        }
    }
}

#[test]
fn the_schema_accepts_the_defaults_and_knows_every_field() {
    // Every field the serde struct writes is a property of the schema.
    let written = serde_json::to_value(scrubline::ScannerOptions::default()).unwrap();
    let schema = &schemas()[0].2;
    let props = schema["properties"].as_object().unwrap();
    for field in written.as_object().unwrap().keys() {
        assert!(props.contains_key(field), "{field} missing from the schema");
    }
    assert_eq!(written.as_object().unwrap().len(), props.len());
}
