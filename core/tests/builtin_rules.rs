//! The built-in packs: counts, examples, and the secrecy of reports.

use scrubline::{Category, RuleSet, Scanner};

#[test]
fn builtin_packs_meet_the_coverage_targets() {
    let set = RuleSet::builtin();
    let secrets = set
        .rules()
        .iter()
        .filter(|r| r.category == Category::Secret)
        .count();
    let pii = set
        .rules()
        .iter()
        .filter(|r| r.category == Category::Pii)
        .count();
    assert!(secrets >= 500, "{secrets} secret rules");
    assert!(pii >= 25, "{pii} PII rules");
}

#[test]
fn every_builtin_rule_example_holds() {
    let scanner = Scanner::default_rules().unwrap();
    let failures = scanner.check_examples();
    let described: Vec<String> = failures
        .iter()
        .map(|f| {
            let rule = scanner.rules().get(&f.rule_id).unwrap();
            let text = match f.problem {
                scrubline::ExampleProblem::Missed => rule.examples[f.index].clone(),
                scrubline::ExampleProblem::FalsePositive => rule.negative_examples[f.index].clone(),
                scrubline::ExampleProblem::NoExamples => String::new(),
            };
            format!("{} {:?} #{}: {:?}", f.rule_id, f.problem, f.index, text)
        })
        .collect();
    assert!(
        described.is_empty(),
        "{} failures:\n{}",
        described.len(),
        described.join("\n")
    );
}
