//! Differential test: the Hyperscan backend finds exactly what the portable
//! backend finds, one-shot and streamed, over every rule example, the peer
//! corpora, the shared vectors and a generated mixed corpus. Skipped, with
//! a `skipped:` line, where the build found no libhs (required with
//! `SCRUBLINE_REQUIRE_HYPERSCAN=1`); the corpora part likewise
//! (`SCRUBLINE_REQUIRE_CORPORA=1`).
#![cfg(all(feature = "hyperscan", target_os = "linux", target_arch = "x86_64"))]

use scrubline::{BackendKind, RuleSet, Scanner};
use scrubline_tests::{corpora_dir, read_jsonl, repo_path, skip};

/// Both backends, or `None` (after a `skipped:` line for `test`) where this
/// build has no Hyperscan backend.
fn scanners(test: &str) -> Option<(Scanner, Scanner)> {
    if !BackendKind::Hyperscan.is_available() {
        let missing =
            format!("{test}: this build has no Hyperscan backend (libhs not found at build time)");
        skip("SCRUBLINE_REQUIRE_HYPERSCAN", &missing);
        return None;
    }
    let build = |kind| {
        Scanner::builder()
            .backend(kind)
            .max_input_bytes(1 << 30)
            .build()
            .unwrap()
    };
    let (portable, hyperscan) = (build(BackendKind::Portable), build(BackendKind::Hyperscan));
    assert_eq!(portable.backend_name(), "portable");
    assert_eq!(hyperscan.backend_name(), "hyperscan");
    Some((portable, hyperscan))
}

fn assert_same(a: &Scanner, b: &Scanner, input: &[u8], what: &str) {
    let (x, y) = (
        a.redact_bytes(input).unwrap(),
        b.redact_bytes(input).unwrap(),
    );
    assert_eq!(x.findings, y.findings, "{what}");
    assert_eq!(x.bytes, y.bytes, "{what}");
}

#[test]
fn backends_agree_on_examples_corpora_and_vectors() {
    let test = "backends_agree_on_examples_corpora_and_vectors";
    let Some((portable, hyperscan)) = scanners(test) else {
        return;
    };
    let mut texts: Vec<String> = Vec::new();
    for rule in RuleSet::builtin().rules() {
        texts.extend(rule.examples.iter().cloned());
        texts.extend(rule.negative_examples.iter().cloned());
    }
    for entry in std::fs::read_dir(repo_path("tests/vectors")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let vectors: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        texts.extend(
            vectors
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v["input"].as_str().unwrap().to_string()),
        );
    }
    assert!(texts.len() > 3000, "{} texts", texts.len());
    if let Some(corpora) = corpora_dir(&format!("{test} (corpora part)")) {
        for file in [
            "secrets/noseyparker_rules.jsonl",
            "secrets/gitleaks_literals.jsonl",
            "pii/presidio_recognizer_tests.jsonl",
        ] {
            texts.extend(
                read_jsonl(&corpora, file)
                    .iter()
                    .map(|r| r["text"].as_str().unwrap().to_string()),
            );
        }
        assert!(texts.len() > 6000, "{} texts", texts.len());
    }
    for (i, text) in texts.iter().enumerate() {
        assert_same(
            &portable,
            &hyperscan,
            text.as_bytes(),
            &format!("text #{i}"),
        );
    }
    // All of them at once, as one long text, one-shot and in 4 KiB chunks.
    let joined = texts.join("\n");
    assert_same(&portable, &hyperscan, joined.as_bytes(), "joined");
    let mut stream = hyperscan.stream();
    let mut out = Vec::new();
    for chunk in joined.as_bytes().chunks(4096) {
        out.extend(stream.feed(chunk).unwrap());
    }
    out.extend(stream.finish().unwrap());
    assert_eq!(out, portable.redact_bytes(joined.as_bytes()).unwrap().bytes);
}

/// The generated mixed corpus (benches/corpus.py). CI runs it at 16 MB;
/// `SCRUBLINE_DIFF_MB=100` runs the full benchmark corpus.
#[test]
fn backends_agree_on_generated_corpus() {
    let Some((portable, hyperscan)) = scanners("backends_agree_on_generated_corpus") else {
        return;
    };
    let mb: u32 = std::env::var("SCRUBLINE_DIFF_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(16);
    let path =
        std::env::temp_dir().join(format!("scrubline-diff-{mb}mb-{}.txt", std::process::id()));
    let status = std::process::Command::new("python3")
        .arg(repo_path("benches/corpus.py"))
        .args(["--size-mb", &mb.to_string(), "--out"])
        .arg(&path)
        .status()
        .expect("python3 runs benches/corpus.py");
    assert!(status.success());
    let data = std::fs::read(&path).unwrap();
    let _ = std::fs::remove_file(&path);
    let _ = std::fs::remove_file(path.with_extension("txt.manifest.json"));
    let (x, y) = (
        portable.scan_bytes(&data).unwrap(),
        hyperscan.scan_bytes(&data).unwrap(),
    );
    assert!(x.len() > 1000, "{} findings", x.len());
    assert_eq!(x, y);
}
