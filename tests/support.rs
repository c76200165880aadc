//! Helpers shared by the integration tests: locating and reading test data.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Skips a test, or part of one, that needs `missing`: prints a `skipped:`
/// line, unless the environment variable `require` is `1` (CI sets it),
/// which fails the test instead so that CI cannot skip it silently.
pub fn skip(require: &str, missing: &str) {
    let required = std::env::var(require).as_deref() == Ok("1");
    assert!(!required, "{missing} ({require}=1)");
    // Straight to stderr: libtest captures `eprintln!` from passing tests.
    let _ = writeln!(std::io::stderr(), "skipped: {missing}");
}

/// The peer corpora folder: `$SCRUBLINE_CORPORA`, else `shared/corpora`
/// beside the repository root. `None` (after [`skip`], required with
/// `SCRUBLINE_REQUIRE_CORPORA=1`) where it is absent; `test` names the test
/// in the `skipped:` line.
pub fn corpora_dir(test: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("SCRUBLINE_CORPORA").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpora"),
        PathBuf::from,
    );
    if dir.is_dir() {
        return Some(dir);
    }
    let missing = format!(
        "{test}: peer corpora not found at {}; set SCRUBLINE_CORPORA",
        dir.display()
    );
    skip("SCRUBLINE_REQUIRE_CORPORA", &missing);
    None
}

/// Every JSON object of a JSON Lines file under the corpora folder.
pub fn read_jsonl(corpora: &Path, relative: &str) -> Vec<serde_json::Value> {
    let path = corpora.join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("valid JSON line"))
        .collect()
}

/// Path of a file under the repository root.
pub fn repo_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

// The repository README's Rust examples compile and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct Readme;
