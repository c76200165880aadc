//! Which pattern backend runs a scanner's rules.

use std::sync::Arc;

use crate::engine::portable::PortableBackend;
use crate::engine::{Backend, CompiledRule};
use crate::error::{Error, Result};

/// Which pattern backend a scanner uses.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BackendKind {
    /// Hyperscan when this build has it (see [`BackendKind::is_available`]), else portable.
    #[default]
    Auto,
    /// The pure-Rust backend (`regex` + `aho-corasick`), available everywhere.
    Portable,
    /// The Hyperscan/Vectorscan backend; an error when not built in.
    Hyperscan,
}

impl BackendKind {
    /// Whether this build can use the backend: `Hyperscan` needs the
    /// `hyperscan` feature (on by default), x86_64 Linux, and `libhs` found
    /// by pkg-config at build time (the build warns when it is not).
    pub fn is_available(self) -> bool {
        match self {
            BackendKind::Auto | BackendKind::Portable => true,
            BackendKind::Hyperscan => cfg!(hyperscan_backend),
        }
    }
}

/// The backend for `kind`, and how many rules it gates with the set prefilter.
pub(super) fn make_backend(
    kind: BackendKind,
    compiled: &[CompiledRule],
) -> Result<(Arc<dyn Backend>, usize)> {
    #[cfg(hyperscan_backend)]
    if kind != BackendKind::Portable {
        if let Some(hs) = crate::engine::hyperscan::HyperscanBackend::new(compiled)? {
            let on_set = hs.on_set_prefilter();
            return Ok((Arc::new(hs), on_set));
        }
        if kind == BackendKind::Hyperscan {
            return Err(Error::config(
                "hyperscan could not compile the rule keywords",
            ));
        }
    }
    #[cfg(not(hyperscan_backend))]
    if kind == BackendKind::Hyperscan {
        return Err(Error::config(
            "this build has no hyperscan backend (cargo feature `hyperscan`, x86_64 Linux, libhs found at build time)",
        ));
    }
    let keyword_less = compiled
        .iter()
        .filter(|c| c.rule.keywords.is_empty())
        .count();
    Ok((Arc::new(PortableBackend::new(compiled)?), keyword_less))
}
