//! `scrubline inventory`: the model and rule-set inventory an auditor asks
//! for (versions, checksums, sources, licences, evaluation), as Markdown
//! or JSON. Never touches scanned content.

use std::collections::BTreeMap;
use std::io::{self, Write};

use scrubline::{MODEL_PROVENANCE, RuleSet};
use serde_json::{Value, json};

use crate::config::RuleArgs;
use crate::output::{Failure, verdict, write_failed};

/// Print the model and rule-set inventory.
#[derive(clap::Args)]
pub struct Args {
    /// Print JSON instead of Markdown.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    scanner: RuleArgs,
}

pub fn run(args: Args) -> Result<u8, Failure> {
    let scanner = args.scanner.scanner()?;
    let rules = scanner.rules();
    let mut by_category: BTreeMap<&str, usize> = BTreeMap::new();
    for r in rules.rules() {
        *by_category.entry(r.category.as_str()).or_default() += 1;
    }
    let model: Value =
        serde_json::from_str(MODEL_PROVENANCE).map_err(|e| format!("embedded provenance: {e}"))?;
    let inventory = json!({
        "scanner": concat!("scrubline/", env!("CARGO_PKG_VERSION")),
        "rule_set": {
            "sha256": rules.sha256(),
            "rules": rules.rules().len(),
            "by_category": by_category,
            "packs": rules.packs(),
        },
        "models": [{
            "name": model["model"],
            "version": model["version"],
            "sha256": model["sha256"],
            "source": "trained in this repository (models/train/train.py)",
            "training_data": model["training_data"],
            "training": model["training"],
            "evaluation": model["evaluation"],
            "in_this_build": scanner.has_classifier(),
        }],
    });
    let mut out = io::stdout().lock();
    let written = if args.json {
        let text = serde_json::to_string_pretty(&inventory).expect("serializes");
        writeln!(out, "{text}")
    } else {
        print_markdown(&mut out, rules, &by_category, &model)
    };
    verdict(written.map_err(write_failed), 0)
}

fn print_markdown(
    out: &mut impl Write,
    rules: &RuleSet,
    by_category: &BTreeMap<&str, usize>,
    model: &Value,
) -> io::Result<()> {
    writeln!(out, "# scrubline inventory\n")?;
    writeln!(out, "## Rule set\n")?;
    writeln!(out, "- SHA-256: `{}`", rules.sha256())?;
    writeln!(
        out,
        "- Rules: {} ({})",
        rules.rules().len(),
        by_category
            .iter()
            .map(|(c, n)| format!("{n} {c}"))
            .collect::<Vec<_>>()
            .join(", ")
    )?;
    writeln!(
        out,
        "\n| pack | version | rules | SHA-256 |\n|---|---|---:|---|"
    )?;
    for p in rules.packs() {
        writeln!(
            out,
            "| {} | {} | {} | `{}` |",
            p.name, p.version, p.rules, p.sha256
        )?;
    }
    writeln!(out, "\n## Models\n")?;
    writeln!(
        out,
        "| model | version | SHA-256 | source |\n|---|---|---|---|"
    )?;
    writeln!(
        out,
        "| {} | {} | `{}` | trained in this repository (models/train) |",
        model["model"].as_str().unwrap_or_default(),
        model["version"].as_str().unwrap_or_default(),
        model["sha256"].as_str().unwrap_or_default()
    )?;
    writeln!(out, "\nTraining data:\n")?;
    for d in model["training_data"].as_array().into_iter().flatten() {
        writeln!(
            out,
            "- {} ({}): {}",
            d["name"].as_str().unwrap_or_default(),
            d["licence"].as_str().unwrap_or_default(),
            d["source"].as_str().unwrap_or_default()
        )?;
    }
    writeln!(out, "\nEvaluation (entity-level F1, exact spans):\n")?;
    for (set, tools) in model["evaluation"].as_object().into_iter().flatten() {
        let ours = &tools["scrubline-pii-tagger"];
        let f1: Vec<String> = ours
            .as_object()
            .into_iter()
            .flatten()
            .map(|(label, m)| format!("{label} {}", m["f1"]))
            .collect();
        writeln!(out, "- {set}: {}", f1.join(", "))?;
    }
    Ok(())
}
