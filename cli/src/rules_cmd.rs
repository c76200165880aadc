//! `scrubline rules list|check`.

use std::io::{self, Write};

use clap::Subcommand;
use scrubline::{ExampleFailure, ExampleProblem, Rule, Scanner};

use crate::config::RuleArgs;
use crate::output::{Failure, verdict, write_failed};

#[derive(Subcommand)]
pub enum Command {
    /// List the active rules.
    List {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        scanner: RuleArgs,
    },
    /// Run every rule's positive and negative examples; exit 1 if any fails.
    Check {
        #[command(flatten)]
        scanner: RuleArgs,
    },
}

#[derive(serde::Serialize)]
struct Listed<'a> {
    id: &'a str,
    category: &'a str,
    entity: &'a str,
    pack: &'a str,
    confidence: f32,
    keywords: &'a [String],
    validators: Vec<&'static str>,
    name: &'a str,
}

fn listed(r: &Rule) -> Listed<'_> {
    Listed {
        id: &r.id,
        category: r.category.as_str(),
        entity: &r.entity,
        pack: &r.pack,
        confidence: r.confidence,
        keywords: &r.keywords,
        validators: r.validators.iter().map(|v| v.name()).collect(),
        name: &r.name,
    }
}

pub fn run(command: Command) -> Result<u8, Failure> {
    let mut out = io::stdout().lock();
    match command {
        Command::List { json, scanner } => {
            let scanner = scanner.scanner()?;
            let written = if json {
                print_json(&mut out, &scanner)
            } else {
                print_table(&mut out, &scanner)
            };
            verdict(written.map_err(write_failed), 0)
        }
        Command::Check { scanner } => {
            let scanner = scanner.scanner()?;
            let failures = scanner.check_examples();
            let code = if failures.is_empty() {
                0
            } else {
                crate::EXIT_FOUND
            };
            let written = print_check(&mut out, &scanner, &failures);
            verdict(written.map_err(write_failed), code)
        }
    }
}

fn print_json(out: &mut impl Write, scanner: &Scanner) -> io::Result<()> {
    let all: Vec<_> = scanner.rules().rules().iter().map(listed).collect();
    let text = serde_json::to_string_pretty(&all).expect("rules serialize");
    writeln!(out, "{text}")
}

fn print_table(out: &mut impl Write, scanner: &Scanner) -> io::Result<()> {
    let rules = scanner.rules().rules();
    // Columns as wide as their longest cell, so every row lines up.
    let width = |header: &str, cell: &dyn Fn(&scrubline::Rule) -> usize| {
        rules.iter().map(cell).max().unwrap_or(0).max(header.len())
    };
    let id = width("ID", &|r| r.id.len());
    let cat = width("CAT", &|r| r.category.as_str().len());
    let entity = width("ENTITY", &|r| r.entity.len());
    let pack = width("PACK", &|r| r.pack.len());
    writeln!(
        out,
        "{:<id$} {:<cat$} {:<entity$} {:<pack$} NAME",
        "ID", "CAT", "ENTITY", "PACK"
    )?;
    for r in rules {
        writeln!(
            out,
            "{:<id$} {:<cat$} {:<entity$} {:<pack$} {}",
            r.id, r.category, r.entity, r.pack, r.name
        )?;
    }
    let packs: Vec<String> = scanner
        .rules()
        .packs()
        .iter()
        .map(|p| format!("{} {}", p.name, p.version))
        .collect();
    writeln!(
        out,
        "\n{} rules from {} packs ({}); rule set sha256 {}",
        rules.len(),
        packs.len(),
        packs.join(", "),
        scanner.rules().sha256()
    )
}

fn print_check(
    out: &mut impl Write,
    scanner: &Scanner,
    failures: &[ExampleFailure],
) -> io::Result<()> {
    for f in failures {
        let what = match f.problem {
            ExampleProblem::Missed => {
                format!("positive example #{} found nothing", f.index)
            }
            ExampleProblem::FalsePositive => {
                format!("negative example #{} was matched", f.index)
            }
            ExampleProblem::NoExamples => "has no positive or no negative examples".to_string(),
        };
        writeln!(out, "FAIL {}: {what}", f.rule_id)?;
    }
    let rules = scanner.rules().rules();
    let examples: usize = rules
        .iter()
        .map(|r| r.examples.len() + r.negative_examples.len())
        .sum();
    writeln!(
        out,
        "{} rules, {examples} examples: {}",
        rules.len(),
        if failures.is_empty() {
            "all pass".to_string()
        } else {
            format!("{} failed", failures.len())
        }
    )
}
