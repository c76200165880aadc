//! Sets `cfg(hyperscan_backend)` and links `libhs` when the `hyperscan`
//! feature is on, the target is x86_64 Linux and pkg-config finds `libhs`
//! (Debian: `libvectorscan-dev`); where the feature is on and `libhs` is not
//! found, warns and builds the portable backend only, unless
//! `SCRUBLINE_REQUIRE_HYPERSCAN=1` (CI) makes that an error. Sets
//! `cfg(classifier_ort)` when the `classifier` feature is on outside WASM,
//! `cfg(classifier_tract)` with `classifier-tract`, and `cfg(classifier_model)`
//! when either is.
//! Elsewhere the features are accepted and do nothing, so the same features
//! build on every target. Sets `cfg(evidence_files)` (evidence logs write
//! files) when the `fs` feature is on outside WASM. With `compact-packs`,
//! writes the built-in packs less their examples and descriptions into `OUT_DIR`.
//! Always writes `OUT_DIR/char_folds.rs`, the de-obfuscation's character
//! fold tables (`src/deobfuscate/char_folds.rs`).

#[cfg(feature = "compact-packs")]
#[path = "src/rules/compact.rs"]
mod compact;

#[path = "src/deobfuscate/char_folds.rs"]
mod char_folds;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(hyperscan_backend)");
    println!("cargo::rustc-check-cfg=cfg(classifier_model)");
    println!("cargo::rustc-check-cfg=cfg(classifier_ort)");
    println!("cargo::rustc-check-cfg=cfg(classifier_tract)");
    println!("cargo::rustc-check-cfg=cfg(evidence_files)");
    println!("cargo::rerun-if-changed=build.rs");
    // The feature brings the pkg-config build dependency.
    #[cfg(feature = "hyperscan")]
    hyperscan();
    #[cfg(feature = "compact-packs")]
    compact_packs();
    write_char_folds();
    let family = std::env::var("CARGO_CFG_TARGET_FAMILY").unwrap_or_default();
    let wasm = family.split(',').any(|f| f == "wasm");
    // Evidence logs write files where there is a file system (feature `fs`, not WASM).
    if std::env::var_os("CARGO_FEATURE_FS").is_some() && !wasm {
        println!("cargo::rustc-cfg=evidence_files");
    }
    // The classifier runs through ONNX Runtime (ort) wherever it loads, not
    // on WASM, and through tract (pure Rust) everywhere.
    let ort = std::env::var_os("CARGO_FEATURE_CLASSIFIER").is_some() && !wasm;
    let tract = std::env::var_os("CARGO_FEATURE_CLASSIFIER_TRACT").is_some();
    if ort {
        println!("cargo::rustc-cfg=classifier_ort");
    }
    if tract {
        println!("cargo::rustc-cfg=classifier_tract");
    }
    if ort || tract {
        println!("cargo::rustc-cfg=classifier_model");
    }
}

/// On x86_64 Linux, probes `libhs`; on success pkg-config's metadata links
/// it. Any version will do: the backend uses functions present since
/// Hyperscan 4. `LIBHS_NO_PKG_CONFIG=1` skips the probe (a portable-only
/// build).
#[cfg(feature = "hyperscan")]
fn hyperscan() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    if os != "linux" || arch != "x86_64" {
        return;
    }
    // SCRUBLINE_REQUIRE_HYPERSCAN is read but not tracked: tracking it would
    // rebuild the crate and all its dependents whenever it is toggled. A
    // cached portable-only build is still caught: the differential test
    // (tests/backends.rs) fails under the same variable.
    watch_pkg_config_dirs();
    match pkg_config::Config::new().probe("libhs") {
        Ok(_) => println!("cargo::rustc-cfg=hyperscan_backend"),
        Err(e) if std::env::var("SCRUBLINE_REQUIRE_HYPERSCAN").as_deref() == Ok("1") => {
            panic!("SCRUBLINE_REQUIRE_HYPERSCAN=1 but libhs was not found: {e}")
        }
        Err(_) => println!(
            "cargo::warning=libhs not found with pkg-config: building the portable backend only \
             (for the faster Hyperscan backend install libvectorscan-dev and pkg-config)"
        ),
    }
}

/// Reruns this script when a package adds or removes a `.pc` file, so that
/// installing libvectorscan-dev later is noticed. Only folders that exist:
/// cargo treats a missing path as always changed.
#[cfg(feature = "hyperscan")]
fn watch_pkg_config_dirs() {
    let Ok(out) = std::process::Command::new("pkg-config")
        .args(["--variable", "pc_path", "pkg-config"])
        .output()
    else {
        return;
    };
    let listed = String::from_utf8_lossy(&out.stdout).into_owned();
    let extra = std::env::var("PKG_CONFIG_PATH").unwrap_or_default();
    for dir in listed.trim().split(':').chain(extra.split(':')) {
        if !dir.is_empty() && std::path::Path::new(dir).is_dir() {
            println!("cargo::rerun-if-changed={dir}");
        }
    }
}

/// Writes `OUT_DIR/rules/<dir>/<pack>.toml` (each built-in pack through
/// `compact::compact_pack`) and `OUT_DIR/pack_sha256.rs`, the full files'
/// digests that reports carry.
#[cfg(feature = "compact-packs")]
fn compact_packs() {
    use sha2::{Digest, Sha256};
    use std::fmt::Write;
    use std::path::Path;

    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let rules =
        Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("rules");
    let mut digests = String::from("&[\n");
    for dir in ["secrets", "pii"] {
        println!("cargo::rerun-if-changed=rules/{dir}");
        std::fs::create_dir_all(out.join("rules").join(dir)).expect("OUT_DIR is writable");
        let mut files: Vec<_> = std::fs::read_dir(rules.join(dir))
            .expect("the rule packs are beside build.rs")
            .map(|e| e.expect("readable rules folder").path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        for path in files {
            let file = path
                .file_name()
                .and_then(|n| n.to_str())
                .expect("UTF-8 pack name");
            // Each file too: `rules` is a symlink, and cargo does not look
            // inside a folder reached through one, so an edited pack kept
            // the old compact copy until something else rebuilt the crate.
            println!("cargo::rerun-if-changed=rules/{dir}/{file}");
            let text = std::fs::read_to_string(&path).expect("readable rule pack");
            let compact = compact::compact_pack(&text)
                .unwrap_or_else(|e| panic!("rules/{dir}/{file} is not TOML: {e}"));
            std::fs::write(out.join("rules").join(dir).join(file), compact)
                .expect("OUT_DIR is writable");
            let sha = Sha256::digest(text.as_bytes());
            let hex: String = sha.iter().map(|b| format!("{b:02x}")).collect();
            writeln!(digests, "    (\"{dir}/{file}\", \"{hex}\"),").expect("write to String");
        }
    }
    digests.push(']');
    std::fs::write(out.join("pack_sha256.rs"), digests).expect("OUT_DIR is writable");
}

/// Writes `OUT_DIR/char_folds.rs`: the `WIDTH` and `HOMOGLYPH` tables of
/// `src/deobfuscate/char_folds.rs`, so the library needs neither Unicode
/// crate.
fn write_char_folds() {
    use std::fmt::Write;

    println!("cargo::rerun-if-changed=src/deobfuscate/char_folds.rs");
    let mut rs = String::new();
    for (name, fold) in [
        ("WIDTH", char_folds::width as fn(char) -> Option<char>),
        ("HOMOGLYPH", char_folds::homoglyph),
    ] {
        let table = char_folds::table(fold);
        writeln!(rs, "pub(super) static {name}: &[u32] = &[").unwrap();
        for row in table.chunks(8) {
            let row: Vec<String> = row.iter().map(|e| format!("{e:#x}")).collect();
            writeln!(rs, "    {},", row.join(", ")).unwrap();
        }
        writeln!(rs, "];").unwrap();
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("char_folds.rs"), rs).expect("OUT_DIR is writable");
}
