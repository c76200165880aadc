//! Where `redact --output-dir DIR` writes each input's redacted copy: at
//! the input's path as given, under DIR, and never outside DIR.
//!
//! The rule ([`output_path`]), applied to the path as named or as walked:
//! a root or drive prefix is dropped (`/var/log/a.log` goes to
//! `DIR/var/log/a.log`), `.` components are dropped, and a `..` removes
//! the component before it (`logs/../a.log` goes to `DIR/a.log`) or, with
//! nothing before it, is dropped (`../a.log` goes to `DIR/a.log`). The
//! result is made of plain names only, so it cannot climb out of DIR; and
//! the directories created on the way ([`create_parents`]) must be real
//! directories, not symlinks that lead elsewhere.

use std::ffi::OsString;
use std::io;
use std::path::{Component, Path, PathBuf};

use crate::compression::Compression;

/// The path under `dir` for `input`'s copy (see the module docs); with
/// `decompress`, without a `.gz`, `.zst`, `.bz2` or `.xz` extension.
/// `None` when no file name is left (`/`, `..`).
pub fn output_path(dir: &Path, input: &Path, decompress: bool) -> Option<PathBuf> {
    let mut parts = Vec::new();
    for component in input.components() {
        match component {
            Component::Prefix(_) | Component::RootDir | Component::CurDir => {}
            Component::ParentDir => {
                parts.pop();
            }
            Component::Normal(name) => parts.push(name),
        }
    }
    let (name, parents) = parts.split_last()?;
    let mut name = OsString::from(name);
    if decompress {
        let text = name.to_string_lossy();
        if Compression::of_extension(&text).is_some() {
            let stem = &text[..text.rfind('.').expect("an extension has a dot")];
            if !stem.is_empty() {
                name = OsString::from(stem);
            }
        }
    }
    let mut out = dir.to_path_buf();
    out.extend(parents);
    out.push(name);
    Some(out)
}

/// Creates the directories between `dir` and `output` (a path from
/// [`output_path`]), refusing to go through anything under `dir` that is
/// a symlink or not a directory.
pub fn create_parents(dir: &Path, output: &Path) -> Result<(), String> {
    let relative = output
        .strip_prefix(dir)
        .expect("output paths are made under the output directory");
    let mut at = dir.to_path_buf();
    for part in relative.parent().into_iter().flat_map(Path::components) {
        at.push(part);
        loop {
            let refused = |why: &str| format!("cannot write under {}: {why}", at.display());
            match std::fs::symlink_metadata(&at) {
                Ok(m) if m.file_type().is_symlink() => {
                    return Err(refused(
                        "it is a symlink (copies are only written inside the output directory)",
                    ));
                }
                Ok(m) if m.is_dir() => break,
                Ok(_) => return Err(refused("not a directory")),
                Err(e) if e.kind() == io::ErrorKind::NotFound => match std::fs::create_dir(&at) {
                    Ok(()) => break,
                    // Another thread made it: look again.
                    Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                    Err(e) => return Err(refused(&e.to_string())),
                },
                Err(e) => return Err(refused(&e.to_string())),
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_stay_under_the_output_directory() {
        let out = |input: &str| output_path(Path::new("/out"), Path::new(input), false);
        let cases = [
            ("logs/app.log", "/out/logs/app.log"),
            ("./logs/./app.log", "/out/logs/app.log"),
            ("/var/log/app.log.gz", "/out/var/log/app.log.gz"),
            ("../../etc/passwd", "/out/etc/passwd"),
            ("logs/../../x/a.log", "/out/x/a.log"),
            ("a/b/../../../../c", "/out/c"),
        ];
        for (input, expected) in cases {
            assert_eq!(out(input), Some(PathBuf::from(expected)), "{input}");
        }
        assert_eq!(out("/"), None);
        assert_eq!(out("a/.."), None);
        let plain = |input: &str| output_path(Path::new("o"), Path::new(input), true);
        assert_eq!(plain("app.log.gz"), Some(PathBuf::from("o/app.log")));
        assert_eq!(plain("app.log"), Some(PathBuf::from("o/app.log")));
        assert_eq!(plain(".gz"), Some(PathBuf::from("o/.gz")));
    }

    #[cfg(unix)]
    #[test]
    fn symlinked_directories_under_the_output_are_refused() {
        let root = std::env::temp_dir().join(format!("scrubline-mirror-{}", std::process::id()));
        let (out, elsewhere) = (root.join("out"), root.join("elsewhere"));
        std::fs::create_dir_all(&out).unwrap();
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, out.join("logs")).unwrap();
        let message = create_parents(&out, &out.join("logs/a/app.log")).unwrap_err();
        assert!(message.contains("symlink"), "{message}");
        assert!(!elsewhere.join("a").exists());
        create_parents(&out, &out.join("new/deep/app.log")).unwrap();
        assert!(out.join("new/deep").is_dir());
        std::fs::remove_dir_all(&root).unwrap();
    }
}
