//! `scrubline redact --output-dir DIR`: a redacted copy of every input
//! file under DIR ([`crate::mirror`] says where), on `-j` threads.
//!
//! Each copy is written to a temporary file in its target directory and
//! renamed into place once complete, so a file that fails (unreadable,
//! not valid in its encoding, a full disk) leaves no partial copy; the
//! failure is reported on standard error, naming the path (never content),
//! and the other files are still redacted. Compressed inputs are written
//! back in the same format unless `--decompress`.

use std::collections::{BTreeMap, HashSet};
use std::convert::Infallible;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use scrubline::{Report, Scanner};

use crate::compression::Compressor;
use crate::input::Input;
use crate::output::Failure;
use crate::progress::Progress;
use crate::redact::{CHUNK, redact_input};
use crate::walk::{Skip, Target, WalkOptions};

/// What to redact, and where to.
pub struct Tree<'a> {
    /// The output directory (created if missing).
    pub dir: &'a Path,
    /// Files and directories to redact.
    pub roots: &'a [PathBuf],
    /// Also redact files that ignore files exclude.
    pub no_ignore: bool,
    /// Write compressed inputs uncompressed.
    pub decompress: bool,
    /// No progress bar.
    pub quiet: bool,
    /// Files redacted at once.
    pub jobs: usize,
}

/// One unit of work, planned in walk order.
enum Job {
    /// Redact `input` into `output`.
    Redact { input: PathBuf, output: PathBuf },
    /// A directory entry that is not read.
    Skip(Skip),
    /// Nothing to do but report this.
    Failed(String),
}

/// How a job ended.
enum Outcome {
    /// Copy written; its counts.
    Redacted(Box<Report>),
    /// An entry not read.
    Skipped(Skip),
    /// Not written; why (naming the path). `file`: it was a file to redact.
    Failed { message: String, file: bool },
}

/// Redacts every file under `tree.roots` into `tree.dir`. Returns the
/// totals over the files redacted and the number of failures, each
/// already reported on standard error.
pub fn run(scanner: &Scanner, tree: &Tree) -> Result<(Report, usize), Failure> {
    let dir = tree.dir;
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let exclude = dir
        .canonicalize()
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let walk = WalkOptions {
        no_ignore: tree.no_ignore,
        exclude: Some(exclude),
    };
    let progress = Progress::new(tree.quiet);
    let found = progress.clone();
    let mut total = scanner.empty_report();
    let mut failed = 0;
    let mut skipped: BTreeMap<Skip, usize> = BTreeMap::new();
    let done = crate::parallel::ordered(
        tree.jobs,
        |send| {
            let mut planned = HashSet::new();
            crate::walk::visit(tree.roots, &walk, |target| {
                let job = plan(target, tree, &mut planned);
                if matches!(job, Job::Redact { .. }) {
                    found.found_file();
                }
                send(job)
            })
        },
        |job| perform(scanner, tree, job),
        |outcome| {
            match outcome {
                Outcome::Redacted(report) => {
                    total.merge(&report);
                    progress.file_done(total.bytes_scanned);
                }
                Outcome::Skipped(reason) => *skipped.entry(reason).or_default() += 1,
                Outcome::Failed { message, file } => {
                    failed += 1;
                    progress.print(false, || eprintln!("scrubline: {message}"));
                    if file {
                        progress.file_done(total.bytes_scanned);
                    }
                }
            }
            Ok::<(), Infallible>(())
        },
    );
    let Ok(()) = done;
    progress.finish();
    if !tree.quiet {
        for (reason, n) in &skipped {
            eprintln!("scrubline: not redacted: {n} {}", reason.describe());
        }
    }
    Ok((total, failed))
}

/// The job for one walked target; `planned` holds the copies planned so
/// far, so two inputs never share one (`a.log` and `../a.log`).
fn plan(target: Target, tree: &Tree, planned: &mut HashSet<PathBuf>) -> Job {
    let input = match target {
        Target::File(input) => input,
        Target::Skip(reason) => return Job::Skip(reason),
        Target::Failed(message) => return Job::Failed(message),
        Target::Stdin => return Job::Failed("standard input has no path to copy to".into()),
    };
    let Some(output) = crate::mirror::output_path(tree.dir, &input, tree.decompress) else {
        return Job::Failed(format!("{} names no file to copy to", input.display()));
    };
    if !planned.insert(output.clone()) {
        return Job::Failed(format!(
            "not redacted: {}: its copy {} is an earlier input's copy",
            input.display(),
            output.display()
        ));
    }
    Job::Redact { input, output }
}

fn perform(scanner: &Scanner, tree: &Tree, job: Job) -> Outcome {
    match job {
        Job::Skip(reason) => Outcome::Skipped(reason),
        Job::Failed(message) => Outcome::Failed {
            message,
            file: false,
        },
        Job::Redact { input, output } => match redact_file(scanner, tree, &input, &output) {
            Ok(report) => Outcome::Redacted(Box::new(report)),
            Err(message) => Outcome::Failed {
                message,
                file: true,
            },
        },
    }
}

/// Redacts `input` into a temporary file beside `output`, then renames it
/// to `output`; on any error the temporary file is removed.
fn redact_file(
    scanner: &Scanner,
    tree: &Tree,
    input: &Path,
    output: &Path,
) -> Result<Report, String> {
    let shown = input.display().to_string();
    let file = File::open(input).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let permissions = file
        .metadata()
        .map_err(|e| format!("cannot read {shown}: {e}"))?
        .permissions();
    let mut source = Input::open(file, &shown, CHUNK).map_err(message)?;
    crate::mirror::create_parents(tree.dir, output)?;
    let cannot_write = |e: io::Error| format!("cannot write {}: {e}", output.display());
    if output.exists() && output.canonicalize().ok() == input.canonicalize().ok() {
        return Err(format!(
            "not redacted: {shown}: its copy would replace it (choose another --output-dir)"
        ));
    }
    let parent = output
        .parent()
        .expect("a copy is under the output directory");
    let temp = tempfile::Builder::new()
        .prefix(".scrubline-")
        .suffix(".part")
        .tempfile_in(parent)
        .map_err(cannot_write)?;
    let compression = source.compression.filter(|_| !tree.decompress);
    let mut writer = Compressor::new(
        io::BufWriter::with_capacity(CHUNK, temp.as_file()),
        compression,
    )
    .map_err(cannot_write)?;
    let mut report = scanner.empty_report();
    let write_error = |e: io::Error| Failure::Error(cannot_write(e));
    redact_input(scanner, &mut source, &mut writer, &mut report, &write_error).map_err(message)?;
    writer
        .finish()
        .and_then(|mut buffered| buffered.flush())
        .map_err(cannot_write)?;
    temp.as_file()
        .set_permissions(permissions)
        .map_err(cannot_write)?;
    temp.persist(output).map_err(|e| cannot_write(e.error))?;
    Ok(report)
}

/// A failure's message (a copy is never written to a pipe, so the reader
/// cannot leave).
fn message(failure: Failure) -> String {
    match failure {
        Failure::Error(message) => message,
        Failure::ReaderGone => "cannot write output: the reader left".into(),
    }
}
