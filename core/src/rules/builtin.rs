//! Rule packs compiled into the crate, so the default scanner needs no files.
//!
//! Cargo features `secrets` and `pii` (both default) select which packs are
//! embedded, so a size-sensitive build (WASM) can ship only what it needs.

macro_rules! pack {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/", $name)),
        )
    };
}

/// `(file name, TOML text)` of every embedded pack, in load order.
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
];
