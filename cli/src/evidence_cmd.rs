//! `scrubline evidence`: verify an evidence log's hash chain, and summarize
//! a period of it for an auditor.

use std::io::{self, Write};
use std::path::PathBuf;

use scrubline::evidence::EvidenceRecord;
use scrubline::evidence::summary::{ChainCheck, SummaryOptions, parse_bound, summarize};
use scrubline::evidence::verify::{Verification, VerifyOptions, verify_paths};

use crate::output::{Failure, verdict, write_failed};

/// Evidence log commands.
#[derive(clap::Subcommand)]
pub enum Command {
    /// Check the hash chain (and HMACs): exit 1 naming the first edited,
    /// removed or reordered record.
    Verify {
        /// Log directories, or the files of one chain in order. A directory
        /// holds one chain per prefix: `--prefix` and each `<prefix>-...`
        /// (the chain each worker process writes, e.g. `evidence-<host>-<pid>`).
        #[arg(required = true)]
        logs: Vec<PathBuf>,
        #[command(flatten)]
        check: CheckArgs,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Per-day and per-entity totals, rule sets and models in force, and
    /// coverage gaps over a period, as Markdown or JSON (the chain is
    /// verified first; exit 1 if it fails).
    Summarize {
        /// Log directories, or the files of one chain in order. A directory
        /// holds one chain per prefix: `--prefix` and each `<prefix>-...`
        /// (the chain each worker process writes, e.g. `evidence-<host>-<pid>`).
        #[arg(required = true)]
        logs: Vec<PathBuf>,
        /// First day (`2026-11-01`) or instant (RFC 3339) of the period.
        #[arg(long, value_name = "DATE")]
        from: String,
        /// Last day (inclusive) or end instant (exclusive) of the period.
        #[arg(long, value_name = "DATE")]
        to: String,
        /// Report stretches without records at least this long, in hours.
        #[arg(long, value_name = "HOURS", default_value_t = 24.0)]
        max_gap_hours: f64,
        /// Print JSON instead of Markdown.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        check: CheckArgs,
    },
}

/// How to check the chain.
#[derive(clap::Args)]
pub struct CheckArgs {
    /// File name prefix of the segments in a log directory.
    #[arg(long, default_value = "evidence")]
    prefix: String,
    /// Environment variable holding the HMAC key: every record's `mac` is checked.
    #[arg(long, value_name = "VAR")]
    hmac_key_env: Option<String>,
    /// File holding the HMAC key (raw bytes).
    #[arg(long, value_name = "FILE", conflicts_with = "hmac_key_env")]
    hmac_key_file: Option<PathBuf>,
    /// Fail records without an HMAC even when no key is given.
    #[arg(long)]
    require_mac: bool,
    /// Accept a log that starts after its first record (one file of several).
    #[arg(long)]
    allow_partial: bool,
    /// Head hash recorded earlier: fail if the log no longer contains it (cut short).
    #[arg(long, value_name = "HASH")]
    expect_head: Option<String>,
}

impl CheckArgs {
    fn options(&self) -> Result<VerifyOptions, String> {
        let evidence = scrubline::EvidenceOptions {
            hmac_key_env: self.hmac_key_env.clone(),
            hmac_key_file: self.hmac_key_file.clone(),
            ..Default::default()
        };
        Ok(VerifyOptions {
            key: evidence.key().map_err(|e| e.to_string())?,
            require_mac: self.require_mac,
            allow_partial: self.allow_partial,
            expect_head: self.expect_head.clone(),
        })
    }
}

/// The chains in `logs`: in a directory, each log whose prefix is
/// `prefix` or `prefix-...` (one per worker that wrote its own chain, such
/// as `evidence-<host>-<pid>`); consecutive files form one chain.
fn chains(logs: &[PathBuf], prefix: &str) -> Result<Vec<Vec<PathBuf>>, String> {
    let mut out: Vec<Vec<PathBuf>> = Vec::new();
    let mut files = Vec::new();
    for log in logs {
        if log.is_dir() {
            if !files.is_empty() {
                out.push(std::mem::take(&mut files));
            }
            let found = scrubline::evidence::chains(log, prefix).map_err(|e| e.to_string())?;
            if found.is_empty() {
                // Verification reports the empty log as it always has.
                out.push(vec![log.clone()]);
            }
            out.extend(found.into_iter().map(|(_, segments)| segments));
        } else {
            files.push(log.clone());
        }
    }
    if !files.is_empty() {
        out.push(files);
    }
    Ok(out)
}

/// Verifies every chain in `logs`: each chain's check (with its own gaps
/// over `period`) and all records.
fn check_all(
    logs: &[PathBuf],
    check: &CheckArgs,
    period: Option<SummaryOptions>,
) -> Result<(Vec<ChainCheck>, Vec<EvidenceRecord>), String> {
    let options = check.options()?;
    let mut checks = Vec::new();
    let mut all = Vec::new();
    for chain in chains(logs, &check.prefix)? {
        let (verification, records) =
            verify_paths(&chain, &check.prefix, options.clone()).map_err(|e| e.to_string())?;
        let names: Vec<String> = chain.iter().map(|p| p.display().to_string()).collect();
        let gaps = period.map_or_else(Vec::new, |p| summarize(&records, p).gaps);
        checks.push(ChainCheck {
            log: names.join(" "),
            verification,
            gaps,
        });
        all.extend(records);
    }
    Ok((checks, all))
}

pub fn run(command: Command) -> Result<u8, Failure> {
    let mut out = io::stdout().lock();
    match command {
        Command::Verify { logs, check, json } => {
            let (checks, _) = check_all(&logs, &check, None)?;
            let ok = checks.iter().all(|c| c.verification.ok);
            let written = print_checks(&mut out, &checks, json);
            verdict(written.map_err(write_failed), exit_code(ok))
        }
        Command::Summarize {
            logs,
            from,
            to,
            max_gap_hours,
            json,
            check,
        } => {
            let bound = |text: &str, end: bool| {
                parse_bound(text, end).ok_or_else(|| {
                    format!("`{text}` is not a date (2026-11-01) or an RFC 3339 timestamp")
                })
            };
            let options = SummaryOptions {
                from_ms: bound(&from, false)?,
                to_ms: bound(&to, true)?,
                max_gap_ms: (max_gap_hours * 3_600_000.0) as i64,
            };
            if options.to_ms <= options.from_ms {
                return Err("--to must come after --from".to_string().into());
            }
            let (checks, records) = check_all(&logs, &check, Some(options))?;
            let ok = checks.iter().all(|c| c.verification.ok);
            let mut summary = summarize(&records, options);
            summary.chains = checks;
            let written = if json {
                let text = serde_json::to_string_pretty(&summary).expect("serializes");
                writeln!(out, "{text}")
            } else {
                write!(out, "{}", summary.to_markdown())
            };
            verdict(written.map_err(write_failed), exit_code(ok))
        }
    }
}

fn exit_code(ok: bool) -> u8 {
    if ok { 0 } else { crate::EXIT_FOUND }
}

fn print_checks(out: &mut impl Write, checks: &[ChainCheck], json: bool) -> io::Result<()> {
    if json {
        let text = if checks.len() == 1 {
            serde_json::to_string_pretty(&checks[0].verification)
        } else {
            serde_json::to_string_pretty(&checks)
        };
        return writeln!(out, "{}", text.expect("serializes"));
    }
    for c in checks {
        if checks.len() > 1 {
            writeln!(out, "{}:", c.log)?;
        }
        print_verification(out, &c.verification)?;
    }
    Ok(())
}

fn print_verification(out: &mut impl Write, v: &Verification) -> io::Result<()> {
    match &v.problem {
        None => writeln!(
            out,
            "OK: {} records in {} file(s), seq {} to {}, start {:?}; {} HMAC(s) checked\nhead {}",
            v.records,
            v.files,
            v.first_seq.unwrap_or(0),
            v.head_seq.unwrap_or(0),
            v.start,
            v.macs_checked,
            v.head_hash.as_deref().unwrap_or("-"),
        ),
        Some(p) if p.line == 0 => writeln!(out, "FAILED ({:?}): {}", p.kind, p.message),
        Some(p) => writeln!(
            out,
            "FAILED at {}:{} ({:?}): {}\n{} records verified before it",
            p.file, p.line, p.kind, p.message, v.records
        ),
    }
}
