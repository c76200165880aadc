//! `scrubline`: redact text streams, scan files for secrets and PII, check rules.
//!
//! Exit codes: 0 success (for `scan`: nothing found), 1 findings (`scan`),
//! failed examples (`rules check`) or a log that fails verification
//! (`evidence`), 2 error (bad arguments, rules, input). When standard
//! output's reader goes away (`| head`), a command stops quietly with the
//! verdict it had reached (see `output`).

mod compression;
mod config;
mod config_file;
mod evidence_cmd;
mod input;
mod inventory;
mod mirror;
mod output;
mod parallel;
mod progress;
mod redact;
mod redact_tree;
mod rules_cmd;
mod sarif;
mod scan;
mod table;
mod walk;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use clap::{CommandFactory, FromArgMatches, Subcommand};

use crate::output::Failure;

/// Find and redact secrets and personal data. Values are never printed.
#[derive(Parser)]
#[command(name = "scrubline", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Redact files (or standard input) to standard output, or into a directory.
    Redact(redact::Args),
    /// Scan files and directories; print findings (JSON Lines, SARIF or a table), without values.
    Scan(scan::Args),
    /// Print the model and rule-set inventory (versions, checksums, sources, licences).
    Inventory(inventory::Args),
    /// Verify or summarize an evidence log.
    Evidence {
        #[command(subcommand)]
        command: evidence_cmd::Command,
    },
    /// List rules or check their examples.
    Rules {
        #[command(subcommand)]
        command: rules_cmd::Command,
    },
}

/// Exit code for "something was found" (scan), "examples failed" (rules
/// check) or "the chain is broken" (evidence).
pub const EXIT_FOUND: u8 = 1;
/// Exit code for errors.
pub const EXIT_ERROR: u8 = 2;

/// `scrubline --version`: the crate version and the built-in rule set it
/// runs (rule count and SHA-256, as in `inventory` and every report), so a
/// log line or a bug report names the exact rules.
fn version() -> String {
    let rules = scrubline::RuleSet::builtin();
    format!(
        "{} (built-in rules: {}, SHA-256 {})",
        env!("CARGO_PKG_VERSION"),
        rules.rules().len(),
        rules.sha256()
    )
}

fn main() -> ExitCode {
    // The rule-set hash costs a parse of the packs: only when asked.
    let asked = std::env::args().any(|a| a == "--version" || a == "-V");
    let cli = if asked {
        let version: &'static str = Box::leak(version().into_boxed_str());
        let command = Cli::command().version(version);
        Cli::from_arg_matches(&command.get_matches()).unwrap_or_else(|e| e.exit())
    } else {
        Cli::parse()
    };
    let result = match cli.command {
        Command::Redact(args) => redact::run(args),
        Command::Scan(args) => scan::run(args),
        Command::Inventory(args) => inventory::run(args),
        Command::Evidence { command } => evidence_cmd::run(command),
        Command::Rules { command } => rules_cmd::run(command),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(Failure::ReaderGone) => ExitCode::SUCCESS,
        Err(Failure::Error(message)) => {
            // Not eprintln!: it panics if standard error is closed too.
            let _ = writeln!(std::io::stderr(), "scrubline: {message}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
