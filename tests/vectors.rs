//! The shared test vectors (`tests/vectors/*.json`), run against the core.
//! Every binding runs the same files; a behaviour change is one vector edit.
//!
//! Set `SCRUBLINE_PRINT_VECTORS=1` to print actual results instead of
//! asserting (for writing new vectors; review them before committing).

use scrubline::{CallOptions, Finding, ScannerOptions, TokenFormat, Vault};
use scrubline_tests::repo_path;
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Serialize)]
struct Vector {
    name: String,
    input: String,
    /// `ScannerOptions` as JSON (kept as JSON: error vectors hold invalid ones).
    options: serde_json::Value,
    /// Per-call overrides (`CallOptions`), passed to `redact` itself.
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    call: serde_json::Value,
    #[serde(default)]
    expected_text: String,
    #[serde(default)]
    expected_findings: Vec<ExpectedFinding>,
    /// The error code building the scanner or the call fails with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expected_error: Option<String>,
    /// Whether the report says a configured detector did not run.
    #[serde(default)]
    expected_degraded: bool,
    /// Redact into a vault with this `TokenFormat` (`{}`: the default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    vault: Option<TokenFormat>,
    /// A model answer holding the vault's tokens, and what restoring gives.
    #[serde(default)]
    answer: String,
    #[serde(default)]
    expected_restored: String,
}

#[derive(Deserialize, Serialize, PartialEq, Debug)]
struct ExpectedFinding {
    rule_id: String,
    entity: String,
    category: String,
    bytes: [usize; 2],
    chars: [usize; 2],
    utf16: [usize; 2],
}

impl From<&Finding> for ExpectedFinding {
    fn from(f: &Finding) -> ExpectedFinding {
        ExpectedFinding {
            rule_id: f.rule_id.to_string(),
            entity: f.entity.to_string(),
            category: f.category.as_str().to_string(),
            bytes: [f.bytes.start, f.bytes.end],
            chars: [f.chars.start, f.chars.end],
            utf16: [f.utf16.start, f.utf16.end],
        }
    }
}

fn load() -> Vec<(String, Vec<Vector>)> {
    let dir = repo_path("tests/vectors");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            (
                p.display().to_string(),
                serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap(),
            )
        })
        .collect()
}

/// Offsets computed independently from the core: chars and UTF-16 units before a byte offset.
fn independent_offsets(input: &str, byte: usize) -> (usize, usize) {
    let prefix = &input[..byte];
    (prefix.chars().count(), prefix.encode_utf16().count())
}

#[test]
fn shared_vectors_hold_for_core() {
    let print = std::env::var_os("SCRUBLINE_PRINT_VECTORS").is_some();
    let files = load();
    let mut count = 0;
    for (file, vectors) in files {
        for v in vectors {
            count += 1;
            let call = || match &v.call {
                serde_json::Value::Null => Ok(CallOptions::default()),
                call => CallOptions::from_json(&call.to_string()),
            };
            let scanner = || ScannerOptions::from_json(&v.options.to_string())?.build();
            if let Some(code) = &v.expected_error {
                let got = scanner().and_then(|s| s.redact_with(&v.input, &call()?));
                let got = got.err().map(|e| e.code());
                if print {
                    println!("{}\nerror {got:?}", v.name);
                    continue;
                }
                assert_eq!(got, Some(code.as_str()), "{file} {}", v.name);
                continue;
            }
            let scanner = scanner().unwrap_or_else(|e| panic!("{file} {}: {e}", v.name));
            let call = call().unwrap_or_else(|e| panic!("{file} {}: {e}", v.name));
            let vault = v.vault.clone().map(|f| Vault::with_format(f).unwrap());
            let out = match &vault {
                Some(vault) => scanner.redact_to_vault(&v.input, &call, vault).unwrap(),
                None => scanner.redact_with(&v.input, &call).unwrap(),
            };
            let findings: Vec<ExpectedFinding> =
                out.findings.iter().map(ExpectedFinding::from).collect();
            if print {
                println!(
                    "{}\n{}\n{}",
                    v.name,
                    serde_json::to_string(&out.text).unwrap(),
                    serde_json::to_string(&findings).unwrap()
                );
                continue;
            }
            assert_eq!(out.text, v.expected_text, "{file} {}", v.name);
            assert_eq!(
                out.report.degraded, v.expected_degraded,
                "{file} {}",
                v.name
            );
            assert_eq!(findings, v.expected_findings, "{file} {}", v.name);
            for f in &findings {
                assert_eq!(
                    independent_offsets(&v.input, f.bytes[0]),
                    (f.chars[0], f.utf16[0]),
                    "{}",
                    v.name
                );
                assert_eq!(
                    independent_offsets(&v.input, f.bytes[1]),
                    (f.chars[1], f.utf16[1]),
                    "{}",
                    v.name
                );
            }
            if let Some(vault) = &vault {
                let restored = vault.restore(&v.answer);
                if print {
                    println!("restored {}", serde_json::to_string(&restored).unwrap());
                    continue;
                }
                assert_eq!(restored, v.expected_restored, "{file} {}", v.name);
                // Streamed in 3-character chunks, the answer restores the same.
                let mut restorer = vault.restorer();
                let chars: Vec<char> = v.answer.chars().collect();
                let mut streamed: String = chars
                    .chunks(3)
                    .map(|c| restorer.feed(&c.iter().collect::<String>()))
                    .collect();
                streamed.push_str(&restorer.finish());
                assert_eq!(streamed, v.expected_restored, "{file} {} streamed", v.name);
                if call.is_empty() {
                    // A stream into a fresh vault numbers the same way.
                    let fresh = Vault::with_format(vault.format().clone()).unwrap();
                    let mut stream = scanner.stream_to_vault(&fresh);
                    let mut out = Vec::new();
                    for chunk in v.input.as_bytes().chunks(7) {
                        out.extend(stream.feed(chunk).unwrap());
                    }
                    out.extend(stream.finish().unwrap());
                    assert_eq!(
                        String::from_utf8(out).unwrap(),
                        v.expected_text,
                        "{} streamed",
                        v.name
                    );
                }
                continue;
            }
            if !call.is_empty() {
                // Streams take the scanner's options only.
                continue;
            }
            // Streaming in 7-byte chunks gives the same text.
            let mut stream = scanner.stream();
            let mut streamed = Vec::new();
            for chunk in v.input.as_bytes().chunks(7) {
                streamed.extend(stream.feed(chunk).unwrap());
            }
            streamed.extend(stream.finish().unwrap());
            assert_eq!(
                String::from_utf8(streamed).unwrap(),
                v.expected_text,
                "{} streamed",
                v.name
            );
        }
    }
    assert!(count >= 10, "only {count} vectors found");
}
