//! Turning the paths named on the command line into the files to read, in
//! a fixed order: paths in the order given, each directory's files sorted
//! by path (component by component), so the output does not depend on the
//! file system's order or on how many threads read the files.

use std::path::{Path, PathBuf};

/// Why a file met in a directory was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Skip {
    /// Looked binary and `--skip-binary` asked to skip it.
    Binary,
    /// A symlink to a directory: not followed (it may leave the tree or loop).
    SymlinkedDirectory,
    /// A symlink whose target does not exist.
    BrokenSymlink,
    /// A FIFO, socket or device: reading it could block or never end.
    SpecialFile,
}

impl Skip {
    /// What the summary says about files skipped for this reason.
    pub fn describe(self) -> &'static str {
        match self {
            Skip::Binary => "binary files (--skip-binary)",
            Skip::SymlinkedDirectory => "symlinks to directories (not followed)",
            Skip::BrokenSymlink => "broken symlinks",
            Skip::SpecialFile => "FIFOs, sockets or devices inside directories",
        }
    }
}

/// One thing the walk met.
#[derive(Debug)]
pub enum Target {
    /// `-`: standard input.
    Stdin,
    /// A file to read: a regular file or a symlink to one in a directory,
    /// or anything named on the command line.
    File(PathBuf),
    /// An entry of a directory that is not read.
    Skip(Skip),
    /// A path that cannot be read or walked (the message names it).
    Failed(String),
}

/// How directories are walked.
#[derive(Clone, Debug, Default)]
pub struct WalkOptions {
    /// Also read files that .gitignore, .ignore and .git/info/exclude exclude.
    pub no_ignore: bool,
    /// A directory not to enter (`redact --output-dir` writing inside the tree).
    pub exclude: Option<PathBuf>,
}

/// Hands every target under `roots` to `each`, in order, until `each`
/// returns `false`. `-` is standard input; a directory is walked (`.git`
/// never entered); anything else named is read as it is (a FIFO,
/// `/dev/stdin`, `<(cmd)`).
pub fn visit(roots: &[PathBuf], options: &WalkOptions, mut each: impl FnMut(Target) -> bool) {
    for root in roots {
        if root.as_os_str() == "-" {
            if !each(Target::Stdin) {
                return;
            }
            continue;
        }
        let target = match std::fs::metadata(root) {
            Err(e) => Target::Failed(format!("cannot read {}: {e}", root.display())),
            Ok(meta) if !meta.is_dir() => Target::File(root.clone()),
            Ok(_) => {
                if !walk_directory(root, options, &mut each) {
                    return;
                }
                continue;
            }
        };
        if !each(target) {
            return;
        }
    }
}

/// Walks one directory; `false` when `each` asked to stop.
fn walk_directory(
    root: &Path,
    options: &WalkOptions,
    each: &mut impl FnMut(Target) -> bool,
) -> bool {
    let exclude = options.exclude.clone();
    let walker = ignore::WalkBuilder::new(root)
        .hidden(false)
        .git_ignore(!options.no_ignore)
        .ignore(!options.no_ignore)
        .git_exclude(!options.no_ignore)
        .sort_by_file_path(|a, b| a.cmp(b))
        .filter_entry(move |e| e.file_name() != ".git" && !is_excluded(e, exclude.as_deref()))
        .build();
    for entry in walker {
        let target = match entry {
            Ok(entry) => match classify(&entry) {
                Some(target) => target,
                None => continue,
            },
            Err(e) => Target::Failed(format!("cannot walk {}: {e}", root.display())),
        };
        if !each(target) {
            return false;
        }
    }
    true
}

/// Whether `entry` is the directory `exclude` (compared canonically).
fn is_excluded(entry: &ignore::DirEntry, exclude: Option<&Path>) -> bool {
    let Some(exclude) = exclude else {
        return false;
    };
    entry.file_type().is_some_and(|t| t.is_dir())
        && entry
            .path()
            .canonicalize()
            .is_ok_and(|path| path == exclude)
}

/// A directory entry: regular files and symlinks to them are read;
/// directories are walked (`None`: nothing to do here); the rest is skipped.
fn classify(entry: &ignore::DirEntry) -> Option<Target> {
    let path = entry.path();
    Some(match entry.file_type() {
        Some(t) if t.is_file() => Target::File(path.to_path_buf()),
        Some(t) if t.is_dir() => return None,
        Some(t) if t.is_symlink() => match std::fs::metadata(path) {
            Ok(m) if m.is_file() => Target::File(path.to_path_buf()),
            Ok(m) if m.is_dir() => Target::Skip(Skip::SymlinkedDirectory),
            Ok(_) => Target::Skip(Skip::SpecialFile),
            Err(_) => Target::Skip(Skip::BrokenSymlink),
        },
        _ => Target::Skip(Skip::SpecialFile),
    })
}
