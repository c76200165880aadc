//! Arbitrary rule files: parsing and compiling either succeed or return an
//! error (never panic, never exceed the compiled-size limits), and a
//! compiled set scans a sample.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use scrubline::{RuleSet, Scanner};

#[derive(Arbitrary, Debug)]
struct RuleInput {
    id: String,
    category: bool,
    entity: String,
    pattern: String,
    keywords: Vec<String>,
    validators: Vec<u8>,
    min_entropy: Option<u8>,
    context: Option<(Vec<String>, u8)>,
    examples: Vec<String>,
}

const VALIDATORS: &[&str] = &[
    "luhn",
    "iban",
    "ssn",
    "ipv4",
    "jwt",
    "not_placeholder",
    "entropy",
    "bogus",
];

fn toml_str(s: &str) -> String {
    toml_escape(s)
}

fn toml_escape(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32 & 0xFFFF)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[String]) -> String {
    format!(
        "[{}]",
        items
            .iter()
            .map(|s| toml_str(s))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

fuzz_target!(|input: (Vec<RuleInput>, Vec<u8>)| {
    let (rules, raw) = input;
    // Raw bytes as a rule file: must not panic.
    if let Ok(text) = std::str::from_utf8(&raw) {
        let _ = RuleSet::new().add_toml("raw", text);
    }
    let mut toml = String::from("format = 1\n[pack]\nname = \"fuzz\"\nversion = \"1\"\n");
    for r in rules.iter().take(8) {
        toml.push_str(&format!(
            "[[rules]]\nid = {}\nname = \"n\"\ncategory = \"{}\"\nentity = {}\npattern = {}\nkeywords = {}\nvalidators = [{}]\nexamples = {}\nnegative_examples = []\n",
            toml_str(&r.id),
            if r.category { "secret" } else { "pii" },
            toml_str(&r.entity),
            toml_str(&r.pattern),
            list(&r.keywords),
            r.validators.iter().map(|v| format!("\"{}\"", VALIDATORS[*v as usize % VALIDATORS.len()])).collect::<Vec<_>>().join(", "),
            list(&r.examples),
        ));
        if let Some(e) = r.min_entropy {
            toml.push_str(&format!("min_entropy = {}\n", f64::from(e) / 32.0));
        }
        if let Some((words, window)) = &r.context {
            toml.push_str(&format!(
                "context = {{ words = {}, window = {window}, boost = 0.1 }}\n",
                list(words)
            ));
        }
    }
    let mut set = RuleSet::new();
    if set.add_toml("fuzz.toml", &toml).is_err() {
        return;
    }
    if let Ok(scanner) = Scanner::builder().rules(set).build() {
        let _ = scanner.redact(
            "sample text with key=AKIAQYLPMN5HHHFPZAM2 and bob@example.com 4111 1111 1111 1111",
        );
        let _ = scanner.check_examples();
    }
});
