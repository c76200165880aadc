//! Keys written in ROT13, a way people hide a key from a chat's filter
//! (`fx_yvir_51eKx…` is `sk_live_51rXk…`, and `codecs.decode(…, "rot13")`
//! in code): a run of base64 characters (see `blobs`) that starts with the
//! ROT13 form of a provider's documented prefix is read rotated back, as
//! an encoded run is decoded.

use std::sync::LazyLock;

/// Provider prefixes whose ROT13 forms start a run: distinctive ones (a
/// short prefix such as `hf_` turns into `us_`, common in code).
const PREFIXES: &[&str] = &[
    "sk-ant-",
    "sk-proj-",
    "sk-svcacct-",
    "sk-",
    "sk_live_",
    "rk_live_",
    "whsec_",
    "ghp_",
    "gho_",
    "ghu_",
    "ghs_",
    "ghr_",
    "github_pat_",
    "glpat-",
    "xoxb-",
    "xoxp-",
    "xoxa-",
    "xoxe-",
    "xapp-",
    "npm_",
    "pypi-",
    "dop_v1_",
    "shpat_",
    "gsk_",
    "sq0atp-",
    "sq0csp-",
    "glc_",
];

/// ROT13 of `b` (letters rotated by 13, everything else kept).
pub(super) fn rot13(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| match c {
            b'a'..=b'z' => b'a' + (c - b'a' + 13) % 26,
            b'A'..=b'Z' => b'A' + (c - b'A' + 13) % 26,
            _ => c,
        })
        .collect()
}

/// `run` (a run of base64 characters, see `blobs`) rotated back, if it
/// starts with the ROT13 form of a provider prefix.
pub(super) fn decoded(run: &[u8]) -> Option<Vec<u8>> {
    static ROTATED: LazyLock<Vec<Vec<u8>>> =
        LazyLock::new(|| PREFIXES.iter().map(|p| rot13(p.as_bytes())).collect());
    ROTATED
        .iter()
        .any(|p| run.starts_with(p))
        .then(|| rot13(run))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rot13_tokens_with_a_provider_prefix() {
        let run = b"fx_yvir_51eKxYJDwMXetM4etHaTm0hC4S4VypA";
        assert_eq!(&decoded(run).unwrap()[..12], b"sk_live_51rX");
        assert_eq!(decoded(b"fx_rate_table_lookup_for_2024_q3"), None);
        assert_eq!(
            decoded(b"prefix_fx_yvir_51eKxYJDwMXetM4etHaTm0hC4S4Vyp"),
            None
        );
    }
}
