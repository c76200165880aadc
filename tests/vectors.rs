//! The shared test vectors (`tests/vectors/*.json`), run against the core.
//! Every binding runs the same files; a behaviour change is one vector edit.
//!
//! Set `SCRUBLINE_PRINT_VECTORS=1` to print actual results instead of
//! asserting (for writing new vectors; review them before committing).

use scrubline::{Finding, ScannerOptions};
use scrubline_tests::repo_path;
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Serialize)]
struct Vector {
    name: String,
    input: String,
    options: ScannerOptions,
    expected_text: String,
    expected_findings: Vec<ExpectedFinding>,
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
            rule_id: f.rule_id.clone(),
            entity: f.entity.clone(),
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
            let scanner = v
                .options
                .build()
                .unwrap_or_else(|e| panic!("{file} {}: {e}", v.name));
            let out = scanner.redact(&v.input).unwrap();
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
