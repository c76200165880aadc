//! Rule packs compiled into the crate, so the default scanner needs no files.
//!
//! Cargo features `secrets` and `pii` (both default) select which packs are
//! embedded, so a size-sensitive build (WASM) can ship only what it needs.

#[cfg(not(feature = "compact-packs"))]
macro_rules! pack {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/", $name)),
        )
    };
}

/// With `compact-packs`, `build.rs` writes each pack less its examples
/// (`rules/compact.rs`) into `OUT_DIR`.
#[cfg(feature = "compact-packs")]
macro_rules! pack {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!(env!("OUT_DIR"), "/rules/", $name)),
        )
    };
}

/// `(file name, SHA-256 of the pack file)` for every pack `build.rs` compacted.
#[cfg(feature = "compact-packs")]
const FULL_PACK_SHA256: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/pack_sha256.rs"));

/// The SHA-256 of the full file behind the compacted pack `name`.
#[cfg(feature = "compact-packs")]
pub(super) fn full_pack_sha256(name: &str) -> &'static str {
    FULL_PACK_SHA256
        .iter()
        .find(|(file, _)| *file == name)
        .map(|(_, sha)| *sha)
        .expect("build.rs hashes every built-in pack")
}

/// `(file name, TOML text)` of every embedded pack, in load order. With the
/// `compact-packs` feature the text is the pack less its rules' examples.
pub const BUILTIN_PACKS: &[(&str, &str)] = &[
    #[cfg(feature = "secrets")]
    pack!("secrets/cloud.toml"),
    #[cfg(feature = "secrets")]
    pack!("secrets/vcs-ci.toml"),
    #[cfg(feature = "secrets")]
    pack!("secrets/ai.toml"),
    #[cfg(feature = "secrets")]
    pack!("secrets/saas.toml"),
    #[cfg(feature = "secrets")]
    pack!("secrets/devtools.toml"),
    #[cfg(feature = "secrets")]
    pack!("secrets/business.toml"),
    #[cfg(feature = "secrets")]
    pack!("secrets/platforms.toml"),
    #[cfg(feature = "secrets")]
    pack!("secrets/keys.toml"),
    #[cfg(feature = "secrets")]
    pack!("secrets/generic.toml"),
    #[cfg(feature = "pii")]
    pack!("pii/contact.toml"),
    #[cfg(feature = "pii")]
    pack!("pii/financial.toml"),
    #[cfg(feature = "pii")]
    pack!("pii/national-id.toml"),
    #[cfg(feature = "pii")]
    pack!("pii/network.toml"),
    #[cfg(feature = "pii")]
    pack!("pii/health.toml"),
];

#[cfg(all(test, feature = "compact-packs"))]
mod tests {
    use crate::rules::RuleSet;
    use sha2::{Digest, Sha256};

    /// Compacted packs carry no examples yet report their files' digests.
    #[test]
    fn compacted_packs_report_their_files_digests() {
        let set = RuleSet::builtin();
        assert!(set.rules().iter().all(|r| r.examples.is_empty()));
        let cloud = set
            .packs()
            .iter()
            .find(|p| p.name == "secrets.cloud")
            .unwrap();
        let file = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/rules/secrets/cloud.toml"
        ));
        assert_eq!(cloud.sha256, hex::encode(Sha256::digest(file.as_bytes())));
        assert!(super::FULL_PACK_SHA256.len() >= super::BUILTIN_PACKS.len());
    }
}
