//! The README's figures come from the code: its sample report (the Quick
//! start input) and the rule count it states are checked against what the
//! built-in packs produce, so the README cannot drift from the library.

use scrubline::Scanner;
use scrubline_tests::repo_path;
use serde_json::Value;

fn readme() -> String {
    std::fs::read_to_string(repo_path("README.md")).expect("README.md at the repository root")
}

/// The first fenced block with `lang` after the heading `heading`.
fn block_after(text: &str, heading: &str, lang: &str) -> String {
    let at = text.find(heading).expect("heading in README");
    let open = format!("```{lang}\n");
    let start = at + text[at..].find(&open).expect("fenced block") + open.len();
    let end = start + text[start..].find("```").expect("closing fence");
    text[start..end].to_string()
}

#[test]
fn sample_report_matches_the_quick_start_run() {
    let text = readme();
    let quick = block_after(&text, "## Quick start", "sh");
    let input = quick
        .lines()
        .find_map(|l| l.strip_prefix("echo '"))
        .and_then(|l| l.split('\'').next())
        .expect("the Quick start echoes its input");
    let report = Scanner::default_rules()
        .unwrap()
        .redact(&format!("{input}\n"))
        .unwrap()
        .report;
    let actual = serde_json::to_value(&report).unwrap();
    let sample = block_after(&text, "## The report", "json");
    let mut checked = 0;
    for line in sample.lines() {
        let Some(rest) = line.strip_prefix("  \"") else {
            continue;
        };
        let (key, value) = rest.split_once("\": ").expect("\"key\": value");
        let value = value.trim_end_matches(',');
        let real = actual
            .get(key)
            .unwrap_or_else(|| panic!("README report field {key:?} is not in a report"));
        match key {
            // Depends on the build: one of the names the code reports.
            "backend" => assert!(
                ["portable", "hyperscan"].contains(&value.trim_matches('"')),
                "README backend {value}"
            ),
            _ if value.contains('…') => {
                let same_kind = matches!(
                    (real, value.chars().next()),
                    (Value::String(_), Some('"')) | (Value::Array(_), Some('['))
                );
                assert!(same_kind, "README {key}: {value} vs {real}");
            }
            _ => {
                let shown: Value = serde_json::from_str(value)
                    .unwrap_or_else(|e| panic!("README {key}: {value}: {e}"));
                assert_eq!(&shown, real, "README report field {key}: update the sample");
            }
        }
        checked += 1;
    }
    assert!(checked >= 10, "the sample report has {checked} fields");
}

#[test]
fn pack_table_counts_match_the_packs() {
    let text = readme();
    let mut checked = 0;
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("| `") else {
            continue;
        };
        let Some((pack, rest)) = rest.split_once("` | ") else {
            continue;
        };
        let Some(count) = rest
            .split(" |")
            .next()
            .and_then(|c| c.parse::<usize>().ok())
        else {
            continue;
        };
        if !(pack.starts_with("secrets/") || pack.starts_with("pii/")) {
            continue;
        }
        let toml = std::fs::read_to_string(repo_path(&format!("rules/{pack}.toml"))).unwrap();
        let rules = toml.lines().filter(|l| l.trim() == "[[rules]]").count();
        assert_eq!(count, rules, "README says {pack} has {count} rules");
        checked += 1;
    }
    assert_eq!(checked, 14, "every pack has a row in the README table");
}

#[test]
fn stated_rule_total_matches_the_built_in_packs() {
    let text = readme();
    let stated: usize = text
        .split_once(" built-in rules in ")
        .and_then(|(before, _)| before.rsplit(['\n', ' ']).next())
        .and_then(|n| n.parse().ok())
        .expect("README states \"N built-in rules in ...\"");
    let actual = Scanner::default_rules().unwrap().rules().rules().len();
    assert_eq!(stated, actual, "README's rule total");
}
